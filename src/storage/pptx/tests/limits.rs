//! Decks at the limits: the longest texts and lists still make a file
//! PowerPoint opens as it is, and a file of many large parts is not all
//! unpacked.

use super::*;

#[test]
fn the_longest_texts_still_make_a_file_powerpoint_opens_as_it_is() {
    // Every text at its longest, every list far longer than a slide holds.
    let long = "Lorem ipsum dolor sit amet « é » ".repeat(600);
    let mut d = deck("{}");
    for slide in &mut d.slides {
        slide.title = long.clone();
        slide.mark = Some(long.clone());
        slide.notes = long.clone();
        match &mut slide.body {
            Body::Summary {
                goal,
                budget,
                priorities,
                next,
                ..
            } => {
                goal.1 = long.clone();
                budget.1 = long.clone();
                priorities.1 = vec![
                    (
                        long.clone(),
                        vec![(long.clone(), long.clone(), long.clone()); 5]
                    );
                    4
                ];
                next.1 = vec![(long.clone(), long.clone(), true); 5];
            }
            Body::Strategy {
                statement,
                branches,
                ..
            } => {
                *statement = Some(long.clone());
                for b in branches.iter_mut() {
                    b.note = long.clone();
                    b.objectives = vec![(long.clone(), true); 12];
                }
            }
            Body::Objectives { blocks, .. } => {
                for o in blocks.iter_mut() {
                    o.title = long.clone();
                    o.kpis = vec![(long.clone(), long.clone(), long.clone()); 40];
                }
            }
            Body::Table { rows, after, .. } => {
                *rows = vec![vec![long.clone()]; 60];
                *after = vec![long.clone(); 4];
            }
            Body::Bars(groups) => {
                groups[1].1 = vec![
                    Segment {
                        label: long.clone(),
                        amount: long.clone(),
                        share: long.clone(),
                        share_bp: 400
                    };
                    25
                ];
            }
            Body::Timeline { rows, months, .. } => {
                *rows = vec![
                    GanttRow {
                        title: long.clone(),
                        dates: long.clone(),
                        from: 0.0,
                        to: 0.0,
                        importance: 0
                    };
                    60
                ];
                *months = (0..36).map(|_| long.clone()).collect();
            }
            Body::Empty(why) => *why = long.clone(),
            Body::Cover { client, period, .. } => {
                *client = long.clone();
                *period = long.clone();
            }
        }
    }
    let bytes = write(&d);
    for (name, text) in parts(&bytes)
        .iter()
        .filter(|(n, _)| n.starts_with("ppt/slides/slide"))
    {
        let doc = roxmltree::Document::parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        for n in doc.descendants() {
            for attr in ["cx", "cy", "w", "h"] {
                if let Some(v) = n
                    .attribute(attr)
                    .filter(|_| matches!(n.tag_name().name(), "ext" | "gridCol" | "tr"))
                {
                    let v: i64 = v.parse().unwrap_or(-1);
                    assert!(v >= 0, "{name}: {} {attr}={v}", n.tag_name().name());
                }
            }
            if let Some(sz) = n.attribute("sz").filter(|_| n.tag_name().name() != "ph") {
                let sz: i64 = sz.parse().unwrap_or(0);
                assert!((100..=400_000).contains(&sz), "{name}: sz={sz}");
            }
            if n.has_tag_name("spcPts") {
                let v: i64 = n
                    .attribute("val")
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(-1);
                assert!((0..=158_400).contains(&v), "{name}: spcPts={v}");
            }
            if n.has_tag_name("tbl") {
                let cols = n
                    .descendants()
                    .filter(|c| c.has_tag_name("gridCol"))
                    .count();
                for tr in n.children().filter(|c| c.has_tag_name("tr")) {
                    assert_eq!(
                        tr.children().filter(|c| c.has_tag_name("tc")).count(),
                        cols,
                        "{name}"
                    );
                }
            }
        }
        // Every shape stays on the slide (a text's box, not its text).
        for off in doc.descendants().filter(|n| n.has_tag_name("off")) {
            let (x, y): (i64, i64) = (
                off.attribute("x")
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(-1),
                off.attribute("y")
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(-1),
            );
            assert!(
                (0..=12_192_000).contains(&x) && (0..=6_858_000).contains(&y),
                "{name}: off {x},{y}"
            );
        }
    }
}

#[test]
fn many_large_parts_are_not_all_unpacked() {
    // A hundred custom parts of 1 MB each, none of them a plan.
    let blob = vec![b' '; 1 << 20];
    let files: Vec<(String, &[u8])> = (0..100)
        .map(|i| (format!("customXml/item{i}.xml"), blob.as_slice()))
        .collect();
    let refs: Vec<(&str, &[u8])> = files.iter().map(|(n, d)| (n.as_str(), *d)).collect();
    assert_eq!(read_plan(&zip_of(&refs)), Err(DeckError::NoPlan));
    // The plan after the parts looked at is not searched for.
    let mut with_plan = refs.clone();
    with_plan.push((
        "customXml/item999.xml",
        b"<plan xmlns=\"urn:cap:plan\">{}</plan>",
    ));
    assert_eq!(read_plan(&zip_of(&with_plan)), Err(DeckError::NoPlan));
    assert_eq!(read_plan(&zip_of(&with_plan[95..])), Ok("{}".into()));
}
