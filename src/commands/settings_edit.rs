//! The one policy edit flow (`providers allow|deny`, `models allow|deny`): an edit is previewed
//! as an effective-access diff, confirmed, then written with compare-and-swap together with its
//! audit row. When another writer got there first, the edit (a set operation) is re-applied to
//! the current document, a bounded number of times.

use serde_json::value::RawValue;

use crate::cli::EditFlags;
use crate::error::fixable;
use crate::exit::ExitStatus;
use crate::output::views::edit::{Edited, PairsDiff, Preview};
use crate::policy::catalog::{closest, Catalog};
use crate::policy::edit::{self, Applied, Edit, EditError, Target, Verb};
use crate::policy::gateway::settings_change_message;
use crate::policy::settings::ModelProvider;
use crate::policy::AccessDiff;
use crate::store::{AuditLogEntry, Schema, WriteKind, Written, SETTINGS_CHANGE};

use crate::services::{Ctx, LoadedOrg, RequestInputs, Snapshot};
use crate::store::{Actor, Store};

use super::cas_edit::{self, CasEdit};

/// Refuses names the catalog does not know (a typo would otherwise be written silently),
/// unless they are already in the list being edited or `--allow-unknown` is given.
fn check_known(edit: &Edit, org: &LoadedOrg, c: &Catalog) -> anyhow::Result<()> {
    let policy = org.settings.policy().ok();
    let listed = |s: &String| {
        policy.is_some_and(|p| {
            p.provider_deny_list.contains(s)
                || p.provider_allow_list.as_ref().is_some_and(|l| l.contains(s))
                || p.model_deny_list.contains(s)
        })
    };
    let provider_names = || c.providers().iter().map(|p| p.slug.as_str());
    let model_names = || c.models().iter().map(|m| m.id.as_str());
    let unknown = |kind: &str, name: &str, suggestions: Vec<String>| {
        let mut help = match suggestions.first() {
            Some(s) => format!("did you mean '{s}'? "),
            None => String::new(),
        };
        if kind == "provider" {
            if let Some(allowed) = policy.and_then(|p| p.enforced_allow_list()) {
                help.push_str(&format!("allowed: {}; ", allowed.join(", ")));
            }
        }
        help.push_str("pass --allow-unknown to write it anyway");
        fixable(format!("{kind} '{name}' is not in the catalog"), help)
    };
    match &edit.target {
        Target::Providers(slugs) => {
            if let Some(s) = slugs.iter().find(|s| c.provider_id(s).is_none() && !listed(s)) {
                return Err(unknown("provider", s, closest(s, provider_names())));
            }
        }
        Target::Models(models) => {
            if let Some(m) = models.iter().find(|m| c.model_id(m).is_none() && !listed(m)) {
                return Err(unknown("model", m, closest(m, model_names())));
            }
        }
        Target::Combos(combos) => {
            let present = |e: &ModelProvider| policy.is_some_and(|p| p.model_provider_deny_list.contains(e));
            for e in combos.iter().filter(|e| !present(e)) {
                let Some(model) = c.model_id(&e.model) else {
                    return Err(unknown("model", &e.model, closest(&e.model, model_names())));
                };
                let Some(provider) = c.provider_id(&e.provider) else {
                    return Err(unknown("provider", &e.provider, closest(&e.provider, provider_names())));
                };
                if !c.model(model).serving.contains(provider) {
                    return Err(fixable(
                        format!("provider '{}' does not serve '{}'", e.provider, e.model),
                        format!(
                            "it is served by: {}; pass --allow-unknown to write it anyway",
                            c.slugs(&c.model(model).serving).join(", ")
                        ),
                    ));
                }
            }
        }
    }
    Ok(())
}

fn explain_refusal(org: &LoadedOrg, e: EditError) -> anyhow::Error {
    let name = &org.row.name;
    match e {
        EditError::NotEnterprise(plan) => fixable(
            format!("cannot edit '{name}': access configuration is not enforced for plan '{plan}'"),
            "provider and model restrictions apply to enterprise organizations only",
        ),
        EditError::Invalid(invalid) => fixable(
            format!("cannot edit '{name}': {invalid}"),
            "fix the settings document in the database first; orgpolicy never rewrites an invalid one",
        ),
        EditError::CombosUnsupported => fixable(
            format!("cannot edit '{name}': model/provider combinations are not read by the gateway"),
            "no gateway version reads model_provider_deny_list; deny the model everywhere (`orgpolicy models deny --org ORG MODEL`) or take the provider off the allow list",
        ),
    }
}

struct Outcome {
    applied: Applied,
    diff: AccessDiff,
    before: Box<RawValue>,
    audit_id: Option<String>,
}

/// An edit's audit `details`: the documents embedded as stored, never rebuilt as JSON trees
/// (a 10 MiB document would be held several times over, and values no tree holds lost).
#[derive(serde::Serialize)]
struct EditDetails<'a> {
    tool: &'static str,
    key: &'a str,
    added: &'a [String],
    removed: &'a [String],
    cleared_default_model: Option<&'a str>,
    catalog_snapshot: i64,
    before: &'a RawValue,
    after: &'a RawValue,
}

pub async fn run(ctx: &Ctx, org_query: &str, edit: Edit, flags: EditFlags) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
    if !flags.dry_run {
        store.ensure_writable(WriteKind::Settings).await?;
    }
    let snapshot = Snapshot::latest(ctx, &store).await?;
    let org = LoadedOrg::load(ctx, &store, org_query).await?;
    let combos = matches!(edit.target, Target::Combos(_));
    if combos && !org.own_schema {
        return Err(explain_refusal(&org, EditError::CombosUnsupported));
    }
    // Combinations are orgpolicy's extension, edited by its strict reading under every rules set.
    if !org.rules.is_gateway_reading() || combos {
        edit::editable(org.as_org()).map_err(|e| explain_refusal(&org, e))?;
    }
    if !flags.allow_unknown {
        check_known(&edit, &org, &snapshot.catalog)?;
    }
    let inputs = org.served_inputs(&store).await?;
    let command = command_name(&edit);
    let mut write = SettingsEdit { store: &store, snapshot: &snapshot, org, edit, flags, inputs, command };
    cas_edit::run(ctx, &store, &mut write).await
}

/// A settings edit as the edit flow carries it out: a set operation on one list, re-applied
/// to the document current at each attempt.
struct SettingsEdit<'a> {
    store: &'a Store,
    snapshot: &'a Snapshot,
    org: LoadedOrg,
    edit: Edit,
    flags: EditFlags,
    inputs: Option<RequestInputs>,
    /// `orgpolicy providers deny` and so on, for the gateway's audit message.
    command: String,
}

impl CasEdit for SettingsEdit<'_> {
    type Prepared = Outcome;

    async fn prepare(&mut self, ctx: &Ctx, attempt: u32) -> anyhow::Result<Outcome> {
        if attempt > 1 {
            self.org = LoadedOrg::load(ctx, self.store, &self.org.row.id).await?;
        }
        let (org, c) = (&self.org, &self.snapshot.catalog);
        let applied = edit::apply(&self.edit, org.as_org(), c).map_err(|e| explain_refusal(org, e))?;
        if org.rules.is_gateway_reading() && !applied.is_noop() {
            refuse_broken_org_auto(self.store, org, &applied, c).await?;
        }
        let before = org.compile_served(c, self.inputs.as_ref()).effective_access(c);
        let after = org.compile_served_with(&applied.settings, c, self.inputs.as_ref()).effective_access(c);
        let diff = AccessDiff::between((c, &before), (c, &after));
        Ok(Outcome { before: org.settings.embedded(), applied, diff, audit_id: None })
    }

    fn writes(&self, outcome: &Outcome) -> bool {
        !outcome.applied.is_noop() && !self.flags.dry_run
    }

    fn preview(&self, ctx: &Ctx, outcome: &Outcome) -> anyhow::Result<()> {
        Ok(preview(&self.org, outcome).render(&ctx.out)?)
    }

    fn question(&self, _: &Outcome) -> String {
        format!("apply this change to '{}'", self.org.row.name)
    }

    async fn write(&mut self, outcome: &mut Outcome, actor: &Actor) -> anyhow::Result<Written<()>> {
        let org = &self.org;
        let audit = AuditLogEntry {
            action: SETTINGS_CHANGE.into(),
            actor: actor.clone(),
            message: match self.store.schema() {
                Schema::Gateway => gateway_message(org, &outcome.applied, &self.command),
                Schema::Own => outcome.applied.summary.clone(),
            },
            details: serde_json::value::to_raw_value(&EditDetails {
                tool: crate::policy::trail::TOOL,
                key: outcome.applied.key,
                added: &outcome.applied.added,
                removed: &outcome.applied.removed,
                cleared_default_model: outcome.applied.cleared_default.as_deref(),
                catalog_snapshot: self.snapshot.id,
                before: &outcome.before,
                after: &outcome.applied.settings.embedded(),
            })?,
        };
        // The edited text: every value but the edited key as stored, numbers included.
        let new = outcome.applied.settings.text();
        Ok(match self.store.update_settings(&org.row.id, &org.row.settings, new, &audit).await? {
            Written::Done(audit_id) => {
                outcome.audit_id = Some(audit_id);
                Written::Done(())
            }
            Written::Refused(why) => Written::Refused(why),
            Written::Changed => Written::Changed,
        })
    }

    fn show(&self, ctx: &Ctx, outcome: &Outcome) -> anyhow::Result<()> {
        report(ctx, &self.org, outcome, self.flags.dry_run)
    }

    fn org_name(&self) -> &str {
        &self.org.row.name
    }

    fn versioned(&self) -> &'static str {
        "the settings"
    }
}

/// The gateway refuses a change of the lists that breaks an enabled Organization Auto
/// (GATEWAY-TODAY §6); so does this edit, with the gateway's message.
async fn refuse_broken_org_auto(
    store: &crate::store::Store,
    org: &LoadedOrg,
    applied: &Applied,
    c: &Catalog,
) -> anyhow::Result<()> {
    let inputs = org.request_inputs(store).await?;
    let context = crate::policy::request::OrgContext { lists: applied.settings.gateway_lists(), ..inputs.context(org) };
    match crate::policy::request::org_auto_broken(&context, c) {
        None => Ok(()),
        Some(message) => Err(fixable(
            format!("cannot edit '{}': {message}", org.row.name),
            "change the Organization Auto route (or its fallback) first, or make this edit leave its targets allowed; nothing was written",
        )),
    }
}

/// `orgpolicy providers deny` and so on, for the gateway's audit message.
fn command_name(edit: &Edit) -> String {
    let noun = match edit.target {
        Target::Providers(_) => "providers",
        Target::Models(_) | Target::Combos(_) => "models",
    };
    let verb = match edit.verb {
        Verb::Allow => "allow",
        Verb::Deny => "deny",
    };
    format!("orgpolicy {noun} {verb}")
}

/// The message the gateway itself writes for a settings change, from the lists it reads
/// before and after, with the command that wrote it.
fn gateway_message(org: &LoadedOrg, applied: &Applied, command: &str) -> String {
    let (before, after) = (org.settings.gateway_lists(), applied.settings.gateway_lists());
    let mut message = settings_change_message(before, after, command);
    if let Some(model) = &applied.cleared_default {
        message.push_str(&format!(" (cleared default_model {model})"));
    }
    message
}

fn headline(org: &LoadedOrg, outcome: &Outcome) -> String {
    let mode = org.settings.mode_under(org.rules).map_or("invalid", |m| m.as_str());
    format!("{} ({}, {mode} mode): {}", org.row.name, org.row.plan, outcome.applied.summary)
}

fn preview<'a>(org: &LoadedOrg, outcome: &'a Outcome) -> Preview<'a> {
    Preview {
        headline: headline(org, outcome),
        diff: &outcome.diff,
        cleared_default_model: outcome.applied.cleared_default.as_deref(),
    }
}

fn report(ctx: &Ctx, org: &LoadedOrg, outcome: &Outcome, dry_run: bool) -> anyhow::Result<()> {
    let legacy_reminder = org.rules == crate::policy::Rules::Marker
        && org.settings.mode() != Some(crate::policy::Mode::Allow)
        && matches!(outcome.applied.key, "provider_deny_list");
    ctx.out.show(&Edited {
        org: &org.row.id,
        rules: org.rules,
        changed: outcome.audit_id.is_some(),
        dry_run,
        would_change: !outcome.applied.is_noop(),
        message: &outcome.applied.summary,
        diff: PairsDiff { gained: &outcome.diff.gained, lost: &outcome.diff.lost },
        cleared_default_model: outcome.applied.cleared_default.as_deref(),
        settings_before: &outcome.before,
        settings_after: &outcome.applied.settings.embedded(),
        audit_id: outcome.audit_id.as_deref(),
        org_name: &org.row.name,
        noop: outcome.applied.is_noop(),
        preview: preview(org, outcome),
        legacy_reminder,
    })?;
    Ok(())
}
