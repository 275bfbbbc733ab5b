//! Files the publisher reads and writes: the project's folder, content
//! hashes, and writes that never leave half a file.

use crate::error::{io_at, Result};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The project's folder, which this crate is built in: where `js/`,
/// `styles/` and `templates/` are (not `TRUNK_SOURCE_DIR`, which is the
/// folder of trunk's target, `templates/`).
pub fn source_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
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

/// The process that wrote the temporary file `name` (see
/// [`temporary_name`]), if `name` is one: `.<file>.<pid>-<write>.tmp`.
fn writer_of_temporary(name: &str) -> Option<u32> {
    let inner = name.strip_prefix('.')?.strip_suffix(".tmp")?;
    let (_, numbers) = inner.rsplit_once('.')?;
    let (pid, write) = numbers.split_once('-')?;
    write.parse::<u64>().ok()?;
    pid.parse().ok()
}

/// Whether process `pid` may still be running: this process, or one the
/// system lists. Where the system cannot tell (no `/proc`), it may be.
fn may_be_running(pid: u32) -> bool {
    let proc = Path::new("/proc");
    pid == std::process::id() || !proc.is_dir() || proc.join(pid.to_string()).exists()
}

/// Removes from `dir`, and the folders below it to `depth` levels, the
/// temporary files of writes whose process is gone: a run killed between
/// a write and its rename leaves one, which would otherwise be deployed
/// with the site. A running process's are left alone, so runs in parallel
/// lose nothing. Returns how many were removed.
pub fn remove_abandoned_temporaries(dir: &Path, depth: usize) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let name = entry.file_name();
        if kind.is_dir() && depth > 0 {
            removed += remove_abandoned_temporaries(&entry.path(), depth - 1);
        } else if kind.is_file() {
            let abandoned = name
                .to_str()
                .and_then(writer_of_temporary)
                .is_some_and(|pid| !may_be_running(pid));
            if abandoned && std::fs::remove_file(entry.path()).is_ok() {
                removed += 1;
            }
        }
    }
    removed
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
    fn temporaries_of_gone_processes_are_removed_and_running_ones_kept() {
        let dir = temporary_dir("faq-abandoned-test").unwrap();
        let story = dir.join("story");
        std::fs::create_dir_all(story.join("deeper/still")).unwrap();
        // No process has a number above Linux's largest (4,194,304).
        let gone = u32::MAX - 7;
        let own = std::process::id();
        for (folder, name) in [
            (&dir, format!(".index.html.{gone}-0.tmp")),
            (&story, format!(".faq-widget.js.{gone}-12.tmp")),
            (&story, format!(".index.html.{own}-3.tmp")),
            (&story, "notes.tmp".to_owned()),
            (&story, format!(".a.b.{gone}-x.tmp")),
            (&story.join("deeper/still"), format!(".p.bin.{gone}-1.tmp")),
        ] {
            std::fs::write(folder.join(name), "x").unwrap();
        }
        assert_eq!(
            writer_of_temporary(&format!(".a.b.c.{gone}-4.tmp")),
            Some(gone)
        );
        assert_eq!(remove_abandoned_temporaries(&dir, 1), 2);
        assert_eq!(file_names(&dir).unwrap(), Vec::<String>::new());
        assert_eq!(
            file_names(&story).unwrap(),
            [
                format!(".a.b.{gone}-x.tmp"),
                format!(".index.html.{own}-3.tmp"),
                "notes.tmp".to_owned()
            ],
            "a running process's and files of other names stay"
        );
        assert_eq!(
            remove_abandoned_temporaries(&dir, 3),
            1,
            "deeper, when asked"
        );
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
