//! Database URLs: which backend a URL names, and the form of it that is safe to print.

use super::StoreError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Postgres,
    Sqlite,
}

pub fn backend_of(url: &str) -> Result<Backend, StoreError> {
    let scheme = url.split_once(':').map(|(s, _)| s.to_ascii_lowercase()).unwrap_or_default();
    match scheme.as_str() {
        "postgres" | "postgresql" => Ok(Backend::Postgres),
        "sqlite" => Ok(Backend::Sqlite),
        _ => Err(StoreError::UnsupportedScheme { url: redact(url), scheme }),
    }
}

/// Query parameters whose values are secrets (libpq's `password` and `sslpassword`, and
/// anything else that names a password, secret or token).
fn is_secret_parameter(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    ["password", "passwd", "pwd", "secret", "token"].iter().any(|s| key.contains(s))
}

/// The URL with every secret replaced by `***`, so it can appear in messages, plan files and
/// `-v` output: the user-info password (even one holding an unencoded `#`, `?`, `/` or `@`,
/// which a URL parser would misread) and the values of secret query parameters. The one
/// redaction used everywhere a URL is shown.
pub fn redact(url: &str) -> String {
    let Some(start) = url.find("://").map(|i| i + 3) else { return redact_query(url) };
    let rest = &url[start..];
    // The user-info ends at the last `@`: a password may hold `@`, `?`, `#` or `/` unencoded,
    // while a host, path or query of a database URL holds no `@` worth keeping.
    let (authority_and_after, userinfo) = match rest.rfind('@') {
        Some(at) => (&rest[at + 1..], Some(&rest[..at])),
        None => (rest, None),
    };
    let user = userinfo.map(|info| match info.split_once(':') {
        Some((user, _)) => format!("{user}:***@"),
        None => format!("{info}@"),
    });
    format!("{}{}{}", &url[..start], user.unwrap_or_default(), redact_query(authority_and_after))
}

/// `…?a=1&password=x` → `…?a=1&password=***`. Each key is judged as the driver reads it,
/// decoded as the `url` crate decodes query pairs (which is what sqlx does): `pass%77ord` is
/// the password.
fn redact_query(text: &str) -> String {
    let Some((head, query)) = text.split_once('?') else { return text.to_string() };
    let pairs: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((key, _)) if is_secret_parameter(&decoded_key(key)) => format!("{key}=***"),
            _ => pair.to_string(),
        })
        .collect();
    format!("{head}?{}", pairs.join("&"))
}

/// A query key as `url::Url::query_pairs` yields it to the driver.
fn decoded_key(key: &str) -> String {
    url::form_urlencoded::parse(key.as_bytes()).next().map(|(key, _)| key.into_owned()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backends() {
        for (url, want) in [
            ("postgres://u@h/db", Some(Backend::Postgres)),
            ("postgresql://h/db", Some(Backend::Postgres)),
            ("sqlite://demo.db", Some(Backend::Sqlite)),
            ("sqlite::memory:", Some(Backend::Sqlite)),
            ("mysql://h/db", None),
            ("demo.db", None),
        ] {
            assert_eq!(backend_of(url).ok(), want, "{url}");
        }
    }

    #[test]
    fn passwords_never_survive_redaction() {
        for (url, want) in [
            ("postgres://alice:s3cret@db.example:5432/app", "postgres://alice:***@db.example:5432/app"),
            ("postgres://alice@db/app", "postgres://alice@db/app"),
            ("postgres://alice:p%40ss@db/app?sslmode=require", "postgres://alice:***@db/app?sslmode=require"),
            ("postgres://alice:s3cret@[bad/app", "postgres://alice:***@[bad/app"),
            ("postgres://alice:pa#ss@db/app", "postgres://alice:***@db/app"),
            ("postgres://alice:12?x@db/app", "postgres://alice:***@db/app"),
            ("postgres://alice:a@b/c@db/app", "postgres://alice:***@db/app"),
            ("postgres://db/app?user=alice&password=s3cret", "postgres://db/app?user=alice&password=***"),
            (
                "postgresql://db/app?sslpassword=k3y&sslmode=verify-full",
                "postgresql://db/app?sslpassword=***&sslmode=verify-full",
            ),
            ("postgres://alice:x@db/app?PASSWORD=y", "postgres://alice:***@db/app?PASSWORD=***"),
            // What the driver decodes: percent-encoded and `+` keys.
            ("postgres://db/app?pass%77ord=s3cret", "postgres://db/app?pass%77ord=***"),
            (
                "postgres://db/app?%70%61%73%73%77%6F%72%64=s3cret&x=1",
                "postgres://db/app?%70%61%73%73%77%6F%72%64=***&x=1",
            ),
            ("postgres://db/app?ssl+password=k3y", "postgres://db/app?ssl+password=***"),
            ("redis://:s3cret@cache:6379/0", "redis://:***@cache:6379/0"),
            ("sqlite://demo.db", "sqlite://demo.db"),
            ("sqlite://demo.db?mode=ro", "sqlite://demo.db?mode=ro"),
            ("not a url password=x", "not a url password=x"),
        ] {
            let got = redact(url);
            assert_eq!(got, want, "{url}");
            for secret in ["s3cret", "pa#ss", "12?x", "k3y", "a@b/c"] {
                assert!(!got.contains(secret), "{url} leaks {secret}: {got}");
            }
        }
    }
}
