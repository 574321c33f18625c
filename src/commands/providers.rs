//! `providers list|allow|deny`: one organization's providers, and edits of its provider lists.

use crate::cli::{ProviderEditArgs, ProvidersCommand};
use crate::output::views::listing::{ProviderLine, Providers};
use crate::policy::edit::{Edit, Target, Verb};
use crate::policy::normalize;
use crate::services::{contains, Ctx, LoadedOrg, MemberAccess, Snapshot};

use super::settings_edit;
use crate::exit::ExitStatus;

pub async fn run(ctx: &Ctx, cmd: ProvidersCommand) -> anyhow::Result<ExitStatus> {
    match cmd {
        ProvidersCommand::List { org, search, member } => list(ctx, &org.org, search, member.as_deref()).await,
        ProvidersCommand::Allow(args) => change(ctx, Verb::Allow, args).await,
        ProvidersCommand::Deny(args) => change(ctx, Verb::Deny, args).await,
    }
}

async fn list(ctx: &Ctx, org: &str, search: Option<String>, member: Option<&str>) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
    let org = LoadedOrg::load(ctx, &store, org).await?;
    let snapshot = Snapshot::latest(ctx, &store).await?;
    let c = &snapshot.catalog;
    let inputs = org.served_inputs(&store).await?;
    let policy = org.compile_served(c, inputs.as_ref());
    let access = policy.effective_access(c);
    let needle = search.as_deref().map(str::to_lowercase);
    // With --member, each model as that member gets it (decided once per model).
    let member = match member {
        Some(member) => MemberAccess::load(&store, &org, Some(member)).await?,
        None => None,
    };
    let decisions: Option<Vec<_>> =
        member.as_ref().map(|m| c.models().iter().map(|model| m.decide(c, &model.id)).collect());

    let mut lines = Vec::new();
    let (mut providers_blocked, mut combos_blocked) = (0, 0);
    for p in c.live().iter() {
        let served: Vec<usize> = (0..c.models().len()).filter(|&m| c.models()[m].serving.contains(p)).collect();
        let org_state = policy.provider_state(p);
        let (state, allowed_models) = match &decisions {
            None => (org_state, served.iter().filter(|&&m| access.providers_of(m).contains(p)).count()),
            Some(decisions) => MemberAccess::provider_state(&policy, c, p, &served, decisions),
        };
        let models_blocked = if state.is_allowed() { served.len() - allowed_models } else { 0 };
        if state.is_allowed() {
            combos_blocked += models_blocked;
        } else {
            providers_blocked += 1;
        }
        let provider = c.provider(p);
        if needle.as_deref().is_some_and(|q| !contains(&provider.slug, q) && !contains(&provider.name, q)) {
            continue;
        }
        lines.push(ProviderLine {
            slug: provider.slug.clone(),
            name: provider.name.clone(),
            allowed: state.is_allowed(),
            reason: state,
            models: served.len(),
            models_blocked,
        });
    }
    let search = search.map(|q| (q, c.live().len()));
    let listed = org.listed(&policy);
    let member = member.map(|m| m.view);
    let view = Providers {
        org: listed,
        rules: org.rules,
        providers: lines,
        search,
        providers_blocked,
        combos_blocked,
        member,
    };
    ctx.out.show(&view)?;
    Ok(ExitStatus::Success)
}

async fn change(ctx: &Ctx, verb: Verb, args: ProviderEditArgs) -> anyhow::Result<ExitStatus> {
    let slugs = normalize::normalized_list(args.slugs.iter().map(String::as_str), normalize::provider_slug);
    settings_edit::run(ctx, &args.org.org, Edit { verb, target: Target::Providers(slugs) }, args.edit).await
}
