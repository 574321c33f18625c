//! Completion of what the database holds: organization names, provider slugs, model ids and
//! group names, offered through clap_complete's dynamic engine (`source <(COMPLETE=bash
//! orgpolicy)`). The database is the one the command would use (`--database-url`, else
//! `--profile`/`ORGPOLICY_PROFILE`, else `DATABASE_URL`), read within a short timeout; any
//! failure offers nothing and prints nothing, as a shell expects of a completion.

use std::ffi::OsStr;
use std::future::Future;
use std::time::Duration;

use clap_complete::engine::CompletionCandidate;

use crate::store::Store;

/// Long enough for a local or nearby database, short enough not to hang a shell.
const TIMEOUT: Duration = Duration::from_millis(1500);
/// More than anyone reads in a completion menu.
const LIMIT: usize = 500;

/// `--org`: organization names.
pub fn orgs(current: &OsStr) -> Vec<CompletionCandidate> {
    let prefix = current.to_string_lossy().to_string();
    let needle = prefix.clone();
    offer(&prefix, |store| async move { store.names_containing(&needle, LIMIT as i64).await.ok() })
}

/// Provider slugs of the latest catalog snapshot.
pub fn providers(current: &OsStr) -> Vec<CompletionCandidate> {
    offer(&current.to_string_lossy(), |store| async move {
        let row = store.latest_snapshot().await.ok()?;
        crate::policy::catalog::live_providers(&row.data).ok()
    })
}

/// Model ids of the latest catalog snapshot.
pub fn models(current: &OsStr) -> Vec<CompletionCandidate> {
    offer(&current.to_string_lossy(), |store| async move {
        let row = store.latest_snapshot().await.ok()?;
        let data: crate::policy::catalog::SnapshotData = serde_json::from_str(&row.data).ok()?;
        let mut ids: Vec<String> =
            data.providers.iter().flat_map(|p| p.models.iter().map(|m| m.slug.clone())).collect();
        ids.sort();
        ids.dedup();
        Some(ids)
    })
}

/// Group names of the organization typed with `--org`.
pub fn groups(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(org) = typed("--org") else { return Vec::new() };
    offer(&current.to_string_lossy(), |store| async move {
        let row = store.resolve_org(&org).await.ok()?;
        let members = store.org_members(&row).await.ok()?;
        Some(members.groups.into_iter().map(|g| g.name).collect())
    })
}

/// The values from `query` that start with `prefix` (in any case), as candidates; nothing when
/// the database cannot be reached or answered in time.
fn offer<F, Fut>(prefix: &str, query: F) -> Vec<CompletionCandidate>
where
    F: FnOnce(Store) -> Fut,
    Fut: Future<Output = Option<Vec<String>>>,
{
    let Some(url) = database_url() else { return Vec::new() };
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread().enable_all().build() else {
        return Vec::new();
    };
    let values = runtime.block_on(async {
        tokio::time::timeout(TIMEOUT, async {
            let store = Store::open(&url).await.ok()?;
            query(store).await
        })
        .await
        .ok()
        .flatten()
    });
    matching(values.unwrap_or_default(), prefix)
}

fn matching(values: Vec<String>, prefix: &str) -> Vec<CompletionCandidate> {
    let prefix = prefix.to_lowercase();
    values
        .into_iter()
        .filter(|v| v.to_lowercase().starts_with(&prefix))
        .take(LIMIT)
        .map(CompletionCandidate::new)
        .collect()
}

/// The database the completed command would use: the command line beats a profile, which
/// beats the environment (as for a run).
fn database_url() -> Option<String> {
    let given = |v: Option<String>| v.filter(|u| !u.trim().is_empty());
    if let Some(url) = given(typed("--database-url")) {
        return Some(url);
    }
    let profile = typed("--profile").or_else(|| std::env::var("ORGPOLICY_PROFILE").ok()).filter(|p| !p.is_empty());
    if let Some(name) = profile {
        let explicit =
            typed("--config").or_else(|| std::env::var("ORGPOLICY_CONFIG").ok()).map(std::path::PathBuf::from);
        let path = crate::config::config_path(explicit.as_deref())?;
        let config = crate::config::Config::load(&path, Some(&name)).ok()?;
        if let Some(url) = given(config.profile(&path, &name).ok()?.database_url(&name).ok()?) {
            return Some(url);
        }
    }
    given(std::env::var("DATABASE_URL").ok())
}

/// The value given to `flag` in the words typed so far (`--flag VALUE` or `--flag=VALUE`): the
/// dynamic engine runs the binary with them as its arguments.
fn typed(flag: &str) -> Option<String> {
    typed_in(std::env::args(), flag)
}

fn typed_in(args: impl Iterator<Item = String>, flag: &str) -> Option<String> {
    let mut args = args.peekable();
    let mut found = None;
    while let Some(arg) = args.next() {
        if arg == flag {
            found = args.peek().cloned();
        } else if let Some(value) = arg.strip_prefix(flag).and_then(|rest| rest.strip_prefix('=')) {
            found = Some(value.to_string());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_values_are_read_from_the_words_so_far() {
        let words = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>().into_iter();
        let cases = [
            ("orgpolicy -- orgpolicy groups show --org Acme --group ", "--org", Some("Acme")),
            ("orgpolicy -- orgpolicy groups show --org=Acme --group", "--org", Some("Acme")),
            ("orgpolicy -- orgpolicy groups show --group", "--org", None),
            ("orgpolicy -- orgpolicy --profile prod check --org", "--profile", Some("prod")),
            ("orgpolicy -- orgpolicy --organization x", "--org", None),
        ];
        for (line, flag, want) in cases {
            assert_eq!(typed_in(words(line), flag).as_deref(), want, "{line}");
        }
    }

    #[test]
    fn candidates_start_with_what_was_typed_in_any_case() {
        let got = matching(vec!["Acme".into(), "acme-two".into(), "Globex".into()], "AC");
        let values: Vec<String> = got.iter().map(|c| c.get_value().to_string_lossy().to_string()).collect();
        assert_eq!(values, ["Acme", "acme-two"]);
    }
}
