//! Everything a person or a pipeline sees. Data goes to stdout (a table or one JSON document);
//! notes, warnings and errors go to stderr. Colour only on a terminal, never in JSON.

pub mod diff;
pub mod progress;
pub mod prompt;
pub mod stream;

use std::fmt::Display;
use std::io::{self, IsTerminal, Write};

use comfy_table::{presets, Attribute, Cell, Color, ContentArrangement, Table};
use serde::Serialize;

use crate::cli::{ColorChoice, Format, GlobalArgs};

/// How a value reads: good news, bad news, something to look at, or background.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Good,
    Bad,
    Warn,
    Dim,
}

impl Tone {
    fn ansi(self) -> anstyle::Style {
        use anstyle::{AnsiColor, Style};
        match self {
            Tone::Good => Style::new().fg_color(Some(AnsiColor::Green.into())),
            Tone::Bad => Style::new().fg_color(Some(AnsiColor::Red.into())),
            Tone::Warn => Style::new().fg_color(Some(AnsiColor::Yellow.into())),
            Tone::Dim => Style::new().dimmed(),
        }
    }

    fn table_color(self) -> Option<Color> {
        match self {
            Tone::Good => Some(Color::Green),
            Tone::Bad => Some(Color::Red),
            Tone::Warn => Some(Color::Yellow),
            Tone::Dim => Some(Color::DarkGrey),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Output {
    format: Format,
    color_out: bool,
    color_err: bool,
    quiet: bool,
    verbose: u8,
    stdout_is_terminal: bool,
    stderr_is_terminal: bool,
}

/// Whether to colour a stream: `--color`, then `NO_COLOR`, then whether it is a terminal.
pub fn use_color(choice: ColorChoice, is_terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            is_terminal
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var("TERM").map_or(true, |t| t != "dumb")
        }
    }
}

impl Output {
    pub fn new(global: &GlobalArgs) -> Self {
        let stdout_is_terminal = io::stdout().is_terminal();
        let stderr_is_terminal = io::stderr().is_terminal();
        let json = global.format == Format::Json;
        Self {
            format: global.format,
            color_out: !json && use_color(global.color, stdout_is_terminal),
            color_err: use_color(global.color, stderr_is_terminal),
            quiet: global.quiet,
            verbose: global.verbose,
            stdout_is_terminal,
            stderr_is_terminal,
        }
    }

    pub fn is_json(&self) -> bool {
        self.format == Format::Json
    }

    /// One JSON document on stdout.
    pub fn json<T: Serialize + ?Sized>(&self, value: &T) -> io::Result<()> {
        let mut out = io::stdout().lock();
        serde_json::to_writer_pretty(&mut out, value)?;
        writeln!(out)
    }

    /// Text on stdout as it is (a document already serialized).
    pub fn raw(&self, text: &str) -> io::Result<()> {
        io::stdout().lock().write_all(text.as_bytes())
    }

    /// A line of data on stdout.
    pub fn line(&self, text: impl Display) -> io::Result<()> {
        writeln!(io::stdout().lock(), "{text}")
    }

    pub fn table(&self, table: &Table) -> io::Result<()> {
        let mut out = io::stdout().lock();
        for line in table.lines() {
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(())
    }

    /// A table with these headers, styled for this output.
    pub fn new_table(&self, headers: &[&str]) -> Table {
        let mut table = Table::new();
        table.load_preset(presets::NOTHING).set_content_arrangement(if self.stdout_is_terminal {
            ContentArrangement::Dynamic
        } else {
            ContentArrangement::Disabled
        });
        if self.color_out {
            table.enforce_styling();
        } else {
            table.force_no_tty();
        }
        table.set_header(headers.iter().map(|h| {
            let cell = Cell::new(h.to_uppercase());
            if self.color_out {
                cell.add_attribute(Attribute::Bold)
            } else {
                cell
            }
        }));
        for column in table.column_iter_mut() {
            column.set_padding((0, 2));
        }
        table
    }

    /// A table cell in a tone.
    pub fn cell(&self, text: impl ToString, tone: Tone) -> Cell {
        let cell = Cell::new(text.to_string());
        match tone.table_color() {
            Some(color) if self.color_out => cell.fg(color),
            _ => cell,
        }
    }

    /// Text for stdout in a tone.
    pub fn paint(&self, text: impl Display, tone: Tone) -> String {
        paint(self.color_out, text, tone)
    }

    /// A note for people on stderr; `--quiet` hides it.
    pub fn note(&self, text: impl Display) {
        if !self.quiet {
            eprintln!("{text}");
        }
    }

    /// Something the user should look at, on stderr, even with `--quiet`.
    pub fn warn(&self, text: impl Display) {
        eprintln!("{}: {text}", paint(self.color_err, "warning", Tone::Warn));
    }

    /// What the tool is doing, on stderr with `--verbose`.
    pub fn detail(&self, text: impl Display) {
        if self.verbose > 0 {
            eprintln!("{}", paint(self.color_err, text, Tone::Dim));
        }
    }

    pub fn stderr_is_terminal(&self) -> bool {
        self.stderr_is_terminal
    }

    pub fn is_quiet(&self) -> bool {
        self.quiet
    }
}

pub fn paint(color: bool, text: impl Display, tone: Tone) -> String {
    if color {
        let style = tone.ansi();
        format!("{style}{text}{style:#}")
    } else {
        text.to_string()
    }
}

/// "1 provider" / "3 providers".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `text` cut to `width` characters, with `…` where it was cut.
pub fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_string()
    } else {
        text.chars().take(width.saturating_sub(1)).chain(std::iter::once('…')).collect()
    }
}

/// Writes a file whole or not at all: to a temporary file beside it, synced, then renamed over
/// the target, so a reader (or a crash) never sees half of it.
pub fn write_atomically(path: &std::path::Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => std::path::Path::new("."),
    };
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}
