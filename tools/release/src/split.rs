//! Step 2: splits a wasm module built with `-Clink-args=--emit-relocs` at its
//! `#[wasm_split]` points (the app's lazily loaded pages) into a folder:
//!
//! - `main.wasm`, the module for wasm-bindgen (what a first visit runs);
//! - one `split_<name>-<h>.wasm` per split point and `chunk_<n>-<h>.wasm` for
//!   code that several of them share, fetched when a page first needs them;
//! - `cap-split-<h>.js`, the loader the main module imports them through.
//!
//! `<h>` is a digest of the input, so every file's name changes with the
//! code (hosts and the service worker cache them by name). The loader
//! imports the main module as [`MAIN_JS`], written in once its hashed name
//! is known.

use std::{fs, path::Path};

use crate::Error;

/// What the loader calls the main module until the site is finished.
pub const MAIN_JS: &str = "./__CAP_MAIN_JS__";
const PLACEHOLDER_IMPORT: &[u8] = b"__wasm_split_placeholder__";

/// The split module, in the folder it was written to.
pub struct Split {
    pub main: std::path::PathBuf,
    /// The loader's file name, `cap-split-<h>.js`.
    pub loader: String,
    /// Each split module's name and the files it fetches.
    pub modules: Vec<(String, Vec<String>)>,
    /// The chunks' file names, sorted.
    pub chunks: Vec<String>,
}

/// FNV-1a, 64 bits: a name that changes with the input, not a security hash.
fn digest(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")[..12].to_string()
}

/// The loader as generated instantiates a chunk only once the chunks it
/// depends on are instantiated, and compiles it only then: each chunk is
/// made to compile as it arrives instead, all in parallel, and be
/// instantiated from that compiled module in the same order as before.
/// A chunk index.html already asked for (`capEarly`, see the site's
/// `data-early-fetch`) is taken from there, once: a retry fetches anew.
fn compile_while_fetching(loader: &str) -> Result<String, Error> {
    const GENERATED: &str = "    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));";
    const EARLY: &str = "    const compiled = WebAssembly.compileStreaming(src);
    compiled.catch(() => {});
    return async (imports) => (WebAssembly.instantiate(await compiled, imports));";
    const TAKE: &str = "
function takeEarly(url) {
    const early = globalThis.capEarly, asked = early && early.get(url.href);
    if (!asked) return fetch(url);
    early.delete(url.href);
    return asked;
}
";
    let fetchers = loader.matches("fetch(new URL(").count();
    let imports_end = loader.find(";\n").map(|i| i + 2);
    match imports_end {
        Some(end)
            if fetchers > 0
                && loader.matches(GENERATED).count() == fetchers
                && loader[..end].starts_with("import ") =>
        {
            Ok(format!(
                "{}{TAKE}{}",
                &loader[..end],
                loader[end..]
                    .replace(GENERATED, EARLY)
                    .replace("fetch(new URL(", "takeEarly(new URL(")
            ))
        }
        _ => Err("the split loader is not the one this build knows how to adjust".into()),
    }
}

/// Each split module of the loader (`present` for
/// `__wasm_split_load_present`) with the files it fetches: its own and the
/// shared chunks it depends on.
pub fn module_files(loader: &str) -> Result<Vec<(String, Vec<String>)>, Error> {
    const LOAD: &str = "makeLoad(() => {";
    let mut files = std::collections::HashMap::new();
    let mut deps = Vec::new();
    for (at, _) in loader.match_indices(LOAD) {
        let before = &loader[..at];
        let name = before
            .rfind("const ")
            .map(|c| before[c + "const ".len()..].split(' ').next().unwrap_or(""))
            .ok_or("a loader entry without a name")?;
        let after = &loader[at..];
        let file = after
            .split_once("new URL(\"./")
            .and_then(|(_, f)| f.split_once('"'))
            .map(|(f, _)| f.to_string())
            .ok_or("a loader entry without a file")?;
        let list = after
            .split_once("\n, [")
            .and_then(|(_, l)| l.split_once(']'))
            .map(|(l, _)| l)
            .ok_or("a loader entry without its dependencies")?;
        let needs: Vec<String> = list
            .split(',')
            .map(|d| d.trim().to_string())
            .filter(|d| !d.is_empty())
            .collect();
        files.insert(name.to_string(), file);
        deps.push((name.to_string(), needs));
    }
    let mut modules = Vec::new();
    for (name, needs) in deps {
        let Some(module) = name.strip_prefix("__wasm_split_load_") else {
            continue;
        };
        let mut fetched = vec![files[&name].clone()];
        for d in &needs {
            fetched.push(
                files
                    .get(d)
                    .ok_or(format!("{name} needs {d}, which the loader lacks"))?
                    .clone(),
            );
        }
        modules.push((module.to_string(), fetched));
    }
    if modules.is_empty() {
        return Err("the split loader names no module".into());
    }
    Ok(modules)
}

/// Splits `wasm` into `out_dir` (emptied first); `None` when the module has
/// no split point (a build without `--cfg cap_split`, the bench's floor).
pub fn split(wasm: &[u8], out_dir: &Path) -> Result<Option<Split>, Error> {
    if !wasm
        .windows(PLACEHOLDER_IMPORT.len())
        .any(|w| w == PLACEHOLDER_IMPORT)
    {
        return Ok(None);
    }
    let h = digest(wasm);
    if out_dir.exists() {
        fs::remove_dir_all(out_dir)?;
    }
    fs::create_dir_all(out_dir)?;
    let loader_name = format!("cap-split-{h}.js");
    let link_name = format!("./{loader_name}");
    let main = out_dir.join("main.wasm");
    let split = wasm_split_cli_support::transform({
        let mut opts = wasm_split_cli_support::Options::new(wasm);
        opts.output_dir = out_dir;
        opts.main_out_path = &main;
        opts.link_name = &link_name;
        opts.main_module = MAIN_JS;
        opts
    })
    .map_err(|e| format!("splitting the module: {e:?}"))?;

    // Hash the chunk names and point the loader at them.
    let mut loader = fs::read_to_string(out_dir.join(&loader_name))?;
    let mut chunks = Vec::new();
    for path in &split.split_modules {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .ok_or("a chunk without a name")?;
        let named = format!("{stem}-{h}.wasm");
        let quoted = format!("\"./{stem}.wasm\"");
        if !loader.contains(&quoted) {
            return Err(format!("the loader does not name {stem}.wasm").into());
        }
        loader = loader.replace(&quoted, &format!("\"./{named}\""));
        fs::rename(path, out_dir.join(&named))?;
        chunks.push(named);
    }
    let loader = compile_while_fetching(&loader)?;
    if !loader.contains(MAIN_JS) {
        return Err(format!("{loader_name} does not import the main module").into());
    }
    let modules = module_files(&loader)?;
    fs::write(out_dir.join(&loader_name), loader)?;
    chunks.sort();
    Ok(Some(Split {
        main,
        loader: loader_name,
        modules,
        chunks,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_compile_as_they_arrive() {
        let generated = "const a = makeLoad(() => {\n    const src = fetch(new URL(\"./a.wasm\", import.meta.url));\n    src.catch(() => {});\n    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));\n}, []);";
        let generated = format!("import {{ initSync }} from \"./__CAP_MAIN_JS__\";\n{generated}");
        let early = compile_while_fetching(&generated).unwrap();
        assert!(early.contains("const compiled = WebAssembly.compileStreaming(src);"));
        assert!(early.contains("const src = takeEarly(new URL(\"./a.wasm\", import.meta.url));"));
        assert!(early.starts_with(
            "import { initSync } from \"./__CAP_MAIN_JS__\";\n\nfunction takeEarly(url) {"
        ));
        assert!(early.contains("WebAssembly.instantiate(await compiled, imports)"));
        assert!(!early.contains("instantiateStreaming"));
        // A loader of another shape is refused, not shipped half adjusted.
        assert!(compile_while_fetching(&generated.replace("src.catch", "src.then")).is_err());
    }

    #[test]
    fn each_module_fetches_its_file_and_the_chunks_it_needs() {
        let entry = |name: &str, file: &str, deps: &str| {
            format!("const {name} = makeLoad(() => {{\n    const src = fetch(new URL(\"./{file}\", import.meta.url));\n}}\n, [{deps}]);\n")
        };
        let loader = [
            entry("__chunk_5", "chunk_5-h.wasm", ""),
            entry("__chunk_6", "chunk_6-h.wasm", ""),
            format!(
                "export {}",
                entry(
                    "__wasm_split_load_present",
                    "split_present-h.wasm",
                    "__chunk_5, __chunk_6"
                )
            ),
            format!(
                "export {}",
                entry("__wasm_split_load_plan", "split_plan-h.wasm", "__chunk_6")
            ),
        ]
        .concat();
        assert_eq!(
            module_files(&loader).unwrap(),
            vec![
                (
                    "present".to_string(),
                    vec![
                        "split_present-h.wasm".to_string(),
                        "chunk_5-h.wasm".into(),
                        "chunk_6-h.wasm".into()
                    ]
                ),
                (
                    "plan".to_string(),
                    vec!["split_plan-h.wasm".to_string(), "chunk_6-h.wasm".into()]
                ),
            ]
        );
        assert!(module_files(&loader.replace("[__chunk_6]", "[__chunk_9]")).is_err());
    }
}
