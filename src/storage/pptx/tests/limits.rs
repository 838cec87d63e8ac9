//! Decks at the limits: the longest texts and lists still make a file
//! PowerPoint opens as it is, and a file of many large parts is not all
//! unpacked.

use super::*;

/// A deck whose every text is as long as a plan allows: `long` where a plan
/// keeps long texts (its goal, strategy, notes), `short` for titles, names
/// and labels (300 characters), `name` for the plan's name (120); every
/// list far longer than a slide holds.
fn at_limits(long: &str, short: &str, name: &str) -> DeckContent {
    let (l, t) = (|| long.to_string(), || short.to_string());
    let mut d = deck("{}");
    d.who = t();
    d.client = t();
    for slide in &mut d.slides {
        slide.title = name.to_string();
        slide.mark = Some("12/12".into());
        slide.notes = l();
        match &mut slide.body {
            Body::Summary {
                goal,
                budget,
                priorities,
                next,
                ..
            } => {
                goal.1 = l();
                budget.1 = t();
                priorities.1 = vec![(t(), vec![(t(), t(), t()); 2]); 4];
                next.1 = vec![(t(), t(), true); 5];
            }
            Body::Strategy {
                statement,
                branches,
                ..
            } => {
                *statement = Some(l());
                for b in branches.iter_mut() {
                    b.name = t();
                    b.note = l();
                    b.objectives = vec![(t(), true); 12];
                }
            }
            Body::Objectives { blocks, .. } => {
                for o in blocks.iter_mut() {
                    o.title = t();
                    o.meta = t();
                    o.kpis = vec![(t(), t(), t()); 20];
                }
            }
            Body::Table { rows, after, .. } => {
                *rows = vec![vec![t(), t(), t()]; 60];
                *after = vec![t(); 3];
            }
            Body::Bars(groups) => {
                let segment = Segment {
                    label: t(),
                    amount: t(),
                    share: "4 %".into(),
                    share_bp: 400,
                };
                groups[1].1 = vec![segment; 25];
            }
            Body::Timeline { rows, months, .. } => {
                let row = GanttRow {
                    title: t(),
                    dates: t(),
                    from: 0.0,
                    to: 0.0,
                    importance: 0,
                };
                *rows = vec![row; 60];
                *months = (0..36).map(|m| format!("{m} 2027")).collect();
            }
            Body::Empty(why) => *why = t(),
            Body::Cover {
                client, period, by, ..
            } => {
                *client = t();
                *period = t();
                *by = Some(t());
            }
        }
    }
    d
}

/// Checks what PowerPoint would repair or show off the slide: extents,
/// font sizes, spacing, table rows, every shape on the slide, and that
/// long texts were cut.
fn opens_as_it_is(d: &DeckContent) {
    let bytes = write(d);
    for (name, text) in parts(&bytes)
        .iter()
        .filter(|(n, _)| n.starts_with("ppt/slides/slide"))
    {
        let doc = roxmltree::Document::parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let num = |n: roxmltree::Node, a: &str| {
            n.attribute(a)
                .and_then(|v| v.parse::<i64>().ok())
                .unwrap_or(-1)
        };
        for n in doc.descendants() {
            if matches!(n.tag_name().name(), "ext" | "gridCol" | "tr") {
                for attr in ["cx", "cy", "w", "h"]
                    .into_iter()
                    .filter(|a| n.attribute(*a).is_some())
                {
                    assert!(num(n, attr) >= 0, "{name}: {} {attr}", n.tag_name().name());
                }
            }
            if let Some(sz) = n.attribute("sz").filter(|_| n.tag_name().name() != "ph") {
                let sz: i64 = sz.parse().unwrap_or(0);
                assert!((100..=400_000).contains(&sz), "{name}: sz={sz}");
            }
            if n.has_tag_name("spcPts") {
                assert!((0..=158_400).contains(&num(n, "val")), "{name}: spcPts");
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
            // No text of a slide is anywhere near a long text's length.
            if n.has_tag_name("t") {
                let len = n.text().unwrap_or_default().chars().count();
                assert!(len <= 1_500, "{name}: a text of {len} characters");
            }
        }
        // Every shape within the slide: its place and its size.
        for x in doc.descendants().filter(|n| n.has_tag_name("xfrm")) {
            let off = x.children().find(|c| c.has_tag_name("off"));
            let ext = x.children().find(|c| c.has_tag_name("ext"));
            if let (Some(off), Some(ext)) = (off, ext) {
                let (right, bottom) = (
                    num(off, "x") + num(ext, "cx"),
                    num(off, "y") + num(ext, "cy"),
                );
                assert!(num(off, "x") >= 0 && num(off, "y") >= 0, "{name}: off");
                assert!(
                    right <= 12_192_000 && bottom <= 6_858_000,
                    "{name}: ends at {right},{bottom}"
                );
            }
        }
    }
}

#[test]
fn the_longest_texts_still_make_a_file_powerpoint_opens_as_it_is() {
    let sentence = "Lorem ipsum dolor sit amet « é » ";
    let long = sentence.repeat(20_000 / sentence.chars().count());
    let short = sentence.repeat(300 / sentence.chars().count());
    let name = sentence.repeat(120 / sentence.chars().count());
    opens_as_it_is(&at_limits(&long, &short, &name));
    // Line breaks count as lines: a text of short lines is cut as well.
    opens_as_it_is(&at_limits(
        &"a\n".repeat(10_000),
        &"a\n".repeat(150),
        &"a\n".repeat(60),
    ));
    // Words too long for a line.
    opens_as_it_is(&at_limits(
        &"x".repeat(20_000),
        &"x".repeat(300),
        &"x".repeat(120),
    ));
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
