//! Everything a person or a pipeline sees. Data goes to stdout (a table or one JSON document);
//! notes, warnings and errors go to stderr. Colour only on a terminal, never in JSON.

pub mod ci;
pub mod diff;
mod pipe;
pub mod progress;
pub mod prompt;
pub mod stream;
pub mod views;

use std::fmt::Display;
use std::io::{self, IsTerminal, Write};

pub use pipe::{stderr_line, stdout, stdout_closed};

use comfy_table::{presets, Attribute, Cell, Color, ContentArrangement};
use serde::Serialize;

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

/// `--format`: tables for people, one JSON document for machines, and for `audit` and `test`
/// the reports CI systems read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    /// JUnit XML (`audit` and `test` only)
    Junit,
    /// SARIF 2.1.0 (`audit` and `test` only)
    Sarif,
    /// GitHub Actions annotations and job summary (`audit` and `test` only)
    Github,
    /// Comma-separated values, a header line first (`access` and `diff --all` only)
    Csv,
    /// A Markdown document for a change review or a pull-request comment (`access` and `diff
    /// --all` only)
    Markdown,
}

impl Format {
    /// The CI report this format asks for, if it is one.
    pub fn ci(self) -> Option<ci::CiFormat> {
        match self {
            Format::Junit => Some(ci::CiFormat::Junit),
            Format::Sarif => Some(ci::CiFormat::Sarif),
            Format::Github => Some(ci::CiFormat::Github),
            Format::Table | Format::Json | Format::Csv | Format::Markdown => None,
        }
    }
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// A command's result as both of its readers see it: the JSON contract (the `Serialize`
/// shape, documented on the type and pinned by `tests/contracts.rs`) and the rendering for
/// people. Commands build views; [`Output::show`] prints one the way `--format` asks.
pub trait View: Serialize {
    fn render(&self, out: &Output) -> io::Result<()>;
}

#[derive(Debug, Clone)]
pub struct Output {
    format: Format,
    color_out: bool,
    color_err: bool,
    quiet: bool,
    verbose: u8,
    /// Tables print their header line (`--no-headers` for scripts).
    headers: bool,
    /// The production profile in use: write prompts name it and ask for it to be typed.
    production: Option<String>,
    stdout_is_terminal: bool,
    stderr_is_terminal: bool,
    /// What tables fit in (see [`table_width`]).
    width: Option<usize>,
}

/// `text` wrapped to `width` at spaces; continuation lines indented two more than the first.
fn wrap_line(text: &str, width: usize) -> String {
    let body = text.trim_start_matches(' ');
    let lead = text.len() - body.len();
    let indent = lead + 2;
    let room = width.saturating_sub(indent).max(MIN_WIDTH / 2);
    format!("{}{}", &text[..lead], stream::wrap(body, Some(room), indent))
}

/// Narrower than this, a width is taken as unknown (a pty that reports 0×0, say).
const MIN_WIDTH: usize = 20;

/// The one rule for how wide tables may be: `COLUMNS` when set, else the terminal's width
/// when stdout is a terminal, else none (piped output is never wrapped). Colour settings
/// play no part.
pub fn table_width(columns_env: Option<&str>, terminal: Option<usize>) -> Option<usize> {
    let usable = |w: usize| (w >= MIN_WIDTH).then_some(w);
    match columns_env.and_then(|c| c.trim().parse::<usize>().ok()) {
        Some(w) => usable(w),
        None => terminal.and_then(usable),
    }
}

fn stdout_width(stdout_is_terminal: bool) -> Option<usize> {
    let terminal = stdout_is_terminal
        .then(|| dialoguer::console::Term::stdout().size_checked())
        .flatten()
        .map(|(_, cols)| cols as usize);
    table_width(std::env::var("COLUMNS").ok().as_deref(), terminal)
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
    /// `quiet`: data only, no notes; `verbose`: how much detail on stderr.
    pub fn new(format: Format, color: ColorChoice, quiet: bool, verbose: u8) -> Self {
        let stdout_is_terminal = io::stdout().is_terminal();
        let stderr_is_terminal = io::stderr().is_terminal();
        let plain = format != Format::Table;
        Self {
            format,
            color_out: !plain && use_color(color, stdout_is_terminal),
            color_err: use_color(color, stderr_is_terminal),
            quiet,
            verbose,
            headers: true,
            production: None,
            stdout_is_terminal,
            stderr_is_terminal,
            width: stdout_width(stdout_is_terminal),
        }
    }

    /// A list for a table cell: whole when the width is unlimited (piped), else the first few
    /// and `+N` for the rest (all of them are in `--format json`).
    pub fn some_of(&self, items: &[&str]) -> String {
        const SHOWN: usize = 4;
        match self.width {
            Some(_) if items.len() > SHOWN + 1 => format!("{} +{}", items[..SHOWN].join(", "), items.len() - SHOWN),
            _ => items.join(", "),
        }
    }

    /// The width tables fit in; `None`: no limit.
    pub fn width(&self) -> Option<usize> {
        self.width
    }

    /// Writes go to the production profile `name` (see [`prompt::confirm_write`]).
    pub fn in_production(self, name: &str) -> Self {
        Self { production: Some(name.to_string()), ..self }
    }

    /// The production profile in use, if any.
    pub fn production(&self) -> Option<&str> {
        self.production.as_deref()
    }

    /// Without header lines in tables (`--no-headers`).
    pub fn without_headers(self) -> Self {
        Self { headers: false, ..self }
    }

    /// Whether tables print their header line.
    pub fn headers(&self) -> bool {
        self.headers
    }

    pub fn format(&self) -> Format {
        self.format
    }

    pub fn is_json(&self) -> bool {
        self.format == Format::Json
    }

    /// The CI report `--format` asks for (`audit` and `test`).
    pub fn ci_format(&self) -> Option<ci::CiFormat> {
        self.format.ci()
    }

    /// A command's result: its JSON under `--format json`, else its rendering for people.
    pub fn show<V: View>(&self, view: &V) -> io::Result<()> {
        if self.is_json() {
            self.json(view)
        } else {
            view.render(self)
        }
    }

    /// Text on stdout as it is (a generated script).
    pub fn raw(&self, text: &str) -> io::Result<()> {
        stdout().write_all(text.as_bytes())
    }

    /// A JSON document already serialized, on stdout (see [`json_safe`]).
    pub fn json_text(&self, json: &str) -> io::Result<()> {
        stdout().write_all(json_safe(json).as_bytes())
    }

    /// One JSON document on stdout (see [`json_safe`]).
    pub fn json<T: Serialize + ?Sized>(&self, value: &T) -> io::Result<()> {
        let text = serde_json::to_string_pretty(value)?;
        writeln!(stdout(), "{}", json_safe(&text))
    }

    /// A line of data on stdout, terminal-safe (see [`escape_controls`]): only the colours
    /// [`Output::paint`] put in reach the terminal.
    /// Longer than the width, it is wrapped at spaces, continuation lines indented two more
    /// than the line.
    pub fn line(&self, text: impl Display) -> io::Result<()> {
        let text = escape_controls(&text.to_string(), self.color_out).into_owned();
        match self.width {
            Some(width) if text.chars().count() > width => writeln!(stdout(), "{}", wrap_line(&text, width)),
            _ => writeln!(stdout(), "{text}"),
        }
    }

    /// Whether stdout gets colour (and so the colour sequences this tool writes).
    pub fn colors_stderr(&self) -> bool {
        self.color_err
    }

    pub fn colors_stdout(&self) -> bool {
        self.color_out
    }

    /// Prints a table. Columns of ids and other single words are never wrapped (an id broken
    /// mid-word cannot be copied back); only columns of prose wrap to the width.
    pub fn table(&self, table: &Table) -> io::Result<()> {
        let mut table = table.inner.clone();
        let words_only: Vec<bool> = (0..table.column_count())
            .map(|i| table.column_cells_iter(i).flatten().all(|cell| !cell.content().contains(char::is_whitespace)))
            .collect();
        for (column, words_only) in table.column_iter_mut().zip(words_only) {
            // Set here, not with the header: without one (`--no-headers`) the columns exist
            // only once rows are in.
            column.set_padding((0, 2));
            if words_only {
                column.set_constraint(comfy_table::ColumnConstraint::ContentWidth);
            }
        }
        let mut out = io::BufWriter::new(stdout());
        // Every cell was escaped when it was added: what escape sequences the lines hold are
        // the table's own styling.
        let mode = if self.color_out { Sgr::Raw } else { Sgr::Escape };
        for line in table.lines() {
            writeln!(out, "{}", escape_with(line.trim_end(), mode))?;
        }
        Ok(())
    }

    /// A table with these headers, styled for this output.
    pub fn new_table(&self, headers: &[&str]) -> Table {
        let mut table = comfy_table::Table::new();
        table.load_preset(presets::NOTHING);
        match self.width {
            Some(width) => table
                .set_content_arrangement(ContentArrangement::Dynamic)
                .set_width(width.min(u16::MAX as usize) as u16),
            None => table.set_content_arrangement(ContentArrangement::Disabled),
        };
        if self.color_out {
            table.enforce_styling();
        } else {
            table.force_no_tty();
        }
        if self.headers {
            table.set_header(headers.iter().map(|h| {
                let cell = Cell::new(h.to_uppercase());
                if self.color_out {
                    cell.add_attribute(Attribute::Bold)
                } else {
                    cell
                }
            }));
        }
        Table { inner: table, color: self.color_out }
    }

    /// A table cell in a tone.
    pub fn cell(&self, text: impl ToString, tone: Tone) -> TableCell {
        TableCell { text: text.to_string(), tone: Some(tone) }
    }

    /// Text in a tone, for a [`Output::line`] or a note: the colour is marked as this tool's
    /// own, so that it alone reaches the terminal (see [`escape_controls`]).
    pub fn paint(&self, text: impl Display, tone: Tone) -> String {
        if self.color_out {
            let style = tone.ansi();
            let mark = colour_mark();
            format!("{mark}{style}{mark}{text}{mark}{style:#}{mark}")
        } else {
            text.to_string()
        }
    }

    /// A note for people on stderr; `--quiet` hides it.
    pub fn note(&self, text: impl Display) {
        if !self.quiet {
            // Line by line: the text's own line breaks are meant, others' control characters not.
            for line in text.to_string().split('\n') {
                stderr_line(escape_controls(line, self.color_err));
            }
        }
    }

    /// Something the user should look at, on stderr, even with `--quiet`.
    /// A listing's closing count: not data, so on stderr (with the notes; `-q` leaves it out),
    /// the same for every command.
    pub fn summary(&self, text: impl Display) {
        self.note(text);
    }

    pub fn warn(&self, text: impl Display) {
        let text = escape_controls(&text.to_string(), false).into_owned();
        stderr_line(format!("{}: {text}", paint(self.color_err, "warning", Tone::Warn)));
    }

    /// What the tool is doing, on stderr with `--verbose`.
    pub fn detail(&self, text: impl Display) {
        if self.verbose > 0 {
            stderr_line(paint(self.color_err, escape_controls(&text.to_string(), false), Tone::Dim));
        }
    }

    pub fn stdout_is_terminal(&self) -> bool {
        self.stdout_is_terminal
    }

    pub fn stderr_is_terminal(&self) -> bool {
        self.stderr_is_terminal
    }

    pub fn is_quiet(&self) -> bool {
        self.quiet
    }
}

/// A table whose cells are escaped as they are added (see [`escape_controls`]): text from the
/// database cannot style, move or split the rows the table draws.
#[derive(Clone)]
pub struct Table {
    inner: comfy_table::Table,
    color: bool,
}

impl Table {
    pub fn add_row(&mut self, cells: Vec<TableCell>) -> &mut Self {
        let color = self.color;
        self.inner.add_row(cells.into_iter().map(|cell| cell.into_comfy(color)).collect::<Vec<Cell>>());
        self
    }
}

/// One cell of a [`Table`]: its text and tone.
pub struct TableCell {
    text: String,
    tone: Option<Tone>,
}

impl<T: ToString> From<T> for TableCell {
    fn from(text: T) -> Self {
        TableCell { text: text.to_string(), tone: None }
    }
}

impl TableCell {
    fn into_comfy(self, color: bool) -> Cell {
        let cell = Cell::new(escape_controls(&self.text, false));
        match self.tone.and_then(Tone::table_color) {
            Some(c) if color => cell.fg(c),
            _ => cell,
        }
    }
}

/// Text in a tone with the escape codes as they are: for text already escaped, written
/// straight to a terminal (streamed rows, errors).
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
    // Escaped first, so that a name with control characters still fits its column.
    let text = escape_controls(text, false);
    if text.chars().count() <= width {
        text.to_string()
    } else {
        text.chars().take(width.saturating_sub(1)).chain(std::iter::once('…')).collect()
    }
}

/// Text from the database made safe for a terminal: control characters (C0 but tab, DEL, C1),
/// line and paragraph separators and bidirectional formatting marks are written as `\u{…}`,
/// so a name cannot move the cursor, ring the bell, style or hide what follows, reorder a line
/// or split a row. With `keep_colors`, the colours [`Output::paint`] marked as this tool's own
/// are written (any other escape sequence is not); without, they are dropped. JSON is never
/// escaped this way: its own escaping already keeps it to one line.
pub fn escape_controls(text: &str, keep_colors: bool) -> std::borrow::Cow<'_, str> {
    escape_with(text, if keep_colors { Sgr::Marked } else { Sgr::Escape })
}

/// Which colour sequences survive [`escape_with`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sgr {
    /// None: every escape is escaped, marked colours are dropped.
    Escape,
    /// Those [`Output::paint`] marked, unmarked.
    Marked,
    /// Every colour sequence (`ESC [ digits ; … m`): for a table whose cells were escaped.
    Raw,
}

fn unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\t')
        || matches!(
            c,
            '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

fn escape_with(text: &str, mode: Sgr) -> std::borrow::Cow<'_, str> {
    let mark = colour_mark();
    if !text.chars().any(unsafe_char) && !text.contains(mark) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if let Some(len) =
            rest.strip_prefix(mark).and_then(sgr_len).filter(|len| rest[mark.len() + len..].starts_with(mark))
        {
            if mode != Sgr::Escape {
                out.push_str(&rest[mark.len()..mark.len() + len]);
            }
            rest = &rest[2 * mark.len() + len..];
            continue;
        }
        if c == '\u{1b}' && mode == Sgr::Raw {
            if let Some(len) = sgr_len(rest) {
                out.push_str(&rest[..len]);
                rest = &rest[len..];
                continue;
            }
        }
        if unsafe_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    std::borrow::Cow::Owned(out)
}

/// Serialized JSON with the characters its own escaping leaves raw but a terminal acts on
/// (DEL, C1 controls, line and paragraph separators, bidirectional marks) written as `\uXXXX`:
/// the same JSON to a parser, harmless on a terminal. Those characters only occur inside
/// strings, where the escape means the same character.
pub fn json_safe(json: &str) -> std::borrow::Cow<'_, str> {
    // Printable ASCII and whitespace (what nearly every row, and every block of rows, is) hold
    // nothing unsafe: one pass over the bytes instead of decoding each character, on the
    // thread that writes every row.
    if plain_ascii(json.as_bytes()) || !json.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if unsafe_char(c) && !matches!(c, '\n' | '\r') {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether every byte is printable ASCII or a tab, line feed or carriage return (which
/// [`json_safe`] keeps as they are), checked a block at a time without branches (so the
/// compiler can use vector instructions).
fn plain_ascii(bytes: &[u8]) -> bool {
    bytes.chunks(64).all(|block| {
        block
            .iter()
            .fold(true, |ok, &b| ok & ((b.wrapping_sub(b' ') < 0x5f) | (b == b'\n') | (b == b'\t') | (b == b'\r')))
    })
}

/// What marks a colour sequence as this tool's: private-use characters drawn at random once
/// per process, so that no text from the database can carry it.
fn colour_mark() -> &'static str {
    use std::hash::{BuildHasher, Hasher};
    static MARK: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    MARK.get_or_init(|| {
        let random = std::collections::hash_map::RandomState::new().build_hasher().finish();
        (0..4).filter_map(|i| char::from_u32(0xF0000 + ((random >> (16 * i)) & 0xFFFF) as u32)).collect()
    })
}

/// The length of a colour sequence (`ESC [ 0-9;… m`) at the start of `text`, if one is there.
fn sgr_len(text: &str) -> Option<usize> {
    let body = text.strip_prefix("\u{1b}[")?;
    let params = body.bytes().take_while(|b| b.is_ascii_digit() || *b == b';').count();
    (body.as_bytes().get(params) == Some(&b'm')).then_some(2 + params + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Printable ASCII passes as it is (the fast path); anything a terminal would act on is
    /// written as a JSON escape, wherever it is in a long row.
    #[test]
    fn json_rows_reach_the_terminal_safe() {
        let long = "x".repeat(200);
        for (text, want) in [
            ("{\"a\":\"b\"}".to_string(), "{\"a\":\"b\"}".to_string()),
            (format!("{long}\u{1b}[31m{long}"), format!("{long}\\u001b[31m{long}")),
            (format!("{long}\u{202e}"), format!("{long}\\u202e")),
            (format!("{long}\u{7f}"), format!("{long}\\u007f")),
            ("tab\tkept, é kept".to_string(), "tab\tkept, é kept".to_string()),
            ("line\nkept".to_string(), "line\nkept".to_string()),
            (format!("{long}\n{long}\r\n\t{long}"), format!("{long}\n{long}\r\n\t{long}")),
            (format!("{long}\n{long}\u{1b}]0;x\u{7}\n"), format!("{long}\n{long}\\u001b]0;x\\u0007\n")),
        ] {
            assert_eq!(json_safe(&text), want, "{text:?}");
        }
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        let green = format!("{}", Tone::Good.ansi());
        let reset = format!("{:#}", Tone::Good.ansi());
        let out = |color| Output { color_out: color, ..Output::new(Format::Table, ColorChoice::Never, false, 0) };
        let painted = out(true).paint("ok", Tone::Good);
        for (text, colors, want) in [
            ("Acme".to_string(), false, "Acme".to_string()),
            ("tab\tkept".into(), false, "tab\tkept".into()),
            ("Evil\u{1b}[2J\u{7}Corp".into(), false, "Evil\\u{1b}[2J\\u{7}Corp".into()),
            ("two\nrows".into(), false, "two\\u{a}rows".into()),
            ("\u{202e}txet".into(), false, "\\u{202e}txet".into()),
            ("line\u{2028}break\u{2029}\u{61c}".into(), false, "line\\u{2028}break\\u{2029}\\u{61c}".into()),
            // Colour from the database never passes, with colour on or off.
            ("\u{1b}[8mhidden".into(), true, "\\u{1b}[8mhidden".into()),
            ("\u{1b}[31mred\u{1b}[0m".into(), true, "\\u{1b}[31mred\\u{1b}[0m".into()),
            ("\u{1b}[31mred\u{1b}[0m".into(), false, "\\u{1b}[31mred\\u{1b}[0m".into()),
            ("\u{9b}31m".into(), true, "\\u{9b}31m".into()),
            // This tool's own colour passes only where colour is on.
            (format!("{painted}: \u{1b}[8mx"), true, format!("{green}ok{reset}: \\u{{1b}}[8mx")),
            (painted.clone(), false, "ok".into()),
        ] {
            assert_eq!(escape_controls(&text, colors), want, "{text:?}");
        }
    }

    #[test]
    fn table_cells_are_escaped_before_the_table_draws_them() {
        let out = Output { color_out: true, ..Output::new(Format::Table, ColorChoice::Never, false, 0) };
        let mut table = out.new_table(&["a", "b"]);
        table.add_row(vec!["two\nrows".into(), "\u{1b}[8mhidden".into()]);
        let lines: Vec<String> = table.inner.lines().collect();
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[1].contains("two\\u{a}rows") && lines[1].contains("\\u{1b}[8mhidden"), "{lines:?}");
    }
}
