//! Files that appear whole or not at all: written to a temporary name beside the target and
//! renamed over it once complete, so a run that fails or is cut short (a full disk, a dropped
//! connection, a kill) leaves whatever was at the path as it was and no temporary file behind.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub struct AtomicFile {
    destination: Destination,
    path: PathBuf,
}

enum Destination {
    Temp(tempfile::NamedTempFile),
    /// A path that is not a regular file (`/dev/stdout`, a pipe) is written in place:
    /// renaming over it would replace the device, and there is nothing there to keep.
    InPlace(File),
    /// `-`: standard output, as every Unix tool reads it.
    Stdout(io::Stdout),
}

/// Whether `path` names standard output (`-`).
pub fn is_stdout(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Where writing `path` lands: the file a chain of links ends at, existing or not (a link to a
/// file not made yet is followed too, so the link stays a link); else `path` itself.
fn resolved(path: &Path) -> PathBuf {
    if let Ok(target) = std::fs::canonicalize(path) {
        return target;
    }
    let mut current = path.to_path_buf();
    // As many links as the kernel follows (ELOOP past 40).
    for _ in 0..40 {
        match std::fs::read_link(&current) {
            Ok(next) => {
                current = match current.parent() {
                    Some(dir) if next.is_relative() => dir.join(next),
                    _ => next,
                }
            }
            Err(_) => return current,
        }
    }
    path.to_path_buf()
}

impl AtomicFile {
    pub fn create(path: &Path) -> io::Result<Self> {
        if is_stdout(path) {
            return Ok(Self { destination: Destination::Stdout(io::stdout()), path: path.to_path_buf() });
        }
        // A link is followed, so that the file it points at is replaced, not the link.
        let target = resolved(path);
        let destination = match std::fs::metadata(&target) {
            Ok(meta) if !meta.is_file() => Destination::InPlace(File::create(&target)?),
            _ => {
                let dir = match target.parent() {
                    Some(dir) if !dir.as_os_str().is_empty() => dir,
                    _ => Path::new("."),
                };
                Destination::Temp(tempfile::Builder::new().prefix(".orgpolicy-").tempfile_in(dir)?)
            }
        };
        Ok(Self { destination, path: target })
    }

    /// Makes the file appear at its path, synced to disk.
    pub fn commit(self) -> io::Result<()> {
        match self.destination {
            Destination::Temp(temp) => {
                temp.as_file().sync_all()?;
                temp.persist(&self.path).map_err(|e| e.error)?;
            }
            Destination::InPlace(mut file) => file.flush()?,
            Destination::Stdout(mut stdout) => stdout.flush()?,
        }
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.destination {
            Destination::Temp(temp) => temp.write(buf),
            Destination::InPlace(file) => file.write(buf),
            Destination::Stdout(stdout) => stdout.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.destination {
            Destination::Temp(temp) => temp.flush(),
            Destination::InPlace(file) => file.flush(),
            Destination::Stdout(stdout) => stdout.flush(),
        }
    }
}

/// Writes `bytes` to `path` whole or not at all.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = AtomicFile::create(path)?;
    file.write_all(bytes)?;
    file.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaced_whole_or_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        write(&path, b"first").unwrap();
        let mut unfinished = AtomicFile::create(&path).unwrap();
        unfinished.write_all(b"second, cut short").unwrap();
        drop(unfinished);
        assert_eq!(std::fs::read(&path).unwrap(), b"first");
        // Through a link: the file it points at is replaced, the link stays a link.
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&path, &link).unwrap();
        write(&link, b"third").unwrap();
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read(&path).unwrap(), b"third");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2, "no temporary file left");
        // A link to a file not made yet, through a relative chain: written at the end of it,
        // atomically, and both links stay links.
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::os::unix::fs::symlink("sub/new", dir.path().join("dangling")).unwrap();
        std::os::unix::fs::symlink("dangling", dir.path().join("chain")).unwrap();
        write(&dir.path().join("chain"), b"fourth").unwrap();
        for link in ["dangling", "chain"] {
            assert!(std::fs::symlink_metadata(dir.path().join(link)).unwrap().file_type().is_symlink(), "{link}");
        }
        assert_eq!(std::fs::read(dir.path().join("sub/new")).unwrap(), b"fourth");
        assert_eq!(std::fs::read_dir(dir.path().join("sub")).unwrap().count(), 1, "no temporary file left");
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn a_device_is_written_in_place_never_replaced() {
        use std::os::unix::fs::FileTypeExt;
        let err = write(Path::new("/dev/full"), b"x").unwrap_err();
        assert_eq!(err.raw_os_error(), Some(28), "{err}"); // ENOSPC
        assert!(std::fs::metadata("/dev/full").unwrap().file_type().is_char_device());
        write(Path::new("/dev/null"), b"x").unwrap();
        assert!(std::fs::metadata("/dev/null").unwrap().file_type().is_char_device());
    }
}
