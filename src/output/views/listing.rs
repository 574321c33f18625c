//! `providers list` and `models list`: one organization's providers, and its models through
//! each provider.

use std::io;

use serde::Serialize;

use crate::output::{plural, Output, Tone, View};
use crate::policy::evaluate::PairState;
use crate::policy::Rules;

pub use crate::services::ListedOrg;
use crate::services::MemberView;

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

/// `providers list`: `{"org": {"id", "name"}, "rules", "providers": [...]}`, and with
/// `--member` `"member": {...}` (as `models list`).
#[derive(Serialize)]
pub struct Providers {
    pub org: ListedOrg,
    pub rules: Rules,
    pub providers: Vec<ProviderLine>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member: Option<MemberView>,
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
        if let Some(member) = &self.member {
            member_line(out, member)?;
        }
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
        out.summary(format!(
            "{}: {} blocked, {} blocked",
            self.org.name,
            plural(self.providers_blocked, "provider", "providers"),
            plural(self.combos_blocked, "model combination", "model combinations"),
        ));
        Ok(())
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

/// `models list`: `{"org": {"id", "name"}, "rules", "models": [...]}`, and with `--member`
/// `"member": {"id", "email", "groups", "policy_revision", "grant", "note"}` (pairs then say
/// `granted_to_member`, `no_grant` or `invalid_group_policy` where the member's grant decides).
#[derive(Serialize)]
pub struct Models {
    pub org: ListedOrg,
    pub rules: Rules,
    pub models: Vec<ModelLine>,
    /// Models left out because every provider of theirs trains on prompts and the org denies
    /// data collection (the gateway hides them from its listing; current rules).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hidden_data_collection_required: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member: Option<MemberView>,
    /// `kilo-auto/org`, which the gateway lists last for an org with Organization Auto on:
    /// each route and what its target resolves to or why it is refused.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization_auto: Option<OrgAutoListing>,
    /// The org's own models (custom LLMs, BYOK), exempt from catalog policy.
    #[serde(skip)]
    pub custom_models: Vec<String>,
}

/// `{"model": "kilo-auto/org", "routes": [{"mode", "target", "resolves_to", "refused"}]}`;
/// `mode` null is the fallback.
#[derive(Serialize)]
pub struct OrgAutoListing {
    pub model: String,
    pub routes: Vec<OrgAutoRouteLine>,
}

#[derive(Serialize)]
pub struct OrgAutoRouteLine {
    pub mode: Option<String>,
    pub target: String,
    pub resolves_to: Option<String>,
    /// The gateway's 400 `organization_auto_configuration` message for requests in this mode.
    pub refused: Option<String>,
}

impl From<(String, Vec<crate::policy::request::OrgAutoRoute>)> for OrgAutoListing {
    fn from((model, routes): (String, Vec<crate::policy::request::OrgAutoRoute>)) -> Self {
        let routes = routes
            .into_iter()
            .map(|r| {
                let (resolves_to, refused) = match r.outcome {
                    Ok(to) => (Some(to), None),
                    Err(why) => (None, Some(why)),
                };
                OrgAutoRouteLine { mode: r.mode, target: r.target, resolves_to, refused }
            })
            .collect();
        OrgAutoListing { model, routes }
    }
}

impl OrgAutoListing {
    fn render(&self, out: &Output) -> io::Result<()> {
        let refused = self.routes.iter().filter(|r| r.refused.is_some()).count();
        out.line(format!(
            "{} (Organization Auto) is listed: {}{}",
            self.model,
            plural(self.routes.len() - 1, "route", "routes"),
            if refused > 0 { format!(", {refused} refused") } else { String::new() }
        ))?;
        for route in &self.routes {
            let mode = route.mode.as_deref().map_or("fallback".to_string(), |m| format!("mode {m}"));
            match &route.refused {
                None => out.line(format!("  {mode} -> {}", route.target))?,
                Some(why) => out.line(format!("  {mode} -> {}: refused: {why}", route.target))?,
            }
        }
        Ok(())
    }
}

/// Who the listing is for, when it is for one member.
fn member_line(out: &Output, member: &MemberView) -> io::Result<()> {
    let who = member.email.clone().or(member.id.clone()).unwrap_or_default();
    let groups = if member.groups.is_empty() { "no group".to_string() } else { member.groups.join(", ") };
    let grant = member.grant.as_ref().map_or("invalid", |g| g.summary());
    out.line(format!("as member {who} (groups: {groups}; grant: {grant})"))?;
    if let Some(note) = &member.note {
        out.warn(note);
    }
    Ok(())
}

impl View for Models {
    fn render(&self, out: &Output) -> io::Result<()> {
        self.org.notes(out);
        if let Some(member) = &self.member {
            member_line(out, member)?;
        }
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
                refused.iter().map(|(state, slugs)| format!("{}: {}", state.describe(), out.some_of(slugs))).collect();
            table.add_row(vec![
                line.model.clone().into(),
                line.name.clone().into(),
                out.cell(if allowed.is_empty() { "-".into() } else { out.some_of(&allowed) }, Tone::Good),
                out.cell(refused.join("; "), Tone::Bad),
            ]);
        }
        if !self.models.is_empty() {
            out.table(&table)?;
        }
        if let Some(auto) = &self.organization_auto {
            auto.render(out)?;
        }
        if !self.custom_models.is_empty() {
            out.note(format!("custom models (exempt from catalog policy): {}", self.custom_models.join(", ")));
        }
        if !self.hidden_data_collection_required.is_empty() {
            out.note(format!(
                "{} not listed: every provider of theirs trains on prompts and the organization denies data collection ({})",
                plural(self.hidden_data_collection_required.len(), "model", "models"),
                out.some_of(&self.hidden_data_collection_required.iter().map(String::as_str).collect::<Vec<_>>())
            ));
        }
        out.summary(format!(
            "{}, {} usable, {} blocked",
            plural(self.models.len(), "model", "models"),
            self.models.iter().filter(|l| l.providers.iter().any(|p| p.allowed)).count(),
            plural(blocked_pairs, "model/provider combination", "model/provider combinations"),
        ));
        Ok(())
    }
}
