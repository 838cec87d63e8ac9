//! The shapes a slide holds, as the composer builds them: text in runs
//! and paragraphs, boxes, lines, tables and pictures, lengths in points.

/// A colour, `RRGGBB`.
pub type Rgb = &'static str;

/// Where a paragraph's lines sit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Align {
    #[default]
    Left,
    Center,
    Right,
}

/// A run of text in one style.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    pub text: String,
    /// Size in points.
    pub size: f64,
    pub bold: bool,
    /// `RRGGBB`.
    pub color: String,
}

impl Run {
    /// A run in `size` points and `color`.
    pub fn new(text: impl Into<String>, size: f64, color: &str) -> Run {
        Run {
            text: text.into(),
            size,
            bold: false,
            color: color.to_string(),
        }
    }

    /// This run in bold.
    pub fn bold(mut self) -> Run {
        self.bold = true;
        self
    }
}

/// A paragraph.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Para {
    pub runs: Vec<Run>,
    pub align: Align,
    pub bullet: bool,
    /// Space after, in points.
    pub after: f64,
}

impl Para {
    /// A paragraph of one run.
    pub fn of(run: Run) -> Para {
        Para {
            runs: vec![run],
            ..Para::default()
        }
    }

    /// This paragraph aligned.
    pub fn align(mut self, align: Align) -> Para {
        self.align = align;
        self
    }

    /// This paragraph with `pt` after it.
    pub fn after(mut self, pt: f64) -> Para {
        self.after = pt;
        self
    }

    /// This paragraph as a bullet.
    pub fn bullet(mut self) -> Para {
        self.bullet = true;
        self
    }
}

/// A box's outline.
#[derive(Clone, Debug, PartialEq)]
pub struct Outline {
    pub color: String,
    pub width: f64,
    pub dashed: bool,
}

/// Where text sits in its box, top to bottom.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Anchor {
    #[default]
    Top,
    Middle,
    Bottom,
}

/// A rectangle: filled or not, outlined or not, with text or not.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Boxed {
    pub name: String,
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub fill: Option<String>,
    pub outline: Option<Outline>,
    pub paras: Vec<Para>,
    pub anchor: Anchor,
    /// Inner margin left and right, in points (top and bottom are a third).
    pub inset: f64,
    /// Rounded corners.
    pub round: bool,
    /// The slide's title placeholder.
    pub title: bool,
}

/// A table cell.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cell {
    pub text: String,
    pub bold: bool,
    pub align: Align,
    /// Text colour, else the table's.
    pub color: Option<String>,
}

impl Cell {
    /// A plain cell.
    pub fn text(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            ..Cell::default()
        }
    }
}

/// What a table row is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    Header,
    Body,
    Total,
}

/// A table: columns' widths, rows of cells.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub name: String,
    pub x: f64,
    pub y: f64,
    pub widths: Vec<f64>,
    pub row_height: f64,
    pub size: f64,
    pub rows: Vec<(RowKind, Vec<Cell>)>,
    /// The header's and the total row's fill.
    pub accent: String,
}

/// A shape on a slide.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Box(Boxed),
    Line {
        x1: f64,
        y1: f64,
        x2: f64,
        y2: f64,
        color: String,
        width: f64,
    },
    Table(Table),
    /// An image of the deck's, by index, at its place.
    Picture {
        name: String,
        image: usize,
        x: f64,
        y: f64,
        w: f64,
        h: f64,
    },
}
