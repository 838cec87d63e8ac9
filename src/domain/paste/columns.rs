//! What each pasted column holds: named by a header row, else guessed from
//! its cells; the person can change it in the preview.

use super::values::{self, fold, DayOrder};
use crate::domain::{Currency, Lang, Plan};

/// Where the rows go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// The action list of the timeline.
    Actions,
    /// The budget table.
    Budget,
}

/// What a pasted column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    /// Left out.
    Ignore,
    /// An action's title.
    Title,
    /// First day.
    Start,
    /// Last day.
    End,
    /// An action's cost.
    Cost,
    /// Channel or tool (a budget line's name, in the budget).
    Channel,
    /// Horizon.
    Horizon,
    /// Importance.
    Importance,
    /// The budget line an action spends from.
    Line,
    /// Objectives served, by title.
    Objective,
    /// Who carries it out.
    Owner,
    /// In-house or consultant.
    Delivery,
    /// What it involves.
    Description,
    /// The budget's immediate amount.
    Immediate,
    /// The budget's medium-term amount.
    MediumTerm,
    /// The budget's long-term amount.
    LongTerm,
    /// The part of a budget line that goes to an external producer.
    External,
}

impl Column {
    /// The columns an action paste can map, in the preview's order.
    pub const FOR_ACTIONS: [Column; 13] = [
        Column::Title,
        Column::Start,
        Column::End,
        Column::Cost,
        Column::Channel,
        Column::Horizon,
        Column::Importance,
        Column::Line,
        Column::Objective,
        Column::Owner,
        Column::Delivery,
        Column::Description,
        Column::Ignore,
    ];

    /// The columns a budget paste can map.
    pub const FOR_BUDGET: [Column; 7] = [
        Column::Channel,
        Column::Immediate,
        Column::MediumTerm,
        Column::LongTerm,
        Column::Delivery,
        Column::External,
        Column::Ignore,
    ];

    /// The choices for `target`.
    pub fn choices(target: Target) -> &'static [Column] {
        match target {
            Target::Actions => &Self::FOR_ACTIONS,
            Target::Budget => &Self::FOR_BUDGET,
        }
    }

    /// Stable key (a select's value).
    pub fn key(self) -> &'static str {
        match self {
            Column::Ignore => "ignore",
            Column::Title => "title",
            Column::Start => "start",
            Column::End => "end",
            Column::Cost => "cost",
            Column::Channel => "channel",
            Column::Horizon => "horizon",
            Column::Importance => "importance",
            Column::Line => "line",
            Column::Objective => "objective",
            Column::Owner => "owner",
            Column::Delivery => "delivery",
            Column::Description => "description",
            Column::Immediate => "immediate",
            Column::MediumTerm => "medium_term",
            Column::LongTerm => "long_term",
            Column::External => "external",
        }
    }

    /// The column with this key.
    pub fn from_key(key: &str) -> Option<Column> {
        Self::FOR_ACTIONS
            .iter()
            .chain(&Self::FOR_BUDGET)
            .copied()
            .find(|c| c.key() == key)
    }

    /// Header words (folded, see [`fold`]) that name this column, French
    /// and English.
    fn names(self) -> &'static [&'static str] {
        match self {
            Column::Ignore => values::IGNORED,
            Column::Title => &[
                "titre", "title", "action", "actions", "intitule", "libelle", "nom", "name",
                "tache", "task", "activite", "activity",
            ],
            Column::Start => &[
                "debut",
                "start",
                "date de debut",
                "start date",
                "date debut",
                "du",
                "from",
                "begin",
                "date",
            ],
            Column::End => &[
                "fin",
                "end",
                "date de fin",
                "end date",
                "date fin",
                "au",
                "to",
                "until",
                "echeance",
                "due",
                "due date",
            ],
            Column::Cost => &[
                "cout",
                "cost",
                "budget",
                "montant",
                "amount",
                "prix",
                "price",
                "cout prevu",
                "planned cost",
                "cout chf",
                "cost chf",
            ],
            Column::Channel => &[
                "canal",
                "channel",
                "outil",
                "tool",
                "canal outil",
                "channel tool",
                "canal ou outil",
                "channel or tool",
                "media",
                "canaux",
                "channels",
            ],
            Column::Horizon => &["horizon", "terme", "term"],
            Column::Importance => &["importance", "priorite", "priority"],
            Column::Line => &[
                "ligne",
                "line",
                "ligne budgetaire",
                "budget line",
                "ligne de budget",
                "poste",
            ],
            Column::Objective => &["objectif", "objectifs", "objective", "objectives", "goal"],
            Column::Owner => &["responsable", "owner", "qui", "who", "porteur", "assignee"],
            Column::Delivery => &[
                "interne consultant",
                "in house consultant",
                "interne ou consultant",
                "in house or consultant",
                "realisation",
                "delivery",
                "prestataire",
            ],
            Column::Description => &[
                "description",
                "details",
                "detail",
                "note",
                "notes",
                "commentaire",
                "comment",
                "comments",
            ],
            Column::Immediate => &[
                "immediat",
                "immediate",
                "court terme",
                "short term",
                "tres court terme",
            ],
            Column::MediumTerm => &[
                "moyen terme",
                "medium term",
                "moyen terme regulier",
                "medium term regular",
                "mid term",
            ],
            Column::LongTerm => &["long terme", "long term"],
            Column::External => &["part externe", "external part", "externe", "external"],
        }
    }
}

/// The column a header cell names for `target`, if it names one.
pub fn named(cell: &str, target: Target) -> Option<Column> {
    let f = fold(cell);
    if f.is_empty() {
        return None;
    }
    // A currency after the name: "Coût (CHF)", "Budget CHF".
    let candidates = [f.clone(), strip_unit(&f)];
    let found = Column::FOR_ACTIONS
        .iter()
        .chain(&Column::FOR_BUDGET)
        .copied()
        .find(|c| c.names().iter().any(|n| candidates.iter().any(|f| f == n)))?;
    Some(match (target, found) {
        (Target::Budget, Column::Title | Column::Line) => Column::Channel,
        (Target::Budget, c) if Column::FOR_BUDGET.contains(&c) => c,
        (Target::Actions, c) if Column::FOR_ACTIONS.contains(&c) => c,
        _ => return None,
    })
}

/// A folded header without a trailing three-letter currency code.
fn strip_unit(f: &str) -> String {
    match f.rsplit_once(' ') {
        Some((head, code)) if code.len() == 3 && code.chars().all(|c| c.is_ascii_lowercase()) => {
            head.to_string()
        }
        _ => f.to_string(),
    }
}

/// Whether `row` is a header: at least half of its non-empty cells name a
/// column, and none of them reads as a date or an amount.
pub fn is_header(row: &[String], target: Target) -> bool {
    let cells: Vec<&String> = row.iter().filter(|c| !c.is_empty()).collect();
    let naming = cells.iter().filter(|c| named(c, target).is_some()).count();
    let figures = cells.iter().any(|c| {
        values::parse_date(c, DayOrder::DayFirst).is_some()
            || (c.chars().any(|ch| ch.is_ascii_digit())
                && values::parse_amount(c, &Currency::chf()).is_ok())
    });
    naming > 0 && naming * 2 >= cells.len() && !figures
}

/// The columns of `rows` (header row excluded): the header's names where
/// it has them, the rest guessed from the cells, each column used once
/// (a later one is left out).
pub fn guess(
    header: Option<&[String]>,
    rows: &[Vec<String>],
    target: Target,
    plan: &Plan,
    lang: Lang,
) -> Vec<Column> {
    let width = rows
        .iter()
        .map(Vec::len)
        .chain(header.map(<[String]>::len))
        .max()
        .unwrap_or(0);
    let mut out = vec![None; width];
    let mut taken = Vec::new();
    if let Some(h) = header {
        for (i, cell) in h.iter().enumerate() {
            if let Some(c) = named(cell, target) {
                if c == Column::Ignore || !taken.contains(&c) {
                    out[i] = Some(c);
                    taken.push(c);
                }
            }
        }
    }
    for (i, slot) in out.iter_mut().enumerate() {
        if slot.is_some() {
            continue;
        }
        let cells: Vec<&str> = rows
            .iter()
            .filter_map(|r| r.get(i))
            .map(String::as_str)
            .filter(|c| !c.is_empty())
            .collect();
        let wanted = kind_of(&cells, plan, lang)
            .iter()
            .copied()
            .find(|c| Column::choices(target).contains(c) && !taken.contains(c));
        // A text column is a title (or a line's channel) once, then left out.
        let fallback = match target {
            Target::Actions => Column::Title,
            Target::Budget => Column::Channel,
        };
        let column = wanted.unwrap_or(if taken.contains(&fallback) || cells.is_empty() {
            Column::Ignore
        } else {
            fallback
        });
        *slot = Some(column);
        if column != Column::Ignore {
            taken.push(column);
        }
    }
    out.into_iter()
        .map(|c| c.unwrap_or(Column::Ignore))
        .collect()
}

/// What a column of these cells could be, most likely first.
fn kind_of(cells: &[&str], plan: &Plan, lang: Lang) -> &'static [Column] {
    if cells.is_empty() {
        return &[];
    }
    let all = |f: &dyn Fn(&str) -> bool| cells.iter().all(|c| f(c));
    let order = values::day_order(cells.iter().copied(), lang);
    if all(&|c| values::parse_date(c, order).is_some()) {
        return &[Column::Start, Column::End];
    }
    if all(&|c| {
        c.chars().any(|ch| ch.is_ascii_digit()) && values::parse_amount(c, &plan.currency).is_ok()
    }) {
        return &[
            Column::Cost,
            Column::Immediate,
            Column::MediumTerm,
            Column::LongTerm,
        ];
    }
    if all(&|c| values::horizon(c).is_some()) {
        return &[Column::Horizon];
    }
    if all(&|c| values::importance(c).is_some()) {
        return &[Column::Importance];
    }
    if all(&|c| values::delivery(c).is_some()) {
        return &[Column::Delivery];
    }
    if !plan.budget.lines.is_empty() && all(&|c| super::line_named(plan, c).is_some()) {
        return &[Column::Line, Column::Channel];
    }
    if cells.iter().any(|c| values::is_catalogue_channel(c)) {
        return &[Column::Channel];
    }
    &[]
}
