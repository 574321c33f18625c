//! `check`: one request decided and explained.

use std::io;

use serde::Serialize;
use serde_json::Value;

use crate::output::{Output, Tone, View};
use crate::policy::abuse::Action;
use crate::policy::catalog::UnknownName;
use crate::policy::groups::DecidedBy;
use crate::policy::request::Trial;
use crate::policy::Rules;
pub use crate::services::MemberView;

/// The abuse layer: `{"identity", "action", "status", "value", "delay_ms", "rewritten_model"}`.
/// `status`: `not_requested`, `disabled`, `no_redis`, or the lookup's `found`, `absent`,
/// `unknown_value`.
#[derive(Serialize)]
pub struct AbuseView {
    pub identity: Option<String>,
    pub action: Action,
    pub status: &'static str,
    pub value: Option<String>,
    pub delay_ms: u64,
    pub rewritten_model: Option<String>,
    /// The line people read after `abuse: IDENTITY: ` (none when no identity was given), and
    /// the tone of its effect.
    #[serde(skip)]
    pub line: Option<(String, String, Option<Tone>)>,
}

impl MemberView {
    /// Who, in words.
    fn who(&self) -> String {
        match (&self.id, &self.email) {
            (Some(id), Some(email)) => format!("member {email} ({id})"),
            (Some(id), None) => format!("member {id}"),
            _ => "a member in no group".to_string(),
        }
    }

    fn render(&self, out: &Output) -> io::Result<()> {
        let groups = if self.groups.is_empty() { "no group".to_string() } else { self.groups.join(", ") };
        let grant = self.grant.as_ref().map_or("-", |g| g.summary());
        out.line(format!("  {}: groups {groups}; grant {grant}", self.who()))?;
        if let Some(decision) = &self.decision {
            out.line(format!("  decided by: {}", decided_by(&decision.decided_by)))?;
        }
        if let Some(note) = &self.note {
            out.note(note);
        }
        Ok(())
    }
}

/// The rule that decided, in words.
pub fn decided_by(by: &DecidedBy) -> String {
    let sources =
        |from: &[crate::policy::groups::Source]| from.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
    match by {
        DecidedBy::Exemption => "an exemption (kilo-internal/, kilo-auto/ or a direct-BYOK model)".into(),
        DecidedBy::NotEnterprise => "the plan: outside Enterprise, groups and policies are not read".into(),
        DecidedBy::OrganizationDenyList => "the organization's model_deny_list".into(),
        DecidedBy::NotInSnapshot => "the catalog: the model is not served in the current snapshot".into(),
        DecidedBy::Baseline => "the organization baseline (no provider allow list)".into(),
        DecidedBy::OrganizationProviders => "the organization's provider_allow_list".into(),
        DecidedBy::OrganizationPairs => {
            "the organization's model_provider_deny_list (orgpolicy's own schema) and provider_allow_list, if any"
                .into()
        }
        DecidedBy::GroupModel { from } => format!("the selected models of {}", sources(from)),
        DecidedBy::GroupProviders { from } => format!("the selected providers of {}", sources(from)),
        DecidedBy::NoGrant => "no grant: no policy of the member's groups or the default grants it".into(),
    }
}

/// One model of a fallback chain: `{"model", "allowed", "reason", "message"}`.
#[derive(Serialize)]
pub struct ChainLink {
    pub model: String,
    pub allowed: bool,
    pub reason: &'static str,
    pub message: String,
}

/// The org's default model when the whole chain was rejected.
pub struct DefaultLink {
    pub model: String,
    /// Whether it was selected (allowed), and why not otherwise.
    pub selected: bool,
    pub message: String,
}

/// `check`: `{"org", "model", "allowed", "reason", "error", "message", "providers", "routing",
/// "trace", "abuse", "http_status", "rules", "denial_source", "decided_by", "route_target",
/// "notes", "unknown": [{"kind", "name", "closest"}], "trial", "access_check_bypassed", "member"}`, and with `--fallback`: `"chain":
/// [links], "selected", "selected_from"` (`primary`, `fallback`, `default_model`, `none`).
/// `error` is the gateway's `error_type`; `decided_by` the layer of its request path that
/// decided (`policy`, `unavailable`, `organization_auto`, `data_collection`,
/// `exclusive_provider`, `upstream`, `openrouter_model`, `bypass`, `auto_tier`,
/// `model_missing`, `served`, or `abuse`).
#[derive(Serialize)]
pub struct Checked {
    pub org: String,
    pub model: String,
    pub allowed: bool,
    pub reason: &'static str,
    pub error: Option<&'static str>,
    pub message: String,
    pub providers: Vec<String>,
    pub routing: Option<Value>,
    pub trace: Vec<String>,
    pub abuse: AbuseView,
    pub http_status: u16,
    pub rules: Rules,
    pub denial_source: Option<&'static str>,
    pub decided_by: &'static str,
    /// The Organization Auto route the request took.
    pub route_target: Option<String>,
    pub notes: Vec<String>,
    /// Models and providers of the request the catalog does not know (likely typos: the answer
    /// is still the gateway's).
    pub unknown: Vec<UnknownName>,
    /// Whether Anthropic may serve Claude for the org (gateway rules only).
    pub trial: Option<Trial>,
    pub access_check_bypassed: Option<String>,
    pub member: Option<MemberView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chain: Option<Vec<ChainLink>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selected: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selected_from: Option<&'static str>,
    #[serde(skip)]
    pub people: ForPeople,
}

/// What only the rendering for people needs.
pub struct ForPeople {
    pub org_name: String,
    /// ` via PROVIDER` when the request names one.
    pub via: String,
    pub refused_by_abuse: bool,
    pub chain_exhausted: bool,
    pub default_link: Option<DefaultLink>,
    /// The snapshot id, when `--explain` asks for the steps.
    pub explain: Option<i64>,
    /// The layer that decided, in words.
    pub layer: &'static str,
}

impl View for Checked {
    fn render(&self, out: &Output) -> io::Result<()> {
        let people = &self.people;
        if let (Some(identity), Some((shown, effect, tone))) = (&self.abuse.identity, &self.abuse.line) {
            let effect = match tone {
                Some(tone) => out.paint(effect, *tone),
                None => effect.clone(),
            };
            let line = if shown.is_empty() { effect } else { format!("{shown}: {effect}") };
            out.line(format!("abuse: {identity}: {line}"))?;
        }
        if let Some(chain) = &self.chain {
            self.render_chain(out, chain)?;
        }
        let verdict = if self.allowed { out.paint("allowed", Tone::Good) } else { out.paint("denied", Tone::Bad) };
        if people.chain_exhausted && !self.allowed && !people.refused_by_abuse {
            out.line(format!("{verdict}: every model of the chain was rejected for {} (HTTP 403)", people.org_name))?;
        } else {
            out.line(format!(
                "{verdict}: {}{} for {} ({}, HTTP {})",
                self.model,
                people.via,
                people.org_name,
                out.paint(self.reason, Tone::Dim),
                self.http_status
            ))?;
            out.line(format!("  {}", self.message))?;
        }
        if let Some(target) = &self.route_target {
            out.line(format!("  Organization Auto route: {target}"))?;
        }
        for note in &self.notes {
            out.note(note);
        }
        for unknown in &self.unknown {
            out.warn(format!("{}: answered as the gateway answers any name", unknown.sentence()));
        }
        if let Some(routing) = &self.routing {
            out.line(format!("  routing: {routing}"))?;
        }
        if let Some(error) = self.error {
            out.line(format!("  gateway error: {error}, decided by {} (rules: {})", people.layer, self.rules))?;
        }
        if let Some(source) = self.denial_source {
            out.line(format!("  gateway denial source: {source}"))?;
        }
        if let Some(bypass) = &self.access_check_bypassed {
            out.line(format!("  {}", out.paint(format!("note: {bypass}"), Tone::Warn)))?;
        }
        if let Some(member) = &self.member {
            member.render(out)?;
        }
        if let Some(snapshot) = people.explain {
            out.line(format!("  steps (catalog snapshot {snapshot}):"))?;
            for (i, step) in self.trace.iter().enumerate() {
                out.line(format!("    {}. {step}", i + 1))?;
            }
        }
        Ok(())
    }
}

impl Checked {
    /// One line per model of the chain, then which one is used.
    fn render_chain(&self, out: &Output, chain: &[ChainLink]) -> io::Result<()> {
        out.line(format!("chain for {}:", self.people.org_name))?;
        for (i, link) in chain.iter().enumerate() {
            let role = if i == 0 { "primary".to_string() } else { format!("fallback {i}") };
            if link.allowed {
                out.line(format!("  {} {} ({role})", out.paint("ok      ", Tone::Good), link.model))?;
            } else {
                out.line(format!("  {} {} ({role}): {}", out.paint("rejected", Tone::Bad), link.model, link.message))?;
            }
        }
        match &self.people.default_link {
            Some(default) if default.selected => out.warn(format!(
                "every model of the chain was rejected: falling back to the org's default_model '{}'",
                default.model
            )),
            Some(default) if self.selected_from == Some("none") => out.line(format!(
                "  {} {} (default_model): {}",
                out.paint("rejected", Tone::Bad),
                default.model,
                default.message
            ))?,
            None if self.selected_from == Some("none") => out.line("  no default_model to fall back to")?,
            _ => {}
        }
        Ok(())
    }
}
