//! `abuse identity|get|set|clear|list`: the abuse actions the gateway caches in Redis.

use std::io;

use serde::Serialize;

use crate::output::stream::{Cell, Column, Columns};
use crate::output::{plural, Output, Tone, View};
use crate::policy::abuse::{Action, Cached};

/// How an action is painted: refusals red, quarantines yellow, the rest dim.
pub fn action_tone(action: Action) -> Tone {
    match action {
        Action::Block | Action::RateLimit => Tone::Bad,
        Action::Quarantine1 | Action::Quarantine2 | Action::Quarantine3 => Tone::Warn,
        Action::None | Action::Log => Tone::Dim,
    }
}

/// `abuse identity`: `{"identity", "key"}`.
#[derive(Serialize)]
pub struct IdentityKey<'a> {
    pub identity: &'a str,
    pub key: String,
}

impl View for IdentityKey<'_> {
    fn render(&self, out: &Output) -> io::Result<()> {
        out.line(self.identity)?;
        out.note(format!("redis key: {}", self.key));
        Ok(())
    }
}

/// `abuse get`: `{"identity", "key", "cached": {"action", "status", "value"?}}`.
#[derive(Serialize)]
pub struct Get<'a> {
    pub identity: &'a str,
    pub key: String,
    pub cached: &'a Cached,
}

impl View for Get<'_> {
    fn render(&self, out: &Output) -> io::Result<()> {
        let action = out.paint(self.cached.describe(), action_tone(self.cached.action));
        out.line(format!("{}: {action}", self.identity))
    }
}

/// `abuse set`: `{"identity", "key", "action", "before": {cached}}`.
#[derive(Serialize)]
pub struct Set<'a> {
    pub identity: &'a str,
    pub key: String,
    pub action: Action,
    pub before: &'a Cached,
    pub dry_run: bool,
    /// Whether Redis was written.
    pub changed: bool,
}

impl View for Set<'_> {
    fn render(&self, out: &Output) -> io::Result<()> {
        let action = out.paint(self.action.as_str(), action_tone(self.action));
        out.line(format!("{}: {action} ({})", self.identity, self.before.before()))?;
        if self.dry_run {
            out.note("dry run: nothing written");
        }
        Ok(())
    }
}

/// `abuse clear IDENTITY`: `{"identity", "key", "removed", "before": {cached}}`.
#[derive(Serialize)]
pub struct Clear<'a> {
    pub identity: &'a str,
    pub key: String,
    pub removed: bool,
    pub before: &'a Cached,
    pub dry_run: bool,
}

impl View for Clear<'_> {
    fn render(&self, out: &Output) -> io::Result<()> {
        let cached = self.before.status != crate::policy::abuse::Lookup::Absent;
        match (self.removed, cached && self.dry_run) {
            (true, _) => out.line(format!("{}: cleared ({})", self.identity, self.before.before())),
            (false, true) => {
                out.line(format!("{}: would be cleared ({})", self.identity, self.before.before()))?;
                out.note("dry run: nothing written");
                Ok(())
            }
            (false, false) => out.line(format!("{}: nothing cached", self.identity)),
        }
    }
}

/// `abuse clear --all`: `{"prefix", "deleted"}`.
#[derive(Serialize)]
pub struct ClearAll<'a> {
    pub prefix: &'a str,
    /// Under --dry-run, how many would be.
    pub deleted: u64,
    pub dry_run: bool,
}

impl View for ClearAll<'_> {
    fn render(&self, out: &Output) -> io::Result<()> {
        let deleted = plural(self.deleted as usize, "cached action", "cached actions");
        let verb = if self.dry_run { "would clear" } else { "cleared" };
        out.line(format!("{verb} {deleted} under '{}'", self.prefix))
    }
}

/// `abuse list`, streamed: `{"prefix", "identities": [{"identity", "action", "status",
/// "value"?}], "count"}`.
#[derive(Serialize)]
pub struct Listed<'a> {
    pub identity: &'a str,
    #[serde(flatten)]
    pub cached: &'a Cached,
}

impl Listed<'_> {
    pub const COLUMNS: Columns = Columns(&[Column::fixed("action", 16), Column::last("identity")]);

    pub fn cells(&self) -> Vec<Cell> {
        let label = match &self.cached.value {
            Some(v) => format!("unknown: {v}"),
            None => self.cached.action.to_string(),
        };
        vec![Cell::painted(label, action_tone(self.cached.action)), self.identity.into()]
    }
}
