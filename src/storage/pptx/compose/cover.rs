//! The cover: an accent band, the client's and the consultant's logos, the
//! client, the plan's name, its period, who presents it and when.

use super::{fit, lines, lines_of, picture, text_box, INK, M, SOFT, W};
use crate::storage::pptx::{
    content::{Body, DeckContent, SlideContent},
    xml::{Align, Anchor, Boxed, Para, Run, Shape},
};

/// The cover: an accent band, the logos, client, plan, period, who and when.
pub fn cover(out: &mut Vec<Shape>, deck: &DeckContent, slide: &SlideContent) {
    let Body::Cover {
        client,
        period,
        by,
        date,
        client_logo,
        consultant_logo,
    } = &slide.body
    else {
        return;
    };
    let accent = deck.accent.as_str();
    out.push(Shape::Box(Boxed {
        name: "Band".into(),
        x: 0.0,
        y: 0.0,
        w: 18.0,
        h: super::H,
        fill: Some(accent.into()),
        ..Boxed::default()
    }));
    let left = M + 24.0;
    let width = W - left - M;
    if let Some(p) = client_logo
        .and_then(|i| picture(deck, i, "Client logo", left, 44.0, 220.0, 84.0, Align::Left))
    {
        out.push(p);
    }
    if let Some(p) = consultant_logo.and_then(|i| {
        picture(
            deck,
            i,
            "Consultant logo",
            W - M - 220.0,
            44.0,
            220.0,
            84.0,
            Align::Right,
        )
    }) {
        out.push(p);
    }
    out.push(text_box(
        "Client",
        left,
        170.0,
        width,
        32.0,
        vec![Para::of(
            Run::new(lines_of(client, width, 22.0, 1.0), 22.0, accent).bold(),
        )],
        Anchor::Bottom,
    ));
    let size = fit(&[&slide.title], width, 124.0, 44.0, 24.0);
    out.push(Shape::Box(Boxed {
        name: "Title".into(),
        x: left,
        y: 206.0,
        w: width,
        h: 128.0,
        paras: vec![Para::of(Run::new(&slide.title, size, INK).bold())],
        anchor: Anchor::Top,
        title: true,
        ..Boxed::default()
    }));
    let title_h = (lines(&[&slide.title], width, size) * size * 1.2).min(128.0);
    out.push(text_box(
        "Period",
        left,
        214.0 + title_h,
        width,
        28.0,
        vec![Para::of(Run::new(period, 18.0, SOFT))],
        Anchor::Top,
    ));
    out.push(Shape::Box(Boxed {
        name: "Rule".into(),
        x: left,
        y: 256.0 + title_h,
        w: 72.0,
        h: 5.0,
        fill: Some(accent.into()),
        ..Boxed::default()
    }));
    let mut who = Vec::new();
    if let Some(by) = by {
        who.push(Para::of(Run::new(lines_of(by, width, 16.0, 2.0), 16.0, INK)).after(4.0));
    }
    who.push(Para::of(Run::new(date, 13.0, SOFT)));
    out.push(text_box(
        "Presented by",
        left,
        420.0,
        width,
        70.0,
        who,
        Anchor::Bottom,
    ));
}
