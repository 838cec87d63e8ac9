//! Lays a deck's content out on 960 × 540 pt slides: the title band in the
//! accent colour, the body, the footer (logo, who presents, client, number),
//! as native shapes a person edits in PowerPoint.

mod cover;
mod figures;
mod words;

use super::{
    content::{Body, DeckContent, SlideContent},
    xml::{Align, Anchor, Boxed, Para, Run, Shape},
};

/// The slide's size in points.
pub const W: f64 = 960.0;
pub const H: f64 = 540.0;
/// The side margin.
pub const M: f64 = 40.0;
/// Where the body starts and ends.
pub const TOP: f64 = 88.0;
pub const BOTTOM: f64 = 490.0;

pub const INK: &str = "14212B";
pub const SOFT: &str = "4A5A66";
pub const LINE: &str = "D5DDE3";
pub const PANEL: &str = "F2F5F7";

/// The shapes of one slide, the title first.
pub fn slide_shapes(deck: &DeckContent, index: usize, slide: &SlideContent) -> Vec<Shape> {
    let accent = deck.accent.as_str();
    let mut out = Vec::new();
    if let Body::Cover { .. } = slide.body {
        cover::cover(&mut out, deck, slide);
        return out;
    }
    out.push(Shape::Box(Boxed {
        name: "Title".into(),
        x: 0.0,
        y: 0.0,
        w: W,
        h: 66.0,
        fill: Some(accent.into()),
        paras: vec![Para::of(
            Run::new(
                &slide.title,
                fit(&[&slide.title], 760.0, 50.0, 26.0, 18.0),
                "FFFFFF",
            )
            .bold(),
        )],
        anchor: Anchor::Middle,
        inset: M,
        title: true,
        ..Boxed::default()
    }));
    if let Some(mark) = &slide.mark {
        out.push(text_box(
            "Continued",
            W - 200.0,
            0.0,
            160.0,
            66.0,
            vec![Para::of(Run::new(mark, 14.0, "FFFFFF")).align(Align::Right)],
            Anchor::Middle,
        ));
    }
    match &slide.body {
        Body::Summary { .. } => words::summary(&mut out, deck, &slide.body),
        Body::Strategy { .. } => words::strategy(&mut out, deck, &slide.body),
        Body::Objectives { .. } => words::objectives(&mut out, deck, &slide.body),
        Body::Table { .. } => figures::table(&mut out, deck, &slide.body),
        Body::Bars(groups) => figures::bars(&mut out, groups),
        Body::Timeline { .. } => figures::timeline(&mut out, &slide.body),
        Body::Empty(why) => out.push(text_box(
            "Empty",
            M,
            TOP + 100.0,
            W - 2.0 * M,
            80.0,
            vec![Para::of(Run::new(why, 20.0, SOFT)).align(Align::Center)],
            Anchor::Middle,
        )),
        Body::Cover { .. } => {}
    }
    footer(&mut out, deck, index);
    out
}

/// The footer: a rule, the consultant's logo and name, the client, n / N.
fn footer(out: &mut Vec<Shape>, deck: &DeckContent, index: usize) {
    let y = 506.0;
    out.push(Shape::Line {
        x1: M,
        y1: y - 4.0,
        x2: W - M,
        y2: y - 4.0,
        color: LINE.into(),
        width: 0.75,
    });
    let mut x = M;
    if let Some(i) = deck.footer_logo {
        if let Some(p) = picture(deck, i, "Logo", x, y + 2.0, 90.0, 22.0, Align::Left) {
            if let Shape::Picture { w, .. } = &p {
                x += w + 10.0;
            }
            out.push(p);
        }
    }
    let small = |t: &str, w: f64, align| {
        vec![Para::of(Run::new(lines_of(t, w, 10.0, 1.0), 10.0, SOFT)).align(align)]
    };
    out.push(text_box(
        "Presenter",
        x,
        y,
        330.0 - x + M,
        26.0,
        small(&deck.who, 330.0 - x + M, Align::Left),
        Anchor::Middle,
    ));
    out.push(text_box(
        "Client",
        340.0,
        y,
        280.0,
        26.0,
        small(&deck.client, 280.0, Align::Center),
        Anchor::Middle,
    ));
    let n = format!("{} / {}", index + 1, deck.slides.len());
    out.push(text_box(
        "Slide number",
        W - M - 160.0,
        y,
        160.0,
        26.0,
        small(&n, 160.0, Align::Right),
        Anchor::Middle,
    ));
}

/// A text box without fill or outline.
pub fn text_box(
    name: &str,
    x: f64,
    y: f64,
    w: f64,
    h: f64,
    paras: Vec<Para>,
    anchor: Anchor,
) -> Shape {
    Shape::Box(Boxed {
        name: name.into(),
        x,
        y,
        w,
        h,
        paras,
        anchor,
        inset: 0.0,
        ..Boxed::default()
    })
}

/// Image `i` of the deck fitted in the box, aligned in it; `None` when the
/// deck has no such image.
#[allow(clippy::too_many_arguments)]
pub fn picture(
    deck: &DeckContent,
    i: usize,
    name: &str,
    x: f64,
    y: f64,
    w: f64,
    h: f64,
    align: Align,
) -> Option<Shape> {
    let img = deck.images.get(i)?;
    let ratio = f64::from(img.width) / f64::from(img.height);
    let (pw, ph) = if w / h > ratio {
        (h * ratio, h)
    } else {
        (w, w / ratio)
    };
    let px = match align {
        Align::Left => x,
        Align::Center => x + (w - pw) / 2.0,
        Align::Right => x + w - pw,
    };
    Some(Shape::Picture {
        name: name.into(),
        image: i,
        x: px,
        y: y + (h - ph) / 2.0,
        w: pw,
        h: ph,
    })
}

/// The largest size from `max` down to `min` (by half points) at which
/// `texts` (one paragraph each) fit in `w` × `h` points, by an estimate of
/// Calibri's average width; `min` when none does.
pub fn fit(texts: &[&str], w: f64, h: f64, max: f64, min: f64) -> f64 {
    let mut size = max;
    while size > min {
        if lines(texts, w, size) * size * 1.2 <= h {
            return size;
        }
        size -= 0.5;
    }
    min
}

/// `text` cut with "…" to what fits in `w` × `h` at `size` by the same
/// estimate (a slide never runs off its edge; the whole text stays in the
/// plan the deck carries).
pub fn clip(text: &str, w: f64, h: f64, size: f64) -> String {
    let fits = |t: &str| lines(&[t], w, size) * size * 1.2 <= h;
    if fits(text) {
        return text.to_string();
    }
    // The longest start that fits with its ellipsis, line breaks counted.
    let ends: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    let (mut lo, mut hi) = (0, ends.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if fits(&format!("{}…", &text[..ends[mid]])) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    format!("{}…", text[..ends[lo]].trim_end())
}

/// `text` cut to at most `n` lines of `size` in a box `w` wide.
pub fn lines_of(text: &str, w: f64, size: f64, n: f64) -> String {
    clip(text, w, n * size * 1.2, size)
}

/// Lines `texts` take at `size` in a box `w` wide, by the same estimate.
pub fn lines(texts: &[&str], w: f64, size: f64) -> f64 {
    let per_line = (w / (size * 0.5)).max(1.0);
    texts
        .iter()
        .map(|t| {
            t.split('\n')
                .map(|l| (l.chars().count() as f64 / per_line).ceil().max(1.0))
                .sum::<f64>()
        })
        .sum()
}
