//! `check`: one decision, explained.

use serde_json::{json, Value};

use crate::cli::CheckArgs;
use crate::output::Tone;
use crate::policy::Request;
use crate::ExitStatus;

use super::{Ctx, LoadedOrg, Snapshot};

pub async fn run(ctx: &Ctx, args: CheckArgs) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
    let org = LoadedOrg::load(&store, &args.org.org).await?;
    let snapshot = Snapshot::latest(ctx, &store).await?;
    let c = &snapshot.catalog;
    let policy = org.compile(c);
    let request = Request::new(c, &args.model, args.provider.as_deref());
    let explained = policy.explain(c, &request);
    let decision = &explained.decision;
    let allowed = decision.reason.is_allowed();

    if ctx.out.is_json() {
        ctx.out.json(&json!({
            "org": org.row.id,
            "model": request.model,
            "allowed": allowed,
            "reason": decision.reason.code(),
            "message": explained.message,
            "providers": c.slugs(&decision.providers),
            "routing": explained.routing,
            "trace": explained.trace,
        }))?;
    } else {
        let verdict = if allowed { ctx.out.paint("allowed", Tone::Good) } else { ctx.out.paint("denied", Tone::Bad) };
        let via = request.provider.as_deref().map(|p| format!(" via {p}")).unwrap_or_default();
        ctx.out.line(format!(
            "{verdict}: {}{via} for {} ({})",
            request.model,
            org.row.name,
            ctx.out.paint(decision.reason.code(), Tone::Dim)
        ))?;
        ctx.out.line(format!("  {}", explained.message))?;
        if let Some(routing) = &explained.routing {
            ctx.out.line(format!("  routing: {}", Value::to_string(routing)))?;
        }
        if args.explain {
            ctx.out.line(format!("  steps (catalog snapshot {}):", snapshot.id))?;
            for (i, step) in explained.trace.iter().enumerate() {
                ctx.out.line(format!("    {}. {step}", i + 1))?;
            }
        }
    }
    Ok(if allowed { ExitStatus::Success } else { ExitStatus::Failure })
}
