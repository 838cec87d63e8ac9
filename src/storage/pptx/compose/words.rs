//! The slides of words: the executive summary, the strategy tree and the
//! objectives with their KPI targets.

use super::{clip, fit, lines, lines_of, text_box, BOTTOM, INK, M, PANEL, SOFT, TOP, W};
use crate::storage::pptx::{
    content::{Body, DeckContent},
    xml::{Align, Anchor, Boxed, Cell, Para, RowKind, Run, Shape, Table},
};

/// A heading paragraph in the accent colour.
fn heading(text: &str, accent: &str) -> Para {
    Para::of(Run::new(text, 15.0, accent).bold()).after(6.0)
}

/// The executive summary: goal and budget on the left, the priority
/// objectives and the coming actions on the right.
pub fn summary(out: &mut Vec<Shape>, deck: &DeckContent, body: &Body) {
    let Body::Summary {
        goal,
        priorities,
        budget,
        next,
        empty,
    } = body
    else {
        return;
    };
    let accent = deck.accent.as_str();
    let (lw, rx) = (400.0, M + 430.0);
    let rw = W - M - rx;
    let goal_size = fit(&[&goal.1], lw, 170.0, 20.0, 11.0);
    let goal_text = clip(&goal.1, lw, 230.0, goal_size);
    let goal_h = 26.0 + lines(&[&goal_text], lw, goal_size) * goal_size * 1.2;
    out.push(text_box(
        "Goal",
        M,
        TOP,
        lw,
        goal_h,
        vec![
            heading(&goal.0, accent),
            Para::of(Run::new(goal_text, goal_size, INK)),
        ],
        Anchor::Top,
    ));
    // The budget in a panel right under the goal, as tall as its text.
    let budget_size = fit(&[&budget.1], lw - 28.0, 120.0, 16.0, 11.0);
    let budget_y = TOP + goal_h + 18.0;
    let budget_text = clip(&budget.1, lw - 28.0, BOTTOM - budget_y - 48.0, budget_size);
    let budget_h = 48.0 + lines(&[&budget_text], lw - 28.0, budget_size) * budget_size * 1.2;
    out.push(Shape::Box(Boxed {
        name: "Budget".into(),
        x: M,
        y: budget_y,
        w: lw,
        h: budget_h.min(BOTTOM - budget_y),
        fill: Some(PANEL.into()),
        paras: vec![
            heading(&budget.0, accent),
            Para::of(Run::new(budget_text, budget_size, INK)),
        ],
        inset: 14.0,
        round: true,
        ..Boxed::default()
    }));
    let mut right = vec![heading(&priorities.0, accent)];
    if priorities.1.is_empty() {
        right.push(Para::of(Run::new(&empty.0, 13.0, SOFT)).after(10.0));
    }
    let texts: Vec<String> = priorities
        .1
        .iter()
        .flat_map(|(t, k)| {
            std::iter::once(t.clone()).chain(k.iter().map(|(n, f, to)| format!("{n} {f} → {to}")))
        })
        .chain(next.1.iter().map(|(d, t, _)| format!("{d} {t}")))
        .collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let size = fit(&refs, rw - 20.0, 300.0, 16.0, 10.0);
    for (n, (title, kpis)) in priorities.1.iter().enumerate() {
        right.push(
            Para::of(
                Run::new(
                    lines_of(&format!("{}. {title}", n + 1), rw - 20.0, size + 1.0, 2.0),
                    size + 1.0,
                    INK,
                )
                .bold(),
            )
            .after(2.0),
        );
        for (name, from, to) in kpis {
            let line = Para {
                runs: vec![
                    Run::new(
                        format!("{} ", lines_of(name, rw - 160.0, size, 1.0)),
                        size,
                        SOFT,
                    ),
                    Run::new(format!("{from} → "), size, INK),
                    Run::new(to.clone(), size, INK).bold(),
                ],
                ..Para::default()
            };
            right.push(line.bullet().after(2.0));
        }
    }
    if let Some(p) = right.last_mut() {
        p.after = 14.0;
    }
    right.push(heading(&next.0, accent));
    if next.1.is_empty() {
        right.push(Para::of(Run::new(&empty.1, 13.0, SOFT)));
    }
    for (date, title, key) in &next.1 {
        let mut t = Run::new(lines_of(title, rw - 100.0, size, 2.0), size, INK);
        t.bold = *key;
        right.push(
            Para {
                runs: vec![Run::new(format!("{date}  "), size, accent).bold(), t],
                ..Para::default()
            }
            .after(3.0),
        );
    }
    out.push(text_box(
        "Priorities and next actions",
        rx,
        TOP,
        rw,
        BOTTOM - TOP,
        right,
        Anchor::Top,
    ));
}

/// The rank's label as a run before a title.
fn rank(priority: bool, ranks: &(String, String), size: f64, accent: &str) -> Run {
    if priority {
        Run::new(format!("{}  ", ranks.0.to_uppercase()), size * 0.75, accent).bold()
    } else {
        Run::new(format!("{}  ", ranks.1.to_uppercase()), size * 0.75, SOFT).bold()
    }
}

/// The strategy: its statement, then a column per element with the
/// objectives serving it.
pub fn strategy(out: &mut Vec<Shape>, deck: &DeckContent, body: &Body) {
    let Body::Strategy {
        statement,
        branches,
        ranks,
        empty,
    } = body
    else {
        return;
    };
    let accent = deck.accent.as_str();
    let mut y = TOP;
    if let Some(s) = statement {
        let size = fit(&[s], W - 2.0 * M, 72.0, 18.0, 12.0);
        let text = clip(s, W - 2.0 * M, 72.0, size);
        let h = lines(&[&text], W - 2.0 * M, size) * size * 1.2 + 4.0;
        out.push(text_box(
            "Strategy",
            M,
            y,
            W - 2.0 * M,
            h,
            vec![Para::of(Run::new(text, size, INK))],
            Anchor::Top,
        ));
        y += h + 14.0;
    }
    if branches.is_empty() {
        out.push(text_box(
            "Empty",
            M,
            y + 60.0,
            W - 2.0 * M,
            60.0,
            vec![Para::of(Run::new(empty, 20.0, SOFT)).align(Align::Center)],
            Anchor::Middle,
        ));
        return;
    }
    let n = branches.len().clamp(1, 6) as f64;
    let gap = 14.0;
    let cw = (W - 2.0 * M - (n - 1.0) * gap) / n;
    let room = BOTTOM - y;
    let columns: Vec<(f64, Vec<Para>)> = branches
        .iter()
        .take(6)
        .map(|b| {
            let texts: Vec<&str> = std::iter::once(b.note.as_str())
                .chain(b.objectives.iter().map(|(t, _)| t.as_str()))
                .collect();
            let size = fit(&texts, cw - 24.0, room - 60.0, 14.0, 9.0);
            let mut paras = vec![Para::of(Run::new(&b.name, 16.0, accent).bold()).after(4.0)];
            let mut h = 30.0 + lines(&[&b.name], cw - 24.0, 16.0) * 19.2;
            if !b.note.is_empty() {
                let note = clip(&b.note, cw - 24.0, room / 3.0, size - 1.0);
                h += lines(&[&note], cw - 24.0, size - 1.0) * (size - 1.0) * 1.2 + 8.0;
                paras.push(Para::of(Run::new(note, size - 1.0, SOFT)).after(8.0));
            }
            for (title, priority) in &b.objectives {
                let title = lines_of(title, cw - 24.0, size, 3.0);
                let mut t = Run::new(title.clone(), size, INK);
                t.bold = *priority;
                paras.push(
                    Para {
                        runs: vec![rank(*priority, ranks, size, accent), t],
                        ..Para::default()
                    }
                    .after(5.0),
                );
                let label = if *priority { &ranks.0 } else { &ranks.1 };
                h += lines(&[&format!("{label}  {title}")], cw - 24.0, size) * size * 1.2 + 5.0;
            }
            (h, paras)
        })
        .collect();
    // Every column as tall as the tallest, no taller than its text needs.
    let h = columns
        .iter()
        .map(|(h, _)| *h)
        .fold(120.0, f64::max)
        .min(room);
    for (i, (_, paras)) in columns.into_iter().enumerate() {
        out.push(Shape::Box(Boxed {
            name: format!("Strategy element {}", i + 1),
            x: M + i as f64 * (cw + gap),
            y,
            w: cw,
            h,
            fill: Some(PANEL.into()),
            paras,
            inset: 12.0,
            round: true,
            ..Boxed::default()
        }));
    }
}

/// The objectives in two columns: title and rank, deadline and owner, and a
/// table of their KPIs' baselines and targets.
pub fn objectives(out: &mut Vec<Shape>, deck: &DeckContent, body: &Body) {
    let Body::Objectives {
        blocks,
        heads,
        ranks,
        no_kpi,
    } = body
    else {
        return;
    };
    let accent = deck.accent.as_str();
    let gap = 24.0;
    let cw = (W - 2.0 * M - gap) / 2.0;
    let row: f64 = 20.0;
    let mut ys = [TOP, TOP];
    for (i, o) in blocks.iter().enumerate() {
        let col = if ys[0] <= ys[1] { 0 } else { 1 };
        let x = M + col as f64 * (cw + gap);
        let y = ys[col];
        // Past the page (the deck's pages hold less): left to the plan.
        if y > BOTTOM - 60.0 {
            break;
        }
        let title = lines_of(&o.title, cw - 90.0, 15.0, 2.0);
        let title_h = (lines(&[&title], cw - 90.0, 15.0) * 18.0).min(40.0);
        let mut paras = vec![Para {
            runs: vec![
                rank(o.priority, ranks, 15.0, accent),
                Run::new(title, 15.0, INK).bold(),
            ],
            ..Para::default()
        }
        .after(2.0)];
        if !o.meta.is_empty() {
            paras.push(Para::of(Run::new(&o.meta, 11.0, SOFT)));
        }
        if o.kpis.is_empty() {
            paras.push(Para::of(Run::new(no_kpi, 11.0, SOFT)));
        }
        let head_h = title_h + 20.0;
        out.push(text_box(
            &format!("Objective {}", i + 1),
            x,
            y,
            cw,
            head_h,
            paras,
            Anchor::Top,
        ));
        let mut h = head_h;
        if !o.kpis.is_empty() {
            let mut rows = vec![(
                RowKind::Header,
                heads.iter().map(|t| Cell::text(t.clone())).collect(),
            )];
            rows.extend(o.kpis.iter().map(|(n, f, t)| {
                (
                    RowKind::Body,
                    vec![
                        Cell::text(n.clone()),
                        Cell {
                            align: Align::Right,
                            ..Cell::text(f.clone())
                        },
                        Cell {
                            align: Align::Right,
                            bold: true,
                            ..Cell::text(t.clone())
                        },
                    ],
                )
            }));
            // Rows narrower when the KPIs would run past the footer, and
            // those past even then ended with "…" (the deck's pages hold
            // less; this only keeps the table on its slide).
            let room = BOTTOM - y - head_h - 2.0;
            let row = row.min(room / rows.len() as f64).max(12.0);
            let most = ((room / row).floor() as usize).max(2);
            if rows.len() > most {
                rows.truncate(most - 1);
                rows.push((
                    RowKind::Body,
                    vec![Cell::text("…"), Cell::text(""), Cell::text("")],
                ));
            }
            let table_h = row * rows.len() as f64;
            out.push(Shape::Table(Table {
                name: format!("Objective {} KPIs", i + 1),
                x,
                y: y + head_h + 2.0,
                widths: vec![cw * 0.5, cw * 0.22, cw * 0.28],
                row_height: row,
                size: if row < 16.0 { 8.0 } else { 10.5 },
                rows,
                accent: accent.into(),
            }));
            h += table_h + 2.0;
        }
        ys[col] = y + h + 16.0;
    }
}
