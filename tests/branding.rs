//! Branding and the deck: logos checked by their bytes, the accent colour
//! kept readable, settings undoable, and long content cut into slides.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use cap::domain::{
    branding::{self, check_accent, AccentCheck, Branding, ImageType, Logo, LogoError, Rgb},
    deck::{self, paginate, SlideKind, SlideSettings},
    *,
};
use common::*;
use proptest::prelude::*;

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F'];

#[test]
fn a_logo_is_known_by_its_bytes_not_its_name() {
    assert_eq!(ImageType::sniff(PNG), Some(ImageType::Png));
    assert_eq!(ImageType::sniff(JPEG), Some(ImageType::Jpeg));
    for svg in [
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "\u{feff}<?xml version=\"1.0\"?>\n<!-- logo -->\n<!DOCTYPE svg>\n<svg viewBox=\"0 0 1 1\"></svg>",
    ] {
        assert_eq!(ImageType::sniff(svg.as_bytes()), Some(ImageType::Svg), "{svg}");
    }
    for not in [
        &b"GIF89a\x01\0"[..],
        b"<html><svg></svg></html>",
        b"<svgx/>",
        b"%PDF-1.7",
        b"{\"format\":\"cap-plan\"}",
        b"",
        &[0xFF, 0xFE, 0, 0],
    ] {
        assert_eq!(ImageType::sniff(not), None, "{not:?}");
        assert!(Logo::from_file(not).is_err());
    }
}

#[test]
fn a_logo_above_200_kb_is_refused_and_one_below_kept() {
    let mut big = PNG.to_vec();
    big.resize(branding::MAX_LOGO_BYTES + 1, 0);
    assert_eq!(
        Logo::from_file(&big),
        Err(LogoError::TooLarge {
            bytes: branding::MAX_LOGO_BYTES + 1
        })
    );
    big.truncate(branding::MAX_LOGO_BYTES);
    let logo = Logo::from_file(&big).expect("exactly the limit is accepted");
    assert_eq!(logo.check(), Ok(()));
    assert!(logo
        .data_url()
        .starts_with("data:image/png;base64,iVBORw0KGgo"));
}

#[test]
fn a_stored_logo_whose_type_lies_is_refused() {
    let mut logo = Logo::from_file(b"<svg/>").unwrap();
    assert_eq!(logo.check(), Ok(()));
    logo.image_type = ImageType::Png;
    assert_eq!(logo.check(), Err(LogoError::NotAnImage));
    logo.image_type = ImageType::Svg;
    logo.base64 = "not base64!".into();
    assert_eq!(logo.check(), Err(LogoError::NotAnImage));
}

#[test]
fn contrast_is_the_wcag_ratio() {
    let white = Rgb(255, 255, 255);
    assert!((Rgb(0, 0, 0).contrast(white) - 21.0).abs() < 1e-9);
    assert!((white.contrast(white) - 1.0).abs() < 1e-9);
    // WebAIM's figures: #767676 is the lightest grey at 4.5:1 on white.
    assert!((Rgb::parse("#767676").unwrap().contrast_with_white() - 4.54).abs() < 0.01);
    assert!(Rgb::parse("#777777").unwrap().contrast_with_white() < 4.5);
    assert_eq!(Rgb::parse("#0B4F6C"), Some(Rgb(11, 79, 108)));
    assert_eq!(Rgb::parse("#fc0"), Some(Rgb(255, 204, 0)));
    for bad in ["", "0b4f6c", "#0b4f6", "#gg0000", "red", "#0b4f6c00"] {
        assert_eq!(Rgb::parse(bad), None, "{bad}");
    }
}

#[test]
fn a_readable_accent_is_kept_and_a_pale_one_darkened_in_its_hue() {
    assert_eq!(
        check_accent("#0B4F6C"),
        Some(AccentCheck::Kept("#0b4f6c".into()))
    );
    let Some(AccentCheck::Darkened { from, to, was }) = check_accent("#ffcc00") else {
        panic!("yellow is too light for white text")
    };
    assert_eq!(from, "#ffcc00");
    assert!(was < 2.0);
    let c = Rgb::parse(&to).unwrap();
    assert!(c.contrast_with_white() >= branding::MIN_CONTRAST);
    // Same hue: red stays the largest channel, blue nil.
    assert!(c.0 > c.1 && c.2 == 0, "{to}");
    assert_eq!(check_accent("nope"), None);
}

proptest! {
    /// Whatever colour is picked, what is stored reads under white text.
    #[test]
    fn every_picked_accent_ends_readable(r: u8, g: u8, b: u8) {
        let picked = Rgb(r, g, b).hex();
        let stored = check_accent(&picked).unwrap();
        let c = Rgb::parse(stored.colour()).unwrap();
        prop_assert!(c.contrast_with_white() >= branding::MIN_CONTRAST);
        let mut p = Plan::new("p", day(2027, 1, 1), Lang::Fr);
        let b = Branding { accent: Some(stored.colour().to_string()), ..Branding::default() };
        prop_assert!(apply(&mut p, Command::SetBranding(Box::new(b))).is_ok());
    }

    /// Pages never exceed their capacity (unless one item alone does),
    /// keep the order, and cover every item exactly once.
    #[test]
    fn pagination_covers_every_item_once_in_order(
        weights in prop::collection::vec(1usize..8, 0..60),
        capacity in 1usize..20,
    ) {
        let pages = paginate(&weights, capacity);
        prop_assert!(!pages.is_empty());
        let mut next = 0;
        for p in &pages {
            prop_assert_eq!(p.start, next);
            next = p.end;
            let used: usize = weights[p.clone()].iter().sum();
            prop_assert!(used <= capacity || p.len() == 1, "{:?} uses {}", p, used);
        }
        prop_assert_eq!(next, weights.len());
    }
}

#[test]
fn branding_and_slide_settings_are_undoable_commands() {
    let mut plan = Plan::new("p", day(2027, 1, 1), Lang::Fr);
    let mut history = History::new();
    let b = Branding {
        consultant: "Claire Dubois".into(),
        firm: "Dubois Conseil".into(),
        accent: Some("#8a3b12".into()),
        client_logo: Some(Logo::from_file(b"<svg/>").unwrap()),
        consultant_logo: None,
    };
    history
        .execute(&mut plan, Command::SetBranding(Box::new(b.clone())), 0)
        .unwrap();
    let s = SlideSettings::default()
        .with_hidden(SlideKind::Forecast, true)
        .with_note(SlideKind::Budget, "Le long terme d'abord.");
    history
        .execute(&mut plan, Command::SetSlides(s.clone()), 10_000)
        .unwrap();
    assert_eq!(plan.branding, b);
    assert_eq!(plan.slides, s);
    assert!(history.undo(&mut plan));
    assert!(plan.slides.is_empty());
    assert!(history.undo(&mut plan));
    assert!(plan.branding.is_empty());
    assert!(history.redo(&mut plan));
    assert_eq!(plan.branding, b);
}

#[test]
fn commands_refuse_what_validation_would_refuse() {
    let mut plan = Plan::new("p", day(2027, 1, 1), Lang::Fr);
    let before = plan.clone();
    let pale = Branding {
        accent: Some("#ffee00".into()),
        ..Branding::default()
    };
    assert!(apply(&mut plan, Command::SetBranding(Box::new(pale))).is_err());
    let long = Branding {
        firm: "x".repeat(branding::MAX_NAME + 1),
        ..Branding::default()
    };
    assert!(apply(&mut plan, Command::SetBranding(Box::new(long))).is_err());
    let note =
        SlideSettings::default().with_note(SlideKind::Cover, &"x".repeat(deck::MAX_NOTE + 1));
    assert!(apply(&mut plan, Command::SetSlides(note)).is_err());
    assert_eq!(plan, before, "refused commands change nothing");
}

#[test]
fn a_long_budget_is_cut_into_numbered_slides_and_hidden_slides_are_left_out() {
    let mut plan = Plan::new("p", day(2027, 1, 1), Lang::Fr);
    for i in 0..(deck::capacity::BUDGET_LINES + 3) {
        plan.budget.lines.push(BudgetLine::new(
            ItemId(i as u32 + 1),
            budget::Channel::Custom(format!("c{i}")),
        ));
    }
    let slides = deck::slides(&plan);
    let budget: Vec<_> = slides
        .iter()
        .filter(|s| s.kind == SlideKind::Budget)
        .collect();
    assert_eq!(budget.len(), 2);
    assert_eq!((budget[0].page, budget[0].pages), (1, 2));
    assert_eq!(budget[0].items, 0..deck::capacity::BUDGET_LINES);
    assert_eq!(budget[1].items.end, plan.budget.lines.len());
    // No measurement: no status slide; an empty section still has its slide.
    assert!(slides.iter().all(|s| s.kind != SlideKind::Status));
    assert_eq!(
        slides
            .iter()
            .filter(|s| s.kind == SlideKind::Timeline)
            .count(),
        1
    );
    assert_eq!(slides[0].kind, SlideKind::Cover);

    plan.slides = plan.slides.with_hidden(SlideKind::Budget, true);
    assert!(deck::slides(&plan)
        .iter()
        .all(|s| s.kind != SlideKind::Budget));
}

/// The deck and the printed report show the same kinds: hidden ones left
/// out, the status once something is measured.
#[test]
fn the_slides_and_the_report_show_the_kinds_the_plan_shows() {
    let mut plan = Plan::new("p", day(2027, 1, 1), Lang::En);
    let kinds = |plan: &Plan| {
        let mut k: Vec<SlideKind> = deck::slides(plan).iter().map(|s| s.kind).collect();
        k.dedup();
        k
    };
    let shown = deck::shown_kinds(&plan);
    assert!(!shown.contains(&SlideKind::Status), "nothing measured");
    assert!(!shown.contains(&SlideKind::Production), "no producer named");
    assert_eq!(shown.len(), SlideKind::ALL.len() - 2);
    assert_eq!(kinds(&plan), shown);
    plan.measurements.push(Measurement {
        id: ItemId(1),
        kpi: KpiRef::Catalogue("orders".into()),
        objective: None,
        date: day(2027, 2, 1),
        value: 3.0,
    });
    plan.slides = plan.slides.with_hidden(SlideKind::Budget, true);
    let shown = deck::shown_kinds(&plan);
    assert!(shown.contains(&SlideKind::Status));
    assert!(!shown.contains(&SlideKind::Budget));
    assert_eq!(kinds(&plan), shown);
}

#[test]
fn every_example_makes_a_deck_of_slides_within_capacity() {
    for lang in Lang::ALL {
        for which in examples::Example::ALL {
            let plan = examples::build(which, lang, day(2027, 3, 1));
            let slides = deck::slides(&plan);
            let i = format!("{which:?}");
            assert!(slides.len() >= 8, "example {i}: {} slides", slides.len());
            assert!(slides.iter().any(|s| s.kind == SlideKind::Summary));
        }
    }
}

#[test]
fn the_swiss_money_style_is_a_plan_setting_that_travels_with_the_file() {
    use cap::domain::money::{format_swiss, MoneyStyle, Precision};
    use cap::storage::{decode, encode};
    let mut plan = Plan::new(
        "Style",
        chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap(),
        Lang::Fr,
    );
    assert_eq!(plan.slides.money_style, MoneyStyle::Locale);
    let swiss = SlideSettings {
        money_style: MoneyStyle::Swiss,
        ..SlideSettings::default()
    };
    assert!(
        !swiss.is_empty(),
        "a style other than the default is a setting"
    );
    let undo = apply(&mut plan, Command::SetSlides(swiss)).unwrap();
    let now = chrono::DateTime::from_timestamp(1_800_000_000, 0).unwrap();
    let back = decode(&encode(&plan, now, false)).unwrap().plan;
    assert_eq!(back.slides.money_style, MoneyStyle::Swiss);
    apply(&mut plan, undo).unwrap();
    assert_eq!(plan.slides.money_style, MoneyStyle::Locale);
    assert_eq!(
        format_swiss(Money(4_000_000), &Currency::chf(), Precision::Unit),
        "CHF\u{a0}40'000.–"
    );
}
