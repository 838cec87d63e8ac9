//! `cap-split INPUT.wasm OUT_DIR`: splits a wasm module built with
//! `-Clink-args=--emit-relocs` at its `#[wasm_split]` points (the app's lazily
//! loaded pages) into `OUT_DIR`:
//!
//! - `main.wasm`, the module for wasm-bindgen (what a first visit runs);
//! - one `split_<name>-<h>.wasm` per split point and `chunk_<n>-<h>.wasm` for
//!   code that several of them share, fetched when a page first needs them;
//! - `cap-split-<h>.js`, the loader the main module imports them through;
//! - `manifest.json`, what `tools/postbuild.mjs` copies into the site.
//!
//! `<h>` is a digest of the input, so every file's name changes with the
//! code (hosts and the service worker cache them by name). The loader imports
//! the main module as `./__CAP_MAIN_JS__`: only Trunk knows that file's
//! hashed name, so the post-build step writes it in.
//!
//! Exits 3, writing nothing, when the input has no split point (a debug or
//! test build): the caller then runs wasm-bindgen on the input as it is.

use std::{fs, path::Path, process::ExitCode};

const PLACEHOLDER_IMPORT: &[u8] = b"__wasm_split_placeholder__";
const NO_SPLIT_POINT: u8 = 3;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, out_dir] = args.as_slice() else {
        eprintln!("usage: cap-split INPUT.wasm OUT_DIR");
        return ExitCode::from(2);
    };
    match run(Path::new(input), Path::new(out_dir)) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(NO_SPLIT_POINT),
        Err(e) => {
            eprintln!("cap-split: {e:#}");
            ExitCode::FAILURE
        }
    }
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

fn run(input: &Path, out_dir: &Path) -> Result<bool, Box<dyn std::error::Error>> {
    let wasm = fs::read(input)?;
    if !wasm
        .windows(PLACEHOLDER_IMPORT.len())
        .any(|w| w == PLACEHOLDER_IMPORT)
    {
        return Ok(false);
    }
    let h = digest(&wasm);
    if out_dir.exists() {
        fs::remove_dir_all(out_dir)?;
    }
    fs::create_dir_all(out_dir)?;
    let link = format!("cap-split-{h}.js");
    let link_name = format!("./{link}");
    let main_out = out_dir.join("main.wasm");
    let split = wasm_split_cli_support::transform({
        let mut opts = wasm_split_cli_support::Options::new(&wasm);
        opts.output_dir = out_dir;
        opts.main_out_path = &main_out;
        opts.link_name = &link_name;
        opts.main_module = "./__CAP_MAIN_JS__";
        opts
    })
    .map_err(|e| format!("{e:?}"))?;

    // Hash the chunk names and point the loader at them.
    let mut loader = fs::read_to_string(out_dir.join(&link))?;
    let mut files = Vec::new();
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
        files.push(named);
    }
    fs::write(out_dir.join(&link), loader)?;
    files.sort();
    let list: Vec<String> = files.iter().map(|f| format!("\"{f}\"")).collect();
    fs::write(
        out_dir.join("manifest.json"),
        format!(
            "{{\"hash\":\"{h}\",\"loader\":\"{link}\",\"chunks\":[{}]}}\n",
            list.join(",")
        ),
    )?;
    eprintln!("cap-split: {} chunks, loader {link}", files.len());
    Ok(true)
}
