//! Step 5: the static site, from the crate's `index.html` (Trunk's format,
//! which `make run` reads too) and the built modules in the staging folder.
//!
//! - `<link data-trunk rel="rust">` becomes the module script that starts the
//!   app, with preloads of everything the first screen needs: the main
//!   module's JavaScript, the split loader it imports, and its wasm;
//! - `rel="css"` files are copied under hashed names, with their integrity;
//! - `rel="copy-file"` files are copied under their own names (the manifest
//!   and the service worker name them);
//! - `<base data-trunk-public-url>` gets the public URL;
//! - `<!-- csp -->` becomes a Content-Security-Policy allowing only the
//!   app's own resources, the inline script by its hash;
//! - `sw.js` gets the list of files to keep offline and a version made from
//!   their content, so a new build replaces the old cache on the next visit;
//! - `404.html`, a copy of index.html: static hosts answer unknown paths
//!   with it, so deep links and reloads open the app.

use std::{fs, path::Path};

use base64::{engine::general_purpose::STANDARD, Engine as _};
use sha2::{Digest, Sha256, Sha384};

use crate::{split::Split, Error};

pub struct Build<'a> {
    pub krate: &'a Path,
    pub index: String,
    /// Holds the main wasm as `<bin>_bg.wasm` and the chunks.
    pub staging: &'a Path,
    pub public_url: &'a str,
    pub bin: &'a str,
    /// wasm-bindgen's JavaScript for the main module.
    pub js: String,
    pub split: Option<&'a Split>,
}

/// One `<link data-trunk ...>` tag: where it is and its attributes.
struct Tag {
    start: usize,
    end: usize,
    attrs: Vec<(String, String)>,
}

impl Tag {
    fn get(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The `data-trunk` link tags of an index.html, in order.
fn tags(html: &str) -> Result<Vec<Tag>, Error> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = html[from..].find("<link data-trunk") {
        let start = from + at;
        let end = start
            + html[start..]
                .find('>')
                .ok_or("an unclosed <link data-trunk")?
            + 1;
        let inner = html[start + "<link data-trunk".len()..end - 1].trim_end_matches('/');
        let mut attrs = Vec::new();
        let mut rest = inner.trim();
        while !rest.is_empty() {
            let (name, after) = rest.split_once('=').ok_or("an attribute without a value")?;
            let after = after
                .strip_prefix('"')
                .ok_or("an attribute value without quotes")?;
            let (value, after) = after.split_once('"').ok_or("an unclosed attribute value")?;
            attrs.push((name.trim().to_string(), value.to_string()));
            rest = after.trim();
        }
        out.push(Tag { start, end, attrs });
        from = end;
    }
    Ok(out)
}

/// The binary the rust link names (`data-bin`), whose wasm-opt level
/// must be the `-Oz` this build runs.
pub fn rust_bin(index: &str) -> Result<String, Error> {
    let found = tags(index)?;
    let rust = found
        .iter()
        .find(|t| t.get("rel") == Some("rust"))
        .ok_or("index.html has no <link data-trunk rel=\"rust\">")?;
    if rust.get("data-wasm-opt").is_some_and(|o| o != "z") {
        return Err("index.html: this build runs wasm-opt -Oz only (data-wasm-opt=\"z\")".into());
    }
    Ok(rust
        .get("data-bin")
        .ok_or("index.html: the rust link names no data-bin")?
        .to_string())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A name that changes with the content: 16 hex digits of its sha256.
fn content_hash(parts: &[&[u8]]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p);
    }
    hex(&h.finalize())[..16].to_string()
}

/// Subresource integrity, as browsers check it.
fn integrity(data: &[u8]) -> String {
    format!("sha384-{}", STANDARD.encode(Sha384::digest(data)))
}

/// Finishes the site in `b.staging`; returns what it made, in a few words.
pub fn finish(b: &Build) -> Result<String, Error> {
    let url = b.public_url;
    let staging = b.staging;

    // The main module under a hashed name; the split loader told that name.
    let wasm = fs::read(staging.join(format!("{}_bg.wasm", b.bin)))?;
    let hashed = format!("{}-{}", b.bin, content_hash(&[&wasm, b.js.as_bytes()]));
    let (js_name, wasm_name) = (format!("{hashed}.js"), format!("{hashed}_bg.wasm"));
    fs::rename(
        staging.join(format!("{}_bg.wasm", b.bin)),
        staging.join(&wasm_name),
    )?;
    fs::write(staging.join(&js_name), &b.js)?;
    let mut preloads = vec![format!(
        r#"<link rel="modulepreload" href="{url}{js_name}" crossorigin="anonymous" integrity="{}">"#,
        integrity(b.js.as_bytes())
    )];
    if let Some(split) = b.split {
        let dir = split.main.parent().ok_or("the split folder")?;
        let loader = fs::read_to_string(dir.join(&split.loader))?
            .replace(crate::split::MAIN_JS, &format!("./{js_name}"));
        if !b.js.contains(&split.loader) {
            return Err(format!("{js_name} does not import {}", split.loader).into());
        }
        fs::write(staging.join(&split.loader), &loader)?;
        // Imported by the main module: preloaded beside it, it comes in
        // parallel instead of a round trip after the main module is parsed.
        preloads.push(format!(
            r#"<link rel="modulepreload" href="{url}{}" crossorigin="anonymous" integrity="{}">"#,
            split.loader,
            integrity(loader.as_bytes())
        ));
    }
    preloads.push(format!(
        r#"<link rel="preload" href="{url}{wasm_name}" crossorigin="anonymous" integrity="{}" as="fetch" type="application/wasm">"#,
        integrity(&wasm)
    ));

    // index.html's data-trunk tags, last to first so offsets hold.
    let mut html = b.index.clone();
    for tag in tags(&b.index)?.iter().rev() {
        let href = tag.get("href");
        let with = match (tag.get("rel"), href) {
            (Some("rust"), _) => {
                let start = format!(
                    "<script type=\"module\">\nimport init from '{url}{js_name}';\nawait init({{ module_or_path: '{url}{wasm_name}' }});\n</script>"
                );
                // The preloads here, before the stylesheets: an inline
                // script after them would wait for them to load. The early
                // fetches after the main module's, so its requests go first.
                if let (Some(early), Some(split)) = (tag.get("data-early-fetch"), b.split) {
                    preloads.push(early_fetch(early, split, url)?);
                }
                preloads.push(start);
                preloads.join("\n  ")
            }
            (Some("css"), Some(href)) => {
                let data = fs::read(b.krate.join(href)).map_err(|e| format!("{href}: {e}"))?;
                let stem = Path::new(href)
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .ok_or(href)?;
                let name = format!("{stem}-{}.css", content_hash(&[&data]));
                fs::write(staging.join(&name), &data)?;
                format!(
                    r#"<link rel="stylesheet" href="{url}{name}" integrity="{}"/>"#,
                    integrity(&data)
                )
            }
            (Some("copy-file"), Some(href)) => {
                let name = Path::new(href).file_name().ok_or(href)?;
                fs::copy(b.krate.join(href), staging.join(name))
                    .map_err(|e| format!("{href}: {e}"))?;
                String::new()
            }
            _ => {
                return Err(format!(
                    "index.html: a data-trunk link this build does not know: {}",
                    &b.index[tag.start..tag.end]
                )
                .into())
            }
        };
        html.replace_range(tag.start..tag.end, &with);
    }
    html = html.replace(
        "<base data-trunk-public-url>",
        &format!("<base href=\"{url}\">"),
    );
    let csp = html.contains("<!-- csp -->");
    if csp {
        html = html.replace("<!-- csp -->", &policy(&html));
    }
    fs::write(staging.join("index.html"), &html)?;

    let offline = service_worker(staging)?;
    fs::write(staging.join("404.html"), &html)?;
    let chunks = b.split.map_or(0, |s| s.chunks.len());
    Ok(format!(
        "{} files{}{}{}",
        fs::read_dir(staging)?.count(),
        if chunks > 0 {
            format!(", {chunks} page chunks")
        } else {
            String::new()
        },
        offline.map_or(String::new(), |n| format!(", {n} kept offline")),
        if csp { ", CSP set" } else { "" },
    ))
}

/// A script that starts fetching the split modules the URL's page needs
/// while the main module loads, instead of after it runs. `early` maps a
/// path segment to a module (`data-early-fetch="share:present plan:plan"`):
/// each segment of the path that names one fetches that module's files
/// into `capEarly`, where the split loader takes them (`takeEarly`).
fn early_fetch(early: &str, split: &Split, url: &str) -> Result<String, Error> {
    let mut map = Vec::new();
    for pair in early.split_whitespace() {
        let (segment, module) = pair
            .split_once(':')
            .ok_or(format!("data-early-fetch: {pair} is not segment:module"))?;
        let files = split
            .modules
            .iter()
            .find(|(name, _)| name == module)
            .map(|(_, files)| files)
            .ok_or(format!("data-early-fetch: no split module {module}"))?;
        let list: Vec<String> = files.iter().map(|f| format!("{f:?}")).collect();
        map.push(format!("[{segment:?},[{}]]", list.join(",")));
    }
    Ok(format!(
        "<script>\n{{const early = new Map([{}]), asked = globalThis.capEarly = new Map();\n\
         for (const s of location.pathname.split(\"/\")) for (const f of early.get(s) || []) {{\n\
         const url = new URL({:?} + f, location.href);\n\
         if (!asked.has(url.href)) asked.set(url.href, fetch(url));\n}}}}\n</script>",
        map.join(","),
        url
    ))
}

/// A `<meta>` Content-Security-Policy: the app's own files, and its inline
/// scripts by their sha256.
fn policy(html: &str) -> String {
    let mut inline = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("<script") {
        let open_end = at + rest[at..].find('>').unwrap_or(0) + 1;
        let close = rest[open_end..]
            .find("</script>")
            .map_or(rest.len(), |c| open_end + c);
        if !rest[at..open_end].contains("src=") {
            let hash = STANDARD.encode(Sha256::digest(&rest.as_bytes()[open_end..close]));
            inline.push(format!("'sha256-{hash}'"));
        }
        rest = &rest[close..];
    }
    let policy = [
        "default-src 'none'".to_string(),
        format!("script-src 'self' 'wasm-unsafe-eval' {}", inline.join(" "))
            .trim()
            .to_string(),
        "style-src 'self'".into(),
        // Leptos sets style="" attributes (bar widths, positions).
        "style-src-attr 'unsafe-inline'".into(),
        "img-src 'self' data: blob:".into(),
        // The sync's CouchDB server: https anywhere, http on this machine.
        "connect-src 'self' https: http://localhost:* http://127.0.0.1:*".into(),
        "manifest-src 'self'".into(),
        "worker-src 'self'".into(),
        "base-uri 'self'".into(),
        "form-action 'none'".into(),
    ]
    .join("; ");
    format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">")
}

/// Writes sw.js's file list and version, when the site has a service
/// worker; returns how many files it keeps.
fn service_worker(staging: &Path) -> Result<Option<usize>, Error> {
    let path = staging.join("sw.js");
    if !path.exists() {
        return Ok(None);
    }
    let mut files: Vec<String> = fs::read_dir(staging)?
        .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect::<Result<_, _>>()?;
    files.retain(|f| f != "sw.js" && f != "404.html");
    files.sort();
    let mut version = Sha256::new();
    for f in &files {
        version.update(f.as_bytes());
        version.update(fs::read(staging.join(f))?);
    }
    let list: Vec<String> = files.iter().map(|f| format!("{f:?}")).collect();
    let sw = fs::read_to_string(&path)?;
    if !sw.contains("\"__CAP_VERSION__\"") || !sw.contains("[\"__CAP_FILES__\"]") {
        return Err("sw.js lacks the __CAP_VERSION__ or __CAP_FILES__ placeholder".into());
    }
    let sw = sw
        .replace(
            "\"__CAP_VERSION__\"",
            &format!("{:?}", &hex(&version.finalize())[..16]),
        )
        .replace("[\"__CAP_FILES__\"]", &format!("[{}]", list.join(",")));
    fs::write(&path, sw)?;
    Ok(Some(files.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = r#"<head>
  <link data-trunk rel="rust" data-wasm-opt="z" data-bin="cap">
  <link data-trunk rel="css" href="style/main.css"/>
</head>"#;

    #[test]
    fn reads_the_data_trunk_links_and_their_attributes() {
        let found = tags(INDEX).unwrap();
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].get("rel"), Some("rust"));
        assert_eq!(found[0].get("data-wasm-opt"), Some("z"));
        assert_eq!(found[1].get("href"), Some("style/main.css"));
        assert_eq!(
            &INDEX[found[1].start..found[1].end],
            r#"<link data-trunk rel="css" href="style/main.css"/>"#
        );
        assert_eq!(rust_bin(INDEX).unwrap(), "cap");
        assert!(rust_bin("<head></head>").is_err());
        assert!(tags(r#"<link data-trunk rel=css>"#).is_err());
    }

    #[test]
    fn a_page_module_is_fetched_early_when_the_path_names_it() {
        let split = Split {
            main: "main.wasm".into(),
            loader: "cap-split-h.js".into(),
            modules: vec![(
                "present".into(),
                vec!["split_present-h.wasm".into(), "chunk_6-h.wasm".into()],
            )],
            chunks: vec![],
        };
        let script = early_fetch("share:present present:present", &split, "/cap/").unwrap();
        assert!(script.contains(r#"new Map([["share",["split_present-h.wasm","chunk_6-h.wasm"]],["present",["split_present-h.wasm","chunk_6-h.wasm"]]])"#));
        assert!(script.contains(r#"const url = new URL("/cap/" + f, location.href);"#));
        assert!(script.contains("asked.set(url.href, fetch(url))"));
        assert!(early_fetch("share:plan", &split, "/").is_err());
        assert!(early_fetch("share", &split, "/").is_err());
    }

    #[test]
    fn the_policy_allows_inline_scripts_by_their_hash_only() {
        let html = "<script type=\"module\">go()</script><script src=\"/x.js\"></script>";
        let meta = policy(html);
        let hash = STANDARD.encode(Sha256::digest(b"go()"));
        assert!(meta.contains(&format!(
            "script-src 'self' 'wasm-unsafe-eval' 'sha256-{hash}';"
        )));
        assert_eq!(meta.matches("'sha256-").count(), 1);
        assert!(
            meta.contains("default-src 'none'") && !meta.contains("unsafe-inline';")
                || meta.contains("style-src-attr 'unsafe-inline'")
        );
    }
}
