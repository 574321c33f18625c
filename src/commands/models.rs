//! `models list|allow|deny`: one organization's models through each provider, and edits of its
//! model lists (every provider, or one model/provider combination).

use crate::cli::{ModelEditArgs, ModelsCommand};
use crate::exit::ExitStatus;
use crate::output::views::listing::{ModelLine, Models, OrgAutoListing, PairLine};
use crate::policy::catalog::{Catalog, ModelId};
use crate::policy::edit::{Edit, Target, Verb};
use crate::policy::provider_set::ProviderId;
use crate::policy::settings::{DataCollection, ModelProvider};
use crate::policy::{normalize, request};
use crate::policy::{CompiledPolicy, Rules};
use crate::services::{catalog_provider, contains, Ctx, LoadedOrg, MemberAccess, RequestInputs, Snapshot};

pub async fn run(ctx: &Ctx, cmd: ModelsCommand) -> anyhow::Result<ExitStatus> {
    match cmd {
        ModelsCommand::List { org, provider, search, blocked, member } => {
            list(ctx, &org.org, ListFilter { provider, search, blocked }, member.as_deref()).await
        }
        ModelsCommand::Allow(args) => change(ctx, Verb::Allow, args).await,
        ModelsCommand::Deny(args) => change(ctx, Verb::Deny, args).await,
    }
}

/// What `models list` narrows to.
struct ListFilter {
    provider: Option<String>,
    search: Option<String>,
    blocked: bool,
}

async fn list(ctx: &Ctx, org: &str, filter: ListFilter, member: Option<&str>) -> anyhow::Result<ExitStatus> {
    let ListFilter { provider, search, blocked } = filter;
    let store = ctx.store().await?;
    let org = LoadedOrg::load(ctx, &store, org).await?;
    let snapshot = Snapshot::latest(ctx, &store).await?;
    let c = &snapshot.catalog;
    // With --member, each pair as that member gets it.
    let access = match member {
        Some(member) => MemberAccess::load(&store, &org, Some(member)).await?,
        None => None,
    };
    let only = provider.as_deref().map(|p| catalog_provider(c, p)).transpose()?;
    let inputs = org.served_inputs(&store).await?;
    let policy = org.compile_served(c, inputs.as_ref());
    let needle = search.as_deref().map(str::to_lowercase);

    // The gateway hides what every provider trains on from orgs that deny data collection.
    let hide_training =
        org.rules == Rules::Current && org.settings.gateway_lists().data_collection == Some(DataCollection::Deny);
    let listing = Listing { c, policy: &policy, access: access.as_ref(), only, needle, blocked };
    let mut hidden = Vec::new();
    let mut lines = Vec::new();
    for (i, model) in c.models().iter().enumerate() {
        if hide_training && model.variants.iter().all(|v| c.requires_data_collection(&v.full_id)) {
            hidden.push(model.id.clone());
            continue;
        }
        lines.extend(listing.line(i as ModelId));
    }
    let organization_auto = organization_auto(&org, inputs.as_ref(), c);
    let listed = org.listed(&policy);
    let member = access.map(|a| a.view);
    ctx.out.show(&Models {
        org: listed,
        rules: org.rules,
        models: lines,
        hidden_data_collection_required: hidden,
        organization_auto,
        custom_models: org.custom_models.clone(),
        member,
    })?;
    Ok(ExitStatus::Success)
}

/// What `models list` shows of each model: its pairs as the org (or the member) gets them,
/// narrowed by `--provider`, `--search` and `--blocked`.
struct Listing<'a> {
    c: &'a Catalog,
    policy: &'a CompiledPolicy,
    access: Option<&'a MemberAccess>,
    only: Option<ProviderId>,
    /// `--search`, lowercased.
    needle: Option<String>,
    blocked: bool,
}

impl Listing<'_> {
    /// Catalog model `i`'s line, or `None` when nothing of it is listed.
    fn line(&self, i: ModelId) -> Option<ModelLine> {
        let (c, policy) = (self.c, self.policy);
        let model = c.model(i);
        let decision = self.access.map(|a| a.decide(c, &model.id));
        let needle = self.needle.as_deref();
        let model_matches = needle.is_none_or(|q| contains(&model.id, q) || contains(&model.name, q));
        let providers: Vec<PairLine> = policy
            .served_providers(c, i)
            .iter()
            .filter(|p| self.only.is_none_or(|o| o == *p))
            .filter(|p| {
                model_matches
                    || needle.is_some_and(|q| contains(&c.provider(*p).slug, q) || contains(&c.provider(*p).name, q))
            })
            .map(|p| (p, MemberAccess::served_pair_state(policy, c, i, p, decision.as_ref())))
            .filter(|(_, state)| !self.blocked || !state.is_allowed())
            .map(|(p, state)| PairLine { slug: c.provider(p).slug.clone(), allowed: state.is_allowed(), reason: state })
            .collect();
        (!providers.is_empty()).then(|| ModelLine { model: model.id.clone(), name: model.name.clone(), providers })
    }
}

/// `kilo-auto/org` with its routes, when the org has Organization Auto on (current rules).
fn organization_auto(org: &LoadedOrg, inputs: Option<&RequestInputs>, c: &Catalog) -> Option<OrgAutoListing> {
    let routes = request::org_auto_routes(&inputs?.context(org), c)?;
    Some(OrgAutoListing::from((c.facts().auto.org.clone(), routes)))
}

async fn change(ctx: &Ctx, verb: Verb, args: ModelEditArgs) -> anyhow::Result<ExitStatus> {
    let models = normalize::normalized_list(args.models.iter().map(String::as_str), normalize::model_id);
    let target = match args.provider.as_deref().map(normalize::provider_slug) {
        None => Target::Models(models),
        Some(provider) => Target::Combos(
            models.into_iter().map(|model| ModelProvider { model, provider: provider.clone() }).collect(),
        ),
    };
    super::settings_edit::run(ctx, &args.org.org, Edit { verb, target }, args.edit).await
}
