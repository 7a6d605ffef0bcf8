//! Writing files all or nothing, without following links.
//!
//! Every file is written whole into a temporary place beside its destination and then
//! renamed onto it: a failure part way (a full disk, a name the system refuses) leaves
//! the destination as it was, and `rename` replaces a link planted at the destination
//! rather than writing through it to its target. The folders and files the user names
//! on the command line are taken as named; nothing inside an output folder is followed.

use std::collections::BTreeSet;
use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::terminal::shown;
use crate::Fail;

/// The longest file name written, in bytes, before its extension (systems allow 255;
/// a body's name can be longer than that).
pub(crate) const MAX_NAME_BYTES: usize = 100;

/// `name` cut to at most `max` bytes on a character boundary, without a trailing `-`.
pub(crate) fn capped(name: &str, max: usize) -> &str {
    let mut end = name.len().min(max);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    name.get(..end).unwrap_or_default().trim_end_matches('-')
}

/// What happened to one destination.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Change {
    /// A new file.
    Wrote(PathBuf),
    /// A file was there and is replaced.
    Replaced(PathBuf),
    /// A symbolic link was there: the link is replaced, its target untouched.
    ReplacedLink(PathBuf),
    /// A file of an earlier export, not written this time, is removed.
    Removed(PathBuf),
}

impl Change {
    /// The line saying so.
    pub(crate) fn line(&self) -> String {
        match self {
            Self::Wrote(p) => format!("wrote {}", shown(&p.display().to_string())),
            Self::Replaced(p) => format!("replaced {}", shown(&p.display().to_string())),
            Self::ReplacedLink(p) => format!(
                "replaced the link {} (its target is untouched)",
                shown(&p.display().to_string())
            ),
            Self::Removed(p) => format!(
                "removed {} (from an earlier export)",
                shown(&p.display().to_string())
            ),
        }
    }
}

fn cannot(what: &str, path: &Path, e: &std::io::Error) -> Fail {
    Fail::output(format!("cannot {what} {}: {e}", path.display()))
}

/// What is at `path` now, without following a link there.
fn existing(path: &Path) -> Option<fs::FileType> {
    fs::symlink_metadata(path).ok().map(|m| m.file_type())
}

/// Files for one folder, written into a hidden temporary folder inside it and moved
/// into place only when every one is written.
pub(crate) struct Staged {
    dir: PathBuf,
    temp: tempfile::TempDir,
    names: Vec<String>,
    /// The input file, never replaced (`export plan.docx --to docx -o .`).
    input: Option<PathBuf>,
}

impl Staged {
    /// Creates `dir` if needed, and the temporary folder inside it.
    pub(crate) fn new(dir: &Path) -> Result<Self, Fail> {
        fs::create_dir_all(dir).map_err(|e| cannot("create", dir, &e))?;
        let temp = tempfile::Builder::new()
            .prefix(".hoinghi-")
            .tempdir_in(dir)
            .map_err(|e| cannot("write into", dir, &e))?;
        Ok(Self {
            dir: dir.to_owned(),
            temp,
            names: Vec::new(),
            input: None,
        })
    }

    /// Refuses, at commit, to replace `input` (the file the plan was read from).
    pub(crate) fn keeping(mut self, input: &Path) -> Self {
        self.input = fs::canonicalize(input).ok();
        self
    }

    /// Writes the file `name` (a plain name, no folders) into the temporary folder.
    pub(crate) fn write(&mut self, name: &str, bytes: &[u8]) -> Result<(), Fail> {
        let path = self.temp.path().join(name);
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(|e| cannot("write", &self.dir.join(name), &e))?;
        file.write_all(bytes)
            .and_then(|()| file.sync_all())
            .map_err(|e| cannot("write", &self.dir.join(name), &e))?;
        self.names.push(name.to_owned());
        Ok(())
    }

    /// Moves every file written into the folder, replacing what has the same name, and
    /// removes the files `stale` recognises (those of an earlier export) that were not
    /// written again. Nothing is moved when a destination is a folder.
    pub(crate) fn commit(self, stale: impl Fn(&str) -> bool) -> Result<Vec<Change>, Fail> {
        if let Some(input) = &self.input {
            for name in &self.names {
                let to = self.dir.join(name);
                if fs::canonicalize(&to).ok().as_ref() == Some(input) {
                    return Err(Fail::usage(format!(
                        "{} is the input: give another --out-dir",
                        to.display()
                    )));
                }
            }
        }
        let mut changes = Vec::new();
        for name in &self.names {
            let to = self.dir.join(name);
            changes.push(match existing(&to) {
                None => Change::Wrote(to),
                Some(t) if t.is_symlink() => Change::ReplacedLink(to),
                Some(t) if t.is_dir() => {
                    return Err(Fail::output(format!(
                        "cannot write {}: a folder has that name; nothing was written",
                        to.display()
                    )))
                }
                Some(_) => Change::Replaced(to),
            });
        }
        let written: BTreeSet<&str> = self.names.iter().map(String::as_str).collect();
        let mut old = Vec::new();
        for entry in fs::read_dir(&self.dir)
            .map_err(|e| cannot("read", &self.dir, &e))?
            .flatten()
        {
            let name = entry.file_name().to_string_lossy().into_owned();
            let kind = entry.file_type().ok();
            if stale(&name)
                && !written.contains(name.as_str())
                && kind.is_some_and(|k| k.is_file() || k.is_symlink())
            {
                old.push(entry.path());
            }
        }
        old.sort();
        for name in &self.names {
            let from = self.temp.path().join(name);
            let to = self.dir.join(name);
            fs::rename(&from, &to).map_err(|e| cannot("move into place", &to, &e))?;
        }
        for path in old {
            fs::remove_file(&path).map_err(|e| cannot("remove", &path, &e))?;
            changes.push(Change::Removed(path));
        }
        Ok(changes)
    }
}

/// Writes `bytes` to the file `path`: all or nothing through a temporary file beside
/// it. A link at `path` is refused (the command does not follow links, and replacing
/// one the user named, such as `/dev/stdout`, would be worse); a device or a pipe
/// (`/dev/null`, a FIFO) is written to as it is.
pub(crate) fn write_file(path: &Path, bytes: &[u8]) -> Result<Option<Change>, Fail> {
    let kind = existing(path);
    match kind {
        Some(t) if t.is_symlink() => {
            return Err(Fail::output(format!(
            "{} is a symbolic link; hoinghi does not follow links: remove it or name its target",
            path.display()
        )))
        }
        Some(t) if t.is_dir() => {
            return Err(Fail::output(format!("{} is a folder", path.display())));
        }
        Some(t) if !t.is_file() => {
            let mut file = OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(|e| cannot("write", path, &e))?;
            file.write_all(bytes)
                .map_err(|e| cannot("write", path, &e))?;
            return Ok(None);
        }
        _ => {}
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".hoinghi-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // As a file created in place would be: 0666 less the umask.
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder
        .tempfile_in(dir)
        .map_err(|e| cannot("write", path, &e))?;
    temp.write_all(bytes)
        .and_then(|()| temp.as_file().sync_all())
        .map_err(|e| cannot("write", path, &e))?;
    temp.persist(path)
        .map_err(|e| cannot("write", path, &e.error))?;
    Ok(Some(if kind.is_some() {
        Change::Replaced(path.to_owned())
    } else {
        Change::Wrote(path.to_owned())
    }))
}

/// Whether `file` could be opened (for tests of what is left behind).
#[cfg(test)]
fn readable(file: &Path) -> bool {
    fs::File::open(file).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_capped_in_bytes_on_character_boundaries() {
        assert_eq!(capped("giay-moi-01-dai-dien", 14), "giay-moi-01-da");
        assert_eq!(capped("giay-moi-01-dai", 12), "giay-moi-01");
        assert_eq!(capped("Kế hoạch", 2), "K");
        assert_eq!(capped("Kế hoạch", 3), "K");
        assert_eq!(capped("Kế hoạch", 4), "Kế");
    }

    #[test]
    #[cfg(unix)]
    fn staged_files_replace_links_and_stale_files_all_or_nothing() {
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("out");
        fs::create_dir(&out).unwrap();
        let target = root.path().join("secret.txt");
        fs::write(&target, "keep").unwrap();
        std::os::unix::fs::symlink(&target, out.join("a.txt")).unwrap();
        fs::write(out.join("old-1.txt"), "old").unwrap();
        fs::write(out.join("notes.txt"), "mine").unwrap();

        let mut staged = Staged::new(&out).unwrap();
        staged.write("a.txt", b"A").unwrap();
        staged.write("b.txt", b"B").unwrap();
        let changes = staged
            .commit(|n| n.starts_with("old-") || n == "a.txt" || n == "b.txt")
            .unwrap();
        assert_eq!(
            changes,
            [
                Change::ReplacedLink(out.join("a.txt")),
                Change::Wrote(out.join("b.txt")),
                Change::Removed(out.join("old-1.txt")),
            ]
        );
        assert_eq!(fs::read_to_string(&target).unwrap(), "keep");
        assert_eq!(fs::read_to_string(out.join("a.txt")).unwrap(), "A");
        assert!(!fs::symlink_metadata(out.join("a.txt"))
            .unwrap()
            .is_symlink());
        assert_eq!(fs::read_to_string(out.join("notes.txt")).unwrap(), "mine");
        let left: Vec<_> = fs::read_dir(&out)
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(left.len(), 3, "no temporary folder is left: {left:?}");

        // A failure before the move leaves the folder as it was.
        let mut staged = Staged::new(&out).unwrap();
        staged.write("c.txt", b"C").unwrap();
        assert!(staged.write(&"x".repeat(300), b"X").is_err());
        drop(staged);
        assert!(!readable(&out.join("c.txt")));
        assert_eq!(fs::read_dir(&out).unwrap().count(), 3);
    }

    #[test]
    #[cfg(unix)]
    fn a_named_file_is_written_whole_and_a_link_is_refused() {
        let root = tempfile::tempdir().unwrap();
        let file = root.path().join("plan.html");
        assert_eq!(
            write_file(&file, b"1").unwrap(),
            Some(Change::Wrote(file.clone()))
        );
        assert_eq!(
            write_file(&file, b"2").unwrap(),
            Some(Change::Replaced(file.clone()))
        );
        assert_eq!(fs::read_to_string(&file).unwrap(), "2");
        let link = root.path().join("link.html");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        assert!(write_file(&link, b"3").is_err());
        assert_eq!(fs::read_to_string(&file).unwrap(), "2");
        assert_eq!(write_file(Path::new("/dev/null"), b"x").unwrap(), None);
        assert_eq!(fs::read_dir(root.path()).unwrap().count(), 2);
    }
}
