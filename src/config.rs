//! Named connections: profiles in a TOML config file (`--config FILE`, else
//! `$XDG_CONFIG_HOME/orgpolicy/config.toml`, else `~/.config/orgpolicy/config.toml`), one chosen
//! with `--profile NAME` or `ORGPOLICY_PROFILE`. A profile supplies what its command line does
//! not (a flag given on the command line always wins, even over the profile); `production =
//! true` makes every write prompt name the profile and ask for its name to be typed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The config file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// One named connection and its defaults.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The database URL, written here…
    pub database_url: Option<String>,
    /// …or the environment variable that holds it (keeps the secret out of the file).
    pub database_url_env: Option<String>,
    /// `auto`, `own` or `gateway`.
    pub schema: Option<String>,
    /// `marker`, `allow-list` or `current`.
    pub rules: Option<String>,
    pub actor: Option<String>,
    pub gateway_facts: Option<PathBuf>,
    /// `audit --catalog-history` when the command line gives none.
    pub catalog_history: Option<PathBuf>,
    #[serde(default)]
    pub production: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("could not read config file '{path}': {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("config file '{path}' is malformed: {message}")]
    Malformed { path: PathBuf, message: String },
    #[error("no config file at '{path}' for --profile {profile}")]
    Missing { path: PathBuf, profile: String },
    #[error("config file '{path}' has no profile '{profile}'")]
    UnknownProfile { path: PathBuf, profile: String, closest: Vec<String> },
    #[error("profile '{profile}' takes its database URL from ${var}, which is not set")]
    UnsetVariable { profile: String, var: String },
}

impl ConfigError {
    pub fn help(&self) -> String {
        match self {
            ConfigError::Io { .. } => "check the path (--config FILE or ORGPOLICY_CONFIG)".into(),
            ConfigError::Malformed { .. } => {
                "each [profiles.NAME] table may have database_url or database_url_env, schema, rules, actor, gateway_facts, catalog_history and production".into()
            }
            ConfigError::Missing { .. } => "create it with a [profiles.NAME] table, or pass --config FILE".into(),
            ConfigError::UnknownProfile { closest, .. } => match closest.first() {
                Some(name) => format!("did you mean '{name}'? `orgpolicy profiles` lists them"),
                None => "`orgpolicy profiles` lists the profiles".into(),
            },
            ConfigError::UnsetVariable { var, .. } => format!("export {var}, or pass --database-url"),
        }
    }
}

/// Where the config file is: `explicit`, else the XDG location, else `~/.config`.
pub fn config_path(explicit: Option<&Path>) -> Option<PathBuf> {
    if let Some(path) = explicit {
        return Some(path.to_path_buf());
    }
    let base = std::env::var_os("XDG_CONFIG_HOME").filter(|v| !v.is_empty()).map(PathBuf::from).or_else(|| {
        std::env::var_os("HOME").filter(|v| !v.is_empty()).map(|home| PathBuf::from(home).join(".config"))
    })?;
    Some(base.join("orgpolicy").join("config.toml"))
}

impl Config {
    /// The file at `path`; an absent file is an empty config unless `required`.
    pub fn load(path: &Path, required: Option<&str>) -> Result<Self, ConfigError> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return match required {
                    Some(profile) => Err(ConfigError::Missing { path: path.into(), profile: profile.into() }),
                    None => Ok(Config::default()),
                };
            }
            Err(source) => return Err(ConfigError::Io { path: path.into(), source }),
        };
        let config: Config = toml::from_str(&text)
            .map_err(|e| ConfigError::Malformed { path: path.into(), message: crate::cases::toml_error(&text, &e) })?;
        for (name, profile) in &config.profiles {
            let bad =
                |what: &str| ConfigError::Malformed { path: path.into(), message: format!("profile '{name}': {what}") };
            if profile.database_url.is_some() && profile.database_url_env.is_some() {
                return Err(bad("give database_url or database_url_env, not both"));
            }
            if let Some(rules) = profile.rules.as_deref().filter(|r| crate::policy::Rules::from_name(r).is_none()) {
                return Err(bad(&format!("unknown rules '{rules}' (marker, allow-list or current)")));
            }
            if let Some(schema) = profile.schema.as_deref().filter(|s| !["auto", "own", "gateway"].contains(s)) {
                return Err(bad(&format!("unknown schema '{schema}' (auto, own or gateway)")));
            }
        }
        Ok(config)
    }

    /// The profile named `name`.
    pub fn profile(&self, path: &Path, name: &str) -> Result<&Profile, ConfigError> {
        self.profiles.get(name).ok_or_else(|| ConfigError::UnknownProfile {
            path: path.into(),
            profile: name.into(),
            closest: crate::policy::catalog::closest(name, self.profiles.keys().map(String::as_str)),
        })
    }
}

impl Profile {
    /// Its database URL: written in the file, or read from the variable it names.
    pub fn database_url(&self, name: &str) -> Result<Option<String>, ConfigError> {
        match (&self.database_url, &self.database_url_env) {
            (Some(url), _) => Ok(Some(url.clone())),
            (None, Some(var)) => std::env::var(var)
                .ok()
                .filter(|v| !v.trim().is_empty())
                .map(Some)
                .ok_or_else(|| ConfigError::UnsetVariable { profile: name.into(), var: var.clone() }),
            (None, None) => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Config, ConfigError> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, text).unwrap();
        Config::load(&path, None)
    }

    #[test]
    fn profiles_are_read_strictly() {
        let ok =
            load("[profiles.prod]\ndatabase_url_env = \"PROD_URL\"\nrules = \"current\"\nproduction = true\n").unwrap();
        assert!(ok.profiles["prod"].production);
        let bad = [
            ("[profiles.a]\ndatabase_url = \"x\"\ndatabase_url_env = \"Y\"\n", "not both"),
            ("[profiles.a]\nrules = \"today\"\n", "unknown rules 'today'"),
            ("[profiles.a]\nschema = \"mine\"\n", "unknown schema 'mine'"),
            ("[profiles.a]\nprodution = true\n", "line 2"),
        ];
        for (text, want) in bad {
            let err = load(text).unwrap_err().to_string();
            assert!(err.contains(want) && !err.contains('\n'), "{text}: {err}");
        }
        let dir = tempfile::tempdir().unwrap();
        let absent = dir.path().join("none.toml");
        assert!(Config::load(&absent, None).unwrap().profiles.is_empty());
        assert!(matches!(Config::load(&absent, Some("prod")), Err(ConfigError::Missing { .. })));
    }
}
