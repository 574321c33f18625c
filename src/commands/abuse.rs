//! `abuse`: the abuse actions the gateway caches in Redis, per identity.

use serde::Serialize;
use serde_json::json;

use crate::cli::{AbuseCommand, IdentityArgs};
use crate::error::fixable;
use crate::output::stream::{Cell, Column, Columns, ListWriter};
use crate::output::{self, Tone};
use crate::policy::abuse::{Action, Cached, Identity, Lookup};
use crate::store::abuse::CachedAction;
use crate::ExitStatus;

use crate::services::Ctx;

pub async fn run(ctx: &Ctx, cmd: AbuseCommand) -> anyhow::Result<ExitStatus> {
    match cmd {
        AbuseCommand::Identity(args) => identity(ctx, &args),
        AbuseCommand::Get { identity } => get(ctx, &parse_identity(&identity)?),
        AbuseCommand::Set { identity, action } => set(ctx, &parse_identity(&identity)?, action),
        AbuseCommand::Clear { identity: Some(identity), .. } => clear(ctx, &parse_identity(&identity)?),
        AbuseCommand::Clear { identity: None, .. } => clear_all(ctx),
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
    let key = id.key(&ctx.global.key_prefix);
    if ctx.out.is_json() {
        ctx.out.json(&json!({ "identity": id.as_str(), "key": key }))?;
    } else {
        ctx.out.line(&id)?;
        ctx.out.note(format!("redis key: {key}"));
    }
    Ok(ExitStatus::Success)
}

fn get(ctx: &Ctx, id: &Identity) -> anyhow::Result<ExitStatus> {
    let mut cache = ctx.abuse_cache()?;
    let cached = Cached::of(cache.get(id)?);
    if let Some(warning) = cached.warning(id) {
        ctx.out.warn(warning);
    }
    if ctx.out.is_json() {
        ctx.out.json(&json!({ "identity": id.as_str(), "key": cache.key(id), "cached": cached }))?;
    } else {
        ctx.out.line(format!("{id}: {}", paint_action(ctx, cached.action, &cached.describe())))?;
    }
    Ok(ExitStatus::Success)
}

fn set(ctx: &Ctx, id: &Identity, action: Action) -> anyhow::Result<ExitStatus> {
    let mut cache = ctx.abuse_cache()?;
    let before = Cached::of(cache.get(id)?);
    cache.set(id, action)?;
    if ctx.out.is_json() {
        ctx.out.json(&json!({ "identity": id.as_str(), "key": cache.key(id), "action": action, "before": before }))?;
    } else {
        ctx.out.line(format!("{id}: {} ({})", paint_action(ctx, action, action.as_str()), before.before()))?;
    }
    Ok(ExitStatus::Success)
}

fn clear(ctx: &Ctx, id: &Identity) -> anyhow::Result<ExitStatus> {
    let mut cache = ctx.abuse_cache()?;
    let before = Cached::of(cache.get(id)?);
    let removed = cache.clear(id)?;
    if ctx.out.is_json() {
        ctx.out
            .json(&json!({ "identity": id.as_str(), "key": cache.key(id), "removed": removed, "before": before }))?;
    } else if removed {
        ctx.out.line(format!("{id}: cleared ({})", before.before()))?;
    } else {
        ctx.out.line(format!("{id}: nothing cached"))?;
    }
    Ok(ExitStatus::Success)
}

fn clear_all(ctx: &Ctx) -> anyhow::Result<ExitStatus> {
    let mut cache = ctx.abuse_cache()?;
    let prefix = &ctx.global.key_prefix;
    // Counting is only for the question: with --yes nothing is asked, so the keyspace is walked
    // once, by the deletion.
    if !ctx.global.yes {
        let count = cache.count()?;
        let question = format!("delete {count} cached abuse actions under '{prefix}' in {}?", cache.url());
        if count > 0
            && !output::prompt::confirm_write(&ctx.out, &question, false, "`orgpolicy abuse list` to see them first")?
        {
            return Ok(ExitStatus::Failure);
        }
    }
    let deleted = cache.clear_all()?;
    if ctx.out.is_json() {
        ctx.out.json(&json!({ "prefix": prefix, "deleted": deleted }))?;
    } else {
        ctx.out.line(format!(
            "cleared {} under '{prefix}'",
            output::plural(deleted as usize, "cached action", "cached actions")
        ))?;
    }
    Ok(ExitStatus::Success)
}

/// One listed entry.
#[derive(Serialize)]
struct Listed<'a> {
    identity: &'a str,
    #[serde(flatten)]
    cached: &'a Cached,
}

fn list(ctx: &Ctx, only: Option<Action>) -> anyhow::Result<ExitStatus> {
    let mut cache = ctx.abuse_cache()?;
    let prefix = ctx.global.key_prefix.clone();
    const COLUMNS: Columns = Columns(&[Column::left("action", 16), Column::last("identity")]);
    let mut list = ListWriter::start(&ctx.out, &[("prefix", json!(prefix))], "identities", COLUMNS)?;
    let mut shown = 0usize;
    cache.for_each(|CachedAction { identity, value }| {
        // A key deleted between SCAN and MGET is gone, not "absent".
        if value.is_none() {
            return Ok(());
        }
        let cached = Cached::of(value);
        if only.is_some_and(|a| a != cached.action || cached.status != Lookup::Found) {
            return Ok(());
        }
        shown += 1;
        list.item(&Listed { identity: &identity, cached: &cached }, || {
            let label = match &cached.value {
                Some(v) => format!("unknown: {v}"),
                None => cached.action.to_string(),
            };
            vec![Cell::painted(label, action_tone(cached.action)), identity.to_string().into()]
        })?;
        Ok(())
    })?;
    list.finish(&[("count", json!(shown))])?;
    if !ctx.out.is_json() {
        ctx.out.note(format!("{} under '{prefix}'", output::plural(shown, "identity", "identities")));
    }
    Ok(ExitStatus::Success)
}

fn action_tone(action: Action) -> Tone {
    match action {
        Action::Block | Action::RateLimit => Tone::Bad,
        Action::Quarantine1 | Action::Quarantine2 | Action::Quarantine3 => Tone::Warn,
        Action::None | Action::Log => Tone::Dim,
    }
}

fn paint_action(ctx: &Ctx, action: Action, text: &str) -> String {
    ctx.out.paint(text, action_tone(action))
}
