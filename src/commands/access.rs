//! `access --provider P / --model M [--members]`: who can use it today, over every org.

use std::sync::Arc;

use serde_json::json;

use crate::cli::AccessArgs;
use crate::error::fixable;
use crate::exit::ExitStatus;
use crate::output::stream::{render_items, ListWriter};
use crate::output::views::access::{cells, columns, OrgTally, Reach, Totals};
use crate::output::Format;
use crate::policy::Rules;
use crate::services::fleet::{self, FleetScan};
use crate::services::reach::{reaches, Answers, Target};
use crate::services::{Ctx, Snapshot};
use crate::store::{FleetMembers, Schema};

pub async fn run(ctx: &Ctx, args: AccessArgs) -> anyhow::Result<ExitStatus> {
    let rules = ctx.rules();
    if args.members && rules != Rules::Current {
        return Err(fixable(
            format!("--members decides with group policies, under the gateway's current rules; the {rules} rules are in force"),
            "leave out --rules (the current rules are the default)",
        ));
    }
    let store = ctx.store().await?;
    let snapshot = Snapshot::latest(ctx, &store).await?;
    let target = Target::resolve(&snapshot.catalog, rules, args.provider.as_deref(), args.model.as_deref())?;
    let members = args.members;
    let how = FleetScan::of(
        if members { FleetMembers::All } else { FleetMembers::None },
        rules,
        store.schema() == Schema::Own,
    );
    let asked = json!({"provider": args.provider, "model": args.model});
    if ctx.out.format() == Format::Markdown && ctx.out.headers() {
        ctx.out.raw(&format!("### Who can use {}\n\n", asked_words(&args)))?;
    }
    let head = [
        ("snapshot_id", json!(snapshot.id)),
        ("rules", json!(rules)),
        ("provider", asked["provider"].clone()),
        ("model", asked["model"].clone()),
        ("members", json!(members)),
    ];
    let mut list = ListWriter::start(&ctx.out, &head, "access", columns(members))?;
    let mut totals = Totals::default();
    let (catalog, target) = (Arc::new(snapshot.catalog), Arc::new(target));
    let progress = crate::output::progress::reading(&ctx.out);
    let mut emit = |(tally, found): Rows| -> anyhow::Result<()> {
        progress.inc(1);
        totals.add(tally);
        match found {
            Found::Rendered(block) => list.rendered(&block)?,
            Found::Rows(reaches) => reaches.iter().try_for_each(|r| list.item(r, || cells(r, members)))?,
            Found::Nothing => {}
        }
        Ok(())
    };
    let work = workers(ctx, catalog, target, members);
    totals.orgs_read = fleet::scan(&store, how, work, &mut emit).await?;
    progress.finish_and_clear();
    list.finish(&[("summary", serde_json::to_value(&totals)?)])?;
    let sentence = totals.sentence(members);
    match ctx.out.format() {
        Format::Markdown if ctx.out.headers() => {
            ctx.out.raw(&format!("\n{sentence} (catalog snapshot {}).\n", snapshot.id))?
        }
        Format::Table => ctx.out.summary(sentence),
        _ => {}
    }
    Ok(ExitStatus::Success)
}

/// One org's share of the totals, and its rows.
type Rows = (OrgTally, Found);

/// One org's rows: rendered in one block where the output allows (see `render_items`), else
/// (CSV, Markdown) as found.
enum Found {
    Rendered(String),
    Rows(Vec<Reach>),
    Nothing,
}

/// A worker's function: one org in, its rows out.
type Worker = Box<dyn FnMut(fleet::FleetOrg) -> anyhow::Result<Rows> + Send>;

/// Each worker decides its orgs and renders their rows: the main thread only writes.
fn workers(ctx: &Ctx, catalog: Arc<crate::policy::Catalog>, target: Arc<Target>, members: bool) -> impl Fn() -> Worker {
    let out = ctx.out.clone();
    move || {
        let (catalog, target, out) = (Arc::clone(&catalog), Arc::clone(&target), out.clone());
        let mut answers = Answers::default();
        Box::new(move |org: fleet::FleetOrg| {
            let found = reaches(&org, &catalog, &target, members, &mut answers);
            let tally = OrgTally::of(&found);
            // Rendered and dropped here: the writing thread frees one block per org.
            let rows = match render_items(&out, columns(members), &found, |r| vec![cells(r, members)])? {
                Some(block) => Found::Rendered(block),
                None if found.is_empty() => Found::Nothing,
                None => Found::Rows(found),
            };
            Ok((tally, rows))
        })
    }
}

/// `deepseek`, `openai/o3`, or `openai/o3 through openai`, as the heading says it.
fn asked_words(args: &AccessArgs) -> String {
    match (&args.provider, &args.model) {
        (Some(p), Some(m)) => format!("{m} through {p}"),
        (Some(p), None) => p.clone(),
        (None, Some(m)) => m.clone(),
        (None, None) => String::new(),
    }
}
