//! The plan as an editable PowerPoint deck (Office Open XML, 16:9), and the
//! plan read back out of one.
//!
//! [`write`] turns a deck's formatted content ([`content::DeckContent`],
//! filled in by the app with the presentation's own texts and figures) into
//! a `.pptx`: native text boxes, tables and shapes in Calibri, speaker notes,
//! and the plan's envelope in a custom XML part (`urn:cap:plan`), which
//! PowerPoint keeps when it saves the deck again. [`read_plan`] finds that
//! envelope in any zip whose `customXml/` holds it, within size limits, so
//! importing a deck goes through the same checks as a JSON file.

pub mod compose;
pub mod content;
mod package;
pub mod shapes;
pub mod xml;
pub mod zip;

use super::envelope::MAX_BYTES;
use content::DeckContent;
use thiserror::Error;
use xml::shape_xml;

/// Largest deck the app reads, in bytes: a deck edited in PowerPoint may
/// have gained pictures; only its plan part is unpacked.
pub const MAX_DECK_BYTES: usize = 64 * 1024 * 1024;

/// Why a file gives no plan.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum DeckError {
    /// Not a zip archive (so not a .pptx), or a damaged one.
    #[error("not a PowerPoint file, or a damaged one")]
    NotDeck,
    /// A deck without a Cap plan inside.
    #[error("no Cap plan in this PowerPoint file")]
    NoPlan,
    /// The plan part unpacks larger than a plan may be.
    #[error("the plan in this file is too large")]
    TooLarge,
}

/// Whether `bytes` start as a zip archive (an Office file) does.
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// The deck as `.pptx` bytes.
pub fn write(deck: &DeckContent) -> Vec<u8> {
    let lang = deck.lang.as_str();
    let n = deck.slides.len();
    let notes: Vec<usize> = (1..=n)
        .filter(|i| !deck.slides[i - 1].notes.trim().is_empty())
        .collect();
    let mut z = zip::ZipWriter::default();
    z.add(
        "[Content_Types].xml",
        package::content_types(n, &notes).as_bytes(),
    );
    z.add("_rels/.rels", package::root_rels().as_bytes());
    z.add(
        "docProps/core.xml",
        package::core(&deck.title, &deck.author, lang).as_bytes(),
    );
    z.add("docProps/app.xml", package::app(n).as_bytes());
    z.add("ppt/presentation.xml", package::presentation(n).as_bytes());
    z.add(
        "ppt/_rels/presentation.xml.rels",
        package::presentation_rels(n).as_bytes(),
    );
    z.add("ppt/presProps.xml", package::pres_props().as_bytes());
    z.add("ppt/viewProps.xml", package::view_props().as_bytes());
    z.add("ppt/tableStyles.xml", package::table_styles().as_bytes());
    z.add(
        "ppt/theme/theme1.xml",
        package::theme(&deck.accent).as_bytes(),
    );
    z.add(
        "ppt/theme/theme2.xml",
        package::theme(&deck.accent).as_bytes(),
    );
    z.add(
        "ppt/slideMasters/slideMaster1.xml",
        package::master(lang).as_bytes(),
    );
    let layout_rel = (
        "rId1".to_string(),
        "slideLayout",
        "../slideLayouts/slideLayout1.xml".to_string(),
    );
    z.add(
        "ppt/slideMasters/_rels/slideMaster1.xml.rels",
        package::rels(&[
            layout_rel.clone(),
            ("rId2".into(), "theme", "../theme/theme1.xml".into()),
        ])
        .as_bytes(),
    );
    z.add(
        "ppt/slideLayouts/slideLayout1.xml",
        package::layout(lang).as_bytes(),
    );
    z.add(
        "ppt/slideLayouts/_rels/slideLayout1.xml.rels",
        package::rels(&[(
            "rId1".into(),
            "slideMaster",
            "../slideMasters/slideMaster1.xml".into(),
        )])
        .as_bytes(),
    );
    z.add(
        "ppt/notesMasters/notesMaster1.xml",
        package::notes_master(lang).as_bytes(),
    );
    z.add(
        "ppt/notesMasters/_rels/notesMaster1.xml.rels",
        package::rels(&[("rId1".into(), "theme", "../theme/theme2.xml".into())]).as_bytes(),
    );
    for (i, img) in deck.images.iter().enumerate() {
        z.add(
            &format!("ppt/media/{}", image_name(i, img.jpeg)),
            &img.bytes,
        );
    }
    for (i, slide) in deck.slides.iter().enumerate() {
        let shapes = compose::slide_shapes(deck, i, slide);
        let image_rel = |image: usize| format!("rId{}", 10 + image);
        let mut body = String::new();
        for (k, s) in shapes.iter().enumerate() {
            shape_xml(&mut body, k + 2, s, lang, &image_rel);
        }
        let xml = format!(
            "{}<p:sld {}><p:cSld><p:spTree>{}{body}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>",
            package::HEAD,
            package::NS,
            package::group_head()
        );
        let number = i + 1;
        z.add(&format!("ppt/slides/slide{number}.xml"), xml.as_bytes());
        let mut rels = vec![layout_rel.clone()];
        if notes.contains(&number) {
            rels.push((
                "rId2".into(),
                "notesSlide",
                format!("../notesSlides/notesSlide{number}.xml"),
            ));
            z.add(
                &format!("ppt/notesSlides/notesSlide{number}.xml"),
                package::notes_slide(&slide.notes, lang).as_bytes(),
            );
            z.add(
                &format!("ppt/notesSlides/_rels/notesSlide{number}.xml.rels"),
                package::rels(&[
                    (
                        "rId1".into(),
                        "notesMaster",
                        "../notesMasters/notesMaster1.xml".into(),
                    ),
                    (
                        "rId2".into(),
                        "slide",
                        format!("../slides/slide{number}.xml"),
                    ),
                ])
                .as_bytes(),
            );
        }
        for (k, img) in deck.images.iter().enumerate() {
            if shapes
                .iter()
                .any(|s| matches!(s, xml::Shape::Picture { image, .. } if *image == k))
            {
                rels.push((
                    format!("rId{}", 10 + k),
                    "image",
                    format!("../media/{}", image_name(k, img.jpeg)),
                ));
            }
        }
        z.add(
            &format!("ppt/slides/_rels/slide{number}.xml.rels"),
            package::rels(&rels).as_bytes(),
        );
    }
    z.add(
        "customXml/item1.xml",
        package::plan_item(&deck.plan).as_bytes(),
    );
    z.add(
        "customXml/itemProps1.xml",
        package::plan_item_props().as_bytes(),
    );
    z.add(
        "customXml/_rels/item1.xml.rels",
        package::rels(&[("rId1".into(), "customXmlProps", "itemProps1.xml".into())]).as_bytes(),
    );
    z.finish()
}

fn image_name(i: usize, jpeg: bool) -> String {
    format!("image{}.{}", i + 1, if jpeg { "jpeg" } else { "png" })
}

/// The plan's envelope (JSON text) in a deck: the text of the first custom
/// XML part whose root is `plan` in the `urn:cap:plan` namespace, whatever
/// the part's name and prefix (PowerPoint renumbers parts when it saves).
pub fn read_plan(bytes: &[u8]) -> Result<String, DeckError> {
    if bytes.len() > MAX_DECK_BYTES {
        return Err(DeckError::TooLarge);
    }
    let list = zip::entries(bytes).map_err(|_| DeckError::NotDeck)?;
    // Escaped, the envelope may take up to six bytes per character. Every
    // part read counts against one budget, and only the first parts are
    // looked at: a file of many parts that unpack large cannot hold the
    // page for long.
    let mut budget = MAX_BYTES * 6 + 4096;
    let mut too_large = false;
    let parts = list.iter().filter(|e| {
        e.name.starts_with("customXml/") && e.name.ends_with(".xml") && !e.name.contains("/_rels/")
    });
    for e in parts.take(MAX_PARTS) {
        match zip::read(bytes, e, budget) {
            Ok(data) => {
                budget -= data.len();
                if let Some(text) = plan_text(&String::from_utf8_lossy(&data)) {
                    return if text.len() > MAX_BYTES {
                        Err(DeckError::TooLarge)
                    } else {
                        Ok(text)
                    };
                }
            }
            Err(zip::ZipError::TooLarge) => {
                too_large = true;
                break;
            }
            // A damaged part: so is the file, whatever else it holds (and
            // unpacking on through damaged parts would escape the budget).
            Err(zip::ZipError::NotZip) => return Err(DeckError::NotDeck),
        }
    }
    Err(if too_large {
        DeckError::TooLarge
    } else {
        DeckError::NoPlan
    })
}

/// How many custom XML parts [`read_plan`] looks at (PowerPoint keeps a
/// few: the plan's, and those of a document library).
const MAX_PARTS: usize = 16;

/// The text of a custom XML part's root element when it is the plan's.
fn plan_text(xml: &str) -> Option<String> {
    let mut rest = xml.trim_start_matches('\u{feff}');
    // Skip the declaration, comments and processing instructions.
    loop {
        rest = rest.trim_start();
        if let Some(r) = rest.strip_prefix("<?") {
            rest = &r[r.find("?>")? + 2..];
        } else if let Some(r) = rest.strip_prefix("<!--") {
            rest = &r[r.find("-->")? + 3..];
        } else {
            break;
        }
    }
    let open_end = rest.find('>')?;
    let open = rest.strip_prefix('<')?.get(..open_end - 1)?;
    let tag = open.split_whitespace().next()?;
    let (prefix, local) = tag.split_once(':').map_or(("", tag), |(p, l)| (p, l));
    let attr = if prefix.is_empty() {
        "xmlns=".to_string()
    } else {
        format!("xmlns:{prefix}=")
    };
    let ns_ok = [
        format!("{attr}\"{}\"", package::PLAN_NS),
        format!("{attr}'{}'", package::PLAN_NS),
    ]
    .iter()
    .any(|a| open.contains(a.as_str()));
    if local != "plan" || !ns_ok || open.ends_with('/') {
        return None;
    }
    let inner = &rest[open_end + 1..];
    let close = inner.rfind(&format!("</{tag}"))?;
    unescape(&inner[..close])
}

/// XML text with its entities and CDATA sections read.
fn unescape(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(['&', '<']) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some(r) = rest.strip_prefix("<![CDATA[") {
            let end = r.find("]]>")?;
            out.push_str(&r[..end]);
            rest = &r[end + 3..];
            continue;
        }
        if rest.starts_with('<') {
            // An element inside the plan's: not a plan PowerPoint kept.
            return None;
        }
        let end = rest.find(';')?;
        let entity = &rest[1..end];
        let c = match entity {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            e => {
                let code = if let Some(h) = e.strip_prefix("#x").or_else(|| e.strip_prefix("#X")) {
                    u32::from_str_radix(h, 16).ok()?
                } else {
                    e.strip_prefix('#')?.parse().ok()?
                };
                char::from_u32(code)?
            }
        };
        out.push(c);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    Some(out)
}

// Native only: the tests read the parts back with roxmltree.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
