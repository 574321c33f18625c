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

/// The URL with any password replaced by `***`, so it can appear in messages.
pub fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            // set_password only fails for URLs that cannot have credentials.
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        Ok(_) => url.to_string(),
        // Unparseable: still never print what might be a password.
        Err(_) => match (url.find("://"), url.rfind('@')) {
            (Some(start), Some(at)) if at > start => format!("{}***{}", &url[..start + 3], &url[at..]),
            _ => url.to_string(),
        },
    }
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
            ("postgres://alice:s3cret@[bad/app", "postgres://***@[bad/app"),
            ("sqlite://demo.db", "sqlite://demo.db"),
        ] {
            assert_eq!(redact(url), want);
        }
    }
}
