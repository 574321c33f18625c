//! `providers list` and `models list`: one organization's providers, and its models through
//! each provider.

use std::io;

use serde::Serialize;

use crate::output::{plural, Output, Tone, View};
use crate::policy::evaluate::PairState;
use crate::policy::Rules;

/// The org a listing is about: `{"id", "name"}`, and what people are told about it first.
#[derive(Serialize)]
pub struct ListedOrg {
    pub id: String,
    pub name: String,
    /// Why nothing is allowed (invalid settings), if so.
    #[serde(skip)]
    pub invalid: Option<String>,
    /// The plan, when it does not enforce access configuration (everything is allowed).
    #[serde(skip)]
    pub unenforced_plan: Option<String>,
}

impl ListedOrg {
    fn notes(&self, out: &Output) {
        if let Some(invalid) = &self.invalid {
            out.warn(format!("organization '{}' has invalid settings, so nothing is allowed: {invalid}", self.name));
        } else if let Some(plan) = &self.unenforced_plan {
            out.note(format!(
                "plan '{plan}' does not enforce access configuration: every provider and model is allowed"
            ));
        }
    }
}

/// One provider: `{"slug", "name", "allowed", "reason", "models", "models_blocked"}`.
#[derive(Serialize)]
pub struct ProviderLine {
    pub slug: String,
    pub name: String,
    pub allowed: bool,
    pub reason: PairState,
    pub models: usize,
    pub models_blocked: usize,
}

/// `providers list`: `{"org": {"id", "name"}, "rules", "providers": [...]}`.
#[derive(Serialize)]
pub struct Providers {
    pub org: ListedOrg,
    pub rules: Rules,
    pub providers: Vec<ProviderLine>,
    /// With `--search`: the text, and how many live providers there are in all.
    #[serde(skip)]
    pub search: Option<(String, usize)>,
    #[serde(skip)]
    pub providers_blocked: usize,
    #[serde(skip)]
    pub combos_blocked: usize,
}

impl View for Providers {
    fn render(&self, out: &Output) -> io::Result<()> {
        self.org.notes(out);
        let mut table = out.new_table(&["provider", "name", "state", "why", "models", "models blocked"]);
        for line in &self.providers {
            let (word, tone) = if line.allowed { ("allowed", Tone::Good) } else { ("blocked", Tone::Bad) };
            table.add_row(vec![
                line.slug.clone().into(),
                line.name.clone().into(),
                out.cell(word, tone),
                out.cell(line.reason.describe(), Tone::Dim),
                line.models.into(),
                if line.models_blocked > 0 {
                    out.cell(line.models_blocked, Tone::Warn)
                } else {
                    out.cell("-", Tone::Dim)
                },
            ]);
        }
        if !self.providers.is_empty() {
            out.table(&table)?;
        }
        if let Some((q, live)) = &self.search {
            out.note(format!("{} of {live} live providers match '{q}'", self.providers.len()));
        }
        out.line(format!(
            "{}: {} blocked, {} blocked",
            self.org.name,
            plural(self.providers_blocked, "provider", "providers"),
            plural(self.combos_blocked, "model combination", "model combinations"),
        ))
    }
}

/// One model: `{"model", "name", "providers": [{"slug", "allowed", "reason"}]}`.
#[derive(Serialize)]
pub struct ModelLine {
    pub model: String,
    pub name: String,
    pub providers: Vec<PairLine>,
}

#[derive(Serialize)]
pub struct PairLine {
    pub slug: String,
    pub allowed: bool,
    pub reason: PairState,
}

/// `models list`: `{"org": {"id", "name"}, "rules", "models": [...]}`.
#[derive(Serialize)]
pub struct Models {
    pub org: ListedOrg,
    pub rules: Rules,
    pub models: Vec<ModelLine>,
    /// The org's own models (custom LLMs, BYOK), exempt from catalog policy.
    #[serde(skip)]
    pub custom_models: Vec<String>,
}

impl View for Models {
    fn render(&self, out: &Output) -> io::Result<()> {
        self.org.notes(out);
        let mut table = out.new_table(&["model", "name", "allowed via", "blocked via"]);
        let mut blocked_pairs = 0;
        for line in &self.models {
            let allowed: Vec<&str> = line.providers.iter().filter(|p| p.allowed).map(|p| p.slug.as_str()).collect();
            // Grouped by reason: "not in allow list: a, b; blocked for this model: c".
            let mut refused: Vec<(PairState, Vec<&str>)> = Vec::new();
            for p in line.providers.iter().filter(|p| !p.allowed) {
                blocked_pairs += 1;
                match refused.iter_mut().find(|(state, _)| *state == p.reason) {
                    Some((_, slugs)) => slugs.push(&p.slug),
                    None => refused.push((p.reason, vec![&p.slug])),
                }
            }
            let refused: Vec<String> =
                refused.iter().map(|(state, slugs)| format!("{}: {}", state.describe(), slugs.join(", "))).collect();
            table.add_row(vec![
                line.model.clone().into(),
                line.name.clone().into(),
                out.cell(if allowed.is_empty() { "-".into() } else { allowed.join(", ") }, Tone::Good),
                out.cell(refused.join("; "), Tone::Bad),
            ]);
        }
        if !self.models.is_empty() {
            out.table(&table)?;
        }
        if !self.custom_models.is_empty() {
            out.note(format!("custom models (exempt from catalog policy): {}", self.custom_models.join(", ")));
        }
        out.line(format!(
            "{}, {} usable, {} blocked",
            plural(self.models.len(), "model", "models"),
            self.models.iter().filter(|l| l.providers.iter().any(|p| p.allowed)).count(),
            plural(blocked_pairs, "model/provider combination", "model/provider combinations"),
        ))
    }
}
