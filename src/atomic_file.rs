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
}

impl AtomicFile {
    pub fn create(path: &Path) -> io::Result<Self> {
        // A link is followed, so that the file it points at is replaced, not the link.
        let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
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
        }
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.destination {
            Destination::Temp(temp) => temp.write(buf),
            Destination::InPlace(file) => file.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.destination {
            Destination::Temp(temp) => temp.flush(),
            Destination::InPlace(file) => file.flush(),
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
