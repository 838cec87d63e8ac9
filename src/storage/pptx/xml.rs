//! The DrawingML of a slide's shapes: every text escaped, every length in
//! EMU from points (the slide is 960 × 540 pt, 16:9).

pub use super::shapes::*;
use std::fmt::Write as _;

/// EMU in a point.
const EMU: f64 = 12_700.0;

/// A length in points as EMU.
pub fn emu(pt: f64) -> i64 {
    (pt * EMU).round() as i64
}

/// A size (width, height) in points as EMU, never negative: a negative
/// extent is a file PowerPoint repairs.
pub fn ext(pt: f64) -> i64 {
    emu(pt.max(0.0))
}

/// `text` escaped for XML text and attributes; characters XML 1.0 forbids
/// (control characters but tab and newline) are left out.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes one shape as the `id`th of its slide; `image_rel` names an
/// image's relationship id.
pub fn shape_xml(
    out: &mut String,
    id: usize,
    shape: &Shape,
    lang: &str,
    image_rel: &dyn Fn(usize) -> String,
) {
    match shape {
        Shape::Box(b) => box_xml(out, id, b, lang),
        Shape::Line {
            x1,
            y1,
            x2,
            y2,
            color,
            width,
        } => {
            let (x, y) = (x1.min(*x2), y1.min(*y2));
            let flip = if (x2 < x1) != (y2 < y1) {
                " flipV=\"1\""
            } else {
                ""
            };
            let _ = write!(
                out,
                "<p:cxnSp><p:nvCxnSpPr><p:cNvPr id=\"{id}\" name=\"Line {id}\"/><p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr>\
                 <p:spPr><a:xfrm{flip}><a:off x=\"{}\" y=\"{}\"/><a:ext cx=\"{}\" cy=\"{}\"/></a:xfrm>\
                 <a:prstGeom prst=\"line\"><a:avLst/></a:prstGeom><a:ln w=\"{}\"><a:solidFill><a:srgbClr val=\"{color}\"/></a:solidFill></a:ln></p:spPr></p:cxnSp>",
                emu(x),
                emu(y),
                emu((x2 - x1).abs()),
                emu((y2 - y1).abs()),
                emu(*width)
            );
        }
        Shape::Table(t) => table_xml(out, id, t, lang),
        Shape::Picture {
            name,
            image,
            x,
            y,
            w,
            h,
        } => {
            let _ = write!(
                out,
                "<p:pic><p:nvPicPr><p:cNvPr id=\"{id}\" name=\"{}\" descr=\"{}\"/><p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>\
                 <p:blipFill><a:blip r:embed=\"{}\"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>\
                 <p:spPr><a:xfrm><a:off x=\"{}\" y=\"{}\"/><a:ext cx=\"{}\" cy=\"{}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>",
                esc(name),
                esc(name),
                image_rel(*image),
                emu(*x),
                emu(*y),
                ext(*w),
                ext(*h)
            );
        }
    }
}

fn xfrm(out: &mut String, x: f64, y: f64, w: f64, h: f64) {
    let _ = write!(
        out,
        "<a:xfrm><a:off x=\"{}\" y=\"{}\"/><a:ext cx=\"{}\" cy=\"{}\"/></a:xfrm>",
        emu(x),
        emu(y),
        ext(w),
        ext(h)
    );
}

fn fill(out: &mut String, color: Option<&str>) {
    match color {
        Some(c) => {
            let _ = write!(out, "<a:solidFill><a:srgbClr val=\"{c}\"/></a:solidFill>");
        }
        None => out.push_str("<a:noFill/>"),
    }
}

fn box_xml(out: &mut String, id: usize, b: &Boxed, lang: &str) {
    let kind = if b.title {
        "<p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"title\"/></p:nvPr>"
    } else if b.paras.is_empty() {
        "<p:cNvSpPr/><p:nvPr/>"
    } else {
        "<p:cNvSpPr txBox=\"1\"/><p:nvPr/>"
    };
    let _ = write!(
        out,
        "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{}\"/>{kind}</p:nvSpPr><p:spPr>",
        esc(&b.name)
    );
    xfrm(out, b.x, b.y, b.w, b.h);
    let geom = if b.round { "roundRect" } else { "rect" };
    let _ = write!(out, "<a:prstGeom prst=\"{geom}\"><a:avLst/></a:prstGeom>");
    fill(out, b.fill.as_deref());
    match &b.outline {
        Some(o) => {
            let _ = write!(
                out,
                "<a:ln w=\"{}\"><a:solidFill><a:srgbClr val=\"{}\"/></a:solidFill>{}</a:ln>",
                emu(o.width),
                o.color,
                if o.dashed {
                    "<a:prstDash val=\"dash\"/>"
                } else {
                    ""
                }
            );
        }
        None => out.push_str("<a:ln><a:noFill/></a:ln>"),
    }
    out.push_str("</p:spPr>");
    let anchor = match b.anchor {
        Anchor::Top => "t",
        Anchor::Middle => "ctr",
        Anchor::Bottom => "b",
    };
    let (side, top) = (emu(b.inset), emu(b.inset / 3.0));
    let _ = write!(
        out,
        "<p:txBody><a:bodyPr wrap=\"square\" lIns=\"{side}\" tIns=\"{top}\" rIns=\"{side}\" bIns=\"{top}\" anchor=\"{anchor}\" rtlCol=\"0\"><a:noAutofit/></a:bodyPr><a:lstStyle/>"
    );
    paras_xml(out, &b.paras, lang);
    out.push_str("</p:txBody></p:sp>");
}

/// Paragraphs as DrawingML (one empty paragraph for none: a text body
/// needs one).
pub fn paras_xml(out: &mut String, paras: &[Para], lang: &str) {
    if paras.is_empty() {
        let _ = write!(
            out,
            "<a:p><a:endParaRPr lang=\"{lang}\" dirty=\"0\"/></a:p>"
        );
    }
    for p in paras {
        let algn = match p.align {
            Align::Left => "l",
            Align::Center => "ctr",
            Align::Right => "r",
        };
        let size = p.runs.first().map(|r| r.size).unwrap_or(12.0);
        let indent = if p.bullet { emu(size * 1.1) } else { 0 };
        let _ = write!(
            out,
            "<a:p><a:pPr marL=\"{indent}\" indent=\"{}\" algn=\"{algn}\"><a:spcAft><a:spcPts val=\"{}\"/></a:spcAft>",
            -indent,
            (p.after * 100.0).round() as i64
        );
        if p.bullet {
            out.push_str("<a:buFont typeface=\"Arial\"/><a:buChar char=\"•\"/>");
        } else {
            out.push_str("<a:buNone/>");
        }
        out.push_str("</a:pPr>");
        for r in &p.runs {
            run_xml(out, r, lang);
        }
        let _ = write!(
            out,
            "<a:endParaRPr lang=\"{lang}\" sz=\"{}\" dirty=\"0\"/></a:p>",
            (size * 100.0).round() as i64
        );
    }
}

fn run_xml(out: &mut String, r: &Run, lang: &str) {
    // A line break inside a run's text becomes a break element.
    for (i, line) in r.text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<a:br/>");
        }
        let _ = write!(
            out,
            "<a:r><a:rPr lang=\"{lang}\" sz=\"{}\" b=\"{}\" dirty=\"0\"><a:solidFill><a:srgbClr val=\"{}\"/></a:solidFill>\
             <a:latin typeface=\"Calibri\"/><a:cs typeface=\"Calibri\"/></a:rPr><a:t>{}</a:t></a:r>",
            (r.size * 100.0).round() as i64,
            u8::from(r.bold),
            r.color,
            esc(line)
        );
    }
}

fn table_xml(out: &mut String, id: usize, t: &Table, lang: &str) {
    let width: f64 = t.widths.iter().sum();
    let height = t.row_height * t.rows.len() as f64;
    let _ = write!(
        out,
        "<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"{id}\" name=\"{}\"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>\
         <p:xfrm><a:off x=\"{}\" y=\"{}\"/><a:ext cx=\"{}\" cy=\"{}\"/></p:xfrm>\
         <a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\"><a:tbl><a:tblPr firstRow=\"1\" bandRow=\"1\"/><a:tblGrid>",
        esc(&t.name),
        emu(t.x),
        emu(t.y),
        ext(width),
        ext(height)
    );
    for w in &t.widths {
        let _ = write!(out, "<a:gridCol w=\"{}\"/>", ext(*w).max(1));
    }
    out.push_str("</a:tblGrid>");
    for (kind, cells) in &t.rows {
        let _ = write!(out, "<a:tr h=\"{}\">", ext(t.row_height).max(1));
        for c in cells {
            let (color, bg, bold) = match kind {
                RowKind::Header => ("FFFFFF".to_string(), Some(t.accent.as_str()), true),
                RowKind::Total => ("14212B".to_string(), Some("E4EFF4"), true),
                RowKind::Body => (
                    c.color.clone().unwrap_or_else(|| "14212B".into()),
                    None,
                    c.bold,
                ),
            };
            let run = Run {
                text: c.text.clone(),
                size: t.size,
                bold,
                color,
            };
            out.push_str("<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>");
            paras_xml(out, &[Para::of(run).align(c.align)], lang);
            let m = emu(6.0);
            let _ = write!(
                out,
                "</a:txBody><a:tcPr marL=\"{m}\" marR=\"{m}\" marT=\"{}\" marB=\"{}\" anchor=\"ctr\">\
                 <a:lnL><a:noFill/></a:lnL><a:lnR><a:noFill/></a:lnR><a:lnT><a:noFill/></a:lnT>\
                 <a:lnB w=\"{}\"><a:solidFill><a:srgbClr val=\"D5DDE3\"/></a:solidFill></a:lnB>",
                m / 3,
                m / 3,
                emu(0.75)
            );
            fill(out, bg);
            out.push_str("</a:tcPr></a:tc>");
        }
        out.push_str("</a:tr>");
    }
    out.push_str("</a:tbl></a:graphicData></a:graphic></p:graphicFrame>");
}
