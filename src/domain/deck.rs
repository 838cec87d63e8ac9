//! The presentation as a deck: which slides a plan makes, in which order,
//! and how long content is cut into continuation slides ("Budget 1/2") so
//! that every slide fits its fixed 16:9 stage without scrolling.
//!
//! The consultant's choices (slides hidden, a short comment on a slide)
//! are stored in the plan ([`SlideSettings`]) and travel with it.

use crate::domain::{strategy, Plan, Rank};
use serde::{Deserialize, Serialize};
use std::ops::Range;

mod summary;
pub use summary::*;

/// Longest comment on a slide, in characters: a line or two, not a text.
pub const MAX_NOTE: usize = 280;

/// The kinds of slide, in deck order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SlideKind {
    /// Client, plan title, date, consultant.
    Cover,
    /// The business goal, priority objectives, budget in one line, next actions.
    Summary,
    /// Strategy elements and the objectives that serve them.
    Strategy,
    /// Objectives with their KPIs' baselines and targets.
    Objectives,
    /// The budget table.
    Budget,
    /// The budget's charts.
    BudgetCharts,
    /// Who produces which kind of content (only when the plan names
    /// producers).
    Production,
    /// The Gantt of the actions.
    Timeline,
    /// What the paid budget buys, per scenario.
    Forecast,
    /// Where the objectives stand (only when something was measured).
    Status,
}

impl SlideKind {
    /// Every kind, in deck order (the slide settings list them all).
    pub const ALL: [SlideKind; 10] = [
        SlideKind::Cover,
        SlideKind::Summary,
        SlideKind::Strategy,
        SlideKind::Objectives,
        SlideKind::Budget,
        SlideKind::BudgetCharts,
        SlideKind::Production,
        SlideKind::Timeline,
        SlideKind::Forecast,
        SlideKind::Status,
    ];

    /// A stable name, for test ids and CSS.
    pub fn key(self) -> &'static str {
        match self {
            SlideKind::Cover => "cover",
            SlideKind::Summary => "summary",
            SlideKind::Strategy => "strategy",
            SlideKind::Objectives => "objectives",
            SlideKind::Budget => "budget",
            SlideKind::BudgetCharts => "budget-charts",
            SlideKind::Timeline => "timeline",
            SlideKind::Forecast => "forecast",
            SlideKind::Status => "status",
            SlideKind::Production => "production",
        }
    }
}

/// A comment the consultant wrote for one slide.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlideNote {
    /// The slide (its first page when it has several).
    pub slide: SlideKind,
    /// The comment.
    pub text: String,
}

/// The consultant's choices about the deck.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlideSettings {
    /// Slides left out of the deck (and of the printed report).
    #[serde(default)]
    pub hidden: Vec<SlideKind>,
    /// At most one comment per slide.
    #[serde(default)]
    pub notes: Vec<SlideNote>,
    /// How amounts are written on the slides and the printed report: the
    /// browser's locale format, or the Swiss business style `CHF 40'000.–`.
    #[serde(default)]
    pub money_style: crate::domain::money::MoneyStyle,
}

impl SlideSettings {
    /// Whether nothing is set.
    pub fn is_empty(&self) -> bool {
        self.hidden.is_empty()
            && self.notes.is_empty()
            && self.money_style == crate::domain::money::MoneyStyle::Locale
    }

    /// The comment on `kind`, if any.
    pub fn note(&self, kind: SlideKind) -> Option<&str> {
        self.notes
            .iter()
            .find(|n| n.slide == kind)
            .map(|n| n.text.as_str())
            .filter(|t| !t.trim().is_empty())
    }

    /// Whether `kind` is shown.
    pub fn shows(&self, kind: SlideKind) -> bool {
        !self.hidden.contains(&kind)
    }

    /// These settings with `kind` hidden or shown.
    pub fn with_hidden(&self, kind: SlideKind, hidden: bool) -> SlideSettings {
        let mut s = self.clone();
        s.hidden.retain(|k| *k != kind);
        if hidden {
            s.hidden.push(kind);
            s.hidden
                .sort_by_key(|k| SlideKind::ALL.iter().position(|a| a == k));
        }
        s
    }

    /// These settings with the comment on `kind` replaced (removed when blank).
    pub fn with_note(&self, kind: SlideKind, text: &str) -> SlideSettings {
        let mut s = self.clone();
        match s.notes.iter_mut().find(|n| n.slide == kind) {
            Some(n) if !text.is_empty() => n.text = text.to_string(),
            Some(_) => s.notes.retain(|n| n.slide != kind),
            None if !text.is_empty() => s.notes.push(SlideNote {
                slide: kind,
                text: text.to_string(),
            }),
            None => {}
        }
        s
    }

    /// Why these settings cannot be stored: a comment too long, or two
    /// comments on one slide.
    pub fn check(&self) -> Result<(), SettingsError> {
        for (i, n) in self.notes.iter().enumerate() {
            if n.text.chars().count() > MAX_NOTE {
                return Err(SettingsError::NoteTooLong);
            }
            if self.notes[..i].iter().any(|m| m.slide == n.slide) {
                return Err(SettingsError::Duplicate);
            }
        }
        for (i, k) in self.hidden.iter().enumerate() {
            if self.hidden[..i].contains(k) {
                return Err(SettingsError::Duplicate);
            }
        }
        Ok(())
    }
}

/// Why slide settings are refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SettingsError {
    /// A comment above [`MAX_NOTE`] characters.
    NoteTooLong,
    /// Two comments (or two hidden marks) for one slide.
    Duplicate,
}

/// How much fits on one slide, in the units of [`paginate`]'s weights.
pub mod capacity {
    /// Budget lines per slide (the header and the total row come on top).
    pub const BUDGET_LINES: usize = 8;
    /// Objective blocks (two columns): 3 units for an objective, 1 per
    /// KPI line.
    pub const OBJECTIVES: usize = 20;
    /// Strategy branches: 2 units for an element, 1 per objective.
    pub const STRATEGY: usize = 13;
    /// Gantt rows per slide.
    pub const TIMELINE: usize = 16;
    /// Status (two columns): 3 units for an objective, 1 per KPI line.
    pub const STATUS: usize = 24;
}

/// Cuts items of the given weights into consecutive pages of at most
/// `capacity` units each, in order (an item heavier than a page gets a page
/// of its own). No items still make one empty page, so the slide says so.
pub fn paginate(weights: &[usize], capacity: usize) -> Vec<Range<usize>> {
    let mut pages = Vec::new();
    let (mut start, mut used) = (0, 0);
    for (i, w) in weights.iter().enumerate() {
        if used > 0 && used + w > capacity {
            pages.push(start..i);
            start = i;
            used = 0;
        }
        used += w;
    }
    pages.push(start..weights.len());
    pages
}

/// One slide of the deck.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slide {
    /// What it shows.
    pub kind: SlideKind,
    /// Its page among the slides of its kind, from 1.
    pub page: usize,
    /// How many slides its kind takes.
    pub pages: usize,
    /// The items it shows (budget lines, objectives, actions, strategy
    /// branches, in the order of [`ordered_objectives`] or the plan's lists).
    pub items: Range<usize>,
}

/// The objectives in the order slides show them: priority ones first, in
/// the plan's order within each rank.
pub fn ordered_objectives(plan: &Plan) -> Vec<usize> {
    let mut order: Vec<usize> = (0..plan.objectives.len()).collect();
    order.sort_by_key(|&i| plan.objectives[i].rank != Rank::Priority);
    order
}

/// The actions in the order the timeline slides cut them: by start date,
/// then by title.
pub fn ordered_actions(plan: &Plan) -> Vec<usize> {
    let mut order: Vec<usize> = (0..plan.actions.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&plan.actions[a], &plan.actions[b]);
        (a.start, &a.title).cmp(&(b.start, &b.title))
    });
    order
}

/// The strategy branches' weights ([`strategy::branches`]): two for the
/// branch, and one per objective in it.
pub fn strategy_weights(plan: &Plan) -> Vec<usize> {
    strategy::branches(plan)
        .iter()
        .map(|b| 2 + b.objectives.len())
        .collect()
}

/// The kinds of slide `plan` shows, in the deck's order: hidden ones left
/// out, the status only once something was measured, who produces what
/// only once the plan names a producer. The printed report has a section
/// for each.
pub fn shown_kinds(plan: &Plan) -> Vec<SlideKind> {
    SlideKind::ALL
        .into_iter()
        .filter(|k| plan.slides.shows(*k))
        .filter(|k| *k != SlideKind::Status || !plan.measurements.is_empty())
        .filter(|k| *k != SlideKind::Production || !plan.production.producers.is_empty())
        .collect()
}

/// The slides `plan` makes, one or more for each of [`shown_kinds`].
pub fn slides(plan: &Plan) -> Vec<Slide> {
    let objective_weights: Vec<usize> = ordered_objectives(plan)
        .into_iter()
        .map(|i| 3 + plan.objectives[i].kpis.len())
        .collect();
    let mut out = Vec::new();
    for kind in shown_kinds(plan) {
        let pages = match kind {
            SlideKind::Strategy => paginate(&strategy_weights(plan), capacity::STRATEGY),
            SlideKind::Objectives => paginate(&objective_weights, capacity::OBJECTIVES),
            SlideKind::Budget => {
                paginate(&vec![1; plan.budget.lines.len()], capacity::BUDGET_LINES)
            }
            SlideKind::Timeline => paginate(&vec![1; plan.actions.len()], capacity::TIMELINE),
            SlideKind::Status => paginate(&objective_weights, capacity::STATUS),
            SlideKind::Cover
            | SlideKind::Summary
            | SlideKind::BudgetCharts
            | SlideKind::Production
            | SlideKind::Forecast => vec![Range::default()],
        };
        let n = pages.len();
        out.extend(pages.into_iter().enumerate().map(|(i, items)| Slide {
            kind,
            page: i + 1,
            pages: n,
            items,
        }));
    }
    out
}

/// Whole months the plan period covers (both days included): 12 for
/// 1 January to 31 December, or 15 March to 14 March; at least 1.
pub fn period_months(period: &crate::domain::Period) -> usize {
    use chrono::Datelike;
    let (a, b) = (period.start, period.end.succ_opt().unwrap_or(period.end));
    let months = (b.year() - a.year()) * 12 + b.month() as i32
        - a.month() as i32
        - i32::from(b.day() < a.day());
    months.max(1) as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        production::{Producer, ProducerKind},
        ItemId, Lang,
    };
    use chrono::NaiveDate;

    fn plan() -> Plan {
        let day = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap_or_default();
        Plan::new("p", day, Lang::Fr)
    }

    #[test]
    fn who_produces_what_has_a_slide_once_the_plan_names_a_producer() {
        let mut p = plan();
        assert!(!shown_kinds(&p).contains(&SlideKind::Production));
        p.production.producers.push(Producer {
            id: ItemId(1),
            kind: ProducerKind::Agency,
            name: "Studio Léman".into(),
        });
        let shown = shown_kinds(&p);
        let at = |k| shown.iter().position(|s| *s == k);
        assert!(at(SlideKind::BudgetCharts) < at(SlideKind::Production));
        assert!(at(SlideKind::Production) < at(SlideKind::Timeline));
        assert_eq!(
            slides(&p)
                .iter()
                .filter(|s| s.kind == SlideKind::Production)
                .count(),
            1
        );
        p.slides = p.slides.with_hidden(SlideKind::Production, true);
        assert!(!shown_kinds(&p).contains(&SlideKind::Production));
    }

    #[test]
    fn slide_settings_load_as_before_and_keep_the_new_kind() {
        let old = r#"{"hidden":["forecast","budget"],"notes":[{"slide":"timeline","text":"x"}]}"#;
        let s: SlideSettings = serde_json::from_str(old).unwrap_or_default();
        assert_eq!(s.hidden, vec![SlideKind::Forecast, SlideKind::Budget]);
        assert_eq!(s.note(SlideKind::Timeline), Some("x"));
        let s = s
            .with_hidden(SlideKind::Production, true)
            .with_hidden(SlideKind::Timeline, true);
        assert_eq!(
            s.hidden,
            vec![
                SlideKind::Budget,
                SlideKind::Production,
                SlideKind::Timeline,
                SlideKind::Forecast
            ]
        );
        let text = serde_json::to_string(&s).unwrap_or_default();
        assert!(text.contains("\"production\""));
        assert_eq!(serde_json::from_str::<SlideSettings>(&text).ok(), Some(s));
    }
}
