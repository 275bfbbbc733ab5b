//! Files the publisher reads and writes: the project's folder, content
//! hashes, and writes that never leave half a file.

use crate::error::{io_at, Result};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

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

pub fn read_text(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(io_at(path))
}

pub fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(io_at(path))
}

/// The temporary name `path` is written under before it is renamed: of
/// this process and this write, so that two writes of one file, in two
/// processes or two threads, never share one.
fn temporary_name(path: &Path, write: u64) -> PathBuf {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    path.with_file_name(format!(".{name}.{}-{write}.tmp", std::process::id()))
}

/// A number for each set of writes of this process.
fn next_write() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static WRITES: AtomicU64 = AtomicU64::new(0);
    WRITES.fetch_add(1, Ordering::Relaxed)
}

/// Writes `contents` to `path` through a temporary file in the same folder
/// and a rename, so that `path` is always whole: the old file or the new.
pub fn write(path: &Path, contents: impl AsRef<[u8]>) -> Result<()> {
    write_all(&[(path.to_path_buf(), contents)])
}

/// Writes each file through a temporary one, as [`write`] does, and renames
/// them only once all are written: a failed write leaves every file as it
/// was, and the renames that follow take microseconds, so a set of files
/// (a story's) is left old or new, not half of each.
pub fn write_all(files: &[(PathBuf, impl AsRef<[u8]>)]) -> Result<()> {
    let write = next_write();
    let remove_temporaries = || {
        for (path, _) in files {
            let _ = std::fs::remove_file(temporary_name(path, write));
        }
    };
    for (path, contents) in files {
        if let Err(e) = std::fs::write(temporary_name(path, write), contents) {
            remove_temporaries();
            return Err(io_at(path)(e));
        }
    }
    for (path, _) in files {
        if let Err(e) = std::fs::rename(temporary_name(path, write), path) {
            remove_temporaries();
            return Err(io_at(path)(e));
        }
    }
    Ok(())
}

/// A new folder of its own in the system's temporary folder.
pub fn temporary_dir(name: &str) -> Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!("{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(io_at(&dir))?;
    Ok(dir)
}

/// The names of the files directly in `dir`, sorted.
pub fn file_names(dir: &Path) -> Result<Vec<String>> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(io_at(dir))?
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
    use crate::error::ErrorKind;

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
        let error = write_all(&files).unwrap_err();
        assert!(matches!(error.kind, ErrorKind::Io(_)));
        assert_eq!(error.path, Some(dir.join("missing/b.txt")));
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
}
