//! The plan document: everything a consultant builds with a client.
//!
//! Plain data only. Sections that later features fill (objectives, budget
//! lines, actions, measurements) are already typed so that files written today
//! keep loading when those features land; new fields always get
//! `#[serde(default)]`.

use crate::domain::{
    budget::{Channel, MonthSpan, Tier},
    forecast::Forecast,
    funnel::FunnelRow,
    Currency, ItemId, Money,
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

/// One of the five strategy elements of the method, or one of the person's own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum StrategyKind {
    /// An element of the catalogue, by its stable key (e.g. `awareness`).
    Catalogue(String),
    /// An element the person wrote.
    Custom(String),
}

/// A strategy element chosen for this plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StrategyElement {
    /// Stable id.
    pub id: ItemId,
    /// Which element.
    pub kind: StrategyKind,
    /// Free notes on how it applies to this business.
    #[serde(default)]
    pub note: String,
}

/// Rank of an objective: the method asks for 2 to 4 priority objectives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rank {
    /// Steers the plan; must be measurable.
    #[default]
    Priority,
    /// Protects profitability and coherence.
    Secondary,
}

/// A reference to a KPI: one of the catalogue (by key) or a custom one (by id).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum KpiRef {
    /// A KPI of the catalogue, by its stable key (e.g. `conversion_rate`).
    Catalogue(String),
    /// A KPI defined in this plan.
    Custom(ItemId),
}

/// What an objective aims for on one of its KPIs.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum Target {
    /// A value to reach, in the KPI's unit (a rate as a fraction: 0.03 is 3%).
    Value(f64),
    /// A change from the baseline, as a fraction: 0.2 is "+20%", -0.1 "-10%".
    Change(f64),
}

impl Target {
    /// The value aimed at, given the baseline (a change needs one).
    pub fn resolve(self, baseline: Option<f64>) -> Option<f64> {
        match self {
            Target::Value(v) => Some(v),
            Target::Change(c) => baseline.map(|b| b * (1.0 + c)),
        }
    }
}

/// A KPI that measures an objective, with where it starts and where it
/// should get to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ObjectiveKpi {
    /// Which KPI.
    pub kpi: KpiRef,
    /// Value at the start, in the KPI's unit.
    #[serde(default)]
    pub baseline: Option<f64>,
    /// What to reach.
    #[serde(default)]
    pub target: Option<Target>,
}

impl ObjectiveKpi {
    /// A KPI with no figures yet.
    pub fn new(kpi: KpiRef) -> ObjectiveKpi {
        ObjectiveKpi {
            kpi,
            baseline: None,
            target: None,
        }
    }
}

/// An objective of the plan, made SMART.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Objective {
    /// Stable id.
    pub id: ItemId,
    /// Short title.
    pub title: String,
    /// Priority or secondary.
    #[serde(default)]
    pub rank: Rank,
    /// The catalogue objective it was suggested from, if any (its key).
    #[serde(default)]
    pub template: Option<String>,
    /// Strategy elements this objective serves.
    #[serde(default)]
    pub strategy_elements: Vec<ItemId>,
    /// The specific statement (the S of SMART).
    #[serde(default)]
    pub statement: String,
    /// KPIs that measure it, each with its baseline and target.
    #[serde(default)]
    pub kpis: Vec<ObjectiveKpi>,
    /// When success is judged.
    #[serde(default)]
    pub deadline: Option<NaiveDate>,
    /// Who is responsible.
    #[serde(default)]
    pub owner: String,
    /// Why it is realistic.
    #[serde(default)]
    pub rationale: String,
}

impl Objective {
    /// A new objective with only a title.
    pub fn new(id: ItemId, title: &str, rank: Rank) -> Objective {
        Objective {
            id,
            title: title.to_string(),
            rank,
            template: None,
            strategy_elements: Vec::new(),
            statement: String::new(),
            kpis: Vec::new(),
            deadline: None,
            owner: String::new(),
            rationale: String::new(),
        }
    }
}

/// Whether a KPI is better when it goes up or down.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// More is better (conversion rate).
    #[default]
    HigherIsBetter,
    /// Less is better (cost per order).
    LowerIsBetter,
}

/// What a KPI's value counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A number of things.
    #[default]
    Count,
    /// A share, stored as a fraction (0.025 is 2.5%).
    Percent,
    /// An amount in the plan's currency.
    Money,
    /// A duration in seconds.
    Duration,
    /// A rank (1 is best).
    Position,
    /// A plain number such as pages per visit or a ROAS of 4.5.
    Ratio,
}

/// A KPI the person defined beside the catalogue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomKpi {
    /// Stable id.
    pub id: ItemId,
    /// Name as the person wrote it.
    pub name: String,
    /// What the value counts.
    #[serde(default)]
    pub unit: Unit,
    /// Which way is better.
    #[serde(default)]
    pub direction: Direction,
    /// What it measures, in one line.
    #[serde(default)]
    pub definition: String,
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
}

impl Budget {
    /// Sum of every line over every horizon.
    pub fn allocated(&self) -> Money {
        self.lines.iter().flat_map(|l| l.amounts).sum()
    }
}

/// How important an action is (the timeline's colour code).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Importance {
    /// Must happen.
    Critical,
    /// Important.
    High,
    /// Normal.
    #[default]
    Normal,
    /// Nice to have.
    Low,
}

/// Where an action stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    /// Not started.
    #[default]
    Planned,
    /// Under way.
    InProgress,
    /// Finished.
    Done,
    /// Dropped.
    Cancelled,
}

/// An action on the timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    /// Stable id.
    pub id: ItemId,
    /// Short title.
    pub title: String,
    /// First day.
    pub start: NaiveDate,
    /// Last day (equal to `start` for a one-day action).
    pub end: NaiveDate,
    /// Colour code.
    #[serde(default)]
    pub importance: Importance,
    /// Progress.
    #[serde(default)]
    pub status: ActionStatus,
    /// Objectives it serves.
    #[serde(default)]
    pub objectives: Vec<ItemId>,
    /// Budget line it spends from.
    #[serde(default)]
    pub budget_line: Option<ItemId>,
    /// Planned cost, all occurrences together.
    #[serde(default)]
    pub cost: Money,
    /// What it involves.
    #[serde(default)]
    pub description: String,
    /// Channel or tool it uses, when it is not its budget line's.
    #[serde(default)]
    pub channel: Option<Channel>,
    /// Horizon it belongs to.
    #[serde(default)]
    pub horizon: Option<Horizon>,
    /// Who carries it out.
    #[serde(default)]
    pub owner: String,
    /// In-house or consultant.
    #[serde(default)]
    pub delivery: Delivery,
    /// Repeats (the regular medium-term actions).
    #[serde(default)]
    pub recurrence: Option<Recurrence>,
    /// What it has cost so far.
    #[serde(default)]
    pub spent: Money,
}

/// How often an action repeats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Every {
    /// Each week.
    Week,
    /// Each month.
    Month,
    /// Each quarter.
    Quarter,
}

/// A repeating action: occurrences from its start, every period, until a
/// last day (or the end of the plan).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recurrence {
    /// How often.
    pub every: Every,
    /// No occurrence starts after this day; `None`: the end of the plan.
    #[serde(default)]
    pub until: Option<NaiveDate>,
}

impl Action {
    /// A one-day action with only a title.
    pub fn new(id: ItemId, title: &str, day: NaiveDate) -> Action {
        Action {
            id,
            title: title.to_string(),
            start: day,
            end: day,
            importance: Importance::Normal,
            status: ActionStatus::Planned,
            objectives: Vec::new(),
            budget_line: None,
            cost: Money::ZERO,
            description: String::new(),
            channel: None,
            horizon: None,
            owner: String::new(),
            delivery: Delivery::InHouse,
            recurrence: None,
            spent: Money::ZERO,
        }
    }
}

/// A dated value of a KPI.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Measurement {
    /// Stable id.
    pub id: ItemId,
    /// Which KPI.
    pub kpi: KpiRef,
    /// For which objective, when the KPI serves several.
    #[serde(default)]
    pub objective: Option<ItemId>,
    /// Day of the measurement.
    pub date: NaiveDate,
    /// Value in the KPI's unit.
    pub value: f64,
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
