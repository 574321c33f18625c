//! Streaming a long list to stdout as it is computed: one JSON document whose array is
//! written item by item, or table rows written line by line. Memory stays flat however many
//! organizations a bulk command scans.

use std::io::{self, BufWriter, Stdout, Write};

use serde::Serialize;

/// Writes `{<head> "<key>": [item, ...], <tail>}`, item by item.
pub struct JsonList {
    out: BufWriter<Stdout>,
    first: bool,
}

impl JsonList {
    /// Starts the document; `head` holds the fields before the list, already as JSON pairs
    /// (`"snapshot_id": 3`), and `key` names the list.
    pub fn start(head: &[(&str, serde_json::Value)], key: &str) -> io::Result<Self> {
        let mut out = BufWriter::new(io::stdout());
        write!(out, "{{")?;
        for (name, value) in head {
            write!(out, "\n  {}: {},", serde_json::to_string(name)?, serde_json::to_string(value)?)?;
        }
        write!(out, "\n  {}: [", serde_json::to_string(key)?)?;
        Ok(Self { out, first: true })
    }

    pub fn item<T: Serialize>(&mut self, item: &T) -> io::Result<()> {
        self.raw_item(&serde_json::to_string(item)?)
    }

    /// An item already serialized (on a worker thread, say) as compact JSON.
    pub fn raw_item(&mut self, json: &str) -> io::Result<()> {
        write!(self.out, "{}\n    {json}", if self.first { "" } else { "," })?;
        self.first = false;
        Ok(())
    }

    /// Closes the list and the document with the fields that come after it.
    pub fn finish(mut self, tail: &[(&str, serde_json::Value)]) -> io::Result<()> {
        write!(self.out, "\n  ]")?;
        for (name, value) in tail {
            let pretty = serde_json::to_string_pretty(value)?.replace('\n', "\n  ");
            write!(self.out, ",\n  {}: {pretty}", serde_json::to_string(name)?)?;
        }
        writeln!(self.out, "\n}}")?;
        self.out.flush()
    }
}

/// Table rows written as they come (a table that fits in memory uses comfy-table instead),
/// terminal-safe (see [`super::escape_controls`]; `colors`: whether this tool's colour
/// sequences are kept).
pub struct Lines {
    out: BufWriter<Stdout>,
    colors: bool,
}

impl Lines {
    pub fn start(header: &str, colors: bool) -> io::Result<Self> {
        let mut out = BufWriter::new(io::stdout());
        writeln!(out, "{header}")?;
        Ok(Self { out, colors })
    }

    pub fn line(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.out, "{}", super::escape_controls(text, self.colors))
    }

    pub fn finish(mut self) -> io::Result<()> {
        self.out.flush()
    }
}
