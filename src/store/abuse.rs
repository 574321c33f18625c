//! The gateway's abuse-action cache in Redis: one string key per identity, no expiry.
//!
//! Commands are few and sequential, so this uses the blocking client with timeouts: a Redis
//! that does not answer is an error in seconds, never a hang. Listing walks the keyspace with
//! SCAN and a cursor (never KEYS, which blocks the server).

use std::time::Duration;

use crate::policy::abuse::{Action, Identity};

use super::redact;

const TIMEOUT: Duration = Duration::from_secs(5);
/// Keys asked for per SCAN step (a hint to the server) and per MGET/DEL.
const PAGE: usize = 1000;

#[derive(Debug, thiserror::Error)]
pub enum AbuseError {
    #[error("invalid Redis URL '{url}': {reason}")]
    InvalidUrl { url: String, reason: String },
    #[error("could not reach Redis at {url}: {reason}")]
    Unreachable { url: String, reason: String },
    #[error("Redis at {url} failed: {reason}")]
    Command { url: String, reason: String },
    #[error("no Redis URL: the abuse cache lives in Redis")]
    MissingUrl,
    #[error("key prefix '{0}' is too short: abuse commands would reach keys that are not abuse actions")]
    ShortPrefix(String),
}

/// The shortest key prefix accepted: an empty or tiny one would make `clear --all` a
/// `FLUSHDB` of everything that happens to match.
pub const MIN_PREFIX_LEN: usize = 8;

impl AbuseError {
    pub fn help(&self) -> &'static str {
        match self {
            AbuseError::InvalidUrl { .. } => "write it as redis://HOST:PORT[/DB] (TLS, rediss://, is not built in)",
            AbuseError::Unreachable { .. } => {
                "start Redis (`redis-server --daemonize yes`) or check --redis-url; `check --no-abuse` skips the abuse layer"
            }
            AbuseError::Command { .. } => "check that the URL points at the gateway's Redis and that it is writable",
            AbuseError::MissingUrl => "pass --redis-url redis://HOST:PORT or set REDIS_URL",
            AbuseError::ShortPrefix(_) => {
                "use the gateway's prefix (the default, ai-gateway.abuse-rules:last-classification:) or another of at least 8 characters"
            }
        }
    }
}

type Result<T, E = AbuseError> = std::result::Result<T, E>;

/// A connection to the cache, with the key prefix in use.
pub struct AbuseCache {
    /// Taken by the thread of a round trip; gone for good after one that timed out.
    conn: Option<redis::Connection>,
    prefix: String,
    url: String,
}

/// One cached entry as listed.
#[derive(Debug, Clone)]
pub struct CachedAction {
    /// The key without the prefix: `user:…` or `fingerprint:…`.
    pub identity: String,
    /// The stored value.
    pub value: String,
}

impl AbuseCache {
    pub fn connect(url: &str, prefix: &str) -> Result<Self> {
        if prefix.trim().chars().count() < MIN_PREFIX_LEN {
            return Err(AbuseError::ShortPrefix(prefix.to_string()));
        }
        let shown = redact(url);
        let client = redis::Client::open(url)
            .map_err(|e| AbuseError::InvalidUrl { url: shown.clone(), reason: e.to_string() })?;
        let unreachable = |reason: String| AbuseError::Unreachable { url: shown.clone(), reason };
        let conn = within(TIMEOUT, move || {
            let conn = client.get_connection_with_timeout(TIMEOUT)?;
            conn.set_read_timeout(Some(TIMEOUT))?;
            conn.set_write_timeout(Some(TIMEOUT))?;
            Ok::<_, redis::RedisError>(conn)
        })
        .ok_or_else(|| unreachable(format!("connecting did not finish within {}s", TIMEOUT.as_secs())))?
        .map_err(|e| unreachable(e.to_string()))?;
        Ok(Self { conn: Some(conn), prefix: prefix.to_string(), url: shown })
    }

    /// One round trip, bounded as a whole: the socket's own timeouts are per read, so a
    /// server that sends a byte now and then would hold a command forever. The command runs
    /// on a thread of its own; past the deadline the connection is abandoned to it and the
    /// command fails, saying what timed out.
    fn query<T: redis::FromRedisValue + Send + 'static>(&mut self, what: &'static str, cmd: redis::Cmd) -> Result<T> {
        let mut conn = self.conn.take().ok_or_else(|| AbuseError::Unreachable {
            url: self.url.clone(),
            reason: "the connection was abandoned after an earlier timeout".into(),
        })?;
        let answered = within(TIMEOUT, move || {
            let result = cmd.query::<T>(&mut conn);
            (conn, result)
        });
        match answered {
            Some((conn, result)) => {
                self.conn = Some(conn);
                result.map_err(|e| self.failed(e))
            }
            None => Err(AbuseError::Unreachable {
                url: self.url.clone(),
                reason: format!("{what} got no complete answer within {}s", TIMEOUT.as_secs()),
            }),
        }
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn key(&self, identity: &Identity) -> String {
        identity.key(&self.prefix)
    }

    fn failed(&self, e: redis::RedisError) -> AbuseError {
        if e.is_io_error() || e.is_timeout() || e.is_connection_dropped() || e.is_connection_refusal() {
            AbuseError::Unreachable { url: self.url.clone(), reason: e.to_string() }
        } else {
            AbuseError::Command { url: self.url.clone(), reason: e.to_string() }
        }
    }

    /// The raw cached value, `None` when there is no key.
    pub fn get(&mut self, identity: &Identity) -> Result<Option<String>> {
        let key = self.key(identity);
        self.query("GET", redis::cmd("GET").arg(&key).clone())
    }

    /// Stores an action the way the gateway does: the bare string, no expiry.
    pub fn set(&mut self, identity: &Identity, action: Action) -> Result<()> {
        let key = self.key(identity);
        self.query("SET", redis::cmd("SET").arg(&key).arg(action.as_str()).clone())
    }

    /// Removes one identity's entry; whether there was one.
    pub fn clear(&mut self, identity: &Identity) -> Result<bool> {
        let key = self.key(identity);
        let removed: u64 = self.query("DEL", redis::cmd("DEL").arg(&key).clone())?;
        Ok(removed > 0)
    }

    /// Every entry under the prefix, a page at a time (SCAN, then one MGET per page).
    pub fn for_each(&mut self, mut f: impl FnMut(CachedAction) -> anyhow::Result<()>) -> anyhow::Result<()> {
        self.entry_pages(|_, entries| entries.into_iter().try_for_each(&mut f))
    }

    /// Deletes every entry under the prefix (what [`Self::for_each`] gives, nothing else);
    /// how many were deleted.
    pub fn clear_all(&mut self) -> anyhow::Result<u64> {
        let mut deleted = 0u64;
        self.entry_pages(|cache, entries| {
            let keys: Vec<String> = entries.iter().map(|e| format!("{}{}", cache.prefix, e.identity)).collect();
            if !keys.is_empty() {
                deleted += cache.query::<u64>("DEL", redis::cmd("DEL").arg(&keys).clone())?;
            }
            Ok(())
        })?;
        Ok(deleted)
    }

    /// How many entries there are under the prefix (what [`Self::clear_all`] would delete).
    pub fn count(&mut self) -> anyhow::Result<u64> {
        let mut n = 0u64;
        self.entry_pages(|_, entries| {
            n += entries.len() as u64;
            Ok(())
        })?;
        Ok(n)
    }

    /// Pages of entries: keys under the prefix that have the abuse-action shape (`user:…` or
    /// `fingerprint:<sha256>` after the prefix) and hold a string, as the gateway writes them.
    /// Nothing else sharing the prefix is shown, counted or deleted.
    fn entry_pages(
        &mut self,
        mut page: impl FnMut(&mut Self, Vec<CachedAction>) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        self.scan_pages(|cache, keys| {
            let values: Vec<Option<String>> = cache.query("MGET", redis::cmd("MGET").arg(keys).clone())?;
            let entries = keys
                .iter()
                .zip(values)
                // No value: another type under that name, or deleted since the SCAN.
                .filter_map(|(key, value)| {
                    value.map(|value| CachedAction { identity: key[cache.prefix.len()..].to_string(), value })
                })
                .collect();
            page(cache, entries)
        })
    }

    /// Pages of the keys under the prefix that have the abuse-action shape. The walk is bounded
    /// like every call: a server whose cursor never comes back to 0 is cut off after more pages
    /// than its keyspace can take (see [`most_pages`]).
    fn scan_pages(&mut self, mut page: impl FnMut(&mut Self, &[String]) -> anyhow::Result<()>) -> anyhow::Result<()> {
        let pattern = format!("{}*", glob_escape(&self.prefix));
        let keys_at_start: u64 = self.query("DBSIZE", redis::cmd("DBSIZE"))?;
        let limit = most_pages(keys_at_start);
        let mut cursor: u64 = 0;
        for _ in 0..limit {
            let (next, keys): (u64, Vec<Vec<u8>>) = self.query(
                "SCAN",
                redis::cmd("SCAN").arg(cursor).arg("MATCH").arg(&pattern).arg("COUNT").arg(PAGE).clone(),
            )?;
            // Keys that are not UTF-8 are never identities.
            let keys: Vec<String> = keys
                .into_iter()
                .filter_map(|k| String::from_utf8(k).ok())
                .filter(|k| k.get(self.prefix.len()..).is_some_and(|rest| Identity::parse(rest).is_ok()))
                .collect();
            for chunk in keys.chunks(PAGE) {
                page(self, chunk)?;
            }
            if next == 0 {
                return Ok(());
            }
            cursor = next;
        }
        Err(AbuseError::Command {
            url: self.url.clone(),
            reason: format!(
                "SCAN did not finish after {limit} pages ({keys_at_start} keys when it began): the server's cursor never came back to 0"
            ),
        }
        .into())
    }
}

/// The most SCAN pages a walk of `keys` keys may take: Redis visits each hash-table bucket
/// once (a table is at most about twice its keys, and a rehash during the walk doubles it once
/// more), `PAGE` buckets a call, with room for keys added meanwhile.
fn most_pages(keys: u64) -> u64 {
    8 * (keys / PAGE as u64 + 1) + 64
}

/// Runs `work` on a thread of its own and waits at most `limit` for it; `None` when it took
/// longer (the thread is left to finish or fail on its own).
fn within<T: Send + 'static>(limit: Duration, work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(work());
    });
    rx.recv_timeout(limit).ok()
}

/// `prefix` as a literal in a SCAN MATCH pattern.
fn glob_escape(prefix: &str) -> String {
    let mut out = String::with_capacity(prefix.len());
    for c in prefix.chars() {
        if matches!(c, '*' | '?' | '[' | ']' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_are_matched_literally() {
        assert_eq!(
            glob_escape("ai-gateway.abuse-rules:last-classification:"),
            "ai-gateway.abuse-rules:last-classification:"
        );
        assert_eq!(glob_escape("t[1]*?\\"), "t\\[1\\]\\*\\?\\\\");
    }
}
