//! What the paste dialog shows of a preview: each row's cells and, in
//! words, what it becomes or why it is refused.

use crate::{
    domain::{
        paste::{actions, budget, Column, Problem, Table, Target},
        Command, Lang, Money, Plan,
    },
    ui::format,
};

/// A row as shown: its cells, accepted or not, and the sentence beside it.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownRow {
    pub cells: Vec<String>,
    pub accepted: bool,
    pub note: String,
}

/// The preview as shown, and the command that adds its accepted rows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Shown {
    pub rows: Vec<ShownRow>,
    pub accepted: usize,
    pub refused: usize,
    pub command: Option<Command>,
    /// The budget's allocation after the paste, in words (budget only).
    pub after: Option<String>,
}

/// The reasons a row is refused, in words.
fn reasons(problems: &[Problem], target: Target, plan: &Plan, lang: Lang) -> String {
    let all = crate::i18n::texts(lang);
    let t = all.paste();
    let money = |m: Money| format::money(m, &plan.currency, lang);
    problems
        .iter()
        .map(|p| match p {
            Problem::NoTitle if target == Target::Budget => t.no_channel.to_string(),
            Problem::NoTitle => t.no_title.to_string(),
            Problem::NoDate => t.no_date.to_string(),
            Problem::BadDate(cell) => (t.bad_date)(cell),
            Problem::EndBeforeStart => t.end_before_start.to_string(),
            Problem::OutsidePeriod(p) => (all.gantt().outside_period)(
                &format::date(p.start, lang),
                &format::date(p.end, lang),
            ),
            Problem::BadAmount(cell, why) => (t.bad_amount)(cell, &(all.plan().err_money)(why)),
            Problem::UnknownLine(cell) => (t.unknown_line)(cell),
            Problem::UnknownHorizon(cell) => (t.unknown_horizon)(cell),
            Problem::UnknownImportance(cell) => (t.unknown_importance)(cell),
            Problem::UnknownDelivery(cell) => (t.unknown_delivery)(cell),
            Problem::UnknownObjective(cell) => (t.unknown_objective)(cell),
            Problem::LineExists(cell) => (t.line_exists)(cell),
            Problem::TotalsRow => t.totals_row.to_string(),
            Problem::OverTotal { asked, left } => (t.over_total)(&money(*asked), &money(*left)),
            Problem::Refused(e) => (all.plan().err_command)(e),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The preview of `table` read with `columns` into `plan`.
pub fn shown(plan: &Plan, table: &Table, columns: &[Column], target: Target, lang: Lang) -> Shown {
    let money = |m: Money| format::money(m, &plan.currency, lang);
    let (rows, command, added): (Vec<ShownRow>, _, Money) = match target {
        Target::Actions => {
            let p = actions::preview(plan, table, columns, lang);
            let rows = p
                .rows
                .into_iter()
                .map(|r| {
                    let (accepted, note) = match &r.outcome {
                        Ok(a) => {
                            let days = if a.start == a.end {
                                format::date(a.start, lang)
                            } else {
                                format!(
                                    "{} → {}",
                                    format::date(a.start, lang),
                                    format::date(a.end, lang)
                                )
                            };
                            (true, format!("✓ {days} · {}", money(a.cost)))
                        }
                        Err(problems) => (false, reasons(problems, target, plan, lang)),
                    };
                    ShownRow {
                        cells: r.cells,
                        accepted,
                        note,
                    }
                })
                .collect();
            (rows, p.command, Money::ZERO)
        }
        Target::Budget => {
            let p = budget::preview(plan, table, columns, lang);
            let mut added = Money::ZERO;
            let rows = p
                .rows
                .into_iter()
                .map(|r| {
                    let (accepted, note) = match &r.outcome {
                        Ok(line) => {
                            let sum: Money = line.amounts.iter().copied().sum();
                            added = added + sum;
                            let parts: Vec<String> = line
                                .amounts
                                .iter()
                                .map(|m| format::money_plain(*m, &plan.currency, lang))
                                .collect();
                            (true, format!("✓ {} = {}", parts.join(" + "), money(sum)))
                        }
                        Err(problems) => (false, reasons(problems, target, plan, lang)),
                    };
                    ShownRow {
                        cells: r.cells,
                        accepted,
                        note,
                    }
                })
                .collect();
            (rows, p.command, added)
        }
    };
    let accepted = rows.iter().filter(|r| r.accepted).count();
    let after = (target == Target::Budget).then(|| {
        let t = crate::i18n::texts(lang).paste();
        (t.budget_after)(
            &money(plan.budget.allocated() + added),
            &money(plan.budget.total),
        )
    });
    Shown {
        refused: rows.len() - accepted,
        accepted,
        rows,
        command,
        after,
    }
}
