//! The one edit flow of every policy write (a settings edit, a group policy): prepare it on the
//! current version, preview it and ask once, write it guarded by the version it was prepared
//! on (compare-and-swap), and when another writer got there first, prepare it again on theirs,
//! with the pauses of [`cas::Retries`], until it lands or the attempts run out.

use crate::error::fixable;
use crate::exit::ExitStatus;
use crate::output::prompt::confirm_write;
use crate::services::{cas, Ctx};
use crate::store::{Actor, Schema, Store, Written};

/// A write the flow carries out; `Prepared` is one attempt: what would be written on the
/// version read, and what it changes.
pub(super) trait CasEdit {
    type Prepared;

    /// Prepares the write on the current version (read again on every attempt but the first).
    async fn prepare(&mut self, ctx: &Ctx, attempt: u32) -> anyhow::Result<Self::Prepared>;

    /// Whether the attempt writes anything: a no-op or a dry run only shows itself.
    fn writes(&self, prepared: &Self::Prepared) -> bool;

    /// What is shown before the question (on a terminal; JSON output shows only the result).
    fn preview(&self, ctx: &Ctx, prepared: &Self::Prepared) -> anyhow::Result<()>;

    /// The question asked before the first write, without the database.
    fn question(&self, prepared: &Self::Prepared) -> String;

    /// Writes the attempt, guarded by the version it was prepared on; `Done` records what
    /// was written in `prepared`.
    async fn write(&mut self, prepared: &mut Self::Prepared, actor: &Actor) -> anyhow::Result<Written<()>>;

    /// The result: what was written, or what would be.
    fn show(&self, ctx: &Ctx, prepared: &Self::Prepared) -> anyhow::Result<()>;

    /// The organization's name, for messages.
    fn org_name(&self) -> &str;

    /// What is versioned and raced for, for messages: "the settings", "the group policies".
    fn versioned(&self) -> &'static str;
}

/// Runs `edit` to the end: exit 0 when it was written (or there was nothing to write, or it
/// was a dry run), 1 when the question was declined.
pub(super) async fn run(ctx: &Ctx, store: &Store, edit: &mut impl CasEdit) -> anyhow::Result<ExitStatus> {
    let mut confirmed = false;
    // Asked for only when something is written (a dry run signs nothing), and once.
    let mut actor = None;
    let mut retries = cas::Retries::new();
    while let Some(attempt) = retries.next().await {
        let mut prepared = edit.prepare(ctx, attempt).await?;
        if !edit.writes(&prepared) {
            edit.show(ctx, &prepared)?;
            return Ok(ExitStatus::Success);
        }
        if !confirmed {
            if !ctx.out.is_json() {
                edit.preview(ctx, &prepared)?;
            }
            let question = format!("{} on {}?", edit.question(&prepared), store.url());
            if !confirm_write(&ctx.out, &question, ctx.options.yes, "--dry-run to only preview it")? {
                return Ok(ExitStatus::Failure);
            }
            confirmed = true;
        }
        let actor = actor.get_or_insert_with(|| ctx.actor(store.schema()));
        match edit.write(&mut prepared, actor).await? {
            Written::Done(()) => {
                edit.show(ctx, &prepared)?;
                return Ok(ExitStatus::Success);
            }
            Written::Refused(why) => {
                let what = format!("the change of {}", edit.versioned());
                return Err(cas::refused(edit.org_name(), &why, &what));
            }
            Written::Changed => ctx.out.note(format!(
                "{} of '{}' changed while this edit was prepared (attempt {attempt}); preparing it again on the current version",
                edit.versioned(),
                edit.org_name()
            )),
        }
    }
    Err(gave_up(edit, store.schema()))
}

fn gave_up(edit: &impl CasEdit, schema: Schema) -> anyhow::Error {
    let who = match schema {
        Schema::Gateway => "the gateway's admin page, its users or another run",
        Schema::Own => "another writer",
    };
    fixable(
        format!(
            "gave up after {} attempts: {} of '{}' keep changing under this edit",
            cas::MAX_ATTEMPTS,
            edit.versioned(),
            edit.org_name()
        ),
        format!("{who} is busy with this organization; try again, nothing was written by this run"),
    )
}
