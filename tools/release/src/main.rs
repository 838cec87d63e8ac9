//! Cap's release build, top to bottom. `make build` runs it; `make run`
//! keeps Trunk's debug server.
//!
//! ```text
//! cap-release build [--crate DIR] [--out DIR] [--public-url /path/] [--names] [--target-dir DIR]
//! cap-release clippy
//! ```
//!
//! `build` makes the static site of the crate whose `index.html` is in
//! `--crate` (default `.`) into `--out` (default `<crate>/dist`):
//!
//! 1. cargo builds the wasm binary named by index.html's rust link, with
//!    [`SPLIT_RUSTFLAGS`] added to `.cargo/config.toml`'s;
//! 2. the module is split at its `#[wasm_split]` points ([`split`]);
//! 3. wasm-bindgen makes the main module's JavaScript;
//! 4. wasm-opt `-Oz` shrinks the main module and every chunk;
//! 5. the site is finished ([`site`]): hashed file names, index.html with
//!    its preloads and Content-Security-Policy, the service worker's file
//!    list, 404.html.
//!
//! `--names` keeps the wasm's function names for profiling: no split, no
//! wasm-opt; give it a `--target-dir` of its own, since its flags differ.
//! `clippy` lints the code paths only split builds compile, with
//! the same flags. The site is written beside `--out` and moved in place
//! when whole, so a failed build leaves the last one intact.

mod site;
mod split;

use std::{
    env, fs,
    path::{Path, PathBuf},
    process::{Command, ExitCode},
};

pub type Error = Box<dyn std::error::Error>;

/// The flags a release build adds to `.cargo/config.toml`'s rustflags:
/// `cap_split` makes the app's pages split points (src/ui/perf/lazy.rs), and
/// the linker keeps the relocations the splitter reads.
const SPLIT_RUSTFLAGS: &[&str] = &["--cfg", "cap_split", "-Clink-args=--emit-relocs"];
const TARGET: &str = "wasm32-unknown-unknown";

const USAGE: &str = "usage: cap-release build [--crate DIR] [--out DIR] [--public-url /path/] [--names] [--target-dir DIR] | cap-release clippy";

struct Options {
    krate: PathBuf,
    out: Option<PathBuf>,
    public_url: String,
    names: bool,
    target_dir: Option<PathBuf>,
}

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("build") => options(&args[1..]).and_then(|o| build(&o)),
        Some("clippy") if args.len() == 1 => clippy(),
        _ => Err(USAGE.into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cap-release: {e}");
            ExitCode::FAILURE
        }
    }
}

fn options(args: &[String]) -> Result<Options, Error> {
    let mut o = Options {
        krate: PathBuf::from("."),
        out: None,
        public_url: "/".into(),
        names: false,
        target_dir: None,
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = || it.next().cloned().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--crate" => o.krate = PathBuf::from(value()?),
            "--out" => o.out = Some(PathBuf::from(value()?)),
            "--public-url" => o.public_url = value()?,
            "--names" => o.names = true,
            "--target-dir" => o.target_dir = Some(PathBuf::from(value()?)),
            other => return Err(format!("unknown option {other}").into()),
        }
    }
    if !o.public_url.starts_with('/') || !o.public_url.ends_with('/') {
        return Err(format!("--public-url {} must start and end with /", o.public_url).into());
    }
    Ok(o)
}

/// Cargo for the wasm target, the split flags (when `split`) added to the
/// config's, never replacing them (a `RUSTFLAGS` in the environment would).
fn cargo(krate: &Path, verb: &str, split: bool) -> Result<Command, Error> {
    let mut cmd = Command::new(env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cmd.current_dir(krate)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .args([verb, "--locked", "--target", TARGET]);
    if split {
        let mut flags: Vec<String> = SPLIT_RUSTFLAGS.iter().map(|f| format!("{f:?}")).collect();
        flags.extend(remap_paths(krate)?.iter().map(|f| format!("{f:?}")));
        cmd.arg("--config")
            .arg(format!("target.{TARGET}.rustflags=[{}]", flags.join(",")));
    }
    Ok(cmd)
}

/// The wasm names source files in its panic locations: the checkout's and
/// cargo's folders are written as `cap` and `cargo`, so the site is the same
/// bytes, and the same size, wherever it is built.
fn remap_paths(krate: &Path) -> Result<Vec<String>, Error> {
    let cargo_home = match (env::var_os("CARGO_HOME"), env::var_os("HOME")) {
        (Some(home), _) => PathBuf::from(home),
        (None, Some(home)) => PathBuf::from(home).join(".cargo"),
        (None, None) => return Err("neither CARGO_HOME nor HOME is set".into()),
    };
    let remap = |from: PathBuf, to: &str| -> Result<String, Error> {
        let from = fs::canonicalize(&from).or_else(|_| std::path::absolute(&from))?;
        Ok(format!("--remap-path-prefix={}={to}", from.display()))
    };
    Ok(vec![
        remap(cargo_home, "cargo")?,
        remap(krate.to_path_buf(), "cap")?,
    ])
}

fn run(cmd: &mut Command) -> Result<(), Error> {
    let name = cmd.get_program().to_string_lossy().into_owned();
    let status = cmd
        .status()
        .map_err(|e| format!("{name} could not start ({e}): run `make tools`"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{name} failed ({status})").into())
    }
}

fn clippy() -> Result<(), Error> {
    // A target folder of its own: other flags would rebuild the usual one.
    let mut cmd = cargo(Path::new("."), "clippy", true)?;
    cmd.env("CARGO_TARGET_DIR", "target/split-check")
        .args(["--lib", "--", "-D", "warnings"]);
    run(&mut cmd)
}

/// The wasm-bindgen and wasm-opt on `PATH` must be the versions Trunk.toml
/// pins (the Makefile installs them): another wasm-bindgen does not match
/// the app's crate, and Debian's wasm-opt builds a site that dies at load.
fn check_tools() -> Result<(), Error> {
    let pins = fs::read_to_string("Trunk.toml")
        .map_err(|e| format!("Trunk.toml, read from the repository's root: {e}"))?;
    let pin = |key: &str| {
        pins.lines()
            .find_map(|l| {
                l.strip_prefix(key)?
                    .trim()
                    .strip_prefix('=')?
                    .trim()
                    .strip_prefix('"')?
                    .strip_suffix('"')
            })
            .ok_or(format!("Trunk.toml pins no {key}"))
    };
    let bindgen = format!("wasm-bindgen {}", pin("wasm_bindgen")?);
    let opt = format!("wasm-opt {}", pin("wasm_opt")?.replace('_', " "));
    for (tool, wanted) in [("wasm-bindgen", bindgen), ("wasm-opt", opt)] {
        let said = Command::new(tool)
            .arg("--version")
            .output()
            .map_err(|e| format!("{tool} could not start ({e}): run `make tools`"))?;
        let said = String::from_utf8_lossy(&said.stdout);
        if !said.starts_with(&wanted) {
            return Err(format!(
                "{tool} on PATH says {:?}, not {wanted:?}: run `make tools`",
                said.trim()
            )
            .into());
        }
    }
    Ok(())
}

fn build(o: &Options) -> Result<(), Error> {
    check_tools()?;
    let index = fs::read_to_string(o.krate.join("index.html"))?;
    let bin = site::rust_bin(&index)?;
    // Absolute: cargo runs in the crate's folder.
    let target_dir = std::path::absolute(match (&o.target_dir, env::var_os("CARGO_TARGET_DIR")) {
        (Some(dir), _) => dir.clone(),
        (None, Some(dir)) => PathBuf::from(dir),
        (None, None) => o.krate.join("target"),
    })?;
    let work = target_dir.join("cap-release");
    let out = o.out.clone().unwrap_or_else(|| o.krate.join("dist"));

    // 1. cargo
    let mut cmd = cargo(&o.krate, "build", !o.names)?;
    run(cmd
        .env("CARGO_TARGET_DIR", &target_dir)
        .args(["--release", "--bin", &bin]))?;
    let wasm_path = target_dir
        .join(TARGET)
        .join("release")
        .join(format!("{bin}.wasm"));
    let wasm = fs::read(&wasm_path).map_err(|e| format!("{}: {e}", wasm_path.display()))?;

    // 2. split
    let split = if o.names {
        None
    } else {
        split::split(&wasm, &work.join("split"))?
    };

    // 3. wasm-bindgen
    let bindgen = work.join("bindgen");
    if bindgen.exists() {
        fs::remove_dir_all(&bindgen)?;
    }
    let mut cmd = Command::new("wasm-bindgen");
    cmd.arg("--target=web")
        .arg(format!("--out-dir={}", bindgen.display()))
        .arg(format!("--out-name={bin}"))
        .arg("--no-typescript");
    if split.is_some() {
        // The chunks link against the main module's own exports.
        cmd.arg("--keep-lld-exports");
    }
    if o.names {
        cmd.arg("--keep-debug");
    }
    run(cmd.arg(split.as_ref().map_or(&wasm_path, |s| &s.main)))?;
    if bindgen.join("snippets").exists() {
        return Err("wasm-bindgen wrote snippets/, which this build does not copy yet".into());
    }

    // 4. wasm-opt, into the staging folder
    let staging = out.with_extension("staging");
    if staging.exists() {
        fs::remove_dir_all(&staging)?;
    }
    fs::create_dir_all(&staging)?;
    let main_wasm = staging.join(format!("{bin}_bg.wasm"));
    let bindgen_wasm = bindgen.join(format!("{bin}_bg.wasm"));
    if o.names {
        fs::copy(&bindgen_wasm, &main_wasm)?;
    } else {
        wasm_opt(&bindgen_wasm, &main_wasm)?;
    }
    if let Some(s) = &split {
        let dir = s.main.parent().ok_or("the split folder")?;
        for chunk in &s.chunks {
            wasm_opt(&dir.join(chunk), &staging.join(chunk))?;
        }
    }

    // 5. the site
    let said = site::finish(&site::Build {
        krate: &o.krate,
        index,
        staging: &staging,
        public_url: &o.public_url,
        bin: &bin,
        js: fs::read_to_string(bindgen.join(format!("{bin}.js")))?,
        split: split.as_ref(),
    })?;
    if out.exists() {
        fs::remove_dir_all(&out)?;
    }
    fs::rename(&staging, &out)?;
    println!("cap-release: {} in {}", said, out.display());
    Ok(())
}

/// `wasm-opt -Oz`, as Trunk runs it for `data-wasm-opt="z"`.
fn wasm_opt(input: &Path, output: &Path) -> Result<(), Error> {
    let run = Command::new("wasm-opt")
        .arg("-Oz")
        .arg(format!("--output={}", output.display()))
        .arg(input)
        .output()
        .map_err(|e| format!("wasm-opt could not start ({e}): run `make tools`"))?;
    // The splitter writes a name subsection wasm-opt does not know (and
    // drops): that warning, once per chunk, is left out of the log.
    let stderr = String::from_utf8_lossy(&run.stderr);
    for line in stderr.lines() {
        if !line.is_empty() && !line.starts_with("warning: unknown name subsection") {
            eprintln!("{line}");
        }
    }
    if run.status.success() {
        Ok(())
    } else {
        Err(format!("wasm-opt failed on {} ({})", input.display(), run.status).into())
    }
}
