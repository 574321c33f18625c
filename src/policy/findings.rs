//! `audit` findings (SPEC §7), pure: one org's settings checked against the latest snapshot
//! and the catalog's history.
//!
//! Only enterprise orgs are checked: on other plans access configuration is not enforced, so
//! nothing in their settings can grant or withhold access.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::catalog::Catalog;
use super::evaluate::{is_enterprise, CompiledPolicy, Org, Request};
use super::gateway::GatewayLists;
use super::provider_set::ProviderId;
use super::settings::{
    InvalidSettings, Mode, Policy, MODEL_ALLOW_LIST, MODEL_DENY_LIST, MODEL_PROVIDER_DENY_LIST, PROVIDER_ALLOW_LIST,
    PROVIDER_DENY_LIST, PROVIDER_POLICY_MODE,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing, never a failure (`--fail-on` has no level for it).
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// What a finding is about; each code has one severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Code {
    InvalidSettings,
    NoLiveProviderAllowed,
    SilentEnablement,
    LegacyNotMigrated,
    UnknownProvider,
    UnknownModel,
    StaleLegacyKey,
    DefaultModelNotAllowed,
    /// Gateway rules: an enterprise org with a deny list and no allow list, whose denied
    /// providers are usable since the gateway stopped reading deny lists (2026-05-07).
    DenyListIgnored,
    /// Gateway rules: an allow list stored without the marker next to a deny list (a pre-March
    /// list), enforced since 2026-05-07.
    StaleAllowListEnforced,
    /// Gateway rules: an entry the gateway can never match (wrong case, not a model id, not a
    /// string, a key of the wrong type).
    IneffectiveEntry,
    /// Group policies: stored policy JSON the gateway rejects (it fails closed).
    InvalidGroupPolicy,
    /// Group policies: members whose groups and default policy grant nothing.
    MemberWithoutGrant,
    /// Group policies: selected grants naming models or providers the catalog does not have.
    GroupGrantNotInCatalog,
    /// Group policies: grants reaching beyond the org's baseline (a denied model, a provider
    /// outside its allow list), so that an operator sees where the baseline is overridden.
    GroupGrantBeyondBaseline,
    /// Group policies: more groups than the gateway lets an org have (written around it).
    TooManyGroups,
    /// Current rules: an enabled Organization Auto whose route (or fallback) the gateway
    /// refuses, so requests in that mode get 400 `organization_auto_configuration`.
    OrgAutoTargetRefused,
}

impl Code {
    pub const ALL: [Code; 17] = [
        Code::InvalidSettings,
        Code::NoLiveProviderAllowed,
        Code::SilentEnablement,
        Code::LegacyNotMigrated,
        Code::UnknownProvider,
        Code::UnknownModel,
        Code::StaleLegacyKey,
        Code::DefaultModelNotAllowed,
        Code::DenyListIgnored,
        Code::StaleAllowListEnforced,
        Code::IneffectiveEntry,
        Code::InvalidGroupPolicy,
        Code::MemberWithoutGrant,
        Code::GroupGrantNotInCatalog,
        Code::GroupGrantBeyondBaseline,
        Code::TooManyGroups,
        Code::OrgAutoTargetRefused,
    ];

    pub fn severity(self) -> Severity {
        match self {
            Code::InvalidSettings
            | Code::NoLiveProviderAllowed
            | Code::SilentEnablement
            | Code::DenyListIgnored
            | Code::StaleAllowListEnforced
            | Code::InvalidGroupPolicy
            | Code::OrgAutoTargetRefused => Severity::Error,
            Code::GroupGrantBeyondBaseline => Severity::Info,
            _ => Severity::Warning,
        }
    }

    /// What the finding means, in a line (a report's rule description).
    pub fn summary(self) -> &'static str {
        match self {
            Code::InvalidSettings => "The settings document is invalid: every request is denied",
            Code::NoLiveProviderAllowed => "An allow-mode org whose allow list names no live provider",
            Code::SilentEnablement => {
                "A deny-list org can use a provider that entered the catalog after its last decision"
            }
            Code::LegacyNotMigrated => "A legacy deny-list org, not yet migrated to an allow list",
            Code::UnknownProvider => "A provider list names a provider absent from the catalog",
            Code::UnknownModel => "A model list names a model absent from the catalog",
            Code::StaleLegacyKey => "A stale legacy key that would change access if it were honoured",
            Code::DefaultModelNotAllowed => "The default model is denied by the org's own policy",
            Code::DenyListIgnored => "A provider deny list the gateway no longer reads: its providers are usable",
            Code::StaleAllowListEnforced => "An allow list stored without the marker, now enforced",
            Code::IneffectiveEntry => "An entry the gateway can never match",
            Code::InvalidGroupPolicy => "Stored group policy JSON the gateway rejects: its members are refused",
            Code::MemberWithoutGrant => "Members whose groups and default policy grant nothing",
            Code::GroupGrantNotInCatalog => "A group grant names a model or provider absent from the catalog",
            Code::GroupGrantBeyondBaseline => "A group grant reaches beyond the org's baseline",
            Code::TooManyGroups => "More groups than the gateway allows",
            Code::OrgAutoTargetRefused => "An Organization Auto route the gateway refuses",
        }
    }

    /// How to act on the finding.
    pub fn help(self) -> &'static str {
        match self {
            Code::InvalidSettings => "Fix the key the finding names (`orgpolicy providers list --org ORG` shows it)",
            Code::NoLiveProviderAllowed => "Allow a live provider: `orgpolicy providers allow --org ORG PROVIDER`",
            Code::SilentEnablement | Code::LegacyNotMigrated | Code::DenyListIgnored => {
                "Migrate the org to an allow list: `orgpolicy backfill plan --org ORG --out plan.jsonl`, then `backfill apply`"
            }
            Code::UnknownProvider | Code::UnknownModel | Code::GroupGrantNotInCatalog => {
                "Check the name against the catalog (`orgpolicy providers list`, `orgpolicy models list`); remove or fix it"
            }
            Code::StaleLegacyKey | Code::StaleAllowListEnforced => {
                "Review the list (`orgpolicy diff --org ORG --migration`) and rewrite it with `orgpolicy providers allow|deny`"
            }
            Code::DefaultModelNotAllowed => "Allow the default model or choose another one",
            Code::IneffectiveEntry => "Rewrite the entry as the gateway matches it (lowercase model ids and provider slugs)",
            Code::InvalidGroupPolicy => "Set a valid policy: `orgpolicy groups policy set --org ORG --group GROUP ...`",
            Code::MemberWithoutGrant => "Add the members to a group or set a default policy that grants access",
            Code::GroupGrantBeyondBaseline => "Nothing to fix if intended: the group widens the org's baseline on purpose",
            Code::TooManyGroups => "Delete groups until the org has at most 100",
            Code::OrgAutoTargetRefused => "Allow the route's models and providers, or change the route (`orgpolicy check --org ORG --model kilo-auto/org`)",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Code::InvalidSettings => "invalid_settings",
            Code::NoLiveProviderAllowed => "no_live_provider_allowed",
            Code::SilentEnablement => "silent_enablement",
            Code::LegacyNotMigrated => "legacy_not_migrated",
            Code::UnknownProvider => "unknown_provider",
            Code::UnknownModel => "unknown_model",
            Code::StaleLegacyKey => "stale_legacy_key",
            Code::DefaultModelNotAllowed => "default_model_not_allowed",
            Code::DenyListIgnored => "deny_list_ignored",
            Code::StaleAllowListEnforced => "stale_allow_list_enforced",
            Code::IneffectiveEntry => "ineffective_entry",
            Code::InvalidGroupPolicy => "invalid_group_policy",
            Code::MemberWithoutGrant => "member_without_grant",
            Code::GroupGrantNotInCatalog => "group_grant_not_in_catalog",
            Code::GroupGrantBeyondBaseline => "group_grant_beyond_baseline",
            Code::TooManyGroups => "too_many_groups",
            Code::OrgAutoTargetRefused => "org_auto_target_refused",
        }
    }
}

/// One finding about one org: what, how bad, in words, and the data behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    pub message: String,
    pub data: Data,
}

/// The data behind a finding, one shape per code (serialized as a plain JSON object).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Data {
    Invalid {
        key: Option<String>,
        reason: String,
    },
    AllowList {
        provider_allow_list: Vec<String>,
    },
    Entered {
        providers: Vec<EnteredProvider>,
        #[serde(serialize_with = "rfc3339")]
        since: DateTime<Utc>,
        since_source: &'static str,
    },
    DenyList {
        provider_deny_list: Vec<String>,
    },
    StaleEnforced {
        provider_allow_list: Vec<String>,
        provider_deny_list: Vec<String>,
    },
    Ineffective {
        key: &'static str,
        entries: Vec<String>,
        reason: &'static str,
    },
    Names {
        key: &'static str,
        names: Vec<String>,
    },
    StaleAllowList {
        key: &'static str,
        pairs_gained: usize,
        pairs_lost: usize,
    },
    StaleModelList {
        key: &'static str,
        models_blocked: usize,
        examples: Vec<String>,
    },
    DefaultModel {
        default_model: String,
        reason: &'static str,
    },
    /// A group's (or, with `group` null, the default policy's) grants or stored policy.
    GroupPolicy {
        group: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        models: Vec<String>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        providers: Vec<String>,
    },
    Members {
        members: Vec<String>,
        count: usize,
    },
    /// An Organization Auto route (`route` null: the fallback) and why the gateway refuses it.
    OrgAuto {
        route: Option<String>,
        target: String,
        reason: String,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EnteredProvider {
    pub provider: String,
    #[serde(serialize_with = "rfc3339")]
    pub entered_at: DateTime<Utc>,
    pub snapshot_id: i64,
}

/// `2026-11-21 10:00 UTC`, without parsing a strftime pattern for every finding.
fn minute(at: DateTime<Utc>) -> String {
    use chrono::{Datelike, Timelike};
    format!("{:04}-{:02}-{:02} {:02}:{:02} UTC", at.year(), at.month(), at.day(), at.hour(), at.minute())
}

/// What chrono's `Serialize` writes, formatted in one go: its own path goes through the
/// formatter a character at a time, which showed in audits with many findings.
fn rfc3339<S: serde::Serializer>(at: &DateTime<Utc>, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&at.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
}

impl Finding {
    fn new(code: Code, message: impl Into<String>, data: Data) -> Self {
        Self { code, severity: code.severity(), message: message.into(), data }
    }
}

/// One org's group policies as the audit reads them: the default policy and each group, parsed
/// (or why not), and each member with the groups they are in (indexes into `groups`).
pub struct GroupsInput {
    pub enterprise: bool,
    pub baseline: super::groups::Baseline,
    /// `None`: no settings row (the gateway reads `[all]`).
    pub default: Option<Result<Vec<super::groups::ModelAccess>, super::groups::PolicyError>>,
    pub groups: Vec<(String, Result<Vec<super::groups::ModelAccess>, super::groups::PolicyError>)>,
    /// `(how to name the member, the groups they are in)`.
    pub members: Vec<(String, Vec<usize>)>,
}

/// Members named in a finding before it says how many more there are.
const SHOWN_MEMBERS: usize = 10;

/// The group-policy findings of one org (Enterprise only: elsewhere groups are not read).
pub fn group_findings(input: &GroupsInput, catalog: &Catalog) -> Vec<Finding> {
    use super::groups::{member_grant, ModelAccess};
    if !input.enterprise {
        return Vec::new();
    }
    let mut findings = Vec::new();
    let invalid = |group: Option<&str>, e: &super::groups::PolicyError| {
        let what = group.map_or("the default policy".to_string(), |g| format!("group '{g}'"));
        Finding::new(
            Code::InvalidGroupPolicy,
            format!("{what} holds policy JSON the gateway rejects ({e}): it refuses every request of the members it applies to"),
            Data::GroupPolicy { group: group.map(str::to_string), reason: Some(e.to_string()), models: vec![], providers: vec![] },
        )
    };
    if input.groups.len() > super::groups::MAX_GROUPS {
        findings.push(Finding::new(
            Code::TooManyGroups,
            format!(
                "{} groups, more than the {} the gateway allows: it refuses to create or rename groups here until some are deleted",
                input.groups.len(),
                super::groups::MAX_GROUPS
            ),
            Data::Names { key: "groups", names: input.groups.iter().map(|(name, _)| name.clone()).collect() },
        ));
    }
    if let Some(Err(e)) = &input.default {
        findings.push(invalid(None, e));
    }
    for (name, policies) in &input.groups {
        if let Err(e) = policies {
            findings.push(invalid(Some(name), e));
        }
    }
    let default_ok = input.default.as_ref().map(|d| d.as_ref().ok());
    let named = std::iter::once((None, default_ok.flatten()))
        .chain(input.groups.iter().map(|(name, p)| (Some(name.as_str()), p.as_ref().ok())));
    for (group, policies) in named {
        for policy in policies.into_iter().flatten() {
            let ModelAccess::Selected { model_allow_list, provider_allow_list } = policy else { continue };
            let label = group.map_or("the default policy".to_string(), |g| format!("group '{g}'"));
            let models: Vec<String> = model_allow_list
                .iter()
                .filter(|m| catalog.model_id(&super::normalize::model_id(m)).is_none())
                .cloned()
                .collect();
            let providers: Vec<String> =
                provider_allow_list.iter().filter(|p| catalog.provider_id(p).is_none()).cloned().collect();
            if !models.is_empty() || !providers.is_empty() {
                let names: Vec<&str> = models.iter().chain(&providers).map(String::as_str).collect();
                findings.push(Finding::new(
                    Code::GroupGrantNotInCatalog,
                    format!("{label} grants what the catalog does not have: {}", names.join(", ")),
                    Data::GroupPolicy { group: group.map(str::to_string), reason: None, models, providers },
                ));
            }
            let denied: Vec<String> = model_allow_list
                .iter()
                .filter(|m| input.baseline.model_deny_list.iter().any(|d| d == super::gateway::normalize_model_id(m)))
                .cloned()
                .collect();
            let outside: Vec<String> = match &input.baseline.provider_ceiling {
                Some(ceiling) => provider_allow_list.iter().filter(|p| !ceiling.contains(p)).cloned().collect(),
                None => Vec::new(),
            };
            if !denied.is_empty() || !outside.is_empty() {
                let mut parts = Vec::new();
                if !denied.is_empty() {
                    parts.push(format!("models the organization denies ({})", denied.join(", ")));
                }
                if !outside.is_empty() {
                    parts.push(format!("providers outside its provider_allow_list ({})", outside.join(", ")));
                }
                findings.push(Finding::new(
                    Code::GroupGrantBeyondBaseline,
                    format!(
                        "{label} grants {}: its members reach beyond the organization baseline",
                        parts.join(" and ")
                    ),
                    Data::GroupPolicy {
                        group: group.map(str::to_string),
                        reason: None,
                        models: denied,
                        providers: outside,
                    },
                ));
            }
        }
    }
    if let Some(Err(_)) = &input.default {
        return findings;
    }
    let without: Vec<&str> = input
        .members
        .iter()
        .filter_map(|(label, mine)| {
            let mut policies = Vec::with_capacity(mine.len());
            for &i in mine {
                match input.groups.get(i) {
                    Some((name, Ok(p))) => policies.push((name.clone(), p.clone())),
                    // A member with an invalid policy is already refused: reported above.
                    _ => return None,
                }
            }
            let default = default_ok.flatten().map(Vec::as_slice);
            let none = member_grant(true, default, &policies).summary() == "none";
            none.then_some(label.as_str())
        })
        .collect();
    if !without.is_empty() {
        let shown: Vec<&str> = without.iter().take(SHOWN_MEMBERS).copied().collect();
        let more = without.len() - shown.len();
        findings.push(Finding::new(
            Code::MemberWithoutGrant,
            format!(
                "{} no grant at all (every request refused with no_grant): {}{}",
                if without.len() == 1 { "1 member has".to_string() } else { format!("{} members have", without.len()) },
                shown.join(", "),
                if more > 0 { format!(" and {more} more") } else { String::new() }
            ),
            Data::Members { members: without.iter().map(|m| m.to_string()).collect(), count: without.len() },
        ));
    }
    findings
}

/// When each provider of the latest snapshot entered the catalog: the first snapshot of its
/// current uninterrupted run of being live. Providers live since the oldest snapshot have no
/// known entry (history starts there), so they are never counted as new.
#[derive(Debug, Clone, Default)]
pub struct CatalogHistory {
    /// Indexed by the latest catalog's provider ids.
    entered: Vec<Option<CatalogEntry>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CatalogEntry {
    pub snapshot_id: i64,
    pub at: DateTime<Utc>,
}

/// Builds a [`CatalogHistory`] from snapshots fed oldest first, one at a time.
#[derive(Debug, Default)]
pub struct HistoryBuilder {
    /// Live providers of the previous snapshot, with the start of their run (`None` = since
    /// the oldest snapshot).
    runs: std::collections::BTreeMap<String, Option<CatalogEntry>>,
    seen_any: bool,
}

impl HistoryBuilder {
    /// Adds the next snapshot by its live provider slugs (normalized).
    pub fn add(&mut self, snapshot_id: i64, at: DateTime<Utc>, live: impl IntoIterator<Item = String>) {
        let first = !self.seen_any;
        self.seen_any = true;
        let mut runs = std::collections::BTreeMap::new();
        for slug in live {
            let start = match self.runs.remove(&slug) {
                Some(start) => start,
                None if first => None,
                None => Some(CatalogEntry { snapshot_id, at }),
            };
            runs.insert(slug, start);
        }
        self.runs = runs;
    }

    /// The history as seen from `latest` (the last snapshot added).
    pub fn finish(mut self, latest: &Catalog) -> CatalogHistory {
        let entered = latest.providers().iter().map(|p| self.runs.remove(&p.slug).flatten()).collect();
        CatalogHistory { entered }
    }
}

impl CatalogHistory {
    pub fn entered(&self, provider: ProviderId) -> Option<CatalogEntry> {
        self.entered.get(provider as usize).copied().flatten()
    }

    /// Providers that entered the catalog strictly after `since`.
    fn entered_after(&self, since: DateTime<Utc>) -> impl Iterator<Item = (ProviderId, CatalogEntry)> + '_ {
        self.entered
            .iter()
            .enumerate()
            .filter_map(move |(id, e)| e.filter(|e| e.at > since).map(|e| (id as ProviderId, e)))
    }
}

/// What `audit` knows about one org besides its settings.
#[derive(Debug, Clone, Copy)]
pub struct OrgHistory {
    pub created_at: DateTime<Utc>,
    /// The org's last audited `organization.settings.change`.
    pub last_settings_change: Option<DateTime<Utc>>,
}

/// Audits orgs against one snapshot and its history; built once per run.
pub struct Auditor<'c> {
    catalog: &'c Catalog,
    history: &'c CatalogHistory,
}

impl<'c> Auditor<'c> {
    pub fn new(catalog: &'c Catalog, history: &'c CatalogHistory) -> Self {
        Self { catalog, history }
    }

    pub fn audit(&self, org: Org<'_>, history: OrgHistory) -> Vec<Finding> {
        if !is_enterprise(org.plan) {
            return Vec::new();
        }
        if org.rules.is_gateway_reading() {
            return self.audit_gateway(org, history);
        }
        let policy = match org.settings.policy() {
            Ok(policy) => policy,
            Err(invalid) => return vec![invalid_settings(invalid)],
        };
        let c = self.catalog;
        let compiled = CompiledPolicy::new(org, c);
        let mut findings = Vec::new();
        match policy.mode() {
            Mode::Allow => {
                findings.extend(self.no_live_provider(policy.provider_allow_list.as_deref().unwrap_or_default()))
            }
            Mode::Legacy => {
                findings.extend(self.silent_enablement(&policy.provider_deny_list, &compiled, history));
                findings.push(legacy_not_migrated(policy));
            }
            Mode::Unrestricted => {}
        }
        findings.extend(self.unknown_names(policy));
        findings.extend(self.stale_keys(policy, &compiled));
        if let Some(model) = policy.default_model.as_deref() {
            findings.extend(self.default_model(model, &compiled));
        }
        findings
    }

    /// Under the gateway's `allow-list`/`current` rules: the document as the gateway reads it,
    /// never invalid, deny lists never enforced.
    fn audit_gateway(&self, org: Org<'_>, history: OrgHistory) -> Vec<Finding> {
        let c = self.catalog;
        let lists = org.settings.gateway_lists();
        let compiled = CompiledPolicy::new(org, c);
        let mut findings = Vec::new();
        if !lists.is_object {
            findings.push(Finding::new(
                Code::InvalidSettings,
                "settings document is not a JSON object: the gateway reads no key of it, so the org is unrestricted",
                Data::Invalid { key: None, reason: "is not a JSON object".into() },
            ));
            return findings;
        }
        let denied = lists.provider_deny_list.as_deref().unwrap_or_default();
        match &lists.provider_allow_list {
            None if !denied.is_empty() => {
                findings.push(Finding::new(
                    Code::DenyListIgnored,
                    format!(
                        "provider_deny_list is not read by the gateway since 2026-05-07 and there is no provider_allow_list: the denied providers ({}) are usable; restore the intent with `orgpolicy backfill plan`",
                        denied.join(", ")
                    ),
                    Data::DenyList { provider_deny_list: denied.to_vec() },
                ));
                findings.extend(self.silent_enablement(denied, &compiled, history));
            }
            None => {}
            Some(allow) => {
                if !lists.allow_marker && lists.provider_deny_list.is_some() {
                    findings.push(Finding::new(
                        Code::StaleAllowListEnforced,
                        format!(
                            "provider_allow_list [{}] is stored without the marker next to a deny list (a pre-March list): the gateway enforces it since 2026-05-07",
                            allow.join(", ")
                        ),
                        Data::StaleEnforced { provider_allow_list: allow.clone(), provider_deny_list: denied.to_vec() },
                    ));
                }
                findings.extend(self.no_live_provider(allow));
            }
        }
        findings.extend(self.ineffective_entries(lists));
        if org.rules == super::Rules::Current {
            findings.extend(org_auto_findings(org.plan, lists, c));
        }
        let unknown_providers: Vec<&str> = lists
            .provider_allow_list
            .iter()
            .flatten()
            .filter(|p| c.provider_id(p).is_none() && c.provider_id(&p.to_lowercase()).is_none())
            .map(String::as_str)
            .collect();
        if !unknown_providers.is_empty() {
            findings.push(Finding::new(
                Code::UnknownProvider,
                format!("{PROVIDER_ALLOW_LIST} names providers not in the catalog: {}", unknown_providers.join(", ")),
                Data::Names {
                    key: PROVIDER_ALLOW_LIST,
                    names: unknown_providers.iter().map(|n| n.to_string()).collect(),
                },
            ));
        }
        let unknown_models: Vec<&str> = lists
            .model_deny_list
            .iter()
            .filter(|m| is_model_id(m) && c.model_id(&m.to_lowercase()).is_none())
            .map(String::as_str)
            .collect();
        if !unknown_models.is_empty() {
            findings.push(Finding::new(
                Code::UnknownModel,
                format!("{MODEL_DENY_LIST} names models not in the catalog: {}", unknown_models.join(", ")),
                Data::Names { key: MODEL_DENY_LIST, names: unknown_models.iter().map(|n| n.to_string()).collect() },
            ));
        }
        if let Some(policy) = lists.has_model_allow_list.then(|| org.settings.policy().ok()).flatten() {
            findings.extend(self.stale_keys(policy, &compiled).into_iter().filter(|f| {
                // The gateway enforces any allow list: only the model allow list is stale.
                !matches!(f.data, Data::StaleAllowList { .. })
            }));
        }
        if let Some(model) = lists.default_model.as_deref() {
            findings.extend(self.default_model(model, &compiled));
        }
        findings
    }

    /// Entries the gateway can never match: it lowercases the requested model and compares
    /// deny entries (cut at `:`) and allow-list slugs exactly.
    fn ineffective_entries(&self, lists: &GatewayLists) -> Vec<Finding> {
        let mut findings = Vec::new();
        let mut report = |key: &'static str, entries: Vec<String>, reason: &'static str| {
            if !entries.is_empty() {
                findings.push(Finding::new(
                    Code::IneffectiveEntry,
                    format!("{key} entries the gateway can never match ({reason}): {}", entries.join(", ")),
                    Data::Ineffective { key, entries, reason },
                ));
            }
        };

        let wrong_case = |e: &String| e.chars().any(char::is_uppercase) || e.trim() != e.as_str();
        report(
            MODEL_DENY_LIST,
            lists.model_deny_entries.iter().filter(|e| wrong_case(e)).cloned().collect(),
            "capitals or spaces: requests are lowercased",
        );
        report(
            MODEL_DENY_LIST,
            lists.model_deny_entries.iter().filter(|e| !wrong_case(e) && !is_model_id(e)).cloned().collect(),
            "not a model id",
        );
        let catalog = self.catalog;
        report(
            PROVIDER_ALLOW_LIST,
            lists
                .provider_allow_list
                .iter()
                .flatten()
                .filter(|p| catalog.provider_id(p).is_none() && catalog.provider_id(&p.trim().to_lowercase()).is_some())
                .cloned()
                .collect(),
            "slugs are compared exactly, and the catalog's are lowercase",
        );
        for &key in &lists.malformed {
            findings.push(Finding::new(
                Code::IneffectiveEntry,
                format!("{key} is not a list of strings: the gateway ignores what is not"),
                Data::Ineffective { key, entries: Vec::new(), reason: "not a list of strings" },
            ));
        }
        findings
    }

    fn no_live_provider(&self, allow: &[String]) -> Option<Finding> {
        let usable = self.catalog.set_of(allow).intersection(self.catalog.live());
        usable.is_empty().then(|| {
            Finding::new(
                Code::NoLiveProviderAllowed,
                if allow.is_empty() {
                    "the provider allow list is empty: the org can use no catalog model".to_string()
                } else {
                    format!(
                        "the provider allow list names no live provider ({}): the org can use no catalog model",
                        allow.join(", ")
                    )
                },
                Data::AllowList { provider_allow_list: allow.to_vec() },
            )
        })
    }

    fn silent_enablement(
        &self,
        deny_list: &[String],
        compiled: &CompiledPolicy,
        history: OrgHistory,
    ) -> Option<Finding> {
        if deny_list.is_empty() {
            return None;
        }
        let (since, source) = match history.last_settings_change {
            Some(at) => (at, "last_settings_change"),
            None => (history.created_at, "created_at"),
        };
        let entered: Vec<(ProviderId, CatalogEntry)> =
            self.history.entered_after(since).filter(|(p, _)| self.can_use_provider(compiled, *p)).collect();
        if entered.is_empty() {
            return None;
        }
        let slugs: Vec<&str> = entered.iter().map(|(p, _)| self.catalog.provider(*p).slug.as_str()).collect();
        let since_words = match source {
            "created_at" => "the org was created",
            _ => "its settings last changed",
        };
        Some(Finding::new(
            Code::SilentEnablement,
            format!(
                "can use {} that entered the catalog after {since_words} ({}), with no audited decision: {}",
                if slugs.len() == 1 { "a provider" } else { "providers" },
                minute(since),
                slugs.join(", ")
            ),
            Data::Entered {
                providers: entered
                    .iter()
                    .map(|(p, e)| EnteredProvider {
                        provider: self.catalog.provider(*p).slug.clone(),
                        entered_at: e.at,
                        snapshot_id: e.snapshot_id,
                    })
                    .collect(),
                since,
                since_source: source,
            },
        ))
    }

    /// Whether the org may use at least one catalog model through `provider`.
    fn can_use_provider(&self, compiled: &CompiledPolicy, provider: ProviderId) -> bool {
        compiled.provider_state(provider).is_allowed()
            && self
                .catalog
                .models_served_by(provider)
                .iter()
                .any(|m| compiled.pair_state(self.catalog, *m, provider).is_allowed())
    }

    fn unknown_names(&self, policy: &Policy) -> Vec<Finding> {
        let c = self.catalog;
        let enforced_providers = match policy.mode() {
            Mode::Allow => Some((PROVIDER_ALLOW_LIST, policy.provider_allow_list.as_deref().unwrap_or_default())),
            Mode::Legacy => Some((PROVIDER_DENY_LIST, policy.provider_deny_list.as_slice())),
            Mode::Unrestricted => None,
        };
        let combos = &policy.model_provider_deny_list;
        let mut findings = Vec::new();
        let mut report = |code: Code, what: &str, key: &'static str, names: Vec<&str>| {
            if !names.is_empty() {
                findings.push(Finding::new(
                    code,
                    format!("{key} names {what} not in the catalog: {}", names.join(", ")),
                    Data::Names { key, names: names.iter().map(|n| n.to_string()).collect() },
                ));
            }
        };
        if let Some((key, list)) = enforced_providers {
            let absent = list.iter().filter(|p| c.provider_id(p).is_none()).map(String::as_str).collect();
            report(Code::UnknownProvider, "providers", key, absent);
        }
        let absent = dedup(combos.iter().filter(|e| c.provider_id(&e.provider).is_none()).map(|e| e.provider.as_str()));
        report(Code::UnknownProvider, "providers", MODEL_PROVIDER_DENY_LIST, absent);
        let absent = policy.model_deny_list.iter().filter(|m| c.model_id(m).is_none()).map(String::as_str).collect();
        report(Code::UnknownModel, "models", MODEL_DENY_LIST, absent);
        let absent = dedup(combos.iter().filter(|e| c.model_id(&e.model).is_none()).map(|e| e.model.as_str()));
        report(Code::UnknownModel, "models", MODEL_PROVIDER_DENY_LIST, absent);
        findings
    }

    /// Keys that are stored but never enforced, reported when honouring them would change
    /// what the org can use (someone may believe they are in force).
    fn stale_keys(&self, policy: &Policy, compiled: &CompiledPolicy) -> Vec<Finding> {
        let c = self.catalog;
        let mut findings = Vec::new();
        if let Some(stale) = policy.provider_allow_list.as_ref().filter(|_| !policy.allow_marker) {
            let (gained, lost) = compiled.provider_rule_change(c, &c.set_of(stale));
            if gained + lost > 0 {
                findings.push(Finding::new(
                    Code::StaleLegacyKey,
                    format!(
                        "{PROVIDER_ALLOW_LIST} is stored without {PROVIDER_POLICY_MODE} and is not enforced; honouring it would change access ({gained} pairs gained, {lost} lost)"
                    ),
                    Data::StaleAllowList { key: PROVIDER_ALLOW_LIST, pairs_gained: gained, pairs_lost: lost },
                ));
            }
        }
        if let Some(allowed_models) = &policy.model_allow_list {
            let access = compiled.effective_access(c);
            let outside: Vec<&str> = c
                .models()
                .iter()
                .enumerate()
                .filter(|(i, m)| !access.providers_of(*i).is_empty() && allowed_models.binary_search(&m.id).is_err())
                .map(|(_, m)| m.id.as_str())
                .collect();
            if !outside.is_empty() {
                findings.push(Finding::new(
                    Code::StaleLegacyKey,
                    format!(
                        "{MODEL_ALLOW_LIST} is never enforced; honouring it would block {} the org can use today",
                        if outside.len() == 1 { "1 model".to_string() } else { format!("{} models", outside.len()) }
                    ),
                    Data::StaleModelList {
                        key: MODEL_ALLOW_LIST,
                        models_blocked: outside.len(),
                        examples: outside.iter().take(5).map(|m| m.to_string()).collect(),
                    },
                ));
            }
        }
        findings
    }

    fn default_model(&self, model: &str, compiled: &CompiledPolicy) -> Option<Finding> {
        let request = Request::new(self.catalog, model, None);
        let decision = compiled.decide(self.catalog, &request, &mut ());
        (!decision.reason.is_allowed()).then(|| {
            Finding::new(
                Code::DefaultModelNotAllowed,
                format!(
                    "default_model '{model}' is not allowed: {}",
                    compiled.message(self.catalog, &request, &decision)
                ),
                Data::DefaultModel { default_model: model.to_string(), reason: decision.reason.code() },
            )
        })
    }
}

/// Each route (and the fallback) of an enabled Organization Auto that the gateway would refuse.
/// A direct-BYOK target is left alone: whether the org holds that key is not read here.
fn org_auto_findings(plan: &str, lists: &GatewayLists, catalog: &Catalog) -> Vec<Finding> {
    use super::request::{org_auto_routes, OrgContext, Trial};
    let org = OrgContext { plan, lists, combos: &[], custom_llms: &[], byok_keys: &[], trial: Trial::Unknown };
    let Some(routes) = org_auto_routes(&org, catalog) else { return Vec::new() };
    routes
        .into_iter()
        .filter(|r| catalog.facts().direct_byok_provider(&r.target.trim().to_lowercase()).is_none())
        .filter_map(|r| {
            let reason = r.outcome.err()?;
            let which = r.mode.as_ref().map_or("its fallback".to_string(), |m| format!("route '{m}'"));
            Some(Finding::new(
                Code::OrgAutoTargetRefused,
                format!(
                    "Organization Auto's {which} is refused: {reason} Requests {} get 400 organization_auto_configuration",
                    r.mode.as_ref().map_or("in every other mode".to_string(), |m| format!("in mode '{m}'"))
                ),
                Data::OrgAuto { route: r.mode, target: r.target, reason },
            ))
        })
        .collect()
}

fn invalid_settings(invalid: &InvalidSettings) -> Finding {
    Finding::new(
        Code::InvalidSettings,
        format!("{invalid}: every request is denied until it is fixed"),
        Data::Invalid { key: invalid.key.clone(), reason: invalid.reason.clone() },
    )
}

fn legacy_not_migrated(policy: &Policy) -> Finding {
    let how = if policy.provider_deny_list.is_empty() {
        "`orgpolicy backfill plan --include-unrestricted`"
    } else {
        "`orgpolicy backfill plan`"
    };
    Finding::new(
        Code::LegacyNotMigrated,
        format!(
            "legacy deny-list policy: providers entering the catalog are enabled without approval; migrate with {how}"
        ),
        Data::DenyList { provider_deny_list: policy.provider_deny_list.clone() },
    )
}

/// Whether a deny entry looks like a model id (`author/model`), which the gateway could match.
fn is_model_id(entry: &str) -> bool {
    entry.split_once('/').is_some_and(|(a, m)| !a.is_empty() && !m.is_empty())
}

fn dedup<'a>(names: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut names: Vec<&str> = names.collect();
    names.sort_unstable();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::catalog::tests::catalog;
    use crate::policy::Settings;
    use chrono::TimeZone;
    use serde_json::{json, Value};

    /// Group findings: what each stored shape gives (codes sorted), Enterprise only.
    #[test]
    fn group_policy_findings() {
        use crate::policy::groups::{parse_policies, Baseline};
        let c = catalog(&[("openai", &["openai/gpt-4o", "openai/o3"]), ("anthropic", &["anthropic/claude"])]);
        let baseline = Baseline {
            model_deny_list: vec!["openai/o3".into()],
            provider_ceiling: Some(vec!["openai".into(), "anthropic".into()]),
            blocked_pairs: Vec::new(),
        };
        let sel = |models: &str, providers: &str| {
            format!(
                r#"[{{"type":"model_access","data":{{"mode":"selected","model_allow_list":{models},"provider_allow_list":{providers}}}}}]"#
            )
        };
        let none = r#"[{"type":"model_access","data":{"mode":"none"}}]"#.to_string();
        // (enterprise, default, groups, members' groups, codes)
        type Case = (bool, Option<String>, Vec<String>, Vec<Vec<usize>>, Vec<&'static str>);
        let cases: Vec<Case> = vec![
            (true, None, vec![], vec![vec![]], vec![]),
            (true, Some(none.clone()), vec![], vec![vec![], vec![]], vec!["member_without_grant"]),
            (
                true,
                Some(none.clone()),
                vec![sel(r#"["x/unknown"]"#, r#"["nowhere"]"#)],
                vec![vec![0]],
                vec!["group_grant_beyond_baseline", "group_grant_not_in_catalog"],
            ),
            (true, None, vec![sel(r#"["openai/o3"]"#, "[]")], vec![vec![0]], vec!["group_grant_beyond_baseline"]),
            (true, Some("[{]".into()), vec![], vec![vec![]], vec!["invalid_group_policy"]),
            (
                true,
                Some(none.clone()),
                vec![r#"[{"type":"model_access","data":{"mode":"x"}}]"#.into()],
                vec![vec![0]],
                vec!["invalid_group_policy"],
            ),
            (false, Some(none.clone()), vec![], vec![vec![]], vec![]),
            (true, None, vec![none.clone(); 101], vec![vec![0]], vec!["too_many_groups"]),
            (true, None, vec![none; 100], vec![vec![0]], vec![]),
        ];
        for (enterprise, default, groups, members, want) in cases {
            let input = GroupsInput {
                enterprise,
                baseline: baseline.clone(),
                default: default.as_deref().map(parse_policies),
                groups: groups.iter().enumerate().map(|(i, g)| (format!("g{i}"), parse_policies(g))).collect(),
                members: members.into_iter().enumerate().map(|(i, g)| (format!("m{i}"), g)).collect(),
            };
            let mut codes: Vec<&str> = group_findings(&input, &c).iter().map(|f| f.code.as_str()).collect();
            codes.sort();
            assert_eq!(codes, want, "{default:?} {groups:?}");
        }
    }

    fn at(day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 1, day, 0, 0, 0).unwrap()
    }

    /// Snapshot 1 (day 1): openai, azure. Snapshot 2 (day 10): + deepseek. Snapshot 3 (day
    /// 20): + newco, deepseek gone then back is not modelled here.
    fn history() -> (Catalog, CatalogHistory) {
        let s1 = catalog(&[("openai", &["openai/gpt-4o"]), ("azure", &["openai/gpt-4o"])]);
        let s2 =
            catalog(&[("openai", &["openai/gpt-4o"]), ("azure", &["openai/gpt-4o"]), ("deepseek", &["deepseek/chat"])]);
        let s3 = catalog(&[
            ("openai", &["openai/gpt-4o", "openai/o3"]),
            ("azure", &["openai/gpt-4o"]),
            ("deepseek", &["deepseek/chat"]),
            ("newco", &["openai/gpt-4o", "newco/one"]),
            ("idle", &[]),
        ]);
        let mut builder = HistoryBuilder::default();
        for (id, day, c) in [(1, 1, &s1), (2, 10, &s2), (3, 20, &s3)] {
            builder.add(id, at(day), c.slugs(c.live()));
        }
        let history = builder.finish(&s3);
        (s3, history)
    }

    fn codes(plan: &str, doc: Value, org_history: OrgHistory) -> Vec<(Code, Value)> {
        let (c, h) = history();
        let settings = Settings::from_value(doc);
        let org = Org {
            plan,
            settings: &settings,
            custom_models: &["my/custom".to_string()],
            rules: crate::policy::Rules::Marker,
            own_schema: true,
        };
        Auditor::new(&c, &h)
            .audit(org, org_history)
            .into_iter()
            .map(|f| (f.code, serde_json::to_value(f.data).unwrap()))
            .collect()
    }

    fn created(day: u32) -> OrgHistory {
        OrgHistory { created_at: at(day), last_settings_change: None }
    }

    #[test]
    fn timestamps_are_written_as_chrono_writes_them() {
        let times = ["2026-11-21T10:00:00Z", "2026-01-02T03:04:05.5Z", "2025-06-30T23:59:59.123456789Z"];
        for text in times {
            let at: DateTime<Utc> = text.parse().unwrap();
            let ours = rfc3339(&at, serde_json::value::Serializer).unwrap();
            assert_eq!(ours, serde_json::to_value(at).unwrap(), "{text}");
            assert_eq!(minute(at), at.format("%Y-%m-%d %H:%M UTC").to_string());
        }
    }

    #[test]
    fn entries_follow_runs_of_liveness() {
        let (c, h) = history();
        let entered = |slug: &str| h.entered(c.provider_id(slug).unwrap()).map(|e| e.snapshot_id);
        assert_eq!(entered("openai"), None, "live since the oldest snapshot");
        assert_eq!(entered("deepseek"), Some(2));
        assert_eq!(entered("newco"), Some(3));
        assert_eq!(entered("idle"), None, "never live");

        // Gone in the middle snapshot, back in the last: entered again at the last.
        let a = catalog(&[("openai", &["m/a"]), ("x", &["m/a"])]);
        let b = catalog(&[("openai", &["m/a"])]);
        let mut builder = HistoryBuilder::default();
        for (id, c) in [(1, &a), (2, &b), (3, &a)] {
            builder.add(id, at(id as u32), c.slugs(c.live()));
        }
        let h = builder.finish(&a);
        assert_eq!(h.entered(a.provider_id("x").unwrap()).map(|e| e.snapshot_id), Some(3));
    }

    #[test]
    fn findings_by_code() {
        use Code::*;
        let legacy = json!({"provider_deny_list": ["azure"]});
        let e = "enterprise";
        let cases: Vec<(&str, &str, Value, OrgHistory, Vec<Code>)> = vec![
            ("teams orgs are not audited", "teams", json!({"provider_deny_list": 3}), created(1), vec![]),
            ("invalid", e, json!({"provider_deny_list": 3}), created(1), vec![InvalidSettings]),
            (
                "clean allow mode",
                e,
                json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai"]}),
                created(1),
                vec![],
            ),
            ("unrestricted", e, json!({}), created(1), vec![]),
            (
                "allow list of gone providers",
                e,
                json!({"provider_policy_mode": "allow", "provider_allow_list": ["idle", "gone"]}),
                created(1),
                vec![NoLiveProviderAllowed, UnknownProvider],
            ),
            (
                "empty allow list",
                e,
                json!({"provider_policy_mode": "allow", "provider_allow_list": []}),
                created(1),
                vec![NoLiveProviderAllowed],
            ),
            (
                "legacy, created before two entries",
                e,
                legacy.clone(),
                created(5),
                vec![SilentEnablement, LegacyNotMigrated],
            ),
            ("legacy, created after every entry", e, legacy.clone(), created(25), vec![LegacyNotMigrated]),
            (
                "legacy, reviewed after every entry",
                e,
                legacy.clone(),
                OrgHistory { created_at: at(1), last_settings_change: Some(at(21)) },
                vec![LegacyNotMigrated],
            ),
            (
                "legacy, denied the new providers",
                e,
                json!({"provider_deny_list": ["deepseek", "newco"]}),
                created(1),
                vec![LegacyNotMigrated],
            ),
            (
                "legacy, new provider's only models denied",
                e,
                json!({"provider_deny_list": ["deepseek"], "model_deny_list": ["newco/one", "openai/gpt-4o"]}),
                created(1),
                vec![LegacyNotMigrated],
            ),
            (
                "legacy through model lists only: no provider deny list, no silent enablement",
                e,
                json!({"model_deny_list": ["openai/o3"]}),
                created(1),
                vec![LegacyNotMigrated],
            ),
            (
                "unknown names",
                e,
                json!({"provider_deny_list": ["evil", "deepseek", "newco"], "model_deny_list": ["x/y"], "model_provider_deny_list": [{"model": "openai/gpt-4o", "provider": "nobody"}, {"model": "z/z", "provider": "openai"}]}),
                created(25),
                vec![LegacyNotMigrated, UnknownProvider, UnknownProvider, UnknownModel, UnknownModel],
            ),
            (
                "stale allow list that would change access",
                e,
                json!({"provider_allow_list": ["openai"]}),
                created(1),
                vec![StaleLegacyKey],
            ),
            (
                "stale allow list equal to what is allowed",
                e,
                json!({"provider_allow_list": ["openai", "azure", "deepseek", "newco"]}),
                created(1),
                vec![],
            ),
            (
                "stale model allow list",
                e,
                json!({"model_allow_list": ["openai/gpt-4o"]}),
                created(1),
                vec![StaleLegacyKey],
            ),
            (
                "stale model allow list covering everything",
                e,
                json!({"model_allow_list": ["openai/gpt-4o", "openai/o3", "deepseek/chat", "newco/one"]}),
                created(1),
                vec![],
            ),
            (
                "default model not allowed",
                e,
                json!({"provider_policy_mode": "allow", "provider_allow_list": ["deepseek"], "default_model": "openai/gpt-4o"}),
                created(1),
                vec![DefaultModelNotAllowed],
            ),
            (
                "default model allowed, or a custom model",
                e,
                json!({"provider_policy_mode": "allow", "provider_allow_list": ["deepseek"], "default_model": "my/custom"}),
                created(1),
                vec![],
            ),
        ];
        for (name, plan, doc, history, want) in cases {
            let got: Vec<Code> = codes(plan, doc, history).into_iter().map(|(c, _)| c).collect();
            assert_eq!(got, want, "{name}");
        }
    }

    #[test]
    fn silent_enablement_names_the_providers_and_the_reference_time() {
        let found = codes("enterprise", json!({"provider_deny_list": ["azure"]}), created(15));
        let (code, data) = &found[0];
        assert_eq!(*code, Code::SilentEnablement);
        assert_eq!(data["providers"].as_array().unwrap().len(), 1);
        assert_eq!(data["providers"][0]["provider"], "newco");
        assert_eq!(data["providers"][0]["snapshot_id"], 3);
        assert_eq!(data["since_source"], "created_at");
    }

    #[test]
    fn every_code_has_one_severity_and_a_name() {
        for code in Code::ALL {
            assert_eq!(serde_json::to_value(code).unwrap(), code.as_str());
        }
        assert!(Severity::Error > Severity::Warning);
    }
}
