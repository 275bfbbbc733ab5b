//! Files and tools the build steps share: the project's folder, content
//! hashes, writes that never leave half a file, terser and the packed wasm.

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The project's folder: where `js/`, `styles/` and `examples/` are.
pub fn source_dir() -> PathBuf {
    std::env::var_os("TRUNK_SOURCE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))
}

/// 16 hex digits of the SHA-256 of `bytes`: the content part of a file name.
pub fn short_hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

pub fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

pub fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// The temporary name `path` is written under before it is renamed.
fn temporary_name(path: &Path) -> PathBuf {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

/// Writes `contents` to `path` through a temporary file in the same folder
/// and a rename, so that `path` is always whole: the old file or the new.
pub fn write(path: &Path, contents: impl AsRef<[u8]>) -> Result<(), String> {
    write_all(&[(path.to_path_buf(), contents)])
}

/// Writes each file through a temporary one, as [`write`] does, and renames
/// them only once all are written: a failed write leaves every file as it
/// was, and the renames that follow take microseconds, so a set of files
/// (a story's) is left old or new, not half of each.
pub fn write_all(files: &[(PathBuf, impl AsRef<[u8]>)]) -> Result<(), String> {
    let remove_temporaries = || {
        for (path, _) in files {
            let _ = std::fs::remove_file(temporary_name(path));
        }
    };
    for (path, contents) in files {
        if let Err(e) = std::fs::write(temporary_name(path), contents) {
            remove_temporaries();
            return Err(format!("{}: {e}", path.display()));
        }
    }
    for (path, _) in files {
        if let Err(e) = std::fs::rename(temporary_name(path), path) {
            remove_temporaries();
            return Err(format!("{}: {e}", path.display()));
        }
    }
    Ok(())
}

/// A file of the project's `js/` folder.
pub fn script(name: &str) -> Result<String, String> {
    read_text(&source_dir().join("js").join(name))
}

/// Runs a tool, failing with its name and status.
pub fn run(command: &mut Command) -> Result<(), String> {
    let status = command
        .status()
        .map_err(|e| format!("{:?}: {e}", command.get_program()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{:?} failed ({status})", command.get_program()))
    }
}

/// `code` minified by terser (from npm), as a module or a classic script.
pub fn minified(code: &str, module: bool) -> Result<String, String> {
    let dir = temporary_dir("faq-terser")?;
    let (input, output) = (dir.join("in.js"), dir.join("out.js"));
    write(&input, code)?;
    let local = source_dir().join("node_modules/.bin/terser");
    let mut terser = Command::new(if local.exists() {
        local.into_os_string()
    } else {
        "terser".into()
    });
    terser
        .arg(&input)
        .args(["--compress", "passes=2", "--mangle", "--output"]);
    terser.arg(&output);
    if module {
        terser.arg("--module");
    }
    run(&mut terser)?;
    let result = read_text(&output);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

pub fn temporary_dir(name: &str) -> Result<PathBuf, String> {
    let dir = std::env::temp_dir().join(format!("{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    Ok(dir)
}

/// The wasm gzipped, then base64-encoded, for `js/unpack-wasm.js`.
pub fn packed_wasm(wasm: &[u8]) -> Result<String, String> {
    use base64::Engine as _;
    use std::io::Write as _;
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gzip.write_all(wasm).map_err(|e| e.to_string())?;
    let gzipped = gzip.finish().map_err(|e| e.to_string())?;
    Ok(base64::engine::general_purpose::STANDARD.encode(gzipped))
}

/// `value` as JSON for the inside of a `<script>` element: no `<` appears
/// raw, so nothing in it can end the element or open a comment.
pub fn script_json(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value)
        .expect("strings and lists serialize")
        .replace('<', "\\u003c")
}

/// The names of the files directly in `dir`, sorted.
pub fn file_names(dir: &Path) -> Result<Vec<String>, String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|entry| {
            let entry = entry.ok()?;
            entry.file_type().ok()?.is_file().then_some(())?;
            entry.file_name().into_string().ok()
        })
        .collect();
    names.sort();
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_leaves_no_temporary_file_and_replaces_whole() {
        let dir = temporary_dir("faq-write-test").unwrap();
        let path = dir.join("a.txt");
        write(&path, "old").unwrap();
        write(&path, "new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(file_names(&dir).unwrap(), ["a.txt"]);
        assert!(write(&dir.join("missing/b.txt"), "x").is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_set_of_files_is_left_old_when_one_cannot_be_written() {
        let dir = temporary_dir("faq-write-all-test").unwrap();
        write(&dir.join("a.txt"), "old a").unwrap();
        let files = [
            (dir.join("a.txt"), "new a"),
            (dir.join("missing/b.txt"), "new b"),
        ];
        assert!(write_all(&files).unwrap_err().contains("missing/b.txt"));
        assert_eq!(std::fs::read_to_string(dir.join("a.txt")).unwrap(), "old a");
        assert_eq!(
            file_names(&dir).unwrap(),
            ["a.txt"],
            "no temporary file left"
        );
        write_all(&[(dir.join("a.txt"), "new a"), (dir.join("c.txt"), "c")]).unwrap();
        assert_eq!(std::fs::read_to_string(dir.join("a.txt")).unwrap(), "new a");
        assert_eq!(file_names(&dir).unwrap(), ["a.txt", "c.txt"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn script_json_has_no_raw_angle_bracket() {
        let json = script_json(&"</script><!-- \u{2028}");
        assert!(!json.contains('<'));
        assert_eq!(
            serde_json::from_str::<String>(&json).unwrap(),
            "</script><!-- \u{2028}"
        );
    }
}
