//! The typography of the texts, French and English, in one place.
//!
//! The rules (checked on every text of the tables by `tests/typography.rs`,
//! with [`violations`]):
//!
//! - French: a narrow no-break space (U+202F, [`NNBSP`]) before `:` `;`
//!   `!` `?` and inside `« »`; a no-break space (U+00A0, [`NBSP`]) between
//!   a number and its unit, a currency code or `%`; elision before a vowel
//!   (`d'Interaction`, never `de Interaction`: [`de`]); real plurals, never
//!   `(s)` ([`plural`]).
//! - English: no space before `:` `;` `!` `?`, no `« »`, `20%` without a
//!   space; a no-break space between a number and its unit or a currency
//!   code; real plurals.
//!
//! The tables write these characters as escapes (`\u{202f}`, `\u{a0}`), so
//! they can be seen in review; texts put together at run time use the
//! helpers below.

use crate::domain::Lang;

/// Narrow no-break space (U+202F): French, before `: ; ! ?` and inside `« »`.
pub const NNBSP: char = '\u{202f}';
/// No-break space (U+00A0): between a number and its unit, currency or `%`.
pub const NBSP: char = '\u{a0}';

/// What follows a number of percent points: `\u{a0}%` in French (`12,5 %`),
/// `%` in English (`12.5%`).
pub fn percent_suffix(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "\u{a0}%",
        Lang::En => "%",
    }
}

/// `one` or `other` for a count of `n`, as each language says it: French
/// takes the singular for 0 and 1 ("0 action affichée"), English for 1
/// only ("0 actions shown").
pub fn plural<'a>(lang: Lang, n: usize, one: &'a str, other: &'a str) -> &'a str {
    let singular = match lang {
        Lang::Fr => n <= 1,
        Lang::En => n == 1,
    };
    if singular {
        one
    } else {
        other
    }
}

/// French "de" before `word`, elided before a vowel: `d'Interaction`,
/// `d'objectifs`, `de Conversion`, `de 12 mois`.
pub fn de(word: &str) -> String {
    if starts_with_vowel(word) {
        format!("d'{word}")
    } else {
        format!("de {word}")
    }
}

/// Whether French elides before `word` (a vowel, accented or not; a mute
/// "h" cannot be told from an aspirated one by its spelling, so it is not
/// elided).
pub fn starts_with_vowel(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| "aeiouyàâäéèêëîïôöùûüœæAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ".contains(c))
}

/// One broken rule in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    /// The rule, in a few words.
    pub rule: &'static str,
    /// Where: the text around the fault.
    pub at: String,
}

/// Currency codes and units written after (or, for codes, before) a number.
const UNITS: &[&str] = &[
    "CHF", "EUR", "USD", "GBP", "CAD", "JPY", "min", "Mo", "Ko", "MB", "KB", "ms", "px", "h",
];

/// Every rule of this module broken by `text`, a text of `lang`.
///
/// `{…}` placeholders of format strings count as a number (they are
/// mostly amounts, counts and percentages), so `"{n} %"` must be
/// `"{n}\u{a0}%"` in French. Times and URLs (`14:05`, `https://`) are not
/// punctuation.
pub fn violations(text: &str, lang: Lang) -> Vec<Violation> {
    let chars: Vec<char> = placeholders_as_digits(text).chars().collect();
    let mut found = Vec::new();
    let at = |i: usize| -> String {
        let from = i.saturating_sub(20);
        let to = (i + 20).min(chars.len());
        chars[from..to].iter().collect()
    };
    let mut flag = |rule: &'static str, i: usize| found.push(Violation { rule, at: at(i) });
    let is_space = |c: char| c == ' ' || c == NBSP || c == NNBSP;
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        if matches!(c, ':' | ';' | '!' | '?') {
            // 14:05, and a CSV line's 2027-03-31;2,5: data, not punctuation.
            let time = matches!(c, ':' | ';')
                && before.is_some_and(|b| b.is_ascii_digit())
                && after.is_some_and(|a| a.is_ascii_digit());
            let url = c == ':' && after == Some('/');
            if !time && !url {
                match lang {
                    Lang::Fr if before != Some(NNBSP) => flag("French: U+202F before : ; ! ?", i),
                    Lang::En if before.is_some_and(is_space) => {
                        flag("English: no space before : ; ! ?", i)
                    }
                    _ => {}
                }
            }
        }
        if c == '«' {
            match lang {
                Lang::Fr if after.is_some() && after != Some(NNBSP) => {
                    flag("French: U+202F after «", i)
                }
                Lang::En => flag("English: no « »", i),
                _ => {}
            }
        }
        if c == '»' {
            match lang {
                Lang::Fr if before.is_some() && before != Some(NNBSP) => {
                    flag("French: U+202F before »", i)
                }
                Lang::En => flag("English: no « »", i),
                _ => {}
            }
        }
        if c == '%' {
            let digit_at = |j: Option<usize>| {
                j.and_then(|j| chars.get(j))
                    .is_some_and(|c| c.is_ascii_digit())
            };
            match (lang, before) {
                (Lang::Fr, Some(b)) if b.is_ascii_digit() => {
                    flag("French: U+00A0 between a number and %", i)
                }
                (Lang::Fr, Some(b)) if b != NBSP && is_space(b) && digit_at(i.checked_sub(2)) => {
                    flag("French: U+00A0 between a number and %", i)
                }
                (Lang::En, Some(b)) if is_space(b) && digit_at(i.checked_sub(2)) => {
                    flag("English: no space between a number and %", i)
                }
                _ => {}
            }
        }
        if c == '(' && chars.get(i + 1..i + 3) == Some(&['s', ')'][..]) {
            flag("a real plural, not (s)", i);
        }
    }
    // A number and its unit: "12 CHF", "CHF 12", "3 min" with a breaking space.
    let words: String = chars.iter().collect();
    for unit in UNITS {
        for (i, _) in words.match_indices(unit) {
            let start = words[..i].chars().count();
            let end = start + unit.chars().count();
            let boundary = |j: Option<usize>| {
                j.and_then(|j| chars.get(j))
                    .is_none_or(|c| !c.is_alphanumeric())
            };
            if !boundary(start.checked_sub(1)) || !boundary(Some(end)) {
                continue;
            }
            let number_before =
                start >= 2 && chars[start - 1] == ' ' && chars[start - 2].is_ascii_digit();
            let number_after = unit.chars().all(|c| c.is_ascii_uppercase())
                && chars.get(end) == Some(&' ')
                && chars.get(end + 1).is_some_and(|c| c.is_ascii_digit());
            if number_before || number_after {
                flag("U+00A0 between a number and its unit", start);
            }
        }
    }
    if lang == Lang::Fr {
        for (i, _) in words.char_indices() {
            let rest = &words[i..];
            // "téléchargez-le ou" is not an article.
            let word_start = words[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric() && c != '-' && c != '\'');
            for article in ["de ", "De ", "que ", "le ", "Le ", "la ", "La ", "ne "] {
                if word_start
                    && rest.starts_with(article)
                    && starts_with_vowel(&rest[article.len()..])
                {
                    flag(
                        "French: elision before a vowel (d', l', qu')",
                        words[..i].chars().count(),
                    );
                }
            }
        }
    }
    if lang == Lang::Fr {
        found.extend(unelided_placeholders(text));
    }
    found
}

/// Placeholders that hold a number, an amount or a date: "de {n}" needs
/// no elision. Any other word after "de", "le", "que" in a French format
/// string may start with a vowel, and must go through [`de`] (or be
/// reworded).
const NUMBER_PLACEHOLDERS: &[&str] = &[
    "",
    "n",
    "count",
    "bytes",
    "max",
    "min",
    "limit",
    "total",
    "amount",
    "allocated",
    "need",
    "have",
    "shown",
    "all",
    "found",
    "supported",
    "share",
    "value",
    "at",
    "d",
    "date",
    "months",
    "long",
    "short",
    "bp",
    "pct",
    "needed",
    "spend",
    "clicks",
    "orders",
    "sessions",
    "cost",
    "line",
    "column",
];

/// "de {name}" (and "le", "que", "la") in a French format string whose
/// placeholder is not known to be a number.
fn unelided_placeholders(text: &str) -> Vec<Violation> {
    let mut found = Vec::new();
    for article in ["de {", "De {", "que {", "le {", "Le {", "la {", "La {"] {
        for (i, _) in text.match_indices(article) {
            let word_start = text[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let inner = &text[i + article.len()..];
            let name = inner[..inner.find('}').unwrap_or(0)]
                .split(':')
                .next()
                .unwrap_or_default()
                .trim();
            if word_start && !NUMBER_PLACEHOLDERS.contains(&name) {
                found.push(Violation {
                    rule: "French: a word after de/le/que may need elision (typo::de)",
                    at: text[i..].chars().take(30).collect(),
                });
            }
        }
    }
    found
}

/// `text` with each `{…}` placeholder of a format string written `0`.
fn placeholders_as_digits(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '{' => {
                for c in chars.by_ref() {
                    if c == '}' {
                        break;
                    }
                }
                out.push('0');
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(text: &str, lang: Lang) -> Vec<&'static str> {
        violations(text, lang).into_iter().map(|v| v.rule).collect()
    }

    #[test]
    fn plurals_and_elision() {
        assert_eq!(plural(Lang::Fr, 0, "action", "actions"), "action");
        assert_eq!(plural(Lang::Fr, 1, "action", "actions"), "action");
        assert_eq!(plural(Lang::Fr, 2, "action", "actions"), "actions");
        assert_eq!(plural(Lang::En, 0, "action", "actions"), "actions");
        assert_eq!(plural(Lang::En, 1, "action", "actions"), "action");
        assert_eq!(de("Interaction"), "d'Interaction");
        assert_eq!(de("Élan"), "d'Élan");
        assert_eq!(de("Conversion"), "de Conversion");
        assert_eq!(de("12 mois"), "de 12 mois");
        assert_eq!(de(""), "de ");
    }

    #[test]
    fn good_texts_break_no_rule() {
        for text in [
            "Non enregistré\u{202f}: {why}",
            "«\u{202f}{name}\u{202f}» supprimé.",
            "20\u{a0}% immédiat",
            "{n}\u{a0}% du total",
            "Prêt\u{202f}? Oui\u{202f}!",
            "Voir https://example.org à 14:05",
            "Étape la plus faible\u{202f}: {from} → {to}.",
            "12\u{a0}CHF, CHF\u{a0}12, 3\u{a0}min",
            "Lecture de {n} plans",
            "l'objectif d'Interaction",
            "% du total",
        ] {
            assert_eq!(rules(text, Lang::Fr), Vec::<&str>::new(), "{text:?}");
        }
        for text in [
            "Not saved: {why}",
            "\"{name}\" deleted.",
            "20% immediate, {n}% of the total",
            "Ready? Yes!",
            "CHF\u{a0}40,000.00 and 3\u{a0}min",
            "1 action shown",
        ] {
            assert_eq!(rules(text, Lang::En), Vec::<&str>::new(), "{text:?}");
        }
    }

    #[test]
    fn each_rule_catches_its_fault() {
        let fr = [
            ("Non enregistré : {why}", "French: U+202F before : ; ! ?"),
            ("Non enregistré: {why}", "French: U+202F before : ; ! ?"),
            (
                "Non enregistré\u{a0}: {why}",
                "French: U+202F before : ; ! ?",
            ),
            ("Prêt ?", "French: U+202F before : ; ! ?"),
            ("a ; b", "French: U+202F before : ; ! ?"),
            ("« {name}\u{202f}»", "French: U+202F after «"),
            ("«\u{202f}{name} »", "French: U+202F before »"),
            ("20 % immédiat", "French: U+00A0 between a number and %"),
            ("{n}% du total", "French: U+00A0 between a number and %"),
            ("{shown} action(s) affichée(s)", "a real plural, not (s)"),
            ("Budget 40 CHF", "U+00A0 between a number and its unit"),
            ("CHF 40'000", "U+00A0 between a number and its unit"),
            (
                "Étape de Interaction",
                "French: elision before a vowel (d', l', qu')",
            ),
            (
                "le objectif",
                "French: elision before a vowel (d', l', qu')",
            ),
            (
                "Étape la plus faible : de {from} à {to}.",
                "French: a word after de/le/que may need elision (typo::de)",
            ),
        ];
        for (text, rule) in fr {
            assert!(
                rules(text, Lang::Fr).contains(&rule),
                "{text:?}: {:?}",
                rules(text, Lang::Fr)
            );
        }
        let en = [
            (
                "Total budget : CHF\u{a0}40,000.00",
                "English: no space before : ; ! ?",
            ),
            ("Ready\u{202f}?", "English: no space before : ; ! ?"),
            ("«\u{202f}x\u{202f}»", "English: no « »"),
            ("20 % immediate", "English: no space between a number and %"),
            ("{n} action(s) shown", "a real plural, not (s)"),
            ("3 min", "U+00A0 between a number and its unit"),
        ];
        for (text, rule) in en {
            assert!(
                rules(text, Lang::En).contains(&rule),
                "{text:?}: {:?}",
                rules(text, Lang::En)
            );
        }
    }
}
