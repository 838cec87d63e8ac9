//! The plan document: everything a consultant builds with a client.
//!
//! Plain data only (actions are in [`crate::domain::action`], measurements in
//! [`crate::domain::measurement`]).
//! Sections that later features fill (objectives, budget
//! lines, actions, measurements) are already typed so that files written today
//! keep loading when those features land; new fields always get
//! `#[serde(default)]`.

use crate::domain::{
    branding::Branding,
    budget::{Channel, Fee, MonthSpan, Qty, Rate, Split, Tax, Tier},
    deck::SlideSettings,
    forecast::Forecast,
    funnel::FunnelRow,
    production::{ContentType, Production},
    quote::QuoteSettings,
    validate::limits,
    Action, Currency, CustomKpi, ItemId, Measurement, Money, Objective, StrategyElement,
};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Language of the interface and of a plan's presentation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French, the first language of the app.
    #[default]
    Fr,
    /// English.
    En,
}

impl Lang {
    /// Both languages, French first.
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The BCP 47 language subtag (`fr`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// Picks the language from a browser language tag such as `fr-CH` or
    /// `en-US`; anything that is not English falls back to French.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.trim().to_ascii_lowercase().starts_with("en") {
            Lang::En
        } else {
            Lang::Fr
        }
    }
}

/// The period the plan covers, both days included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    /// First day of the plan.
    pub start: NaiveDate,
    /// Last day of the plan (never before `start`).
    pub end: NaiveDate,
}

impl Period {
    /// A period of twelve months starting on `start`.
    pub fn one_year_from(start: NaiveDate) -> Period {
        let end = start
            .checked_add_months(chrono::Months::new(12))
            .and_then(|d| d.pred_opt())
            .unwrap_or(start);
        Period { start, end }
    }

    /// Whether `day` falls inside the period.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }
}

/// The three time horizons of the budget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Horizon {
    /// Very short term actions.
    Immediate,
    /// Regular actions over the medium term.
    MediumTerm,
    /// The long-term strategy (the most profitable).
    LongTerm,
}

impl Horizon {
    /// The three horizons in their natural order.
    pub const ALL: [Horizon; 3] = [Horizon::Immediate, Horizon::MediumTerm, Horizon::LongTerm];
}

/// Who does the work on a budget line or an action.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Delivery {
    /// Done by the business itself.
    #[default]
    InHouse,
    /// Done by a consultant or an agency.
    Consultant,
}

/// A channel or tool of the budget, with its amount per horizon.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetLine {
    /// Stable id.
    pub id: ItemId,
    /// What the line pays for.
    pub channel: Channel,
    /// Amount per horizon, in [`Horizon::ALL`] order.
    #[serde(default)]
    pub amounts: [Money; 3],
    /// Cells that presets, "distribute the rest" and scaling leave alone,
    /// and that cannot be edited until unlocked.
    #[serde(default)]
    pub locked: [bool; 3],
    /// In-house or consultant.
    #[serde(default)]
    pub delivery: Delivery,
    /// Objectives this line serves.
    #[serde(default)]
    pub objectives: Vec<ItemId>,
    /// Tier for the 70/20/10 rule, when it differs from the channel's usual one.
    #[serde(default)]
    pub tier: Option<Tier>,
    /// What the money pays for, when it differs from the channel's usual
    /// one ([`crate::domain::forecast::cost_of`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<crate::domain::forecast::Cost>,
    /// How the total splits between in-house and external (schema 5).
    #[serde(default, skip_serializing_if = "is_default")]
    pub split: Split,
    /// Time at one of the plan's rates: the external part follows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee: Option<Fee>,
    /// In-house hours, which cost no cash (hundredths of an hour).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<Qty>,
    /// VAT rate in basis points, when not the regime's standard one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat_bp: Option<u32>,
    /// The kind of content the line produces.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<ContentType>,
}

pub(crate) fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

impl BudgetLine {
    /// An empty line for `channel`.
    pub fn new(id: ItemId, channel: Channel) -> BudgetLine {
        BudgetLine {
            id,
            channel,
            amounts: [Money::ZERO; 3],
            locked: [false; 3],
            delivery: Delivery::InHouse,
            objectives: Vec::new(),
            tier: None,
            cost: None,
            split: Split::Whole,
            fee: None,
            hours: None,
            vat_bp: None,
            content: None,
        }
    }
}

/// The budget: one total, never exceeded, split into lines.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Budget {
    /// The fixed total, in the plan's currency.
    #[serde(default)]
    pub total: Money,
    /// Channels and tools.
    #[serde(default)]
    pub lines: Vec<BudgetLine>,
    /// The months each horizon is spent over (`None`: the usual span).
    #[serde(default)]
    pub phasing: [Option<MonthSpan>; 3],
    /// Roles and their day or hour rates (schema 5).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rates: Vec<Rate>,
    /// Whether amounts include VAT, and its rates (schema 5).
    #[serde(default, skip_serializing_if = "is_default")]
    pub tax: Tax,
}

impl Budget {
    /// Sum of every line over every horizon.
    pub fn allocated(&self) -> Money {
        self.lines.iter().flat_map(|l| l.amounts).sum()
    }
}

/// A digital marketing plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// Name shown in the library.
    pub name: String,
    /// Client or company the plan is for.
    #[serde(default)]
    pub client: String,
    /// Business sector.
    #[serde(default)]
    pub sector: String,
    /// Currency of every amount in the plan.
    #[serde(default)]
    pub currency: Currency,
    /// Period the plan covers.
    pub period: Period,
    /// Language the plan is presented in.
    #[serde(default)]
    pub language: Lang,
    /// What the business wants: the starting point of the method.
    #[serde(default)]
    pub context: String,
    /// The overall strategy the digital plan serves.
    #[serde(default)]
    pub strategy: String,
    /// Strategy elements chosen.
    #[serde(default)]
    pub strategy_elements: Vec<StrategyElement>,
    /// Priority and secondary objectives, in display order.
    #[serde(default)]
    pub objectives: Vec<Objective>,
    /// KPIs defined beside the catalogue.
    #[serde(default)]
    pub custom_kpis: Vec<CustomKpi>,
    /// The budget.
    #[serde(default)]
    pub budget: Budget,
    /// Actions on the timeline.
    #[serde(default)]
    pub actions: Vec<Action>,
    /// Recorded KPI values.
    #[serde(default)]
    pub measurements: Vec<Measurement>,
    /// Forecast assumptions and scenarios.
    #[serde(default)]
    pub forecast: Forecast,
    /// Conversion funnel counts, overall and per channel.
    #[serde(default)]
    pub funnel: Vec<FunnelRow>,
    /// Next item id to hand out; ids are never reused.
    #[serde(default = "first_id")]
    pub next_id: u32,
    /// Who presents the plan and how its slides and pages look (schema 3).
    #[serde(default)]
    pub branding: Branding,
    /// Slides hidden and comments on slides (schema 3).
    #[serde(default)]
    pub slides: SlideSettings,
    /// Who produces which kind of content (schema 5).
    #[serde(default, skip_serializing_if = "is_default")]
    pub production: Production,
    /// The quote's number, dates and terms (schema 5).
    #[serde(default, skip_serializing_if = "is_default")]
    pub quote: QuoteSettings,
}

fn first_id() -> u32 {
    1
}

impl Plan {
    /// A blank plan starting on `start`, for twelve months, in CHF.
    pub fn new(name: &str, start: NaiveDate, language: Lang) -> Plan {
        Plan {
            name: name.to_string(),
            client: String::new(),
            sector: String::new(),
            currency: Currency::chf(),
            period: Period::one_year_from(start),
            language,
            context: String::new(),
            strategy: String::new(),
            strategy_elements: Vec::new(),
            objectives: Vec::new(),
            custom_kpis: Vec::new(),
            budget: Budget::default(),
            actions: Vec::new(),
            measurements: Vec::new(),
            forecast: Forecast::default(),
            funnel: Vec::new(),
            next_id: first_id(),
            branding: Branding::default(),
            slides: SlideSettings::default(),
            production: Production::default(),
            quote: QuoteSettings::default(),
        }
    }

    /// Counts of the items in each section, for previews and the library.
    pub fn counts(&self) -> PlanCounts {
        PlanCounts {
            strategy_elements: self.strategy_elements.len(),
            objectives: self.objectives.len(),
            budget_lines: self.budget.lines.len(),
            actions: self.actions.len(),
            measurements: self.measurements.len(),
        }
    }

    /// The strategy element with this id, if the plan has it.
    pub fn strategy_element(&self, id: ItemId) -> Option<&StrategyElement> {
        self.strategy_elements.iter().find(|e| e.id == id)
    }

    /// The objective with this id, if the plan has it.
    pub fn objective(&self, id: ItemId) -> Option<&Objective> {
        self.objectives.iter().find(|o| o.id == id)
    }

    /// The objective with this id, to change in place.
    pub fn objective_mut(&mut self, id: ItemId) -> Option<&mut Objective> {
        self.objectives.iter_mut().find(|o| o.id == id)
    }

    /// The budget line with this id, if the plan has it.
    pub fn line(&self, id: ItemId) -> Option<&BudgetLine> {
        self.budget.lines.iter().find(|l| l.id == id)
    }

    /// The budget line with this id, to change in place.
    pub fn line_mut(&mut self, id: ItemId) -> Option<&mut BudgetLine> {
        self.budget.lines.iter_mut().find(|l| l.id == id)
    }

    /// The timeline action with this id, if the plan has it.
    pub fn action(&self, id: ItemId) -> Option<&Action> {
        self.actions.iter().find(|a| a.id == id)
    }

    /// The timeline action with this id, to change in place.
    pub fn action_mut(&mut self, id: ItemId) -> Option<&mut Action> {
        self.actions.iter_mut().find(|a| a.id == id)
    }
}

/// The name of a plan the person creates: what they typed, or `default`
/// when they typed nothing but spaces.
pub fn new_plan_name(typed: &str, default: &str) -> String {
    if typed.trim().is_empty() {
        default.to_string()
    } else {
        typed.to_string()
    }
}

/// The name of a copy, `named` as the person's language words it, cut to
/// the longest name a plan takes ([`limits::NAME`] characters).
pub fn copy_name(named: &str) -> String {
    named.chars().take(limits::NAME).collect()
}

/// How many items a plan holds, section by section.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PlanCounts {
    /// Strategy elements chosen.
    pub strategy_elements: usize,
    /// Objectives.
    pub objectives: usize,
    /// Budget lines.
    pub budget_lines: usize,
    /// Actions.
    pub actions: usize,
    /// Measurements.
    pub measurements: usize,
}

#[cfg(test)]
mod tests;
