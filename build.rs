//! Sets `CAP_BUILD_ID`: a fingerprint of the code that decides whether a
//! stored plan reads (the domain, the storage format, the locked
//! dependencies). The library listing's index (src/storage/index.rs) is tagged
//! with it, so a build that might read a stored text differently never
//! trusts what another build recorded, even when the version number is
//! unchanged.

use std::{fs, path::Path};

fn visit(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            visit(&path, files);
        } else {
            files.push(path);
        }
    }
}

fn main() {
    let mut files = Vec::new();
    for dir in ["src/domain", "src/storage"] {
        println!("cargo:rerun-if-changed={dir}");
        visit(Path::new(dir), &mut files);
    }
    println!("cargo:rerun-if-changed=Cargo.lock");
    files.push("Cargo.lock".into());
    files.sort();
    // FNV-1a over each file's path and contents.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in files {
        let bytes = fs::read(&file).unwrap_or_default();
        for b in file.to_string_lossy().bytes().chain(bytes) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    println!("cargo:rustc-env=CAP_BUILD_ID={hash:016x}");
}
