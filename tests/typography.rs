//! Every French and English text follows the typography of
//! `cap::i18n::typo` (issue 30, item 7): no-break spaces in French, none
//! before `:` in English, real plurals, elision.
//!
//! The texts are read from the source files, not from the `Texts` values:
//! the tables hold closures (`fn(&str) -> String`, `fn(&StorageError) ->
//! String`...) with `match` arms inside, which no list of sample arguments
//! would all reach, and a field added by anyone is checked without
//! touching this test. Each string literal of `src/i18n/*.rs` is a French
//! text inside `pub const FR` (and in `fr.rs`), an English one inside
//! `pub const EN` (and in `en.rs`); `{…}` placeholders count as numbers.
//! The catalogue's `l("français", "English")` pairs are read the same way.
#![cfg(not(target_arch = "wasm32"))]

use cap::{
    domain::Lang,
    i18n::typo::{violations, Violation},
};
use std::{fs, path::Path};

/// A string literal of a source file: its line and its value (escapes
/// resolved, so `\u{202f}` is the character).
#[derive(Debug)]
struct Literal {
    line: usize,
    /// Byte offset of the opening quote in the source.
    offset: usize,
    /// Byte offset just after the closing quote.
    end: usize,
    value: String,
}

/// The string literals of Rust source `src`, comments left out.
fn literals(src: &str) -> Vec<Literal> {
    let bytes: Vec<(usize, char)> = src.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    let at = |i: usize| bytes.get(i).map(|&(_, c)| c);
    while let Some(c) = at(i) {
        match c {
            '\n' => {
                line += 1;
                i += 1;
            }
            '/' if at(i + 1) == Some('/') => {
                while at(i).is_some_and(|c| c != '\n') {
                    i += 1;
                }
            }
            '/' if at(i + 1) == Some('*') => {
                i += 2;
                while at(i).is_some() && !(at(i) == Some('*') && at(i + 1) == Some('/')) {
                    if at(i) == Some('\n') {
                        line += 1;
                    }
                    i += 1;
                }
                i += 2;
            }
            '\'' => {
                // A char literal ('x', '\'', '"', '\u{a0}') or a lifetime.
                if at(i + 1) == Some('\\') {
                    i += 2;
                    while at(i).is_some_and(|c| c != '\'') {
                        i += 1;
                    }
                    i += 1;
                } else if at(i + 2) == Some('\'') {
                    i += 3;
                } else {
                    i += 1;
                }
            }
            'r' if matches!(at(i + 1), Some('"' | '#'))
                && i.checked_sub(1)
                    .and_then(at)
                    .is_none_or(|p| !p.is_alphanumeric() && p != '_') =>
            {
                let mut j = i + 1;
                let mut hashes = 0;
                while at(j) == Some('#') {
                    hashes += 1;
                    j += 1;
                }
                if at(j) != Some('"') {
                    i += 1;
                    continue;
                }
                let (start_line, offset) = (line, bytes[i].0);
                j += 1;
                let mut value = String::new();
                loop {
                    match at(j) {
                        None => break,
                        Some('"') if (1..=hashes).all(|k| at(j + k) == Some('#')) => {
                            j += 1 + hashes;
                            break;
                        }
                        Some(c) => {
                            if c == '\n' {
                                line += 1;
                            }
                            value.push(c);
                            j += 1;
                        }
                    }
                }
                out.push(Literal {
                    line: start_line,
                    offset,
                    end: bytes.get(j).map_or(src.len(), |b| b.0),
                    value,
                });
                i = j;
            }
            '"' => {
                let (start_line, offset) = (line, bytes[i].0);
                let mut value = String::new();
                i += 1;
                while let Some(c) = at(i) {
                    i += 1;
                    match c {
                        '"' => break,
                        '\\' => {
                            let e = at(i).unwrap_or(' ');
                            i += 1;
                            match e {
                                'n' => value.push('\n'),
                                't' => value.push('\t'),
                                'r' => value.push('\r'),
                                '0' => value.push('\0'),
                                'u' => {
                                    let mut hex = String::new();
                                    i += 1; // the '{'
                                    while let Some(h) = at(i) {
                                        i += 1;
                                        if h == '}' {
                                            break;
                                        }
                                        hex.push(h);
                                    }
                                    let code = u32::from_str_radix(&hex, 16).expect("\\u{…}");
                                    value.push(char::from_u32(code).expect("a char"));
                                }
                                '\n' => {
                                    // A line continuation: the next line's
                                    // leading whitespace is not in the text.
                                    line += 1;
                                    while at(i).is_some_and(char::is_whitespace) {
                                        if at(i) == Some('\n') {
                                            line += 1;
                                        }
                                        i += 1;
                                    }
                                }
                                other => value.push(other),
                            }
                        }
                        '\n' => {
                            line += 1;
                            value.push('\n');
                        }
                        c => value.push(c),
                    }
                }
                out.push(Literal {
                    line: start_line,
                    offset,
                    end: bytes.get(i).map_or(src.len(), |b| b.0),
                    value,
                });
            }
            _ => i += 1,
        }
    }
    out
}

/// The language of each literal of a text table: by the file (`fr.rs`,
/// `en.rs`) or by the `pub const FR` / `pub const EN` it is in.
fn table_texts(name: &str, src: &str) -> Vec<(Lang, Literal)> {
    let marks: Vec<(usize, Lang)> = src
        .match_indices("const FR")
        .map(|(i, _)| (i, Lang::Fr))
        .chain(src.match_indices("const EN").map(|(i, _)| (i, Lang::En)))
        .collect();
    let by_file = match name {
        "fr.rs" => Some(Lang::Fr),
        "en.rs" => Some(Lang::En),
        _ => None,
    };
    literals(src)
        .into_iter()
        .filter_map(|lit| {
            let lang = by_file.or_else(|| {
                marks
                    .iter()
                    .filter(|(i, _)| *i < lit.offset)
                    .max_by_key(|(i, _)| *i)
                    .map(|(_, l)| *l)
            })?;
            Some((lang, lit))
        })
        .collect()
}

/// The `l("français", "English")` pairs of a catalogue file (and the
/// channels' `c("key", "français", "English", …)`, the examples'
/// `("français", "English")` tuples).
fn catalogue_texts(src: &str) -> Vec<(Lang, Literal)> {
    let lits = literals(src);
    let mut out = Vec::new();
    for (call, skip) in [("l(", 0), ("c(", 1), ("(", 0)] {
        for (i, _) in src.match_indices(call) {
            let starts_word = src[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric() && c != '_');
            if !starts_word || !src[i + call.len()..].trim_start().starts_with('"') {
                continue;
            }
            let mut after = lits.iter().filter(|l| l.offset > i).skip(skip);
            if let (Some(fr), Some(en)) = (after.next(), after.next()) {
                // A tuple is a pair when the second text closes it.
                let closes = src[en.end..]
                    .trim_start()
                    .trim_start_matches(',')
                    .trim_start()
                    .starts_with(')');
                if call == "(" && !closes {
                    continue;
                }
                out.push((Lang::Fr, copy(fr)));
                out.push((Lang::En, copy(en)));
            }
        }
    }
    out
}

fn copy(l: &Literal) -> Literal {
    Literal {
        line: l.line,
        offset: l.offset,
        end: l.end,
        value: l.value.clone(),
    }
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every broken rule of `texts`, one line each, with its file and line.
fn report(file: &str, texts: &[(Lang, Literal)]) -> Vec<String> {
    texts
        .iter()
        .flat_map(|(lang, lit)| {
            violations(&lit.value, *lang)
                .into_iter()
                .map(move |Violation { rule, at }| {
                    format!("{file}:{} ({lang:?}) {rule}: {at:?}", lit.line)
                })
        })
        .collect()
}

#[test]
fn every_text_of_the_tables_follows_the_typography() {
    let dir = root().join("src/i18n");
    let mut problems = Vec::new();
    let mut counts = (0, 0);
    for entry in fs::read_dir(&dir).expect("src/i18n") {
        let path = entry.expect("an entry").path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        // typo.rs holds the rules and, in its tests, texts that break them.
        if path.extension().is_none_or(|e| e != "rs") || name == "typo.rs" {
            continue;
        }
        let src = fs::read_to_string(&path).expect("a source file");
        let texts = table_texts(&name, &src);
        counts.0 += texts.iter().filter(|(l, _)| *l == Lang::Fr).count();
        counts.1 += texts.iter().filter(|(l, _)| *l == Lang::En).count();
        problems.extend(report(&format!("src/i18n/{name}"), &texts));
    }
    // The reading itself works: the tables hold hundreds of texts.
    assert!(counts.0 > 500 && counts.1 > 500, "texts read: {counts:?}");
    assert!(
        problems.is_empty(),
        "{} typography faults:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_text_of_the_catalogue_and_the_examples_follows_the_typography() {
    let mut problems = Vec::new();
    let mut count = 0;
    for file in [
        "src/domain/catalogue/mod.rs",
        "src/domain/catalogue/kpis.rs",
        "src/domain/catalogue/strategy.rs",
        "src/domain/budget/channels.rs",
        "src/domain/budget/csv.rs",
        "src/domain/forecast/mod.rs",
        "src/domain/forecast/bench.rs",
        "src/domain/examples/shop.rs",
        "src/domain/examples/services.rs",
        "src/domain/examples/restaurant.rs",
        "src/domain/templates/library.rs",
        "src/domain/starters/mod.rs",
        "src/domain/starters/restaurant.rs",
        "src/domain/starters/local_shop.rs",
        "src/domain/starters/online_shop.rs",
        "src/domain/starters/b2b.rs",
        "src/domain/starters/health.rs",
        "src/domain/starters/trades.rs",
    ] {
        let src = fs::read_to_string(root().join(file)).expect(file);
        let texts = catalogue_texts(&src);
        count += texts.len();
        problems.extend(report(file, &texts));
    }
    // The catalogue, the examples, the typical actions and the six sector
    // starters, in both languages.
    assert!(count > 1_000, "texts read: {count}");
    assert!(
        problems.is_empty(),
        "{} typography faults:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_reader_resolves_escapes_and_skips_comments() {
    let src = r##"
        // "not a text : here"
        /// "nor here"
        const FR: X = X { a: "Non enregistré\u{202f}: {why}", b: 'x', c: '"', d: &'static str,
            e: "ligne \
                suivante", f: r#"brut "cité""#, g: "\"q\"" };
        const EN: X = X { a: "Not saved: {why}" };
    "##;
    let texts = table_texts("x.rs", src);
    let values: Vec<(Lang, &str)> = texts.iter().map(|(l, t)| (*l, t.value.as_str())).collect();
    assert_eq!(
        values,
        [
            (Lang::Fr, "Non enregistré\u{202f}: {why}"),
            (Lang::Fr, "ligne suivante"),
            (Lang::Fr, "brut \"cité\""),
            (Lang::Fr, "\"q\""),
            (Lang::En, "Not saved: {why}"),
        ]
    );
    assert_eq!(texts[1].1.line, 5);
    assert!(report("x.rs", &texts).is_empty());
    let broken = table_texts(
        "fr.rs",
        r#"const FR: X = X { a: "Non enregistré : {why}" };"#,
    );
    assert_eq!(report("fr.rs", &broken).len(), 1);
}

/// The `.rs` files under `dir`, recursively.
fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("a folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The views hold no text of their own (texts live in `src/i18n`), but a
/// separator or a format string can still carry French spacing into both
/// languages ("Total budget : CHF 40,000.00" on the English slides): a
/// space before `:` `;` `!` `?`, or a "(s)" plural, is wrong in either.
#[test]
fn no_view_writes_a_space_before_a_colon_or_a_plural_in_brackets() {
    let mut files = Vec::new();
    rust_files(&root().join("src/ui"), &mut files);
    let mut problems = Vec::new();
    for path in files {
        let src = fs::read_to_string(&path).expect("a source file");
        for lit in literals(&src) {
            let v = &lit.value;
            let spaced = [" :", " ;", " !", " ?"].iter().any(|p| v.contains(p));
            if spaced || v.contains("(s)") {
                let file = path.strip_prefix(root()).unwrap_or(&path);
                let file = file.to_string_lossy().replace('\\', "/");
                problems.push(format!("{file}:{} {v:?}", lit.line));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A percent sign follows a number as each language writes it, and the
/// views ask `typo::percent_suffix` for it rather than spelling it.
#[test]
fn a_percent_sign_is_spaced_in_one_place() {
    use cap::i18n::typo::percent_suffix;
    assert_eq!(format!("12,5{}", percent_suffix(Lang::Fr)), "12,5\u{a0}%");
    assert_eq!(format!("12.5{}", percent_suffix(Lang::En)), "12.5%");
    for lang in [Lang::Fr, Lang::En] {
        let text = format!("12{}", percent_suffix(lang));
        assert_eq!(violations(&text, lang), Vec::<Violation>::new(), "{text:?}");
    }
    let mut files = Vec::new();
    rust_files(&root().join("src/ui"), &mut files);
    let mut spelled = Vec::new();
    for path in files {
        let src = fs::read_to_string(&path).expect("a source file");
        for lit in literals(&src) {
            if lit.value == "\u{a0}%" || lit.value == "\u{202f}%" {
                let file = path.strip_prefix(root()).unwrap_or(&path);
                spelled.push(format!("{}:{}", file.to_string_lossy(), lit.line));
            }
        }
    }
    assert!(spelled.is_empty(), "{}", spelled.join("\n"));
}
