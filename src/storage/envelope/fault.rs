//! Why serde refused a field of a file, read back from its English message
//! into terms each language can word.

/// What a value in a file was, as serde names it (`null`, `integer `5``).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool,
    /// A whole number, as written.
    Integer(String),
    /// A number with decimals, as written.
    Float(String),
    /// A text, as written.
    Text(String),
    /// A list.
    List,
    /// An object.
    Object,
    /// Anything else.
    Other,
}

/// What a field should have held, as serde names it (`a string`, `u32`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    /// A text.
    Text,
    /// A whole number.
    Integer,
    /// A number.
    Number,
    /// `true` or `false`.
    Bool,
    /// A list (of `Some(n)` items).
    List(Option<usize>),
    /// An object.
    Object,
    /// A date (`2027-01-31`).
    Date,
    /// One of these words.
    OneOf(Vec<String>),
    /// Something serde names otherwise.
    Other,
}

/// Why serde refused a field, in terms each language can word: the
/// message of [`LoadError::WrongField`] read back (it is serde's English).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldFault {
    /// A value of another type.
    WrongType {
        /// What the file held.
        found: Found,
        /// What was wanted.
        expected: Expected,
    },
    /// A value of the right type out of what is allowed (`-1` for an id).
    WrongValue {
        /// What the file held.
        found: Found,
        /// What was wanted.
        expected: Expected,
    },
    /// A list of the wrong length.
    WrongLength {
        /// What was wanted.
        expected: Expected,
    },
    /// A word that is not one of the choices.
    UnknownChoice {
        /// The word in the file.
        found: String,
        /// The choices.
        expected: Expected,
    },
    /// A required field is not there.
    Missing(String),
    /// A text that is not a date.
    BadDate,
    /// A text that is not a currency code.
    BadCurrency,
    /// Anything else.
    Other,
}

/// The text between the first pair of backquotes of `s`.
fn quoted(s: &str) -> Option<&str> {
    let start = s.find('`')? + 1;
    let len = s[start..].find('`')?;
    Some(&s[start..start + len])
}

fn found(s: &str) -> Found {
    let s = s.trim();
    if s == "null" || s == "unit value" {
        Found::Null
    } else if s.starts_with("boolean") {
        Found::Bool
    } else if s.starts_with("integer") {
        Found::Integer(quoted(s).unwrap_or_default().to_string())
    } else if s.starts_with("floating point") {
        Found::Float(quoted(s).unwrap_or_default().to_string())
    } else if let Some(text) = s.strip_prefix("string ") {
        Found::Text(text.trim_matches('"').to_string())
    } else if s == "sequence" {
        Found::List
    } else if s == "map" {
        Found::Object
    } else {
        Found::Other
    }
}

fn expected(s: &str) -> Expected {
    let s = s.trim();
    let words = |s: &str| {
        s.split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    match s {
        "a string" | "a borrowed string" | "a character" => Expected::Text,
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize" => {
            Expected::Integer
        }
        "f32" | "f64" => Expected::Number,
        "a boolean" => Expected::Bool,
        "a sequence" => Expected::List(None),
        "a formatted date string" | "a formatted date and time string" => Expected::Date,
        _ if s.starts_with("struct ") || s == "a map" || s.ends_with("tagged enum") => {
            Expected::Object
        }
        _ if s.contains("tagged enum ") => Expected::Object,
        _ if s.starts_with("an array of length ") || s.starts_with("a tuple of size ") => {
            Expected::List(s.rsplit(' ').next().and_then(|n| n.parse().ok()))
        }
        _ if s.starts_with("one of ") || s.starts_with('`') => Expected::OneOf(words(s)),
        _ => Expected::Other,
    }
}

impl FieldFault {
    /// Reads serde's message back into a fault.
    pub fn of(message: &str) -> FieldFault {
        let split = |rest: &str| {
            rest.rsplit_once(", expected ")
                .map(|(f, e)| (f.to_string(), expected(e)))
        };
        if let Some((f, e)) = message.strip_prefix("invalid type: ").and_then(split) {
            FieldFault::WrongType {
                found: found(&f),
                expected: e,
            }
        } else if let Some((f, e)) = message.strip_prefix("invalid value: ").and_then(split) {
            FieldFault::WrongValue {
                found: found(&f),
                expected: e,
            }
        } else if let Some((_, e)) = message.strip_prefix("invalid length ").and_then(split) {
            FieldFault::WrongLength { expected: e }
        } else if let Some(rest) = message.strip_prefix("unknown variant ") {
            let (f, e) = split(rest).unwrap_or((rest.to_string(), Expected::Other));
            FieldFault::UnknownChoice {
                found: quoted(&f).unwrap_or(&f).to_string(),
                expected: e,
            }
        } else if let Some(rest) = message.strip_prefix("missing field ") {
            FieldFault::Missing(quoted(rest).unwrap_or(rest).to_string())
        } else if message == "missing" {
            FieldFault::Missing(String::new())
        } else if message.starts_with("not a currency code") {
            FieldFault::BadCurrency
        } else if [
            "input contains invalid characters",
            "premature end of input",
            "trailing input",
            "input is out of range",
            "no possible date and time matching input",
            "input is not enough for unique date and time",
        ]
        .contains(&message)
        {
            FieldFault::BadDate
        } else {
            FieldFault::Other
        }
    }
}
