//! Branding that travels with a plan: who presents it (consultant, firm,
//! logo), the client's logo, and an accent colour for slides and print.
//!
//! Logos are image files kept in the plan as base64 with their type, so
//! they are exported, imported and shared with it. Only PNG, JPEG and SVG
//! are accepted, checked by their bytes (not their name), and at most
//! [`MAX_LOGO_BYTES`]; the UI shows them through `<img src="data:…">` only,
//! so an SVG never runs as part of the page.
//!
//! The accent colour is the background of white text (the cover band, the
//! slide titles' bar) and the colour of headings on white: it must reach
//! the WCAG AA contrast ratio [`MIN_CONTRAST`] against white.

use base64::{engine::general_purpose::STANDARD, Engine as _};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Largest logo accepted, in bytes of the image file.
pub const MAX_LOGO_BYTES: usize = 200 * 1024;

/// Smallest contrast ratio between the accent colour and white (WCAG 2 AA
/// for normal text).
pub const MIN_CONTRAST: f64 = 4.5;

/// Longest consultant name or firm, in characters.
pub const MAX_NAME: usize = 120;

/// Who presents the plan and how it looks.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Branding {
    /// The consultant's name, on the cover and the slide footer.
    #[serde(default)]
    pub consultant: String,
    /// The consultant's firm.
    #[serde(default)]
    pub firm: String,
    /// Accent colour (`#rrggbb`); `None`: the app's own.
    #[serde(default)]
    pub accent: Option<String>,
    /// The consultant's (or firm's) logo.
    #[serde(default)]
    pub consultant_logo: Option<Logo>,
    /// The client's logo.
    #[serde(default)]
    pub client_logo: Option<Logo>,
}

impl Branding {
    /// Whether nothing is set.
    pub fn is_empty(&self) -> bool {
        *self == Branding::default()
    }
}

/// The image types a logo may have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ImageType {
    /// PNG.
    #[serde(rename = "image/png")]
    Png,
    /// JPEG.
    #[serde(rename = "image/jpeg")]
    Jpeg,
    /// SVG, shown as an image only (never inlined in the page).
    #[serde(rename = "image/svg+xml")]
    Svg,
}

impl ImageType {
    /// The MIME type.
    pub fn mime(self) -> &'static str {
        match self {
            ImageType::Png => "image/png",
            ImageType::Jpeg => "image/jpeg",
            ImageType::Svg => "image/svg+xml",
        }
    }

    /// The type the bytes themselves say, whatever the file's name: PNG and
    /// JPEG by their signature, SVG as UTF-8 text whose first element is
    /// `<svg` (after an XML declaration, comments or a doctype).
    pub fn sniff(bytes: &[u8]) -> Option<ImageType> {
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            return Some(ImageType::Png);
        }
        if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            return Some(ImageType::Jpeg);
        }
        let text = std::str::from_utf8(bytes).ok()?;
        let mut rest = text.trim_start_matches('\u{feff}').trim_start();
        // Skip the prolog: `<?xml …?>`, `<!-- … -->`, `<!DOCTYPE …>`.
        loop {
            let skipped = if rest.starts_with("<?") {
                rest.find("?>").map(|i| &rest[i + 2..])
            } else if rest.starts_with("<!--") {
                rest.find("-->").map(|i| &rest[i + 3..])
            } else if rest.starts_with("<!") {
                rest.find('>').map(|i| &rest[i + 1..])
            } else {
                break;
            };
            rest = skipped?.trim_start();
        }
        let tag = rest.strip_prefix("<svg")?;
        tag.starts_with(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .then_some(ImageType::Svg)
    }
}

/// A logo: an image file's bytes, in base64, with their type.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Logo {
    /// The image type, checked against the bytes.
    #[serde(rename = "type")]
    pub image_type: ImageType,
    /// The file's bytes, base64 (standard alphabet, padded).
    pub base64: String,
}

impl Logo {
    /// Checks a picked file's bytes and keeps them: PNG, JPEG or SVG by
    /// their content, at most [`MAX_LOGO_BYTES`].
    pub fn from_file(bytes: &[u8]) -> Result<Logo, LogoError> {
        if bytes.len() > MAX_LOGO_BYTES {
            return Err(LogoError::TooLarge { bytes: bytes.len() });
        }
        if bytes.is_empty() {
            return Err(LogoError::NotAnImage);
        }
        let image_type = ImageType::sniff(bytes).ok_or(LogoError::NotAnImage)?;
        Ok(Logo {
            image_type,
            base64: STANDARD.encode(bytes),
        })
    }

    /// The `data:` URL an `<img>` shows.
    pub fn data_url(&self) -> String {
        format!("data:{};base64,{}", self.image_type.mime(), self.base64)
    }

    /// Checks a logo read from a file or storage as [`Logo::from_file`]
    /// checks a picked one: valid base64, within the size, of the type its
    /// bytes say.
    pub fn check(&self) -> Result<(), LogoError> {
        // Base64 is 4 characters per 3 bytes: refuse before decoding.
        if self.base64.len() > MAX_LOGO_BYTES.div_ceil(3) * 4 {
            return Err(LogoError::TooLarge {
                bytes: self.base64.len() / 4 * 3,
            });
        }
        let bytes = STANDARD
            .decode(self.base64.as_bytes())
            .map_err(|_| LogoError::NotAnImage)?;
        let logo = Logo::from_file(&bytes)?;
        if logo.image_type != self.image_type {
            return Err(LogoError::NotAnImage);
        }
        Ok(())
    }
}

/// Why a logo is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum LogoError {
    /// Above [`MAX_LOGO_BYTES`].
    #[error("the image is {bytes} bytes, above the limit")]
    TooLarge {
        /// The file's size.
        bytes: usize,
    },
    /// Not a PNG, JPEG or SVG file.
    #[error("not a PNG, JPEG or SVG image")]
    NotAnImage,
}

/// A colour, 8 bits per channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Reads `#rrggbb` (or `#rgb`), as a colour input gives it.
    pub fn parse(hex: &str) -> Option<Rgb> {
        let h = hex.trim().strip_prefix('#')?;
        if !h.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |s: &str| u8::from_str_radix(s, 16).ok();
        match h.len() {
            6 => Some(Rgb(
                channel(&h[0..2])?,
                channel(&h[2..4])?,
                channel(&h[4..6])?,
            )),
            3 => {
                let d = |i: usize| channel(&h[i..=i]).map(|v| v * 17);
                Some(Rgb(d(0)?, d(1)?, d(2)?))
            }
            _ => None,
        }
    }

    /// `#rrggbb`, lower case.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG 2 relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let s = f64::from(c) / 255.0;
            if s <= 0.04045 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// WCAG 2 contrast ratio with `other`, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// Contrast with white.
    pub fn contrast_with_white(self) -> f64 {
        self.contrast(Rgb(255, 255, 255))
    }
}

/// What became of an accent colour picked by the person.
#[derive(Clone, Debug, PartialEq)]
pub enum AccentCheck {
    /// Readable as it is.
    Kept(String),
    /// Too light for white text: darkened (same hue) to this colour, which
    /// reaches [`MIN_CONTRAST`]; `was` is its contrast before.
    Darkened {
        /// The picked colour.
        from: String,
        /// The colour used instead.
        to: String,
        /// The picked colour's contrast with white.
        was: f64,
    },
}

impl AccentCheck {
    /// The colour to store.
    pub fn colour(&self) -> &str {
        match self {
            AccentCheck::Kept(c) | AccentCheck::Darkened { to: c, .. } => c,
        }
    }
}

/// Checks a picked accent colour: kept when white text on it (and it as
/// text on white) reaches [`MIN_CONTRAST`], else darkened step by step
/// (every channel scaled down alike, so the hue stays) until it does.
/// `None` for text that is not a colour.
pub fn check_accent(hex: &str) -> Option<AccentCheck> {
    let picked = Rgb::parse(hex)?;
    let was = picked.contrast_with_white();
    if was >= MIN_CONTRAST {
        return Some(AccentCheck::Kept(picked.hex()));
    }
    let mut c = picked;
    // Black reaches 21: the loop ends within 255 steps.
    for step in 1..=255u32 {
        let k = f64::from(255 - step) / 255.0;
        let scale = |v: u8| (f64::from(v) * k).floor() as u8;
        c = Rgb(scale(picked.0), scale(picked.1), scale(picked.2));
        if c.contrast_with_white() >= MIN_CONTRAST {
            break;
        }
    }
    Some(AccentCheck::Darkened {
        from: picked.hex(),
        to: c.hex(),
        was,
    })
}

/// Why branding is refused, for a file or a command (the UI checks first
/// and never sends these).
#[derive(Clone, Debug, PartialEq, Error)]
pub enum BrandingError {
    /// A name longer than [`MAX_NAME`].
    #[error("{field}: at most {MAX_NAME} characters")]
    TooLong {
        /// `consultant` or `firm`.
        field: &'static str,
    },
    /// A logo that is not a small PNG, JPEG or SVG.
    #[error("{field}: {error}")]
    Logo {
        /// `consultant_logo` or `client_logo`.
        field: &'static str,
        /// What is wrong with it.
        error: LogoError,
    },
    /// An accent that is not `#rrggbb` or is too light for white text.
    #[error("accent: not a colour with enough contrast")]
    Accent,
}

/// Every problem of `b`, as [`BrandingError`]s.
pub fn check(b: &Branding) -> Vec<BrandingError> {
    let mut out = Vec::new();
    for (field, text) in [("consultant", &b.consultant), ("firm", &b.firm)] {
        if text.chars().count() > MAX_NAME {
            out.push(BrandingError::TooLong { field });
        }
    }
    for (field, logo) in [
        ("consultant_logo", &b.consultant_logo),
        ("client_logo", &b.client_logo),
    ] {
        if let Some(Err(error)) = logo.as_ref().map(Logo::check) {
            out.push(BrandingError::Logo { field, error });
        }
    }
    if let Some(accent) = &b.accent {
        let readable = Rgb::parse(accent).is_some_and(|c| c.contrast_with_white() >= MIN_CONTRAST);
        if !readable || accent.len() != 7 {
            out.push(BrandingError::Accent);
        }
    }
    out
}
