//! Streaming a long list to stdout as it is computed — the one way bulk commands print lists:
//! a [`ListWriter`] writes one JSON document whose array is written item by item (with fields
//! before and after it, such as a summary), or table rows line by line in the same style as
//! every other table (uppercase headers, columns two spaces apart). Memory stays flat however
//! many organizations a bulk command scans.

use std::io::{self, BufWriter, Write};

use serde::Serialize;
use serde_json::Value;

use super::{escape_controls, truncate, Output, Tone};

/// One column of a streamed table. Widths are fixed, since rows are printed before the
/// longest is known; text longer than its column is cut with `…`, and the last column has
/// no width.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub title: &'static str,
    /// `None` for the last, free-width column.
    pub width: Option<usize>,
    /// Numbers: right-aligned.
    pub right: bool,
}

impl Column {
    pub const fn left(title: &'static str, width: usize) -> Self {
        Self { title, width: Some(width), right: false }
    }

    pub const fn right(title: &'static str, width: usize) -> Self {
        Self { title, width: Some(width), right: true }
    }

    pub const fn last(title: &'static str) -> Self {
        Self { title, width: None, right: false }
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

impl Columns {
    pub fn header(&self) -> String {
        let cells: Vec<Cell> = self.0.iter().map(|c| Cell::plain(c.title.to_uppercase())).collect();
        self.line(&cells, false)
    }

    /// One row, each cell escaped, fitted to its column and then painted (escape codes have
    /// no width), with `colors` as the output allows.
    pub fn line(&self, cells: &[Cell], colors: bool) -> String {
        let mut line = String::new();
        for (i, (column, cell)) in self.0.iter().zip(cells).enumerate() {
            if i > 0 {
                line.push_str("  ");
            }
            let text = match column.width {
                Some(width) => {
                    let fitted = truncate(&cell.text, width);
                    if column.right {
                        format!("{fitted:>width$}")
                    } else {
                        format!("{fitted:<width$}")
                    }
                }
                None => escape_controls(&cell.text, false).into_owned(),
            };
            match cell.tone {
                Some(tone) => line.push_str(&super::paint(colors, text, tone)),
                None => line.push_str(&text),
            }
        }
        line.truncate(line.trim_end().len());
        line
    }
}

/// A list written as it is computed: JSON or table, as the output's format says.
pub enum ListWriter {
    Json { out: BufWriter<super::pipe::Stdout>, first: bool },
    Table { out: BufWriter<super::pipe::Stdout>, columns: Columns, colors: bool },
}

impl ListWriter {
    /// Starts the list. JSON: `{<head fields>, "<key>": [` ; table: the header line.
    pub fn start(output: &Output, head: &[(&str, Value)], key: &str, columns: Columns) -> io::Result<Self> {
        let mut out = BufWriter::new(super::stdout());
        if !output.is_json() {
            writeln!(out, "{}", columns.header())?;
            return Ok(ListWriter::Table { out, columns, colors: output.colors_stdout() });
        }
        write!(out, "{{")?;
        for (name, value) in head {
            write!(out, "\n  {}: {},", serde_json::to_string(name)?, serde_json::to_string(value)?)?;
        }
        write!(out, "\n  {}: [", serde_json::to_string(key)?)?;
        Ok(ListWriter::Json { out, first: true })
    }

    /// One item: serialized for JSON, or its cells for a table.
    pub fn item<T: Serialize>(&mut self, item: &T, cells: impl FnOnce() -> Vec<Cell>) -> io::Result<()> {
        match self {
            ListWriter::Json { .. } => self.rendered(&serde_json::to_string(item)?),
            ListWriter::Table { columns, colors, .. } => {
                let line = columns.line(&cells(), *colors);
                self.rendered(&line)
            }
        }
    }

    /// One item already rendered for this writer's format (on a worker thread, say): compact
    /// JSON, or a line from [`Columns::line`].
    pub fn rendered(&mut self, text: &str) -> io::Result<()> {
        match self {
            ListWriter::Json { out, first } => {
                write!(out, "{}\n    {text}", if *first { "" } else { "," })?;
                *first = false;
                Ok(())
            }
            ListWriter::Table { out, .. } => writeln!(out, "{text}"),
        }
    }

    /// Ends the list. JSON: closes the array and the document with the fields after it
    /// (`tail`); a table has nothing after its rows.
    pub fn finish(self, tail: &[(&str, Value)]) -> io::Result<()> {
        match self {
            ListWriter::Json { mut out, .. } => {
                write!(out, "\n  ]")?;
                for (name, value) in tail {
                    let pretty = serde_json::to_string_pretty(value)?.replace('\n', "\n  ");
                    write!(out, ",\n  {}: {pretty}", serde_json::to_string(name)?)?;
                }
                writeln!(out, "\n}}")?;
                out.flush()
            }
            ListWriter::Table { mut out, .. } => out.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_fit_their_columns() {
        const COLUMNS: Columns = Columns(&[Column::left("name", 6), Column::right("n", 3), Column::last("notes")]);
        assert_eq!(COLUMNS.header(), "NAME      N  NOTES");
        for (cells, want) in [
            (["Acme", "7", "fine"], "Acme      7  fine"),
            (["Initech Corp", "1234", ""], "Inite…  12…"),
            (["Evil\u{1b}[2J", "0", "two\nlines"], "Evil\\…    0  two\\u{a}lines"),
        ] {
            let cells: Vec<Cell> = cells.into_iter().map(Cell::plain).collect();
            assert_eq!(COLUMNS.line(&cells, false), want);
        }
        let painted = COLUMNS.line(&[Cell::painted("ok", Tone::Good), "1".into(), "".into()], true);
        assert!(painted.starts_with("\u{1b}[") && painted.contains("ok    \u{1b}["), "{painted:?}");
    }
}
