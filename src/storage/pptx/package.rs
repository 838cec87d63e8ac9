//! The parts of a presentation package around its slides: content types,
//! relationships, the theme (the accent colour, Calibri), one slide master
//! with one "title only" layout, the notes master, document properties and
//! the custom XML part that carries the plan.

use super::xml::esc;
use std::fmt::Write as _;

pub const NS: &str = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" \
    xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" \
    xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";
pub const HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT: &str = "application/vnd.openxmlformats-officedocument";

/// The namespace of the custom XML part holding the plan's envelope.
pub const PLAN_NS: &str = "urn:cap:plan";

/// Relationships: (id, type under the officeDocument relationships, target).
pub fn rels(list: &[(String, &str, String)]) -> String {
    let mut out = format!(
        "{HEAD}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    );
    for (id, kind, target) in list {
        let kind = if kind.starts_with("http") {
            kind.to_string()
        } else {
            format!("{REL}/{kind}")
        };
        let _ = write!(
            out,
            "<Relationship Id=\"{id}\" Type=\"{kind}\" Target=\"{}\"/>",
            esc(target)
        );
    }
    out.push_str("</Relationships>");
    out
}

/// `[Content_Types].xml` for `slides` slides with notes on `notes` of them.
pub fn content_types(slides: usize, notes: &[usize]) -> String {
    let mut out = format!(
        "{HEAD}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
         <Default Extension=\"png\" ContentType=\"image/png\"/>\
         <Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>"
    );
    let over = |out: &mut String, part: &str, ct: &str| {
        let _ = write!(out, "<Override PartName=\"/{part}\" ContentType=\"{ct}\"/>");
    };
    let pml = format!("{CT}.presentationml");
    over(
        &mut out,
        "ppt/presentation.xml",
        &format!("{pml}.presentation.main+xml"),
    );
    over(
        &mut out,
        "ppt/slideMasters/slideMaster1.xml",
        &format!("{pml}.slideMaster+xml"),
    );
    over(
        &mut out,
        "ppt/slideLayouts/slideLayout1.xml",
        &format!("{pml}.slideLayout+xml"),
    );
    over(
        &mut out,
        "ppt/notesMasters/notesMaster1.xml",
        &format!("{pml}.notesMaster+xml"),
    );
    for n in 1..=slides {
        over(
            &mut out,
            &format!("ppt/slides/slide{n}.xml"),
            &format!("{pml}.slide+xml"),
        );
    }
    for n in notes {
        over(
            &mut out,
            &format!("ppt/notesSlides/notesSlide{n}.xml"),
            &format!("{pml}.notesSlide+xml"),
        );
    }
    over(&mut out, "ppt/theme/theme1.xml", &format!("{CT}.theme+xml"));
    over(&mut out, "ppt/theme/theme2.xml", &format!("{CT}.theme+xml"));
    over(
        &mut out,
        "ppt/presProps.xml",
        &format!("{pml}.presProps+xml"),
    );
    over(
        &mut out,
        "ppt/viewProps.xml",
        &format!("{pml}.viewProps+xml"),
    );
    over(
        &mut out,
        "ppt/tableStyles.xml",
        &format!("{pml}.tableStyles+xml"),
    );
    over(
        &mut out,
        "customXml/itemProps1.xml",
        &format!("{CT}.customXmlProperties+xml"),
    );
    over(
        &mut out,
        "docProps/core.xml",
        "application/vnd.openxmlformats-package.core-properties+xml",
    );
    over(
        &mut out,
        "docProps/app.xml",
        &format!("{CT}.extended-properties+xml"),
    );
    out.push_str("</Types>");
    out
}

/// `ppt/presentation.xml` for `slides` slides (relationship ids `rId10`…).
pub fn presentation(slides: usize) -> String {
    let mut list = String::new();
    for n in 0..slides {
        let _ = write!(list, "<p:sldId id=\"{}\" r:id=\"rId{}\"/>", 256 + n, 10 + n);
    }
    format!(
        "{HEAD}<p:presentation {NS} saveSubsetFonts=\"1\">\
         <p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>\
         <p:notesMasterIdLst><p:notesMasterId r:id=\"rId2\"/></p:notesMasterIdLst>\
         <p:sldIdLst>{list}</p:sldIdLst>\
         <p:sldSz cx=\"12192000\" cy=\"6858000\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/>\
         </p:presentation>"
    )
}

/// The presentation's relationships.
pub fn presentation_rels(slides: usize) -> String {
    let mut list: Vec<(String, &str, String)> = vec![
        (
            "rId1".into(),
            "slideMaster",
            "slideMasters/slideMaster1.xml".into(),
        ),
        (
            "rId2".into(),
            "notesMaster",
            "notesMasters/notesMaster1.xml".into(),
        ),
        ("rId3".into(), "theme", "theme/theme1.xml".into()),
        ("rId4".into(), "presProps", "presProps.xml".into()),
        ("rId5".into(), "viewProps", "viewProps.xml".into()),
        ("rId6".into(), "tableStyles", "tableStyles.xml".into()),
        ("rId7".into(), "customXml", "../customXml/item1.xml".into()),
    ];
    for n in 0..slides {
        list.push((
            format!("rId{}", 10 + n),
            "slide",
            format!("slides/slide{}.xml", n + 1),
        ));
    }
    rels(&list)
}

/// The package's own relationships.
pub fn root_rels() -> String {
    rels(&[
        (
            "rId1".into(),
            "officeDocument",
            "ppt/presentation.xml".into(),
        ),
        (
            "rId2".into(),
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "docProps/core.xml".into(),
        ),
        (
            "rId3".into(),
            "extended-properties",
            "docProps/app.xml".into(),
        ),
    ])
}

/// A theme: Calibri throughout, the accent as first accent colour.
pub fn theme(accent: &str) -> String {
    let three = |one: &str| one.repeat(3);
    let solid = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
    let font = "<a:latin typeface=\"Calibri\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>";
    format!(
        "{HEAD}<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Cap\"><a:themeElements>\
         <a:clrScheme name=\"Cap\"><a:dk1><a:srgbClr val=\"14212B\"/></a:dk1><a:lt1><a:srgbClr val=\"FFFFFF\"/></a:lt1>\
         <a:dk2><a:srgbClr val=\"0B4F6C\"/></a:dk2><a:lt2><a:srgbClr val=\"F4F6F8\"/></a:lt2>\
         <a:accent1><a:srgbClr val=\"{accent}\"/></a:accent1><a:accent2><a:srgbClr val=\"C2410C\"/></a:accent2>\
         <a:accent3><a:srgbClr val=\"17663A\"/></a:accent3><a:accent4><a:srgbClr val=\"B42318\"/></a:accent4>\
         <a:accent5><a:srgbClr val=\"4A5A66\"/></a:accent5><a:accent6><a:srgbClr val=\"E0A82E\"/></a:accent6>\
         <a:hlink><a:srgbClr val=\"1D6FE0\"/></a:hlink><a:folHlink><a:srgbClr val=\"6B3FA0\"/></a:folHlink></a:clrScheme>\
         <a:fontScheme name=\"Cap\"><a:majorFont>{font}</a:majorFont><a:minorFont>{font}</a:minorFont></a:fontScheme>\
         <a:fmtScheme name=\"Cap\"><a:fillStyleLst>{}</a:fillStyleLst>\
         <a:lnStyleLst>{}</a:lnStyleLst>\
         <a:effectStyleLst>{}</a:effectStyleLst><a:bgFillStyleLst>{}</a:bgFillStyleLst></a:fmtScheme>\
         </a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>",
        three(solid),
        three(&format!("<a:ln w=\"9525\">{solid}</a:ln>")),
        three("<a:effectStyle><a:effectLst/></a:effectStyle>"),
        three(solid),
    )
}

const GROUP: &str = "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>\
    <p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>";

/// The start of a slide-like part's shape tree.
pub fn group_head() -> &'static str {
    GROUP
}

const CLR_MAP: &str = "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" \
    accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>";

fn title_placeholder(lang: &str) -> String {
    format!(
        "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Title Placeholder 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>\
         <p:nvPr><p:ph type=\"title\"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x=\"457200\" y=\"0\"/><a:ext cx=\"10515600\" cy=\"812800\"/></a:xfrm>\
         <a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr anchor=\"ctr\"/><a:lstStyle/>\
         <a:p><a:endParaRPr lang=\"{lang}\"/></a:p></p:txBody></p:sp>"
    )
}

/// The slide master: a white background, a title placeholder, Calibri.
pub fn master(lang: &str) -> String {
    let level = "<a:lvl1pPr algn=\"l\"><a:defRPr sz=\"1800\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill>\
        <a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/><a:cs typeface=\"+mn-cs\"/></a:defRPr></a:lvl1pPr>";
    format!(
        "{HEAD}<p:sldMaster {NS}><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg>\
         <p:spTree>{GROUP}{}</p:spTree></p:cSld>{CLR_MAP}\
         <p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst>\
         <p:txStyles><p:titleStyle><a:lvl1pPr algn=\"l\"><a:defRPr sz=\"2800\" b=\"1\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill>\
         <a:latin typeface=\"+mj-lt\"/><a:ea typeface=\"+mj-ea\"/><a:cs typeface=\"+mj-cs\"/></a:defRPr></a:lvl1pPr></p:titleStyle>\
         <p:bodyStyle>{level}</p:bodyStyle><p:otherStyle>{level}</p:otherStyle></p:txStyles></p:sldMaster>",
        title_placeholder(lang)
    )
}

/// The one layout: a title only.
pub fn layout(lang: &str) -> String {
    format!(
        "{HEAD}<p:sldLayout {NS} type=\"titleOnly\" preserve=\"1\"><p:cSld name=\"Title Only\"><p:spTree>{GROUP}{}</p:spTree></p:cSld>\
         <p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>",
        title_placeholder(lang)
    )
}

/// The notes master: the slide's picture above, the notes below.
pub fn notes_master(lang: &str) -> String {
    format!(
        "{HEAD}<p:notesMaster {NS}><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg><p:spTree>{GROUP}\
         <p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image Placeholder 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\" noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr>\
         <p:nvPr><p:ph type=\"sldImg\" idx=\"2\"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x=\"685800\" y=\"1143000\"/><a:ext cx=\"5486400\" cy=\"3086100\"/></a:xfrm>\
         <a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr></p:sp>\
         <p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes Placeholder 2\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>\
         <p:nvPr><p:ph type=\"body\" sz=\"quarter\" idx=\"3\"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x=\"685800\" y=\"4400550\"/><a:ext cx=\"5486400\" cy=\"3600450\"/></a:xfrm>\
         <a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang=\"{lang}\"/></a:p></p:txBody></p:sp>\
         </p:spTree></p:cSld>{CLR_MAP}<p:notesStyle><a:lvl1pPr algn=\"l\"><a:defRPr sz=\"1200\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill>\
         <a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/><a:cs typeface=\"+mn-cs\"/></a:defRPr></a:lvl1pPr></p:notesStyle></p:notesMaster>"
    )
}

/// A slide's speaker notes: one paragraph per line of `text`.
pub fn notes_slide(text: &str, lang: &str) -> String {
    let mut body = String::new();
    for line in text.lines() {
        let _ = write!(
            body,
            "<a:p><a:r><a:rPr lang=\"{lang}\" dirty=\"0\"/><a:t>{}</a:t></a:r></a:p>",
            esc(line)
        );
    }
    format!(
        "{HEAD}<p:notes {NS}><p:cSld><p:spTree>{GROUP}\
         <p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image Placeholder 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\" noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr>\
         <p:nvPr><p:ph type=\"sldImg\"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>\
         <p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes Placeholder 2\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>\
         <p:nvPr><p:ph type=\"body\" idx=\"1\"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>{body}</p:txBody></p:sp>\
         </p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"
    )
}

/// Presentation, view and table style properties: the defaults.
pub fn pres_props() -> String {
    format!("{HEAD}<p:presentationPr {NS}/>")
}

/// See [`pres_props`].
pub fn view_props() -> String {
    format!("{HEAD}<p:viewPr {NS}><p:gridSpacing cx=\"76200\" cy=\"76200\"/></p:viewPr>")
}

/// See [`pres_props`].
pub fn table_styles() -> String {
    format!(
        "{HEAD}<a:tblStyleLst xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" def=\"{{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}}\"/>"
    )
}

/// Document properties: the title and who made it.
pub fn core(title: &str, author: &str, lang: &str) -> String {
    format!(
        "{HEAD}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title><dc:creator>{}</dc:creator>\
         <dc:language>{lang}</dc:language></cp:coreProperties>",
        esc(title),
        esc(author)
    )
}

/// Application properties.
pub fn app(slides: usize) -> String {
    format!(
        "{HEAD}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">\
         <Application>Cap</Application><Slides>{slides}</Slides><PresentationFormat>Widescreen</PresentationFormat></Properties>"
    )
}

/// The custom XML part: the plan's envelope as the text of one element.
pub fn plan_item(envelope: &str) -> String {
    // The two non-characters XML forbids can only be in the JSON's strings:
    // written as JSON escapes, they read back the same.
    let json = envelope
        .replace('\u{FFFE}', "\\ufffe")
        .replace('\u{FFFF}', "\\uffff");
    format!("{HEAD}<plan xmlns=\"{PLAN_NS}\">{}</plan>", esc(&json))
}

/// The custom XML part's properties (PowerPoint keeps a part that has them).
pub fn plan_item_props() -> String {
    format!(
        "{HEAD}<ds:datastoreItem ds:itemID=\"{{6F1D3C52-9A4E-4C8B-8E55-0C4A1B2D7E31}}\" \
         xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\">\
         <ds:schemaRefs><ds:schemaRef ds:uri=\"{PLAN_NS}\"/></ds:schemaRefs></ds:datastoreItem>"
    )
}
