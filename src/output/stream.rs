//! Streaming a long list to stdout as it is computed — the one way bulk commands print lists:
//! a [`ListWriter`] writes one JSON document whose array is written item by item (with fields
//! before and after it, such as a summary), or table rows line by line in the same style as
//! every other table (uppercase headers, columns two spaces apart). Memory stays flat however
//! many organizations a bulk command scans.

use std::io::{self, BufWriter, Write};

use serde::Serialize;
use serde_json::Value;

use super::{escape_controls, json_safe, truncate, Output, Tone};

/// What a column holds, which says how it fits a narrow width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An organization id: whole, or its first [`SHORT_ID`] characters when the table does not
    /// fit (what `--org` accepts); never cut anywhere else.
    Id,
    /// Words (a name): cut with `…` to fit, down to [`MIN_TEXT`] characters.
    Text,
    /// A comma-separated list: as many whole items as fit, then `+N` for the rest.
    List,
    /// A code, a number: never cut (the line grows instead).
    Fixed,
    /// The last column: free width; wrapped at word boundaries when the width is known.
    Last,
}

/// How many characters of an id narrow tables show.
pub const SHORT_ID: usize = 8;
/// Text columns shrink no further than this.
const MIN_TEXT: usize = 10;
/// A last column narrower than this goes on its own lines, under the row.
const MIN_LAST: usize = 30;

/// One column of a streamed table. Widths are fixed, since rows are printed before the
/// longest is known; a table wider than the output shrinks as each column's [`Kind`] allows.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub title: &'static str,
    /// `None` for the last, free-width column.
    pub width: Option<usize>,
    /// Numbers: right-aligned.
    pub right: bool,
    pub kind: Kind,
}

impl Column {
    const fn new(title: &'static str, width: usize, kind: Kind) -> Self {
        Self { title, width: Some(width), right: false, kind }
    }

    pub const fn id(title: &'static str) -> Self {
        Self::new(title, 36, Kind::Id)
    }

    pub const fn text(title: &'static str, width: usize) -> Self {
        Self::new(title, width, Kind::Text)
    }

    pub const fn list(title: &'static str, width: usize) -> Self {
        Self::new(title, width, Kind::List)
    }

    pub const fn fixed(title: &'static str, width: usize) -> Self {
        Self::new(title, width, Kind::Fixed)
    }

    pub const fn right(title: &'static str, width: usize) -> Self {
        Self { title, width: Some(width), right: true, kind: Kind::Fixed }
    }

    pub const fn last(title: &'static str) -> Self {
        Self { title, width: None, right: false, kind: Kind::Last }
    }
}

/// One cell: its text and how to paint it.
pub struct Cell {
    text: String,
    tone: Option<Tone>,
}

impl Cell {
    pub fn plain(text: impl Into<String>) -> Self {
        Self { text: text.into(), tone: None }
    }

    pub fn painted(text: impl Into<String>, tone: Tone) -> Self {
        Self { text: text.into(), tone: Some(tone) }
    }
}

impl<T: Into<String>> From<T> for Cell {
    fn from(text: T) -> Self {
        Cell::plain(text)
    }
}

/// A streamed table's columns: renders its header and rows. Pure, so rows can be rendered on
/// worker threads and written in order.
#[derive(Debug, Clone, Copy)]
pub struct Columns(pub &'static [Column]);

/// Where each column goes for one output width.
struct Layout {
    widths: Vec<usize>,
    short_ids: bool,
    /// Where the last column starts on the line, and how wide it may be (`None`: no limit);
    /// `None` as a whole: under the row, indented.
    last: Option<(usize, Option<usize>)>,
    width: Option<usize>,
}

impl Columns {
    fn layout(&self, width: Option<usize>) -> Layout {
        let natural: Vec<usize> = self.0.iter().map(|c| c.width.unwrap_or(0)).collect();
        let has_last = self.0.last().is_some_and(|c| c.kind == Kind::Last);
        let fixed = self.0.len() - usize::from(has_last);
        let used = |widths: &[usize]| widths[..fixed].iter().sum::<usize>() + 2 * fixed.saturating_sub(1);
        let start = |widths: &[usize]| if fixed == 0 { 0 } else { used(widths) + 2 };
        let Some(w) = width else {
            return Layout { last: Some((start(&natural), None)), widths: natural, short_ids: false, width };
        };
        // The last column on the row if the others can make room for it, else under the row
        // with the others as wide as they can be.
        let inline = if has_last { MIN_LAST + 2 } else { 0 };
        let (widths, short_ids) = self.shrink(&natural, w.saturating_sub(inline), &used);
        if used(&widths) + inline <= w || !has_last {
            let last = Some((start(&widths), Some(w.saturating_sub(start(&widths)))));
            return Layout { widths, short_ids, last, width };
        }
        let (widths, short_ids) = self.shrink(&natural, w, &used);
        Layout { widths, short_ids, last: None, width }
    }

    /// Column widths within `limit` as far as the kinds allow: ids to their prefix first,
    /// then text and lists a character at a time, the one with most to spare first.
    fn shrink(&self, natural: &[usize], limit: usize, used: &dyn Fn(&[usize]) -> usize) -> (Vec<usize>, bool) {
        let mut widths = natural.to_vec();
        if used(&widths) <= limit {
            return (widths, false);
        }
        for (column, width) in self.0.iter().zip(widths.iter_mut()) {
            if column.kind == Kind::Id {
                *width = SHORT_ID;
            }
        }
        while used(&widths) > limit {
            let spare = |(i, c): (usize, &Column)| match c.kind {
                Kind::Text | Kind::List if widths[i] > MIN_TEXT => Some((widths[i] - MIN_TEXT, i)),
                _ => None,
            };
            let Some((_, i)) = self.0.iter().enumerate().filter_map(spare).max() else { break };
            widths[i] -= 1;
        }
        (widths, true)
    }

    pub fn header(&self, width: Option<usize>) -> String {
        let cells: Vec<Cell> = self.0.iter().map(|c| Cell::plain(c.title.to_uppercase())).collect();
        let layout = self.layout(width);
        // A last column that goes under the rows is not announced on the header line.
        let shown = if layout.last.is_none() { &cells[..cells.len() - 1] } else { &cells[..] };
        self.render(shown, false, &layout)
    }

    /// One row, each cell escaped, fitted to its column as its kind allows and then painted
    /// (escape codes have no width), with `colors` as the output allows; `width` is the
    /// output's (see `Output::width`).
    pub fn line(&self, cells: &[Cell], colors: bool, width: Option<usize>) -> String {
        self.render(cells, colors, &self.layout(width))
    }

    fn render(&self, cells: &[Cell], colors: bool, layout: &Layout) -> String {
        let mut line = String::new();
        for (i, (column, cell)) in self.0.iter().zip(cells).enumerate() {
            let text = if column.kind == Kind::Last {
                let text = escape_controls(&cell.text, false);
                match layout.last {
                    Some((start, room)) => {
                        line.push_str("  ");
                        wrap(&text, room, start)
                    }
                    None if text.is_empty() => continue,
                    None => {
                        let indent = 4;
                        format!("\n{}{}", " ".repeat(indent), wrap(&text, layout.width.map(|w| w - indent), indent))
                    }
                }
            } else {
                if i > 0 {
                    line.push_str("  ");
                }
                fit(column, &cell.text, layout.widths[i], layout.short_ids)
            };
            match cell.tone {
                Some(tone) => line.push_str(&super::paint(colors, text, tone)),
                None => line.push_str(&text),
            }
        }
        // Padding before a line break (a last column put under the row) or at the end.
        line.split('\n').map(str::trim_end).collect::<Vec<_>>().join("\n")
    }
}

/// One cell's text in its column.
fn fit(column: &Column, text: &str, width: usize, short_ids: bool) -> String {
    let fitted = match column.kind {
        Kind::Id if short_ids => escape_controls(text, false).chars().take(SHORT_ID).collect(),
        Kind::Text => truncate(text, width),
        Kind::List => summarize(text, width),
        _ => escape_controls(text, false).into_owned(),
    };
    if column.right {
        format!("{fitted:>width$}")
    } else {
        format!("{fitted:<width$}")
    }
}

/// `a, b, c, d` in `width`: whole items while they fit, then `+N` for the rest.
fn summarize(list: &str, width: usize) -> String {
    let list = escape_controls(list, false);
    if list.chars().count() <= width {
        return list.into_owned();
    }
    let items: Vec<&str> = list.split(", ").collect();
    for shown in (0..items.len()).rev() {
        let rest = format!("+{}", items.len() - shown);
        let head = items[..shown].join(", ");
        let text = if shown == 0 { rest } else { format!("{head} {rest}") };
        if text.chars().count() <= width || shown == 0 {
            return text;
        }
    }
    unreachable!("the loop returns at shown == 0")
}

/// Words wrapped to `room` characters a line, continuation lines indented by `indent`; a word
/// longer than a line stands alone, whole.
pub(super) fn wrap(text: &str, room: Option<usize>, indent: usize) -> String {
    let Some(room) = room.filter(|r| *r > 0) else { return text.to_string() };
    let mut out = String::new();
    let mut current = 0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let len = word.chars().count();
        if current > 0 && current + 1 + len > room {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            current = 0;
        } else if current > 0 {
            out.push(' ');
            current += 1;
        }
        out.push_str(word);
        current += len;
    }
    out
}

/// An item rendered where it is computed (a worker thread) for [`ListWriter::rendered`]: compact
/// JSON, or its table rows; `None` for CSV and Markdown, which [`ListWriter::item_rows`] writes.
pub fn render_item<T: Serialize>(
    out: &Output,
    columns: Columns,
    item: &T,
    rows: impl FnOnce() -> Vec<Vec<Cell>>,
) -> io::Result<Option<String>> {
    Ok(match out.format() {
        super::Format::Json => Some(serde_json::to_string(item)?),
        super::Format::Csv | super::Format::Markdown => None,
        _ => {
            let lines: Vec<String> =
                rows().iter().map(|cells| columns.line(cells, out.colors_stdout(), out.width())).collect();
            Some(lines.join("\n"))
        }
    })
}

/// Several items as [`render_item`] renders each, in one block of text that
/// [`ListWriter::rendered`] writes exactly as it would write them one by one (one allocation
/// per block, freed where it is written, instead of one per item); `None` for CSV and
/// Markdown, or when there are no items.
pub fn render_items<T: Serialize>(
    out: &Output,
    columns: Columns,
    items: &[T],
    rows: impl Fn(&T) -> Vec<Vec<Cell>>,
) -> io::Result<Option<String>> {
    let mut block: Option<String> = None;
    for item in items {
        let Some(text) = render_item(out, columns, item, || rows(item))? else { return Ok(None) };
        match &mut block {
            Some(block) => {
                block.push_str(if out.format() == super::Format::Json { JSON_ITEM_SEPARATOR } else { "\n" });
                block.push_str(&text);
            }
            None => block = Some(text),
        }
    }
    Ok(block)
}

/// What [`ListWriter::rendered`] writes between two JSON items.
const JSON_ITEM_SEPARATOR: &str = ",\n    ";

/// A list written as it is computed: JSON, a table, CSV or a Markdown table, as the output's
/// format says. CSV and Markdown take each cell's whole text (tables fit it to the width).
pub enum ListWriter {
    Json { out: BufWriter<super::pipe::Stdout>, first: bool },
    Table { out: BufWriter<super::pipe::Stdout>, columns: Columns, colors: bool, width: Option<usize> },
    Csv { out: Box<csv::Writer<BufWriter<super::pipe::Stdout>>> },
    Markdown { out: BufWriter<super::pipe::Stdout> },
}

/// A Markdown table cell: one line, its pipes escaped, control characters shown.
fn markdown_cell(text: &str) -> String {
    escape_controls(text, false).replace('|', "\\|")
}

fn markdown_row<'a>(cells: impl Iterator<Item = &'a str>) -> String {
    let cells: Vec<String> = cells.map(markdown_cell).collect();
    format!("| {} |", cells.join(" | "))
}

impl ListWriter {
    /// Starts the list. JSON: `{<head fields>, "<key>": [` ; table: the header line.
    pub fn start(output: &Output, head: &[(&str, Value)], key: &str, columns: Columns) -> io::Result<Self> {
        let mut out = BufWriter::new(super::stdout());
        match output.format() {
            super::Format::Csv => {
                let mut out = csv::Writer::from_writer(out);
                if output.headers() {
                    out.write_record(columns.0.iter().map(|c| c.title)).map_err(io::Error::from)?;
                }
                return Ok(ListWriter::Csv { out: Box::new(out) });
            }
            super::Format::Markdown => {
                if output.headers() {
                    writeln!(out, "{}", markdown_row(columns.0.iter().map(|c| c.title)))?;
                    writeln!(
                        out,
                        "|{}",
                        columns.0.iter().map(|c| if c.right { "---:|" } else { "---|" }).collect::<String>()
                    )?;
                }
                return Ok(ListWriter::Markdown { out });
            }
            _ => {}
        }
        if !output.is_json() {
            if output.headers() {
                writeln!(out, "{}", columns.header(output.width()))?;
            }
            return Ok(ListWriter::Table { out, columns, colors: output.colors_stdout(), width: output.width() });
        }
        write!(out, "{{")?;
        for (name, value) in head {
            write!(out, "\n  {}: {},", serde_json::to_string(name)?, json_safe(&serde_json::to_string(value)?))?;
        }
        write!(out, "\n  {}: [", serde_json::to_string(key)?)?;
        Ok(ListWriter::Json { out, first: true })
    }

    /// One item: serialized for JSON, or its cells for a table.
    pub fn item<T: Serialize>(&mut self, item: &T, cells: impl FnOnce() -> Vec<Cell>) -> io::Result<()> {
        self.item_rows(item, || vec![cells()])
    }

    /// One item as [`render_item`] rendered it on a worker, or (CSV and Markdown, which it
    /// leaves to the writer) its rows written here.
    pub fn item_or_rendered<T: Serialize>(
        &mut self,
        item: &T,
        rendered: Option<&str>,
        rows: impl FnOnce() -> Vec<Vec<Cell>>,
    ) -> io::Result<()> {
        match rendered {
            Some(text) => self.rendered(text),
            None => self.item_rows(item, rows),
        }
    }

    /// One item that people read as several rows (an org, then its members): serialized once
    /// for JSON, each row for a table, CSV or Markdown.
    pub fn item_rows<T: Serialize>(&mut self, item: &T, rows: impl FnOnce() -> Vec<Vec<Cell>>) -> io::Result<()> {
        match self {
            ListWriter::Json { .. } => self.rendered(&serde_json::to_string(item)?),
            ListWriter::Table { columns, colors, width, .. } => {
                let lines: Vec<String> = rows().iter().map(|cells| columns.line(cells, *colors, *width)).collect();
                lines.iter().try_for_each(|line| self.rendered(line))
            }
            ListWriter::Csv { out } => rows().iter().try_for_each(|cells| {
                out.write_record(cells.iter().map(|c| escape_controls(&c.text, false).into_owned()))
                    .map_err(io::Error::from)
            }),
            ListWriter::Markdown { out } => rows()
                .iter()
                .try_for_each(|cells| writeln!(out, "{}", markdown_row(cells.iter().map(|c| c.text.as_str())))),
        }
    }

    /// One item already rendered for this writer's format (on a worker thread, say): compact
    /// JSON, or a line from [`Columns::line`].
    pub fn rendered(&mut self, text: &str) -> io::Result<()> {
        match self {
            ListWriter::Json { out, first } => {
                let separator = if *first { &JSON_ITEM_SEPARATOR[1..] } else { JSON_ITEM_SEPARATOR };
                write!(out, "{separator}{}", json_safe(text))?;
                *first = false;
                Ok(())
            }
            ListWriter::Table { out, .. } | ListWriter::Markdown { out } => writeln!(out, "{text}"),
            // Only the commands that write CSV take it, and they write records with `item`.
            ListWriter::Csv { .. } => {
                Err(io::Error::other(format!("internal error: a pre-rendered row in CSV: {text}")))
            }
        }
    }

    /// Ends the list. JSON: closes the array and the document with the fields after it
    /// (`tail`); a table has nothing after its rows.
    pub fn finish(self, tail: &[(&str, Value)]) -> io::Result<()> {
        match self {
            ListWriter::Json { mut out, .. } => {
                write!(out, "\n  ]")?;
                for (name, value) in tail {
                    let pretty = json_safe(&serde_json::to_string_pretty(value)?).replace('\n', "\n  ");
                    write!(out, ",\n  {}: {pretty}", serde_json::to_string(name)?)?;
                }
                writeln!(out, "\n}}")?;
                out.flush()
            }
            ListWriter::Table { mut out, .. } | ListWriter::Markdown { mut out } => out.flush(),
            ListWriter::Csv { mut out } => out.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_fit_their_columns() {
        const COLUMNS: Columns = Columns(&[Column::text("name", 12), Column::right("n", 3), Column::last("notes")]);
        assert_eq!(COLUMNS.header(None), "NAME            N  NOTES");
        for (cells, want) in [
            (["Acme", "7", "fine"], "Acme            7  fine"),
            (["Initech Corporation", "1234", ""], "Initech Cor…  1234"),
            (["Evil\u{1b}[2J", "0", "two\nlines"], "Evil\\u{1b}[…    0  two\\u{a}lines"),
        ] {
            let cells: Vec<Cell> = cells.into_iter().map(Cell::plain).collect();
            assert_eq!(COLUMNS.line(&cells, false, None), want);
        }
        let painted = COLUMNS.line(&[Cell::painted("ok", Tone::Good), "1".into(), "".into()], true, None);
        assert!(painted.starts_with("\u{1b}[") && painted.contains("ok          \u{1b}["), "{painted:?}");
    }

    /// At a width: ids shortened to a prefix (never cut elsewhere), text shrunk, lists
    /// summarized with a count, the last column wrapped or put under the row.
    #[test]
    fn rows_fit_the_width() {
        const COLUMNS: Columns =
            Columns(&[Column::id("id"), Column::text("name", 20), Column::list("denied", 20), Column::last("notes")]);
        let id = "0b7c5a1e-3f4d-4c2a-9e8f-1a2b3c4d5e6f";
        let row = [id, "Initech Corporation", "baidu, chutes, deepseek, novita", "one two three four five six seven"];
        let cells = || row.iter().map(|t| Cell::plain(*t)).collect::<Vec<_>>();
        let wide = COLUMNS.line(&cells(), false, None);
        assert!(wide.starts_with(id) && wide.contains("baidu, chutes +2") && wide.ends_with("seven"), "{wide}");
        let cases = [
            (
                Some(200),
                vec![format!("{id}  Initech Corporation   baidu, chutes +2      one two three four five six seven")],
            ),
            (
                Some(80),
                vec![
                    "0b7c5a1e  Initech Corporati…  baidu, chutes +2    one two three four five six".into(),
                    format!("{}seven", " ".repeat(50)),
                ],
            ),
            (
                Some(60),
                vec![
                    "0b7c5a1e  Initech Corporation   baidu, chutes +2".into(),
                    "    one two three four five six seven".into(),
                ],
            ),
            (
                Some(40),
                vec!["0b7c5a1e  Initech Corpo…  baidu +3".into(), "    one two three four five six seven".into()],
            ),
            (
                Some(30),
                vec![
                    "0b7c5a1e  Initech C…  baidu +3".into(),
                    "    one two three four five".into(),
                    "    six seven".into(),
                ],
            ),
        ];
        for (width, want) in cases {
            let got = COLUMNS.line(&cells(), false, width);
            assert_eq!(got.lines().collect::<Vec<_>>(), want, "at {width:?}");
        }
        assert_eq!(COLUMNS.header(Some(60)), "ID        NAME                  DENIED");
    }
}
