//! What a deck says, already written out for the reader: every figure and
//! date formatted as the presentation shows it (the browser formats them;
//! this module never does). [`super::compose`] lays it out on slides.

/// An image file a slide shows (a logo), PNG or JPEG.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Image {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// Whether it is a JPEG (else PNG).
    pub jpeg: bool,
    /// Its size in pixels.
    pub width: u32,
    pub height: u32,
}

impl Image {
    /// An image of PNG or JPEG bytes, with its size read from them; `None`
    /// for other bytes.
    pub fn from_bytes(bytes: Vec<u8>) -> Option<Image> {
        let (jpeg, (width, height)) = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            let dim = |at: usize| -> Option<u32> {
                Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
            };
            (false, (dim(16)?, dim(20)?))
        } else if bytes.starts_with(&[0xFF, 0xD8]) {
            (true, jpeg_size(&bytes)?)
        } else {
            return None;
        };
        (width > 0 && height > 0).then_some(Image {
            bytes,
            jpeg,
            width,
            height,
        })
    }
}

/// A JPEG's size, from its first start-of-frame marker.
fn jpeg_size(b: &[u8]) -> Option<(u32, u32)> {
    let mut at = 2;
    while at + 9 < b.len() {
        if b[at] != 0xFF {
            return None;
        }
        let marker = b[at + 1];
        let len = usize::from(u16::from_be_bytes([b[at + 2], b[at + 3]]));
        if matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
            let h = u16::from_be_bytes([b[at + 5], b[at + 6]]);
            let w = u16::from_be_bytes([b[at + 7], b[at + 8]]);
            return Some((u32::from(w), u32::from(h)));
        }
        at += 2 + len;
    }
    None
}

/// A KPI line: name, baseline, target.
pub type KpiLine = (String, String, String);

/// A strategy element and the objectives serving it (title, priority).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Branch {
    pub name: String,
    pub note: String,
    pub objectives: Vec<(String, bool)>,
}

/// An objective as its slide shows it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ObjectiveBlock {
    pub title: String,
    pub priority: bool,
    /// Deadline and owner, in a line.
    pub meta: String,
    pub kpis: Vec<KpiLine>,
}

/// One segment of a stacked bar: label, amount and share written out, and
/// the share of the bar in basis points.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    pub label: String,
    pub amount: String,
    pub share: String,
    pub share_bp: u32,
}

/// An action on the timeline: where its bar starts and ends as fractions
/// of the period's width, and its importance (0 critical … 3 low).
#[derive(Clone, Debug, PartialEq)]
pub struct GanttRow {
    pub title: String,
    /// Its dates, written out.
    pub dates: String,
    pub from: f64,
    pub to: f64,
    pub importance: u8,
}

/// A slide's content.
#[derive(Clone, Debug, PartialEq)]
pub enum Body {
    Cover {
        client: String,
        period: String,
        /// "Presented by …", when a name is set.
        by: Option<String>,
        date: String,
        client_logo: Option<usize>,
        consultant_logo: Option<usize>,
    },
    Summary {
        /// (heading, text or empty-state) of the goal and the budget.
        goal: (String, String),
        priorities: (String, Vec<(String, Vec<KpiLine>)>),
        budget: (String, String),
        /// Date, title, whether it stands out.
        next: (String, Vec<(String, String, bool)>),
        /// Said when a list is empty: no priority, no coming action.
        empty: (String, String),
    },
    Strategy {
        statement: Option<String>,
        branches: Vec<Branch>,
        /// "Priority", "Secondary".
        ranks: (String, String),
        /// Said when no element is chosen yet.
        empty: String,
    },
    Objectives {
        blocks: Vec<ObjectiveBlock>,
        /// KPI, from, target column heads.
        heads: [String; 3],
        ranks: (String, String),
        no_kpi: String,
    },
    /// A table: its first `text_columns` columns are text, the others
    /// numbers.
    Table {
        /// The table's shape name ("Budget", "Forecast"…).
        name: String,
        text_columns: usize,
        /// The other columns centred (ticks) rather than right-aligned.
        center: bool,
        intro: Option<String>,
        head: Vec<String>,
        rows: Vec<Vec<String>>,
        total: Option<Vec<String>>,
        /// Lines under the table.
        after: Vec<String>,
    },
    /// Stacked bars, each titled, with its legend.
    Bars(Vec<(String, Vec<Segment>)>),
    Timeline {
        /// The months across, written out.
        months: Vec<String>,
        rows: Vec<GanttRow>,
        /// The four importances' names, critical first.
        legend: [String; 4],
    },
    /// A slide with nothing to show yet, and why.
    Empty(String),
}

/// One slide.
#[derive(Clone, Debug, PartialEq)]
pub struct SlideContent {
    /// The title (the plan's name on the cover).
    pub title: String,
    /// "1/2" on a slide continued on the next.
    pub mark: Option<String>,
    pub body: Body,
    /// The speaker notes.
    pub notes: String,
}

/// The whole deck.
#[derive(Clone, Debug, PartialEq)]
pub struct DeckContent {
    /// The language tag of its text ("fr-CH", "en-GB").
    pub lang: String,
    /// The accent colour, `RRGGBB`.
    pub accent: String,
    /// The footer: who presents, the client.
    pub who: String,
    pub client: String,
    /// The consultant's logo, in the footer.
    pub footer_logo: Option<usize>,
    pub slides: Vec<SlideContent>,
    pub images: Vec<Image>,
    /// Document properties.
    pub title: String,
    pub author: String,
    /// The plan's envelope, embedded.
    pub plan: String,
}
