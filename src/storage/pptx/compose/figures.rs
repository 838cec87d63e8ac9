//! The slides of figures: tables (budget, forecast, production, status),
//! the budget's stacked bars, and the timeline as one bar per action.

use super::{fit, lines_of, text_box, BOTTOM, INK, LINE, M, SOFT, TOP, W};
use crate::storage::pptx::{
    content::{Body, DeckContent, Segment},
    xml::{Align, Anchor, Boxed, Cell, Outline, Para, RowKind, Run, Shape, Table},
};

/// Colours of a chart's segments, apart from each other and from white
/// (the app's own palette).
const PALETTE: [&str; 12] = [
    "0B4F6C", "C2410C", "17663A", "7C3AED", "B45309", "0E7490", "BE185D", "4D7C0F", "1D4ED8",
    "9F1239", "475569", "A16207",
];

/// A table of figures: text in the first column, numbers right-aligned in
/// the others, the total row shaded; an intro above, notes below.
pub fn table(out: &mut Vec<Shape>, deck: &DeckContent, body: &Body) {
    let Body::Table {
        name,
        text_columns,
        center,
        intro,
        head,
        rows,
        total,
        after,
    } = body
    else {
        return;
    };
    let mut y = TOP;
    if let Some(intro) = intro {
        out.push(text_box(
            "Intro",
            M,
            y,
            W - 2.0 * M,
            26.0,
            vec![Para::of(Run::new(intro, 13.0, SOFT))],
            Anchor::Top,
        ));
        y += 32.0;
    }
    let cols = head.len().max(1);
    let width = W - 2.0 * M;
    let first = if cols > 4 { width * 0.32 } else { width * 0.4 };
    let rest = (width - first) / (cols - 1).max(1) as f64;
    let mut widths = vec![first];
    widths.extend(std::iter::repeat_n(rest, cols - 1));
    let count = rows.len() + 1 + usize::from(total.is_some());
    let room = BOTTOM - y - 22.0 * after.len() as f64;
    let row_height = (room / count as f64).clamp(10.0, 30.0);
    let size = match row_height {
        h if h < 14.0 => 8.0,
        h if h < 18.0 => 9.5,
        h if h < 22.0 => 11.0,
        _ => 13.0,
    };
    // Every row as wide as the head (a table with a short row is one
    // PowerPoint repairs), each cell's text at most two lines of its column.
    let column = |i: usize| widths.get(i).copied().unwrap_or(rest) - 12.0;
    let cells = |r: &[String]| -> Vec<Cell> {
        r.iter()
            .map(String::as_str)
            .chain(std::iter::repeat(""))
            .take(cols)
            .enumerate()
            .map(|(i, t)| Cell {
                align: match (i < (*text_columns).max(1), center) {
                    (true, _) => Align::Left,
                    (false, true) => Align::Center,
                    (false, false) => Align::Right,
                },
                ..Cell::text(lines_of(t, column(i), size, 2.0))
            })
            .collect()
    };
    let mut all = vec![(RowKind::Header, cells(head))];
    // Rows past what the slide holds at the smallest size end in "…" (the
    // deck's pages hold less; this only keeps a table on its slide).
    let most = ((room / 10.0).floor() as usize)
        .saturating_sub(2 + usize::from(total.is_some()))
        .max(1);
    all.extend(rows.iter().take(most).map(|r| (RowKind::Body, cells(r))));
    if rows.len() > most {
        all.push((RowKind::Body, cells(&["…".to_string()])));
    }
    if let Some(t) = total {
        all.push((RowKind::Total, cells(t)));
    }
    let table_h = row_height * all.len() as f64;
    out.push(Shape::Table(Table {
        name: name.clone(),
        x: M,
        y,
        widths,
        row_height,
        size,
        rows: all,
        accent: deck.accent.clone(),
    }));
    y += table_h + 12.0;
    if !after.is_empty() {
        let paras = after
            .iter()
            .map(|a| Para::of(Run::new(a, 11.0, SOFT)).after(3.0))
            .collect();
        out.push(text_box(
            "Notes",
            M,
            y,
            W - 2.0 * M,
            (BOTTOM - y).max(20.0),
            paras,
            Anchor::Top,
        ));
    }
}

/// Stacked bars, one per group, each with its legend of labels, amounts and
/// shares (the chart never relies on colour alone).
pub fn bars(out: &mut Vec<Shape>, groups: &[(String, Vec<Segment>)]) {
    let width = W - 2.0 * M;
    let per_row = |n: usize| if n > 9 { 4 } else { 3 };
    let shown_of = |segments: &[Segment]| segments.iter().filter(|s| s.share_bp > 0).count();
    // Each chart as tall as its legend: two-line entries when they all fit.
    let rows: usize = groups
        .iter()
        .map(|(_, s)| shown_of(s).div_ceil(per_row(shown_of(s))).max(1))
        .sum();
    let fixed = 70.0 * groups.len() as f64;
    let lh = ((BOTTOM - TOP - fixed) / rows.max(1) as f64).min(28.0);
    // What room is left spaces the charts apart.
    let spare = (BOTTOM - TOP - fixed - lh * rows as f64).max(0.0);
    let gap = (spare / groups.len().max(1) as f64).min(30.0);
    let mut y = TOP;
    for (g, (title, segments)) in groups.iter().enumerate() {
        out.push(text_box(
            &format!("Chart {}", g + 1),
            M,
            y,
            width,
            20.0,
            vec![Para::of(Run::new(title, 14.0, INK).bold())],
            Anchor::Top,
        ));
        let shown: Vec<&Segment> = segments.iter().filter(|s| s.share_bp > 0).collect();
        let mut x = M;
        for (i, s) in shown.iter().enumerate() {
            let w = width * f64::from(s.share_bp) / 10_000.0;
            out.push(Shape::Box(Boxed {
                name: format!("Segment {} {}", g + 1, s.label),
                x,
                y: y + 24.0,
                w: w.max(0.5),
                h: 22.0,
                fill: Some(PALETTE[i % PALETTE.len()].into()),
                ..Boxed::default()
            }));
            x += w;
        }
        let per_row = per_row(shown.len());
        let cw = width / per_row as f64;
        // Label above, amount and share below, when two lines fit.
        let two = lh >= 22.0;
        for (i, s) in shown.iter().enumerate() {
            let (lx, ly) = (
                M + (i % per_row) as f64 * cw,
                y + 54.0 + (i / per_row) as f64 * lh,
            );
            out.push(Shape::Box(Boxed {
                name: format!("Swatch {} {}", g + 1, i + 1),
                x: lx,
                y: ly + 3.0,
                w: 9.0,
                h: 9.0,
                fill: Some(PALETTE[i % PALETTE.len()].into()),
                ..Boxed::default()
            }));
            let figures = format!("{} · {}", s.amount, s.share);
            let paras = if two {
                vec![
                    Para::of(Run::new(
                        lines_of(&s.label, cw - 18.0, 10.0, 1.0),
                        10.0,
                        INK,
                    )),
                    Para::of(Run::new(figures, 9.0, SOFT)),
                ]
            } else {
                vec![Para {
                    runs: vec![
                        Run::new(
                            format!("{}  ", lines_of(&s.label, (cw - 18.0) / 2.0, 8.0, 1.0)),
                            8.0,
                            INK,
                        ),
                        Run::new(figures, 8.0, SOFT),
                    ],
                    ..Para::default()
                }]
            };
            out.push(text_box(
                &format!("Legend {} {}", g + 1, i + 1),
                lx + 14.0,
                ly,
                cw - 18.0,
                lh,
                paras,
                Anchor::Top,
            ));
        }
        if shown.is_empty() {
            out.push(Shape::Box(Boxed {
                name: format!("Empty bar {}", g + 1),
                x: M,
                y: y + 24.0,
                w: width,
                h: 22.0,
                outline: Some(Outline {
                    color: LINE.into(),
                    width: 1.0,
                    dashed: true,
                }),
                ..Boxed::default()
            }));
        }
        y += 70.0 + gap + shown.len().div_ceil(per_row).max(1) as f64 * lh;
    }
}

/// The importances' bar colours, critical first; low is an outline.
const IMPORTANCE: [&str; 4] = ["B42318", "C2410C", "0B4F6C", "FFFFFF"];

/// The timeline: months across, one row per action with its bar, the
/// legend of importances below.
pub fn timeline(out: &mut Vec<Shape>, body: &Body) {
    let Body::Timeline {
        months,
        rows,
        legend,
    } = body
    else {
        return;
    };
    let (label_w, x0) = (230.0, M + 240.0);
    let chart_w = W - M - x0;
    let n = months.len().max(1) as f64;
    let mw = chart_w / n;
    let month_size = fit(
        &months.iter().map(String::as_str).collect::<Vec<_>>(),
        mw * n,
        16.0 * n,
        11.0,
        7.0,
    );
    for (i, m) in months.iter().enumerate() {
        let x = x0 + i as f64 * mw;
        out.push(text_box(
            &format!("Month {}", i + 1),
            x,
            TOP,
            mw,
            18.0,
            vec![Para::of(Run::new(m, month_size, SOFT)).align(Align::Center)],
            Anchor::Bottom,
        ));
    }
    let top = TOP + 24.0;
    let bottom = BOTTOM - 30.0;
    for i in 0..=months.len() {
        let x = x0 + i as f64 * mw;
        out.push(Shape::Line {
            x1: x,
            y1: top,
            x2: x,
            y2: bottom,
            color: LINE.into(),
            width: 0.5,
        });
    }
    let rh = ((bottom - top) / rows.len().max(1) as f64).min(26.0);
    let size = if rh < 24.0 { 10.0 } else { 12.0 };
    for (i, r) in rows.iter().enumerate() {
        let y = top + i as f64 * rh;
        out.push(text_box(
            &format!("Label {}", i + 1),
            M,
            y,
            label_w,
            rh,
            vec![Para::of(Run::new(
                lines_of(
                    &r.title,
                    label_w,
                    size,
                    (rh / (size * 1.2)).floor().max(1.0),
                ),
                size,
                INK,
            ))],
            Anchor::Middle,
        ));
        let imp = usize::from(r.importance.min(3));
        let from = r.from.clamp(0.0, 1.0);
        let to = r.to.clamp(from, 1.0);
        out.push(Shape::Box(Boxed {
            name: format!("Action {} — {}", i + 1, r.title),
            x: x0 + from * chart_w,
            y: y + 3.0,
            w: ((to - from) * chart_w).max(4.0),
            h: rh - 6.0,
            fill: Some(IMPORTANCE[imp].into()),
            outline: (imp == 3).then(|| Outline {
                color: "475569".into(),
                width: 1.25,
                dashed: true,
            }),
            round: true,
            ..Boxed::default()
        }));
    }
    for (i, name) in legend.iter().enumerate() {
        let x = x0 + i as f64 * chart_w / 4.0;
        out.push(Shape::Box(Boxed {
            name: format!("Legend swatch {}", i + 1),
            x,
            y: BOTTOM - 16.0,
            w: 18.0,
            h: 10.0,
            fill: Some(IMPORTANCE[i].into()),
            outline: (i == 3).then(|| Outline {
                color: "475569".into(),
                width: 1.0,
                dashed: true,
            }),
            round: true,
            ..Boxed::default()
        }));
        out.push(text_box(
            &format!("Legend {}", i + 1),
            x + 24.0,
            BOTTOM - 20.0,
            chart_w / 4.0 - 28.0,
            18.0,
            vec![Para::of(Run::new(name, 10.0, SOFT))],
            Anchor::Middle,
        ));
    }
}
