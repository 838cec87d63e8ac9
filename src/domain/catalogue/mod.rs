//! The method's catalogue: the five strategy elements with their typical
//! objectives and KPIs, the KPIs of each medium (emailing, website) and of the
//! five success areas, each KPI with its definition, formula, unit and
//! direction. French and English, side by side.
//!
//! Plans refer to catalogue entries by their stable `key` (never by
//! position), so the catalogue can grow without breaking stored plans.

mod groups;
mod kpis;
mod strategy;

pub use groups::{group_kpis, kpis_of_area, kpis_of_medium, Grouping, Medium, SuccessArea};
pub use kpis::KPIS;
pub use strategy::STRATEGY_ELEMENTS;

use crate::domain::{Direction, Lang, Unit};

/// A text in both languages of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct L10n {
    /// French.
    pub fr: &'static str,
    /// English.
    pub en: &'static str,
}

impl L10n {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fr => self.fr,
            Lang::En => self.en,
        }
    }
}

/// Shorthand for the data tables below.
pub(crate) const fn l(fr: &'static str, en: &'static str) -> L10n {
    L10n { fr, en }
}

/// The five stages of the conversion funnel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FunnelStage {
    /// The user discovers the business and its offers.
    Attraction,
    /// The user seriously considers it and wants to know more.
    Interaction,
    /// The user takes the wanted action (purchase, form, sign-up).
    Conversion,
    /// A converted user converts again and builds a relationship.
    Loyalty,
    /// Retention / referral: the user recommends the business to others.
    /// Stored as `referral`; shown under the method's name, "Rétention".
    Referral,
}

impl FunnelStage {
    /// The stages from the top of the funnel to the bottom.
    pub const ALL: [FunnelStage; 5] = [
        FunnelStage::Attraction,
        FunnelStage::Interaction,
        FunnelStage::Conversion,
        FunnelStage::Loyalty,
        FunnelStage::Referral,
    ];

    /// Name of the stage.
    pub fn name(self) -> L10n {
        match self {
            FunnelStage::Attraction => l("Attraction", "Attraction"),
            FunnelStage::Interaction => l("Interaction", "Interaction"),
            FunnelStage::Conversion => l("Conversion", "Conversion"),
            FunnelStage::Loyalty => l("Fidélisation", "Loyalty"),
            FunnelStage::Referral => l("Rétention", "Retention / referral"),
        }
    }
}

/// A quantity that goes into a formula.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Var {
    /// Times an ad or a result was shown.
    Impressions,
    /// Clicks on an ad or a result.
    Clicks,
    /// Money spent.
    Spend,
    /// Visits (sessions) of the site.
    Sessions,
    /// Orders or conversions.
    Orders,
    /// Revenue.
    Revenue,
    /// Gross margin rate.
    Margin,
    /// New customers won.
    NewCustomers,
    /// All customers of the period.
    Customers,
    /// Sessions that saw one page only.
    SinglePageSessions,
    /// Pages viewed.
    PageViews,
    /// Sessions of first-time visitors.
    NewVisitorSessions,
    /// Likes, shares and comments.
    Interactions,
    /// People reached (or followers; say which).
    Reach,
    /// Emails sent.
    EmailsSent,
    /// Emails delivered.
    EmailsDelivered,
    /// Emails opened.
    EmailOpens,
    /// Clicks in emails.
    EmailClicks,
    /// Positive reviews.
    PositiveReviews,
    /// All reviews.
    Reviews,
    /// Users at a funnel stage.
    StageUsers,
    /// Users at the next stage.
    NextStageUsers,
}

impl Var {
    /// Name of the quantity.
    pub fn name(self) -> L10n {
        match self {
            Var::Impressions => l("Impressions", "Impressions"),
            Var::Clicks => l("Clics", "Clicks"),
            Var::Spend => l("Dépenses", "Spend"),
            Var::Sessions => l("Visites (sessions)", "Sessions (visits)"),
            Var::Orders => l("Commandes", "Orders"),
            Var::Revenue => l("Chiffre d'affaires", "Revenue"),
            Var::Margin => l("Taux de marge", "Margin rate"),
            Var::NewCustomers => l("Nouveaux clients", "New customers"),
            Var::Customers => l("Clients", "Customers"),
            Var::SinglePageSessions => l("Visites d'une seule page", "Single-page sessions"),
            Var::PageViews => l("Pages vues", "Page views"),
            Var::NewVisitorSessions => l("Visites de nouveaux visiteurs", "New visitors' sessions"),
            Var::Interactions => l(
                "Interactions (j'aime, partages, commentaires)",
                "Interactions (likes, shares, comments)",
            ),
            Var::Reach => l("Portée (ou abonnés)", "Reach (or followers)"),
            Var::EmailsSent => l("Emails envoyés", "Emails sent"),
            Var::EmailsDelivered => l("Emails délivrés", "Emails delivered"),
            Var::EmailOpens => l("Ouvertures", "Opens"),
            Var::EmailClicks => l("Clics dans les emails", "Email clicks"),
            Var::PositiveReviews => l("Avis positifs", "Positive reviews"),
            Var::Reviews => l("Avis au total", "All reviews"),
            Var::StageUsers => l("Utilisateurs à l'étape", "Users at the stage"),
            Var::NextStageUsers => l("Utilisateurs à l'étape suivante", "Users at the next stage"),
        }
    }

    /// What the quantity counts.
    pub fn unit(self) -> Unit {
        match self {
            Var::Spend | Var::Revenue => Unit::Money,
            Var::Margin => Unit::Percent,
            _ => Unit::Count,
        }
    }
}

/// How a KPI is computed from its inputs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Formula {
    /// Read directly from a tool (an analytics report, a ranking).
    Measured,
    /// `numerator / denominator × scale`.
    Ratio {
        /// What is counted.
        num: Var,
        /// What it is divided by.
        den: Var,
        /// 1 for a rate, 1000 for a cost per mille.
        scale: f64,
    },
    /// `(revenue × margin − spend) / spend`.
    Roi,
}

impl Formula {
    /// A plain ratio.
    pub(crate) const fn ratio(num: Var, den: Var) -> Formula {
        Formula::Ratio {
            num,
            den,
            scale: 1.0,
        }
    }

    /// The quantities the formula needs.
    pub fn inputs(&self) -> Vec<Var> {
        match self {
            Formula::Measured => vec![],
            Formula::Ratio { num, den, .. } => vec![*num, *den],
            Formula::Roi => vec![Var::Revenue, Var::Margin, Var::Spend],
        }
    }
}

/// The smallest and largest sensible value of a KPI, in its unit (a rate
/// stored as a fraction: 1.0 is 100%).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    /// Smallest value.
    pub min: f64,
    /// Largest value, if there is one.
    pub max: Option<f64>,
}

impl Bounds {
    /// The usual bounds of a unit: rates between 0 and 100%, positions from
    /// 1, everything else from 0.
    pub fn of(unit: Unit) -> Bounds {
        match unit {
            Unit::Percent => Bounds {
                min: 0.0,
                max: Some(1.0),
            },
            Unit::Position => Bounds {
                min: 1.0,
                max: None,
            },
            _ => Bounds {
                min: 0.0,
                max: None,
            },
        }
    }

    /// Whether `value` is inside.
    pub fn contains(&self, value: f64) -> bool {
        value.is_finite() && value >= self.min && self.max.is_none_or(|m| value <= m)
    }
}

/// A KPI of the catalogue.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KpiDef {
    /// Stable key, stored in plans.
    pub key: &'static str,
    /// Name.
    pub name: L10n,
    /// One-line definition.
    pub definition: L10n,
    /// How it is computed.
    pub formula: Formula,
    /// What the value counts.
    pub unit: Unit,
    /// Which way is better; `None` when it depends on the context.
    pub direction: Option<Direction>,
    /// Funnel stage it measures, where one applies.
    pub stage: Option<FunnelStage>,
    /// Success areas it belongs to.
    pub areas: &'static [SuccessArea],
    /// Media it is measured on.
    pub media: &'static [Medium],
    /// Sensible values, when they differ from the unit's usual ones (ROI can
    /// be negative and above 100%).
    pub bounds: Option<Bounds>,
}

impl KpiDef {
    /// The sensible values of this KPI.
    pub fn bounds(&self) -> Bounds {
        self.bounds.unwrap_or_else(|| Bounds::of(self.unit))
    }
}

/// A typical objective of a strategy element, offered as a suggestion.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ObjectiveTemplate {
    /// Stable key.
    pub key: &'static str,
    /// Title.
    pub title: L10n,
    /// KPIs that usually measure it, by key.
    pub kpis: &'static [&'static str],
}

/// A strategy element of the method.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StrategyDef {
    /// Stable key, stored in plans.
    pub key: &'static str,
    /// Name.
    pub name: L10n,
    /// What choosing it usually leads to, in one sentence.
    pub leads_to: L10n,
    /// Its typical objectives.
    pub objectives: &'static [ObjectiveTemplate],
    /// Its KPIs, by key.
    pub kpis: &'static [&'static str],
}

/// The KPI with this key.
pub fn kpi(key: &str) -> Option<&'static KpiDef> {
    KPIS.iter().find(|k| k.key == key)
}

/// The strategy element with this key.
pub fn strategy_element(key: &str) -> Option<&'static StrategyDef> {
    STRATEGY_ELEMENTS.iter().find(|s| s.key == key)
}
