//! `abuse`: the abuse actions the gateway caches in Redis, per identity.

use serde_json::json;

use crate::cli::{AbuseCommand, IdentityArgs};
use crate::error::fixable;
use crate::exit::ExitStatus;
use crate::output::stream::ListWriter;
use crate::output::views::abuse::{Clear, ClearAll, Get, IdentityKey, Listed, Set};
use crate::output::{self};
use crate::policy::abuse::{Action, Cached, Identity, Lookup};
use crate::store::abuse::CachedAction;

use crate::services::Ctx;

pub async fn run(ctx: &Ctx, cmd: AbuseCommand) -> anyhow::Result<ExitStatus> {
    match cmd {
        AbuseCommand::Identity(args) => identity(ctx, &args),
        AbuseCommand::Get { identity } => get(ctx, &parse_identity(&identity)?),
        AbuseCommand::Set { identity, action, dry_run } => set(ctx, &parse_identity(&identity)?, action, dry_run),
        AbuseCommand::Clear { identity: Some(identity), dry_run, .. } => {
            clear(ctx, &parse_identity(&identity)?, dry_run)
        }
        AbuseCommand::Clear { identity: None, dry_run, .. } => clear_all(ctx, dry_run),
        AbuseCommand::List { action } => list(ctx, action),
    }
}

fn parse_identity(text: &str) -> anyhow::Result<Identity> {
    Identity::parse(text).map_err(|reason| {
        fixable(
            format!("identity '{text}' {reason}"),
            "compute one with `orgpolicy abuse identity --user ID` or `--ip IP --ja4 JA4 --ua UA`",
        )
    })
}

fn identity(ctx: &Ctx, args: &IdentityArgs) -> anyhow::Result<ExitStatus> {
    let id = Identity::from(args);
    let key = id.key(&ctx.options.key_prefix);
    ctx.out.show(&IdentityKey { identity: id.as_str(), key })?;
    Ok(ExitStatus::Success)
}

fn get(ctx: &Ctx, id: &Identity) -> anyhow::Result<ExitStatus> {
    let mut cache = ctx.abuse_cache()?;
    let cached = Cached::of(cache.get(id)?);
    if let Some(warning) = cached.warning(id) {
        ctx.out.warn(warning);
    }
    ctx.out.show(&Get { identity: id.as_str(), key: cache.key(id), cached: &cached })?;
    Ok(ExitStatus::Success)
}

/// Asks before a write to the gateway's Redis (every gateway request reads it).
fn confirm(ctx: &Ctx, question: String) -> anyhow::Result<bool> {
    output::prompt::confirm_write(&ctx.out, &question, ctx.options.yes, "--dry-run to only see it")
}

fn set(ctx: &Ctx, id: &Identity, action: Action, dry_run: bool) -> anyhow::Result<ExitStatus> {
    let mut cache = ctx.abuse_cache()?;
    let before = Cached::of(cache.get(id)?);
    let mut view = Set { identity: id.as_str(), key: cache.key(id), action, before: &before, dry_run, changed: false };
    if !dry_run {
        let question =
            format!("cache '{}' for {} in {} ({})?", action.as_str(), id.as_str(), cache.url(), before.before());
        if !confirm(ctx, question)? {
            return Ok(ExitStatus::Failure);
        }
        cache.set(id, action)?;
        view.changed = true;
    }
    ctx.out.show(&view)?;
    Ok(ExitStatus::Success)
}

fn clear(ctx: &Ctx, id: &Identity, dry_run: bool) -> anyhow::Result<ExitStatus> {
    let mut cache = ctx.abuse_cache()?;
    let before = Cached::of(cache.get(id)?);
    let cached = before.status != Lookup::Absent;
    let mut view = Clear { identity: id.as_str(), key: cache.key(id), removed: false, before: &before, dry_run };
    if cached && !dry_run {
        let question =
            format!("remove the action cached for {} in {} ({})?", id.as_str(), cache.url(), before.before());
        if !confirm(ctx, question)? {
            return Ok(ExitStatus::Failure);
        }
        view.removed = cache.clear(id)?;
    }
    ctx.out.show(&view)?;
    Ok(ExitStatus::Success)
}

fn clear_all(ctx: &Ctx, dry_run: bool) -> anyhow::Result<ExitStatus> {
    let mut cache = ctx.abuse_cache()?;
    let prefix = &ctx.options.key_prefix;
    // Counting is only for the question and the dry run: with --yes nothing is asked, so the
    // keyspace is walked once, by the deletion.
    if dry_run || !ctx.options.yes {
        let count = cache.count()?;
        if dry_run {
            ctx.out.show(&ClearAll { prefix, deleted: count, dry_run })?;
            return Ok(ExitStatus::Success);
        }
        let question = format!(
            "delete {} under '{prefix}' in {}?",
            output::plural(count as usize, "cached abuse action", "cached abuse actions"),
            cache.url()
        );
        if count > 0 && !confirm(ctx, question)? {
            return Ok(ExitStatus::Failure);
        }
    }
    let deleted = cache.clear_all()?;
    ctx.out.show(&ClearAll { prefix, deleted, dry_run })?;
    Ok(ExitStatus::Success)
}

fn list(ctx: &Ctx, only: Option<Action>) -> anyhow::Result<ExitStatus> {
    let mut cache = ctx.abuse_cache()?;
    let prefix = ctx.options.key_prefix.clone();
    let mut list = ListWriter::start(&ctx.out, &[("prefix", json!(prefix))], "identities", Listed::COLUMNS)?;
    let mut shown = 0usize;
    cache.for_each(|CachedAction { identity, value }| {
        let cached = Cached::of(Some(value));
        if only.is_some_and(|a| a != cached.action || cached.status != Lookup::Found) {
            return Ok(());
        }
        shown += 1;
        let listed = Listed { identity: &identity, cached: &cached };
        list.item(&listed, || listed.cells())?;
        Ok(())
    })?;
    list.finish(&[("count", json!(shown))])?;
    if !ctx.out.is_json() {
        ctx.out.note(format!("{} under '{prefix}'", output::plural(shown, "identity", "identities")));
    }
    Ok(ExitStatus::Success)
}
