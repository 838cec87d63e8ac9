//! Decks written and read back: a well-formed package, the plan found
//! again (also once PowerPoint has renamed its part), hostile files refused.

use super::{
    content::{Body, Branch, DeckContent, GanttRow, Image, ObjectiveBlock, Segment, SlideContent},
    read_plan, write,
    zip::{self, ZipWriter},
    DeckError,
};

/// A 2 × 1 PNG (a real one: signature, IHDR, IDAT, IEND).
const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x7B, 0x40, 0xE8,
    0xDD, 0x00, 0x00, 0x00, 0x0F, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0,
    0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF, 0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
];

fn slide(title: &str, body: Body, notes: &str) -> SlideContent {
    SlideContent {
        title: title.into(),
        mark: None,
        body,
        notes: notes.into(),
    }
}

/// A deck with every kind of body, and hostile text everywhere.
pub(super) fn deck(plan: &str) -> DeckContent {
    let nasty = "<b>&\"'</b> ]]> \u{1} \u{202f}é";
    let s = |t: &str| t.to_string();
    DeckContent {
        lang: "fr-CH".into(),
        accent: "0B4F6C".into(),
        who: format!("Anne {nasty}"),
        client: s("Atelier Vélo Léman Sàrl"),
        footer_logo: Some(0),
        images: vec![Image::from_bytes(PNG.to_vec()).unwrap_or_else(|| unreachable!())],
        title: s("Plan"),
        author: s("Anne"),
        plan: plan.into(),
        slides: vec![
            slide(
                "Plan 2027",
                Body::Cover {
                    client: s("Atelier"),
                    period: s("1er janvier – 31 décembre 2027"),
                    by: Some(s("Présenté par Anne")),
                    date: s("6 décembre 2026"),
                    client_logo: Some(0),
                    consultant_logo: Some(5),
                },
                "",
            ),
            slide(
                "Synthèse",
                Body::Summary {
                    goal: (s("Objectif"), nasty.repeat(40)),
                    priorities: (
                        s("Priorités"),
                        vec![(s("Ventes"), vec![(s("CA"), s("1"), s("2"))])],
                    ),
                    budget: (s("Budget"), s("CHF 50'000 sur 12 mois")),
                    next: (
                        s("Prochaines actions"),
                        vec![(s("3 mars"), s("Salon"), true)],
                    ),
                    empty: (s("Aucune"), s("Aucune")),
                },
                "Un commentaire\nsur deux lignes",
            ),
            slide(
                "Stratégie",
                Body::Strategy {
                    statement: Some(s(nasty)),
                    branches: vec![
                        Branch {
                            name: s("Notoriété"),
                            note: s(nasty),
                            objectives: vec![(s("Ventes"), true)]
                        };
                        7
                    ],
                    ranks: (s("Priorité"), s("Secondaire")),
                    empty: s("Aucun élément"),
                },
                "",
            ),
            slide(
                "Objectifs",
                Body::Objectives {
                    blocks: vec![
                        ObjectiveBlock {
                            title: s(nasty),
                            priority: true,
                            meta: s("x"),
                            kpis: vec![(s("a"), s("b"), s("c"))]
                        };
                        5
                    ],
                    heads: [s("KPI"), s("Départ"), s("Cible")],
                    ranks: (s("Priorité"), s("Secondaire")),
                    no_kpi: s("Aucun"),
                },
                "",
            ),
            slide(
                "Budget",
                Body::Table {
                    name: s("Budget"),
                    text_columns: 1,
                    center: false,
                    intro: None,
                    head: vec![s("Canal"), s("Immédiat"), s("Total")],
                    rows: vec![vec![s("SEO"), s("1'000"), s(nasty)]],
                    total: Some(vec![s("Total"), s("1'000"), s("1'000")]),
                    after: vec![s(nasty)],
                },
                "",
            ),
            slide(
                "Graphiques",
                Body::Bars(vec![
                    (
                        s("Par horizon"),
                        vec![Segment {
                            label: s(nasty),
                            amount: s("1"),
                            share: s("100 %"),
                            share_bp: 10_000,
                        }],
                    ),
                    (s("Vide"), vec![]),
                ]),
                "",
            ),
            slide(
                "Calendrier",
                Body::Timeline {
                    months: (1..=12).map(|m| format!("{m}")).collect(),
                    rows: vec![
                        GanttRow {
                            title: s(nasty),
                            dates: s("x"),
                            from: -1.0,
                            to: 2.0,
                            importance: 9
                        };
                        3
                    ],
                    legend: [s("Critique"), s("Haute"), s("Normale"), s("Basse")],
                },
                "Sources : Meta 2025",
            ),
            slide("Suivi", Body::Empty(s(nasty)), ""),
        ],
    }
}

pub(super) fn parts(bytes: &[u8]) -> Vec<(String, String)> {
    let list = zip::entries(bytes).unwrap_or_default();
    list.iter()
        .map(|e| {
            let data = zip::read(bytes, e, 1 << 24).unwrap_or_default();
            (e.name.clone(), String::from_utf8_lossy(&data).into_owned())
        })
        .collect()
}

#[test]
fn every_part_is_well_formed_and_every_slide_is_listed() {
    let bytes = write(&deck(r#"{"plan":1}"#));
    let parts = parts(&bytes);
    for (name, text) in &parts {
        if name.ends_with(".xml") || name.ends_with(".rels") {
            if let Err(e) = roxmltree::Document::parse(text) {
                panic!("{name}: {e}");
            }
        }
    }
    let names: Vec<&str> = parts.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names[0], "[Content_Types].xml");
    let slides = names
        .iter()
        .filter(|n| n.starts_with("ppt/slides/slide"))
        .count();
    assert_eq!(slides, 8);
    // Notes only where there are some: slides 2 and 7.
    let notes: Vec<&&str> = names
        .iter()
        .filter(|n| n.starts_with("ppt/notesSlides/notesSlide"))
        .collect();
    assert_eq!(
        notes,
        [
            &"ppt/notesSlides/notesSlide2.xml",
            &"ppt/notesSlides/notesSlide7.xml"
        ]
    );
    let types = &parts[0].1;
    for n in &names {
        if n.ends_with(".xml") && !n.starts_with("[") && !n.starts_with("customXml/item1") {
            assert!(
                types.contains(&format!("PartName=\"/{n}\"")),
                "{n} has no content type"
            );
        }
    }
    // Every relationship's target is in the package.
    for (name, text) in parts.iter().filter(|(n, _)| n.ends_with(".rels")) {
        let dir = name
            .replace("_rels/", "")
            .trim_end_matches(".rels")
            .rsplit_once('/')
            .map(|(d, _)| d.to_string())
            .unwrap_or_default();
        let doc = roxmltree::Document::parse(text).unwrap_or_else(|e| panic!("{e}"));
        for r in doc.descendants().filter(|n| n.has_tag_name("Relationship")) {
            let target = r.attribute("Target").unwrap_or_default();
            let mut path: Vec<&str> = if dir.is_empty() {
                vec![]
            } else {
                dir.split('/').collect()
            };
            for seg in target.split('/') {
                if seg == ".." {
                    path.pop();
                } else {
                    path.push(seg);
                }
            }
            let full = path.join("/");
            assert!(
                names.contains(&full.as_str()),
                "{name} points to {full}, missing"
            );
        }
    }
    // The missing consultant logo (image 5) is left out, not a broken link.
    let cover = &parts
        .iter()
        .find(|(n, _)| n == "ppt/slides/slide1.xml")
        .unwrap_or_else(|| unreachable!())
        .1;
    assert_eq!(cover.matches("<p:pic>").count(), 1);
}

#[test]
fn the_plan_reads_back_exactly_whatever_it_holds() {
    let plan = "{\"name\":\"</plan> ]]> &amp; <x/> \u{FFFE} \\n \u{202f}\"}";
    let bytes = write(&deck(plan));
    let back = read_plan(&bytes);
    // The non-character comes back as its JSON escape: the same JSON value.
    let expect = plan.replace('\u{FFFE}', "\\ufffe");
    assert_eq!(back, Ok(expect));
    let a: serde_json::Value = serde_json::from_str(plan).unwrap_or_default();
    let b: serde_json::Value = serde_json::from_str(&back.unwrap_or_default()).unwrap_or_default();
    assert_eq!(a, b);
}

/// A zip of `files`.
pub(super) fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut z = ZipWriter::default();
    for (n, d) in files {
        z.add(n, d);
    }
    z.finish()
}

#[test]
fn a_deck_saved_again_by_powerpoint_still_gives_its_plan() {
    // Renamed part, a prefix, single quotes, a CDATA section, references.
    let item = "<?xml version='1.0'?>\n<!-- kept --><ns0:plan xmlns:ns0='urn:cap:plan'>{&quot;a&quot;:<![CDATA[\"<&>\"]]>,&#34;b&#x22;:1}</ns0:plan>";
    let bytes = zip_of(&[
        ("customXml/item1.xml", b"<b:Sources xmlns:b=\"x\"/>"),
        ("customXml/item3.xml", item.as_bytes()),
    ]);
    assert_eq!(read_plan(&bytes), Ok("{\"a\":\"<&>\",\"b\":1}".into()));
}

#[test]
fn files_without_a_plan_or_hostile_ones_are_refused() {
    assert_eq!(read_plan(b"{\"format\":\"cap\"}"), Err(DeckError::NotDeck));
    assert_eq!(
        read_plan(&zip_of(&[("ppt/presentation.xml", b"<p/>")])),
        Err(DeckError::NoPlan)
    );
    // Another namespace, an empty element, an element inside.
    for item in [
        "<plan xmlns=\"urn:other\">{}</plan>",
        "<plan xmlns=\"urn:cap:plan\"/>",
        "<plan xmlns=\"urn:cap:plan\">{<x/>}</plan>",
        "<plan xmlns=\"urn:cap:plan\">&bogus;</plan>",
        "<plan xmlns=\"urn:cap:plan\">&#xD800;</plan>",
    ] {
        assert_eq!(
            read_plan(&zip_of(&[("customXml/item1.xml", item.as_bytes())])),
            Err(DeckError::NoPlan),
            "{item}"
        );
    }
    // A zip bomb: a plan part that unpacks far past any plan.
    let mut big = b"<plan xmlns=\"urn:cap:plan\">".to_vec();
    big.resize(super::MAX_BYTES * 6 + 10_000, b' ');
    assert_eq!(
        read_plan(&zip_of(&[("customXml/item1.xml", &big)])),
        Err(DeckError::TooLarge)
    );
    // Every truncation of a real deck is refused without a panic.
    let bytes = write(&deck("{}"));
    for n in (0..bytes.len()).step_by(97) {
        assert!(read_plan(&bytes[..n]).is_err());
    }
}

#[test]
fn image_sizes_are_read_from_their_bytes() {
    let png = Image::from_bytes(PNG.to_vec());
    assert_eq!(
        png.map(|i| (i.width, i.height, i.jpeg)),
        Some((2, 1, false))
    );
    // A JPEG's start of frame after an APP0 segment: 3 × 5 pixels.
    let jpeg = [
        0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x05,
        0x00, 0x03, 0x01, 0x01, 0x11, 0x00,
    ];
    assert_eq!(
        Image::from_bytes(jpeg.to_vec()).map(|i| (i.width, i.height, i.jpeg)),
        Some((3, 5, true))
    );
    assert_eq!(Image::from_bytes(b"<svg/>".to_vec()), None);
    assert_eq!(Image::from_bytes(vec![0xFF, 0xD8, 0xFF]), None);
}

mod limits;
