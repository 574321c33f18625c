//! Standard output and error that a closed reader does not break. `orgpolicy audit | head -1`
//! closes stdout early; the command still runs to the end and exits with the status it would
//! have had (audit's 1 stays 1), writing nothing more. Rust ignores SIGPIPE, so a closed pipe
//! shows up as `BrokenPipe` on write: that is swallowed here, and only here, so that a broken
//! pipe anywhere else (a database socket) stays an error.

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

/// Standard output; writes after its reader went away are dropped.
pub struct Stdout;

pub fn stdout() -> Stdout {
    Stdout
}

/// Whether stdout's reader went away during this run.
pub fn stdout_closed() -> bool {
    STDOUT_CLOSED.load(Ordering::Relaxed)
}

fn swallow_closed<T>(result: io::Result<T>, dropped: T) -> io::Result<T> {
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
            STDOUT_CLOSED.store(true, Ordering::Relaxed);
            Ok(dropped)
        }
        other => other,
    }
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if stdout_closed() {
            return Ok(buf.len());
        }
        swallow_closed(io::stdout().lock().write(buf), buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if stdout_closed() {
            return Ok(());
        }
        swallow_closed(io::stdout().lock().flush(), ())
    }
}

/// One line on stderr; a closed stderr loses it rather than panicking as `eprintln!` does.
pub fn stderr_line(text: impl std::fmt::Display) {
    let _ = writeln!(io::stderr().lock(), "{text}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_broken_pipe_is_swallowed() {
        let closed = io::Error::from(io::ErrorKind::BrokenPipe);
        assert_eq!(swallow_closed(Err(closed), 7).unwrap(), 7);
        assert!(stdout_closed());
        let reset = io::Error::from(io::ErrorKind::ConnectionReset);
        assert!(swallow_closed::<usize>(Err(reset), 7).is_err());
        STDOUT_CLOSED.store(false, Ordering::Relaxed);
    }
}
