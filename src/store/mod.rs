//! One storage interface over the organization database ([`StoreBackend`], the contract), with
//! three implementations: the tool's own schema on PostgreSQL and on SQLite (picked by the URL
//! scheme), and the gateway's own PostgreSQL schema (picked by `--schema`, or detected from the
//! database's catalog). Reads of organizations stream row by row, so memory stays flat in the
//! number of orgs.
//!
//! No policy rule lives in SQL: the backends return rows, the policy code decides.
//!
//! **Compare-and-swap, one rule for all three:** a write of new settings happens only where the
//! stored document is still equal, as JSON, to the document the change was computed from
//! (PostgreSQL: `jsonb` equality; SQLite: `json()` of both sides, which keeps key order, so
//! it is never looser than the JSON equality). An org whose document differs is left alone and
//! reported as a conflict; on the gateway a soft-deleted org is never written.

pub mod abuse;
mod faults;
mod gateway;
mod postgres;
pub mod probe;
mod sqlite;
mod url;

use chrono::{DateTime, Utc};

pub use self::gateway::TableCheck;
pub use self::probe::{Access, WriteKind};
pub use self::url::{backend_of, redact, Backend};

/// The audit action of every settings change this tool writes (and the one `audit` reads).
pub const SETTINGS_CHANGE: &str = "organization.settings.change";

/// The audit action of the rows the gateway's catalog sync writes (null actor) for each
/// enterprise org whose model availability it thinks a sync changed.
pub const SYNC_CHANGE: &str = "organization.settings.auto_change";

/// Which `organization.settings.change` rows are a person's decision about the provider lists
/// (what `silent_enablement` measures from), on the tool's schema, in PostgreSQL's and SQLite's
/// dialects over `details`: not a backfill apply or rollback, and either written by something
/// other than orgpolicy or an orgpolicy edit of a provider key. The sync's rows have another
/// action (`organization.settings.auto_change`).
fn own_decision_pg() -> String {
    use crate::policy::trail::{APPLIED_KEY, ROLLED_BACK_KEY};
    format!(
        "NOT (coalesce(details, '{{}}') ? '{APPLIED_KEY}' OR coalesce(details, '{{}}') ? '{ROLLED_BACK_KEY}')
      AND (details->>'tool' IS NULL
           OR details->>'key' IN ('provider_allow_list', 'provider_deny_list', 'provider_policy_mode'))"
    )
}
fn own_decision_sqlite() -> String {
    use crate::policy::trail::{APPLIED_KEY, ROLLED_BACK_KEY};
    format!(
        "(details IS NULL OR NOT json_valid(details)
       OR (json_extract(details, '$.{APPLIED_KEY}') IS NULL
           AND json_extract(details, '$.{ROLLED_BACK_KEY}') IS NULL
           AND (json_extract(details, '$.tool') IS NULL
                OR json_extract(details, '$.key') IN ('provider_allow_list', 'provider_deny_list', 'provider_policy_mode'))))"
    )
}
/// The same on the gateway's schema, which has no `details`: the message says it. Not a
/// backfill run (`[orgpolicy backfill apply|rollback, plan …]`), and not a change of models
/// only (`Denied models: …; Allowed models: …`): a message naming providers, or naming no
/// models (`Updated access lists`, or a format this tool does not know), is a decision.
fn gateway_decision() -> String {
    format!(
        "message NOT LIKE '{}'
      AND (message LIKE '%providers:%' OR message NOT LIKE '%models:%')",
        crate::policy::trail::ANY_RUN_MESSAGE_PATTERN
    )
}

/// One member of an organization: the gateway's user id, and an email where known.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct MemberRow {
    pub kilo_user_id: String,
    pub email: Option<String>,
}

/// A group the member belongs to, with its stored policies (JSON text, parsed by the caller).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct GroupRow {
    pub id: String,
    pub name: String,
    pub policies: String,
}

/// What decides one member's access besides the org's settings (GATEWAY-GROUPS.md F6).
#[derive(Debug, Clone)]
pub struct MemberContext {
    /// `None` for a member in no group.
    pub member: Option<MemberRow>,
    pub groups: Vec<GroupRow>,
    /// The org's `default_policies`; `None` when it has no settings row (read as `[all]`).
    pub default_policies: Option<String>,
    /// 0 without a settings row.
    pub policy_revision: i64,
}

/// The ids (`id`) of the orgs that use groups: those with a group or a group-policy settings
/// row. Semi-joined (`IN`) on the small group tables: tested per org with `EXISTS … OR EXISTS …`,
/// the planner scanned every organization first (120 ms at 100,000 orgs, before `audit` started).
const USED_GROUP_ORGS: &str = "SELECT g.organization_id AS id FROM organization_groups g
                 UNION SELECT s.organization_id FROM organization_group_policy_settings s";

/// The `uses_groups` column of the audit's scan and the join that feeds it, in either dialect:
/// computed only when groups are read. A join, not `o.id IN (...)` in the column: PostgreSQL
/// runs that as a subplan per org once the set outgrows `work_mem` (quadratic in a fleet).
fn uses_groups_column(reading_groups: bool) -> (&'static str, String) {
    if reading_groups {
        // `used_org`: SQLite's org columns are not qualified, and `id` would be ambiguous.
        (
            "ug.used_org IS NOT NULL",
            format!("LEFT JOIN (SELECT u.id AS used_org FROM ({USED_GROUP_ORGS}) u) ug ON ug.used_org = o.id"),
        )
    } else {
        ("false", String::new())
    }
}

/// Everything about an org's members: each member, every group with its policies, who is in
/// which group, and the org's `(default_policies, policy_revision)` row.
#[derive(Debug, Clone)]
pub struct OrgMembers {
    pub members: Vec<MemberRow>,
    pub groups: Vec<GroupRow>,
    pub settings: Option<(String, i64)>,
    /// Per member, the positions in `groups` of the groups they are in, ascending: indexed once,
    /// so that what is asked per member costs its own groups, not every membership of the org.
    groups_of: std::collections::HashMap<String, Vec<usize>>,
}

/// A row of the audit's scan: every org first, then (when asked) every org that uses groups.
#[derive(Debug)]
pub enum AuditScanRow {
    Org(AuditedOrgRow),
    Groups(GroupOrgRow),
}

/// One org that uses groups, with everything about its members, as a scan reads it.
#[derive(Debug, Clone)]
pub struct GroupOrgRow {
    pub org_id: String,
    pub members: OrgMembers,
}

/// One row of the group scan's stream (see `scan_group_orgs` in each backend): what `kind`
/// says (1 a member, 2 a group, 3 a membership, 4 the settings row) in the columns that kind
/// uses, the rows of one org together.
#[derive(sqlx::FromRow)]
struct GroupOrgPart {
    org: String,
    kind: i32,
    a: Option<String>,
    b: Option<String>,
    c: Option<String>,
    n: Option<i64>,
}

/// Assembles the group scan's stream into one [`GroupOrgRow`] per org, holding one org's rows.
async fn drain_group_orgs(
    parts: impl futures_util::Stream<Item = Result<GroupOrgPart, sqlx::Error>> + Unpin,
    f: RowFn<'_, AuditScanRow>,
) -> anyhow::Result<()> {
    let mut assembler = GroupOrgAssembler::default();
    drain(parts, &mut |part| assembler.add(part).map_or(Ok(()), |done| f(AuditScanRow::Groups(done)))).await?;
    assembler.finish().map_or(Ok(()), |done| f(AuditScanRow::Groups(done)))
}

/// Gathers the group scan's parts (sorted by org) into one [`GroupOrgRow`] per org.
#[derive(Default)]
struct GroupOrgAssembler {
    current: Option<GroupOrgParts>,
}

impl GroupOrgAssembler {
    /// Adds a part; returns the previous org once the parts of the next one begin.
    fn add(&mut self, part: GroupOrgPart) -> Option<GroupOrgRow> {
        let done = match &self.current {
            Some(current) if current.id != part.org => self.current.take().map(GroupOrgParts::finish),
            _ => None,
        };
        self.current.get_or_insert_with(|| GroupOrgParts::new(&part.org)).add(part);
        done
    }

    fn finish(self) -> Option<GroupOrgRow> {
        self.current.map(GroupOrgParts::finish)
    }
}

/// The rows of one org gathered so far.
struct GroupOrgParts {
    id: String,
    members: Vec<MemberRow>,
    groups: Vec<GroupRow>,
    memberships: Vec<(String, String)>,
    settings: Option<(String, i64)>,
}

impl GroupOrgParts {
    fn new(id: &str) -> Self {
        Self { id: id.to_string(), members: Vec::new(), groups: Vec::new(), memberships: Vec::new(), settings: None }
    }

    fn add(&mut self, part: GroupOrgPart) {
        let text = |v: Option<String>| v.unwrap_or_default();
        match part.kind {
            1 => self.members.push(MemberRow { kilo_user_id: text(part.a), email: part.b }),
            2 => self.groups.push(GroupRow { id: text(part.a), name: text(part.b), policies: text(part.c) }),
            3 => self.memberships.push((text(part.a), text(part.b))),
            _ => self.settings = part.c.zip(part.n),
        }
    }

    fn finish(self) -> GroupOrgRow {
        GroupOrgRow {
            org_id: self.id,
            members: OrgMembers::new(self.members, self.groups, self.memberships, self.settings),
        }
    }
}

/// How a member is named (email, else id), lowercased one char at a time.
fn member_label_lowered(m: &MemberRow) -> impl Iterator<Item = char> + '_ {
    m.email.as_deref().unwrap_or(&m.kilo_user_id).chars().flat_map(char::to_lowercase)
}

impl OrgMembers {
    /// `memberships` as `(group id, user id)`; one of a group the org does not have is dropped.
    /// Members are put in the order of their email (else id) ignoring case, then id; groups in
    /// the order of their name, then id: byte order, the same on every database and collation.
    pub fn new(
        mut members: Vec<MemberRow>,
        mut groups: Vec<GroupRow>,
        memberships: Vec<(String, String)>,
        settings: Option<(String, i64)>,
    ) -> Self {
        // Compared lowercased on the fly: sorting allocates nothing, and input already in order
        // (the per-org reads sort in SQL) costs one pass.
        members.sort_by(|a, b| {
            member_label_lowered(a).cmp(member_label_lowered(b)).then_with(|| a.kilo_user_id.cmp(&b.kilo_user_id))
        });
        groups.sort_by(|a, b| (&a.name, &a.id).cmp(&(&b.name, &b.id)));
        let position: std::collections::HashMap<&str, usize> =
            groups.iter().enumerate().map(|(i, g)| (g.id.as_str(), i)).collect();
        let mut groups_of: std::collections::HashMap<String, Vec<usize>> = std::collections::HashMap::new();
        for (group, user) in memberships {
            if let Some(&i) = position.get(group.as_str()) {
                groups_of.entry(user).or_default().push(i);
            }
        }
        for mine in groups_of.values_mut() {
            mine.sort_unstable();
            mine.dedup();
        }
        Self { members, groups, settings, groups_of }
    }

    /// About how many bytes it holds (to bound what is in flight).
    pub fn approximate_bytes(&self) -> usize {
        let members: usize = self.members.iter().map(|m| 64 + m.kilo_user_id.len()).sum();
        let groups: usize = self.groups.iter().map(|g| 64 + g.policies.len()).sum();
        members + groups + self.settings.as_ref().map_or(0, |(p, _)| p.len())
    }

    /// The positions in `groups` of the groups `user` is in, ascending.
    pub fn groups_of(&self, user: &str) -> &[usize] {
        self.groups_of.get(user).map_or(&[], Vec::as_slice)
    }

    /// The ids of the groups `user` is in.
    pub fn group_ids_of<'a>(&'a self, user: &str) -> impl Iterator<Item = &'a str> + 'a {
        self.groups_of(user).iter().map(|&i| self.groups[i].id.as_str())
    }
}

impl MemberContext {
    /// `settings`: the org's `(default_policies, policy_revision)` row, if it has one.
    fn new(member: Option<MemberRow>, groups: Vec<GroupRow>, settings: Option<(String, i64)>) -> Self {
        let (default_policies, policy_revision) = match settings {
            Some((policies, revision)) => (Some(policies), revision),
            None => (None, 0),
        };
        Self { member, groups, default_policies, policy_revision }
    }
}

/// The audit actions of group-policy writes (GATEWAY-GROUPS.md §5).
pub const GROUP_POLICY_SET: &str = "organization.group.policy.set";
pub const GROUP_POLICY_REMOVE: &str = "organization.group.policy.remove";
pub const DEFAULT_POLICY_SET: &str = "organization.group.default_policy.set";
pub const DEFAULT_POLICY_REMOVE: &str = "organization.group.default_policy.remove";

/// Which stored policies array a group-policy write replaces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PolicySlot {
    /// `organization_groups.policies` of this group (its id).
    Group(String),
    /// `organization_group_policy_settings.default_policies`.
    Default,
}

/// One group-policy write, as the gateway's `withOrganizationGroupPolicyMutation` makes it:
/// under the org's advisory lock, the settings row created (revision 1) or its revision bumped
/// once, the slot's policies replaced and the audit row written, in one transaction. It is a
/// compare-and-swap on the revision, which every mutation of the org's groups bumps.
#[derive(Debug, Clone)]
pub struct GroupPolicyWrite<'a> {
    pub slot: &'a PolicySlot,
    /// The revision the change was computed from; 0 when the org had no settings row.
    pub expected_revision: i64,
    /// The slot's new policies array, JSON text.
    pub policies: &'a str,
    pub audit: &'a AuditLogEntry,
}

/// The gateway's `default_policies` for a settings row it creates.
pub const DEFAULT_POLICIES_ALL: &str = r#"[{"type":"model_access","data":{"mode":"all"}}]"#;

/// The latest seat purchase's `subscription_status` (`None`: no purchase) and the org's
/// `require_seats` (`None`: the column is not there).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct TrialInputs {
    pub latest_seat_status: Option<String>,
    pub require_seats: Option<bool>,
}

/// One organization as stored; `settings` is the document's text, parsed by the caller.
#[derive(Debug, Clone)]
pub struct OrgRow {
    pub id: String,
    pub name: String,
    pub plan: String,
    pub settings: String,
    pub created_at: DateTime<Utc>,
    /// Set on the gateway's soft-deleted orgs (never on the tool's own schema).
    pub deleted_at: Option<DateTime<Utc>>,
    /// What decides a trial (read with [`OrgFilter::trial`] only, and only where the database
    /// has seat purchases): `None` when not read.
    pub trial: Option<TrialInputs>,
}

/// The columns that carry [`OrgRow::trial`] where it is read: `trial_read` (true), then
/// `trial_seat_status` and `trial_require_seats`. Plain columns, not a JSON object built per
/// org: `json_build_object` was a sixth of the fleet scan's server time at 1,000,000 orgs.
pub(crate) const TRIAL_READ: &str = "trial_read";

impl<'r, R: sqlx::Row> sqlx::FromRow<'r, R> for OrgRow
where
    &'r str: sqlx::ColumnIndex<R>,
    String: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    DateTime<Utc>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    bool: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
{
    fn from_row(row: &'r R) -> std::result::Result<Self, sqlx::Error> {
        let trial_read = match row.try_get::<Option<bool>, _>(TRIAL_READ) {
            Ok(read) => read.unwrap_or(false),
            Err(sqlx::Error::ColumnNotFound(_)) => false,
            Err(e) => return Err(e),
        };
        let trial = if trial_read {
            Some(TrialInputs {
                latest_seat_status: row.try_get("trial_seat_status")?,
                require_seats: row.try_get("trial_require_seats")?,
            })
        } else {
            None
        };
        Ok(Self {
            id: row.try_get("id")?,
            name: row.try_get("name")?,
            plan: row.try_get("plan")?,
            settings: row.try_get("settings")?,
            created_at: row.try_get("created_at")?,
            deleted_at: row.try_get("deleted_at")?,
            trial,
        })
    }
}

/// One organization as `audit` reads it: with the history and custom models its findings
/// depend on, fetched only for the orgs that need them.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditedOrgRow {
    #[sqlx(flatten)]
    pub org: OrgRow,
    /// When its settings last changed through an audited `organization.settings.change`
    /// (may be left out for orgs whose findings do not depend on it).
    pub last_settings_change: Option<DateTime<Utc>>,
    /// Its custom and BYOK model ids as a JSON array (orgs with a `default_model` only).
    pub custom_models: Option<String>,
    /// Whether it uses groups (read only when the scan reads groups too).
    pub uses_groups: bool,
}

/// One organization as the fleet-wide reads (`access`, `diff --all`) get it: with everything
/// the gateway reads for its requests, so each org is decided as `check` decides it.
#[derive(Debug, Clone)]
pub struct FleetOrgRow {
    /// With `trial` where the database has seat purchases.
    pub org: OrgRow,
    /// Its custom (and, on the tool's schema, BYOK) model ids: a JSON array, `None` for none.
    pub custom_models: Option<String>,
    /// The providers of its enabled BYOK keys: a JSON array, `None` for none.
    pub byok_keys: Option<String>,
    /// Its members, groups, group memberships and group-policy settings row (read as asked by
    /// [`FleetMembers`]), `None` when it has none of them or they were not read.
    pub members: Option<FleetMembersRead>,
    /// The messages of the gateway sync's `organization.settings.auto_change` rows for the org
    /// written since [`FleetRead::sync_log_since`], oldest first: a JSON array, `None` for none
    /// or when not read.
    pub sync_log: Option<String>,
}

/// An org's members, groups, group memberships and group-policy settings row as a fleet scan
/// read them: decoded as little as possible on the reading thread, made into [`OrgMembers`]
/// by [`FleetOrgRow::take_members`] on a worker.
#[derive(Debug, Clone)]
pub enum FleetMembersRead {
    /// SQLite's JSON object `{"members": [[id, email]], "groups": [[id, name, policies]],
    /// "memberships": [[group id, user id]], "settings": [default policies, revision] | null}`
    /// (or `{"uses_groups": true}`, [`FleetMembers::Flag`]'s).
    Json(String),
    /// PostgreSQL's arrays, decoded from the binary protocol: no JSON built on the server nor
    /// parsed here (a third of the server's time on member-reading scans).
    Arrays(Box<MemberArrays>),
    /// [`FleetMembers::Flag`]: the org uses groups, and nothing else was read.
    UsesGroups,
}

/// [`FleetMembersRead::Arrays`]: each table's columns as parallel arrays.
#[derive(Debug, Clone, Default)]
pub struct MemberArrays {
    pub member_ids: Vec<String>,
    pub member_emails: Vec<Option<String>>,
    pub group_ids: Vec<String>,
    pub group_names: Vec<String>,
    pub group_policies: Vec<String>,
    pub membership_groups: Vec<String>,
    pub membership_users: Vec<String>,
    pub settings: Option<(String, i64)>,
}

impl FleetMembersRead {
    /// About how many bytes were read (to bound the work in flight). Arrays weigh what their
    /// JSON would (quotes and separators included), so an org weighs the same on any backend.
    pub fn approximate_bytes(&self) -> usize {
        fn sum(list: &[String]) -> usize {
            list.iter().map(|s| s.len() + 4).sum()
        }
        match self {
            Self::Json(text) => text.len(),
            Self::Arrays(a) => {
                sum(&a.member_ids)
                    + a.member_emails.iter().map(|e| e.as_ref().map_or(4, |e| e.len() + 4)).sum::<usize>()
                    + sum(&a.group_ids)
                    + sum(&a.group_names)
                    + sum(&a.group_policies)
                    + sum(&a.membership_groups)
                    + sum(&a.membership_users)
                    + a.settings.as_ref().map_or(0, |(p, _)| p.len())
            }
            Self::UsesGroups => 0,
        }
    }
}

impl<'r> sqlx::FromRow<'r, sqlx::sqlite::SqliteRow> for FleetOrgRow {
    fn from_row(row: &'r sqlx::sqlite::SqliteRow) -> std::result::Result<Self, sqlx::Error> {
        use sqlx::Row;
        let members: Option<String> = row.try_get("members")?;
        Ok(Self {
            org: OrgRow::from_row(row)?,
            custom_models: row.try_get("custom_models")?,
            byok_keys: row.try_get("byok_keys")?,
            members: members.map(FleetMembersRead::Json),
            sync_log: row.try_get("sync_log")?,
        })
    }
}

impl<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow> for FleetOrgRow {
    /// The member columns are `postgres::MEMBER_ARRAYS` (all NULL when not read), or
    /// `uses_groups` alone ([`FleetMembers::Flag`]).
    fn from_row(row: &'r sqlx::postgres::PgRow) -> std::result::Result<Self, sqlx::Error> {
        use sqlx::Row;
        let list = |column: &str| -> std::result::Result<Vec<String>, sqlx::Error> {
            Ok(row.try_get::<Option<Vec<String>>, _>(column)?.unwrap_or_default())
        };
        let members = if row.try_get::<Option<bool>, _>("uses_groups")?.unwrap_or(false) {
            Some(FleetMembersRead::UsesGroups)
        } else if row.try_get::<Option<bool>, _>("has_members")?.unwrap_or(false) {
            let settings = row.try_get::<Option<String>, _>("group_settings")?;
            let revision = row.try_get::<Option<i64>, _>("group_settings_revision")?;
            Some(FleetMembersRead::Arrays(Box::new(MemberArrays {
                member_ids: list("member_ids")?,
                member_emails: row.try_get::<Option<Vec<Option<String>>>, _>("member_emails")?.unwrap_or_default(),
                group_ids: list("group_ids")?,
                group_names: list("group_names")?,
                group_policies: list("group_policies")?,
                membership_groups: list("membership_groups")?,
                membership_users: list("membership_users")?,
                settings: settings.zip(revision),
            })))
        } else {
            None
        };
        Ok(Self {
            org: OrgRow::from_row(row)?,
            custom_models: row.try_get("custom_models")?,
            byok_keys: row.try_get("byok_keys")?,
            members,
            sync_log: row.try_get("sync_log")?,
        })
    }
}

/// What a fleet scan reads besides each org and what its requests are decided with.
#[derive(Debug, Clone, Copy)]
pub struct FleetRead {
    pub members: FleetMembers,
    /// On the gateway's schema: the catalog sync's audit rows written since then (the rows of
    /// the sync that stored the snapshot taken then). Ignored by the tool's schema, whose
    /// imports write no such rows.
    pub sync_log_since: Option<DateTime<Utc>>,
}

/// Whose members a fleet-wide read brings with each org.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FleetMembers {
    /// None: org-level answers.
    None,
    /// None, only whether each org uses groups (`change plan` says so of the orgs it changes).
    Flag,
    /// Those of orgs that use groups (the others' members all get the org's baseline).
    UsingGroups,
    /// Every org's (`access --members` names each member).
    All,
}

/// A [`FleetMembersRead::Json`] document, parsed.
#[derive(serde::Deserialize, Default)]
struct FleetMembersDoc {
    #[serde(default)]
    members: Option<Vec<(String, Option<String>)>>,
    #[serde(default)]
    groups: Option<Vec<(String, String, String)>>,
    #[serde(default)]
    memberships: Option<Vec<(String, String)>>,
    #[serde(default)]
    settings: Option<(String, i64)>,
    /// [`FleetMembers::Flag`]'s document: the org uses groups, and nothing else was read.
    #[serde(default)]
    uses_groups: bool,
}

/// [`FleetMembers::Flag`]'s members column on SQLite (a document saying the org uses groups,
/// for those that do), with the join of [`uses_groups_column`]. PostgreSQL reads the flag as
/// its own `uses_groups` column.
fn uses_groups_flag_column() -> (String, String) {
    let (uses, join) = uses_groups_column(true);
    (format!("CASE WHEN {uses} THEN '{{\"uses_groups\": true}}' END"), join)
}

impl FleetOrgRow {
    /// The org's members as [`OrgMembers`] (`None` when none were read for it), and whether it
    /// uses groups (has groups or a group-policy settings row); taken out of the row.
    pub fn take_members(&mut self) -> anyhow::Result<(Option<OrgMembers>, bool)> {
        let org = self.org.id.as_str();
        match self.members.take() {
            None => Ok((None, false)),
            Some(FleetMembersRead::UsesGroups) => Ok((None, true)),
            Some(FleetMembersRead::Json(text)) => members_of_document(org, &text),
            Some(FleetMembersRead::Arrays(arrays)) => members_of_arrays(org, *arrays),
        }
    }

    /// A JSON array column as strings (a malformed one reads as empty: it came from SQL).
    pub fn list(column: &Option<String>) -> Vec<String> {
        column.as_deref().and_then(|text| serde_json::from_str(text).ok()).unwrap_or_default()
    }
}

/// [`FleetOrgRow::take_members`] of SQLite's document.
fn members_of_document(org: &str, text: &str) -> anyhow::Result<(Option<OrgMembers>, bool)> {
    let doc: FleetMembersDoc = serde_json::from_str(text)
        .map_err(|e| anyhow::anyhow!("internal error: members of org {org} unreadable: {e}"))?;
    if doc.uses_groups {
        return Ok((None, true));
    }
    let uses_groups = doc.groups.as_ref().is_some_and(|g| !g.is_empty()) || doc.settings.is_some();
    let members = OrgMembers::new(
        doc.members
            .unwrap_or_default()
            .into_iter()
            .map(|(kilo_user_id, email)| MemberRow { kilo_user_id, email })
            .collect(),
        doc.groups
            .unwrap_or_default()
            .into_iter()
            .map(|(id, name, policies)| GroupRow { id, name, policies })
            .collect(),
        doc.memberships.unwrap_or_default(),
        doc.settings,
    );
    Ok((Some(members), uses_groups))
}

/// [`FleetOrgRow::take_members`] of PostgreSQL's arrays. Arrays of one aggregate have one
/// length; any other is an internal error, not a silent truncation.
fn members_of_arrays(org: &str, a: MemberArrays) -> anyhow::Result<(Option<OrgMembers>, bool)> {
    let lengths = [
        ("member", a.member_ids.len(), a.member_emails.len()),
        ("group", a.group_ids.len(), a.group_names.len()),
        ("group", a.group_ids.len(), a.group_policies.len()),
        ("group membership", a.membership_groups.len(), a.membership_users.len()),
    ];
    if let Some((what, left, right)) = lengths.iter().find(|(_, left, right)| left != right) {
        anyhow::bail!("internal error: {what} columns of org {org} have {left} and {right} entries");
    }
    let uses_groups = !a.group_ids.is_empty() || a.settings.is_some();
    Ok((Some(a.into_org_members()), uses_groups))
}

impl MemberArrays {
    /// The arrays paired up into [`OrgMembers`] (what the fleet scan and the audit's group
    /// scan both read); lengths are the caller's to check.
    pub(crate) fn into_org_members(self) -> OrgMembers {
        OrgMembers::new(
            self.member_ids
                .into_iter()
                .zip(self.member_emails)
                .map(|(kilo_user_id, email)| MemberRow { kilo_user_id, email })
                .collect(),
            self.group_ids
                .into_iter()
                .zip(self.group_names)
                .zip(self.group_policies)
                .map(|((id, name), policies)| GroupRow { id, name, policies })
                .collect(),
            self.membership_groups.into_iter().zip(self.membership_users).collect(),
            self.settings,
        )
    }
}

/// One catalog snapshot. `created_at` is when it was taken: the row's `created_at` on the
/// tool's schema, the data's `generated_at` on the gateway's (which has no such column), `None`
/// when the gateway's row holds no readable `generated_at`.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SnapshotRow {
    pub id: i64,
    pub created_at: Option<DateTime<Utc>>,
    pub data: String,
    #[sqlx(flatten)]
    pub columns: GatewayColumns,
}

/// The `openrouter` and `vercel` columns of a catalog row, as stored (JSON text; NULL when the
/// row has none or the schema predates them).
#[derive(Debug, Clone, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct GatewayColumns {
    pub openrouter: Option<String>,
    pub vercel: Option<String>,
}

/// Which schema the database has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Schema {
    /// The tool's own (migrations/), on PostgreSQL or SQLite.
    Own,
    /// The gateway's production schema (GATEWAY.md), PostgreSQL only; never migrated.
    Gateway,
}

impl Schema {
    pub fn as_str(self) -> &'static str {
        match self {
            Schema::Own => "own",
            Schema::Gateway => "gateway",
        }
    }
}

/// One table or column the tool needs on the gateway's schema, and what was found.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SchemaCheck {
    pub table: &'static str,
    pub column: Option<&'static str>,
    /// What the tool does with it.
    pub use_: &'static str,
    pub expected: &'static str,
    /// `ok`, `missing` or `wrong type`.
    pub state: &'static str,
    pub found: Option<String>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct MigrationState {
    pub version: i64,
    pub description: String,
    pub applied: bool,
}

/// One audit row to write with a change.
#[derive(Debug, Clone)]
pub struct AuditLogEntry {
    pub action: String,
    pub actor: Actor,
    pub message: String,
    /// JSON text (documents embedded as stored: see `Settings::embedded`).
    pub details: Box<serde_json::value::RawValue>,
}

/// Who made a change, as recorded on audit rows (`None` is written as NULL, which only the
/// gateway's schema allows; the tool's own fills every field).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub id: Option<String>,
    pub email: Option<String>,
    pub name: Option<String>,
}

/// Which audit rows `log` reads: all of them unless narrowed.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub org_id: Option<String>,
    /// At or after.
    pub since: Option<DateTime<Utc>>,
    /// Before.
    pub until: Option<DateTime<Utc>>,
    /// Matches the actor's id, email or name, ignoring case.
    pub actor: Option<String>,
    /// Any of these actions (none: every action).
    pub actions: Vec<String>,
    pub limit: Option<i64>,
}

/// One audit-log row, any action, any actor (the gateway's sync writes rows with all three
/// actor columns NULL).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditLogRow {
    pub id: String,
    pub organization_id: String,
    pub action: String,
    pub actor_id: Option<String>,
    pub actor_email: Option<String>,
    pub actor_name: Option<String>,
    pub message: String,
    pub details: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// One compare-and-swap of a batch: `expected` → `replacement`, audited with `message`.
#[derive(Debug, Clone)]
pub struct Swap {
    pub org_id: String,
    /// Documents as JSON text, passed to the database as they are.
    pub expected: Box<serde_json::value::RawValue>,
    pub replacement: Box<serde_json::value::RawValue>,
    pub message: String,
}

/// What one compare-and-swap write of an org's policy found when it came to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Written<T> {
    /// Written, with its audit row.
    Done(T),
    /// What it was computed from changed meanwhile (the settings, the revision, the group):
    /// nothing written; compute it again on the current version.
    Changed,
    /// The gateway would refuse it now: nothing written, and computing it again will not help.
    Refused(NotWritable),
}

/// Why the gateway would refuse a write to an org, checked when the write happens (under its
/// lock where it takes one).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotWritable {
    #[error("it no longer exists")]
    Missing,
    #[error("it was deleted")]
    Deleted,
    #[error("it is no longer on the Enterprise plan (plan '{0}')")]
    NotEnterprise(String),
}

impl NotWritable {
    /// What an org's row says about writes to it: `None` when the gateway would take one.
    pub fn of(row: Option<(String, bool)>) -> Option<Self> {
        match row {
            None => Some(NotWritable::Missing),
            Some((_, true)) => Some(NotWritable::Deleted),
            Some((plan, false)) if plan != "enterprise" => Some(NotWritable::NotEnterprise(plan)),
            Some(_) => None,
        }
    }
}

/// What happened to one swap of a batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SwapOutcome {
    /// Written, with its audit row.
    Swapped,
    /// The settings already were the replacement (an earlier run wrote them).
    AlreadyDone,
    /// Someone else changed the settings: left as they are.
    Conflict,
    /// The org no longer exists.
    Missing,
    /// The org is no longer on the Enterprise plan: the gateway would refuse the write, so it is
    /// not made (checked in the statement that writes).
    NotEnterprise,
}

/// The shared part of a batch: who, which action, and details merged into each row's
/// `{"before", "after"}`.
#[derive(Debug, Clone)]
pub struct BatchAuditLog {
    pub action: String,
    pub actor: Actor,
    pub details: serde_json::Value,
}

#[derive(Debug, Clone, Default)]
pub struct OrgFilter {
    pub plan: Option<String>,
    /// Soft-deleted orgs too (gateway only; every other read skips them).
    pub include_deleted: bool,
    /// Name order for people; otherwise (bulk work) storage order: on PostgreSQL a scan in id
    /// order walks the heap at random through the primary key and took three times as long as
    /// the scan itself.
    pub by_name: bool,
    /// Also read what decides each Enterprise org's trial (the gateway's seat purchases).
    pub trial: bool,
}

/// An organization to create (the demo sample).
#[derive(Debug, Clone)]
pub struct NewOrg {
    /// The id to give it; `None`: a random one.
    pub id: Option<String>,
    pub name: String,
    pub plan: String,
    pub settings: String,
    pub created_at: DateTime<Utc>,
    /// `(model id, kind)` with kind `custom` or `byok`.
    pub custom_models: Vec<(String, String)>,
}

/// A UUID made from `seed` alone (SHA-256, shaped as a version 4 UUID): the demo's ids are the
/// same on every run, so that examples reproduce as written.
pub fn stable_uuid(seed: &str) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(seed.as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Builder::from_random_bytes(bytes).into_uuid().to_string()
}

/// An organization's members and groups, for sample data (`demo`).
#[derive(Debug, Clone, Default)]
pub struct NewMembers {
    /// `(user id, email)`.
    pub members: Vec<(String, Option<String>)>,
    /// `(name, policies array as JSON text, member user ids)`.
    pub groups: Vec<(String, String, Vec<String>)>,
    /// The settings row's `default_policies`; `None`: no row.
    pub default_policies: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no database URL given")]
    MissingUrl,
    #[error("unsupported database URL scheme '{scheme}' in '{url}'")]
    UnsupportedScheme { url: String, scheme: String },
    #[error("invalid database URL '{url}': {reason}")]
    InvalidUrl { url: String, reason: String },
    #[error("database file '{path}' does not exist")]
    MissingFile { path: String, url: String },
    #[error("could not connect to the database at {url}: {reason}")]
    Connect { url: String, reason: String },
    #[error("the database at {url} is not migrated ({pending} pending migration{s})", s = if *.pending == 1 { "" } else { "s" })]
    NotMigrated { url: String, pending: usize },
    #[error("the database at {url} has migration {version}, which this version of orgpolicy does not know")]
    UnknownMigration { url: String, version: i64 },
    #[error("organization '{query}' not found")]
    OrgNotFound { query: String, suggestions: Vec<String> },
    #[error("organization '{name}' ({id}) was deleted on {}", deleted_at.format("%Y-%m-%d %H:%M UTC"))]
    OrgDeleted { name: String, id: String, deleted_at: DateTime<Utc> },
    #[error("the database at {url} has neither orgpolicy's schema nor the gateway's")]
    NoSchema { url: String },
    #[error("the database at {url} is not the gateway's: {missing}")]
    NotGateway { url: String, missing: String },
    #[error("the gateway's schema lives on PostgreSQL; {url} is a SQLite database")]
    GatewayOnSqlite { url: String },
    #[error("{what} is not done on the gateway's database")]
    ReadOnlyOnGateway { what: String, help: String },
    #[error("organization '{query}' is ambiguous: {} organizations match it: {}", matches.len(), matches.join("; "))]
    AmbiguousOrg {
        query: String,
        /// Each match: `name (id, plan, created YYYY-MM-DD)`.
        matches: Vec<String>,
    },
    #[error("'{member}' is not a member of organization '{org}'")]
    MemberNotFound { member: String, org: String, suggestions: Vec<String>, elsewhere: Option<String> },
    #[error("the database role '{role}' may not {} table {table} ({privileges} not granted)", if privileges.starts_with("SELECT") { "read" } else { "write" })]
    MissingPrivilege { table: String, role: String, privileges: String },
    #[error("the database at {url} has no member-level access tables ({missing})")]
    NoGroupTables { url: String, missing: String },
    #[error("the database has no catalog snapshot")]
    NoSnapshot,
    #[error("catalog snapshot {0} does not exist")]
    SnapshotNotFound(i64),
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error(transparent)]
    Sql(#[from] sqlx::Error),
}

impl StoreError {
    pub fn help(&self) -> Option<String> {
        Some(match self {
            StoreError::MissingUrl => "pass --database-url or set DATABASE_URL (postgres://… or sqlite://PATH)".into(),
            StoreError::UnsupportedScheme { .. } | StoreError::InvalidUrl { .. } => {
                "use postgres://USER@HOST/DB, postgresql://… or sqlite://PATH".into()
            }
            StoreError::MissingFile { url, .. } => {
                format!("create it with `orgpolicy db migrate --database-url {url}`")
            }
            StoreError::Connect { .. } => {
                "check that the server is running and that the URL (--database-url or DATABASE_URL) is right".into()
            }
            StoreError::NotMigrated { .. } => "run `orgpolicy db migrate` to create or update the schema".into(),
            StoreError::NoSchema { .. } => {
                "run `orgpolicy db migrate` to create orgpolicy's own schema, or point --database-url at the gateway's database (--schema gateway)".into()
            }
            StoreError::NotGateway { .. } => {
                "check --database-url, or pass --schema own for a database orgpolicy migrated; `orgpolicy db status --schema gateway` lists what is missing".into()
            }
            StoreError::GatewayOnSqlite { .. } => "pass --schema own (or auto) for a SQLite database".into(),
            StoreError::ReadOnlyOnGateway { help, .. } => help.clone(),
            StoreError::OrgDeleted { .. } => {
                "the gateway serves no request of a soft-deleted organization; `orgpolicy orgs list --include-deleted` lists them".into()
            }
            StoreError::UnknownMigration { .. } => {
                "upgrade orgpolicy to the version that migrated this database".into()
            }
            StoreError::OrgNotFound { suggestions, .. } if !suggestions.is_empty() => {
                format!("did you mean {}?", quoted_list(suggestions, "or"))
            }
            StoreError::OrgNotFound { .. } => "list organizations with `orgpolicy orgs list`".into(),
            StoreError::AmbiguousOrg { .. } => "pass one of the ids (or enough of its first characters to be unique)".into(),
            StoreError::MemberNotFound { elsewhere: Some(org), .. } => {
                format!("that user is a member of '{org}': pass --org with that organization")
            }
            StoreError::MemberNotFound { suggestions, .. } if !suggestions.is_empty() => {
                format!("did you mean {}?", quoted_list(suggestions, "or"))
            }
            StoreError::MemberNotFound { .. } => {
                "pass the member's user id (kilo_user_id) or email; list them with `orgpolicy members list --org ORG`".into()
            }
            StoreError::MissingPrivilege { table, role, privileges } => format!(
                "GRANT {privileges} ON {table} TO {}; `orgpolicy db status` lists every table and privilege orgpolicy uses",
                quote_ident(role)
            ),
            StoreError::NoGroupTables { .. } => {
                "member-level access needs the gateway's schema of August 2026 or later (organization_groups, organization_group_memberships, organization_group_policy_settings, organization_memberships); on orgpolicy's own schema run `orgpolicy db migrate`".into()
            }
            StoreError::NoSnapshot => "import one with `orgpolicy catalog import FILE`".into(),
            StoreError::SnapshotNotFound(_) => "list snapshots with `orgpolicy catalog list`".into(),
            StoreError::Sql(sqlx::Error::Database(db)) if db.code().as_deref() == Some("42501") => {
                "the database role lacks a privilege: reads need SELECT on the tables `orgpolicy db status` lists; edits and the backfill also need UPDATE on organizations and INSERT on organization_audit_logs".into()
            }
            StoreError::Sql(_) | StoreError::Migrate(_) => return None,
        })
    }
}

/// A role name as SQL needs it: bare when it is a plain lowercase identifier, quoted otherwise.
fn quote_ident(name: &str) -> String {
    let plain = name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if plain {
        name.to_string()
    } else {
        format!("\"{}\"", name.replace('"', "\"\""))
    }
}

/// `'a', 'b' or 'c'`.
pub fn quoted_list(items: &[String], last: &str) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("'{s}'")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((only, [])) => only.clone(),
        Some((tail, head)) => format!("{} {last} {tail}", head.join(", ")),
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A row callback of a streaming read; an error stops the read.
pub type RowFn<'a, T> = &'a mut (dyn FnMut(T) -> anyhow::Result<()> + Send);

/// The error for a member that is not in `org`: with up to three members whose id or email
/// contains what was asked, and another org the user belongs to, if any.
fn member_not_found(member: &str, org: &OrgRow, candidates: &[MemberRow], elsewhere: Option<String>) -> StoreError {
    let needle = member.to_lowercase();
    let suggestions = candidates
        .iter()
        .filter_map(|m| {
            let label = m.email.clone().unwrap_or_else(|| m.kilo_user_id.clone());
            let close = m.kilo_user_id.to_lowercase().contains(&needle)
                || label.to_lowercase().contains(&needle)
                || strsim::jaro_winkler(&label.to_lowercase(), &needle) > 0.85;
            close.then_some(label)
        })
        .take(3)
        .collect();
    StoreError::MemberNotFound { member: member.to_string(), org: org.name.clone(), suggestions, elsewhere }
}

/// Feeds every row of a query stream to `f`, one at a time.
async fn drain<T>(
    mut rows: impl futures_util::Stream<Item = Result<T, sqlx::Error>> + Unpin,
    f: RowFn<'_, T>,
) -> anyhow::Result<()> {
    use futures_util::TryStreamExt;
    while let Some(row) = rows.try_next().await.map_err(StoreError::from)? {
        f(row)?;
    }
    Ok(())
}

/// The storage contract: what every backend implements, and the one place its rules are
/// stated. Reads never write; every read of organizations leaves soft-deleted ones out unless
/// a filter asks for them; writes follow the compare-and-swap rule of this module's header and
/// write their audit rows in the same transaction.
#[async_trait::async_trait(?Send)]
pub trait StoreBackend {
    /// Which schema this backend works on.
    fn schema(&self) -> Schema;
    /// What a plan pins the database by: never the URL (each backend says what it uses).
    async fn identity(&self) -> Result<String>;
    /// The orgs a backfill plan (by its hash) changed in this database, by their audit rows;
    /// empty when the plan was never applied here.
    async fn backfilled_orgs(&self, plan_sha256: &str) -> Result<std::collections::HashSet<String>>;
    /// The tool's migrations (none on the gateway's schema, which is never migrated).
    fn migrator(&self) -> Option<&'static sqlx::migrate::Migrator> {
        None
    }
    /// The versions of the tool's migrations applied here.
    async fn applied_migrations(&self) -> Result<Vec<i64>> {
        Ok(Vec::new())
    }
    /// Applies the pending migrations; refused where the database is the gateway's.
    async fn run_migrations(&self) -> Result<()>;
    /// After a failed first migration: the migration table sqlx created, if it records nothing.
    async fn drop_empty_migration_table(&self) -> Result<()> {
        Ok(())
    }
    /// The gateway schema's tables and columns the tool reads or writes, each checked, with
    /// the connected role's privileges (none elsewhere).
    async fn gateway_checks(&self) -> Result<Vec<TableCheck>> {
        Ok(Vec::new())
    }
    /// Refuses a database that lacks what every command needs, or whose role may not read it
    /// (the gateway's; the tool's own schema is checked by its migrations).
    async fn ensure_usable(&self) -> Result<()> {
        Ok(())
    }
    /// Refuses a write the connected role may not make (the gateway's schema, where a
    /// read-only role is the norm), before anything is asked or written.
    async fn ensure_writable(&self, _kind: WriteKind) -> Result<()> {
        Ok(())
    }
    /// What closes its connections, usable after the store itself is gone.
    fn closer(&self) -> Closer;
    /// The URL, password redacted.
    fn url(&self) -> &str;
    /// An organization by id (deleted ones included, so callers can say so).
    async fn org_by_id(&self, id: &str) -> Result<Option<OrgRow>>;
    /// Organizations with this name, exactly or ignoring case (deleted ones included), at most 20.
    async fn orgs_named(&self, name: &str, any_case: bool) -> Result<Vec<OrgRow>>;
    /// Organizations whose id starts with `prefix` (deleted ones included), at most 20.
    async fn orgs_with_id_prefix(&self, prefix: &str) -> Result<Vec<OrgRow>>;
    /// Up to `limit` names of live orgs containing `needle`, case-insensitively.
    async fn names_containing(&self, needle: &str, limit: i64) -> Result<Vec<String>>;
    /// Streams organizations in the filter's order, inside one read-only transaction.
    async fn for_each_org(&self, filter: &OrgFilter, f: RowFn<'_, OrgRow>) -> anyhow::Result<()>;
    /// Streams every live organization (storage order) with its last settings change and its
    /// custom models, in one read-only scan.
    /// `with_groups`: also every org that uses groups (flagged `uses_groups` in the first scan)
    /// with its members, in one read-only snapshot: each right after its org where the two
    /// reads can run side by side (PostgreSQL sharing its snapshot; both then in org-id
    /// order), else all after the scan.
    async fn for_each_audited_org(&self, with_groups: bool, f: RowFn<'_, AuditScanRow>) -> anyhow::Result<()>;
    /// Whether the member-level tables are there and readable (`NoGroupTables` when not).
    /// Every organization not soft-deleted, in storage order, with what the gateway reads for
    /// its requests and what `read` asks for, in one read-only snapshot. Without the group
    /// tables, `UsingGroups` reads no members (everyone is on the baseline) and `All` fails
    /// with [`StoreError::NoGroupTables`].
    async fn for_each_fleet_org(&self, read: FleetRead, f: RowFn<'_, FleetOrgRow>) -> anyhow::Result<()>;
    async fn check_group_tables(&self) -> Result<()>;
    /// The model ids exempt as the org's own (custom LLMs, registered BYOK models).
    async fn custom_models(&self, org_id: &str) -> Result<Vec<String>>;
    /// Direct-BYOK provider ids for which the org holds an enabled key.
    async fn byok_providers(&self, org_id: &str) -> Result<Vec<String>>;
    /// What says whether an Enterprise org is past its trial: `None` where the schema keeps no
    /// seat purchases (orgpolicy's own).
    async fn trial_inputs(&self, _org_id: &str) -> Result<Option<TrialInputs>> {
        Ok(None)
    }
    /// The synced model lists of direct-BYOK providers: `(provider id, model ids)` (the
    /// gateway's `direct_byok_model_lists`; empty where there is no such table).
    async fn direct_byok_model_lists(&self) -> Result<Vec<(String, Vec<String>)>> {
        Ok(Vec::new())
    }
    async fn latest_snapshot(&self) -> Result<Option<SnapshotRow>>;
    async fn snapshot(&self, id: i64) -> Result<Option<SnapshotRow>>;
    async fn snapshot_before(&self, id: i64) -> Result<Option<SnapshotRow>>;
    /// Every stored snapshot, oldest first.
    async fn for_each_snapshot(&self, f: RowFn<'_, SnapshotRow>) -> anyhow::Result<()>;
    async fn insert_snapshot(&self, data: &str, columns: &GatewayColumns, created_at: DateTime<Utc>) -> Result<i64>;
    /// One compare-and-swap with its audit row (the row's id when written).
    async fn update_settings(
        &self,
        org_id: &str,
        old: &str,
        new: &str,
        audit: &AuditLogEntry,
    ) -> Result<Written<String>>;
    /// What `swap_batch` would do to each swap, read-only (`Swapped`: would be written).
    async fn preview_swaps(&self, swaps: &[Swap]) -> Result<Vec<SwapOutcome>>;
    /// A batch of compare-and-swaps, all of it or none of it.
    async fn swap_batch(&self, batch: usize, swaps: &[Swap], audit: &BatchAuditLog) -> Result<Vec<SwapOutcome>>;
    /// Audit rows matching the filter, newest first, streamed in one read.
    async fn for_each_audit_row(&self, filter: &AuditFilter, f: RowFn<'_, AuditLogRow>) -> anyhow::Result<()>;
    async fn insert_orgs(&self, orgs: &[NewOrg]) -> Result<()>;
    /// Adds members and groups to an org, in one transaction.
    async fn insert_members(&self, org_id: &str, new: &NewMembers) -> Result<()>;
    /// One member's groups and the org's default policy, read in one read-only transaction;
    /// `member` is a user id or an email (case-insensitive); `None`: a member in no group.
    async fn member_context(&self, org: &OrgRow, member: Option<&str>) -> Result<MemberContext>;
    /// Every member of the org with their groups, in one read-only transaction.
    async fn org_members(&self, org: &OrgRow) -> Result<OrgMembers>;
    /// One group-policy write (see [`GroupPolicyWrite`]): `(audit row id, new revision)` when
    /// written; `Changed` when the revision (or the group) moved on since it was computed.
    async fn set_group_policies(&self, org_id: &str, write: &GroupPolicyWrite<'_>) -> Result<Written<(String, i64)>>;
}

/// Closes a store's connections, kept by the command context so every connection a command
/// opened is closed when it ends, telling the server so (`Terminate`): a dropped connection
/// makes PostgreSQL log "connection reset by peer" for each, in someone's production log.
#[derive(Debug, Clone)]
pub enum Closer {
    Postgres(sqlx::PgPool),
    /// Folds the write-ahead log into the database file first, so that the file alone holds
    /// everything (`demo`'s file can be copied); closing may leave the (then empty) log file.
    Sqlite(sqlx::SqlitePool),
}

impl Closer {
    pub async fn close(&self) {
        match self {
            Self::Postgres(pool) => pool.close().await,
            Self::Sqlite(pool) => {
                let _ = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(pool).await;
                pool.close().await
            }
        }
    }
}

/// A connected database: one backend, reached through [`StoreBackend`] (every method of the
/// trait is callable on a `Store`), plus what is the same on every backend.
pub struct Store {
    backend: Box<dyn StoreBackend>,
}

impl std::ops::Deref for Store {
    type Target = dyn StoreBackend;

    fn deref(&self) -> &Self::Target {
        self.backend.as_ref()
    }
}

/// What `--schema` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaChoice {
    Auto,
    Own,
    Gateway,
}

impl Store {
    fn new(backend: impl StoreBackend + 'static) -> Self {
        Self { backend: Box::new(backend) }
    }

    /// Connects to the tool's own schema; `create` lets SQLite create a missing file (only
    /// `db migrate` and `demo`).
    pub async fn connect(url: &str, create: bool) -> Result<Store> {
        Ok(match backend_of(url)? {
            Backend::Postgres => Store::new(postgres::PgStore::connect(url).await?),
            Backend::Sqlite => Store::new(sqlite::SqliteStore::connect(url, create).await?),
        })
    }

    /// Connects and works out the schema without writing anything: the tool's migration table
    /// means its own; the gateway's tables without it mean the gateway's; neither is an error
    /// naming both ways out.
    pub async fn connect_schema(url: &str, choice: SchemaChoice) -> Result<Store> {
        if backend_of(url)? == Backend::Sqlite {
            let store = Self::connect(url, false).await?;
            return match choice {
                SchemaChoice::Gateway => Err(StoreError::GatewayOnSqlite { url: redact(url) }),
                _ => Ok(store),
            };
        }
        let pg = postgres::PgStore::connect(url).await?;
        let schema = match choice {
            SchemaChoice::Own => Schema::Own,
            SchemaChoice::Gateway => Schema::Gateway,
            SchemaChoice::Auto => match pg.detect_schema().await? {
                Some(schema) => schema,
                None => return Err(StoreError::NoSchema { url: pg.url().to_string() }),
            },
        };
        Ok(match schema {
            Schema::Own => Store::new(pg),
            Schema::Gateway => Store::new(gateway::GatewayStore::new(pg)),
        })
    }

    /// Connects, works out the schema and refuses a database it cannot work on: what every
    /// command but `db` does.
    pub async fn open_with(url: &str, choice: SchemaChoice) -> Result<Store> {
        let store = Self::connect_schema(url, choice).await?;
        store.ensure_usable().await?;
        store.ensure_migrated().await?;
        Ok(store)
    }

    /// [`Store::open_with`], schema detected.
    pub async fn open(url: &str) -> Result<Store> {
        Self::open_with(url, SchemaChoice::Auto).await
    }

    /// Closes the connections (on SQLite, with the log folded into the file).
    pub async fn close(self) {
        self.backend.closer().close().await
    }

    /// The tool's migrations and whether each is applied (none on the gateway's schema).
    pub async fn migration_status(&self) -> Result<Vec<MigrationState>> {
        let Some(migrator) = self.migrator() else { return Ok(Vec::new()) };
        let applied = self.applied_migrations().await?;
        let known: Vec<i64> = migrator.iter().map(|m| m.version).collect();
        if let Some(unknown) = applied.iter().find(|v| !known.contains(v)) {
            return Err(StoreError::UnknownMigration { url: self.url().into(), version: *unknown });
        }
        Ok(migrator
            .iter()
            .map(|m| MigrationState {
                version: m.version,
                description: m.description.to_string(),
                applied: applied.contains(&m.version),
            })
            .collect())
    }

    pub async fn ensure_migrated(&self) -> Result<()> {
        let pending = self.migration_status().await?.iter().filter(|m| !m.applied).count();
        if pending > 0 {
            return Err(StoreError::NotMigrated { url: self.url().into(), pending });
        }
        Ok(())
    }

    /// Applies pending migrations; returns the ones it applied. Refuses the gateway's schema,
    /// and leaves no trace (not even the migration table) when the first migration fails.
    pub async fn migrate(&self) -> Result<Vec<MigrationState>> {
        let before = self.migration_status().await?;
        let fresh = before.iter().all(|m| !m.applied);
        if let Err(e) = self.run_migrations().await {
            if fresh && self.migrator().is_some() && !matches!(e, StoreError::ReadOnlyOnGateway { .. }) {
                self.drop_empty_migration_table().await?;
            }
            return Err(e);
        }
        Ok(before.into_iter().filter(|m| !m.applied).map(|m| MigrationState { applied: true, ..m }).collect())
    }

    /// Finds one live organization by id or by exact, unique name; a deleted one is an error
    /// that says when it was deleted.
    pub async fn resolve_org(&self, query: &str) -> Result<OrgRow> {
        if uuid::Uuid::parse_str(query).is_ok() {
            if let Some(org) = self.org_by_id(query).await? {
                return live(org);
            }
        }
        // The exact spelling (what the name index serves) wins over other cases of the name.
        let mut candidates: Vec<OrgRow> = self.orgs_named(query, false).await?;
        if candidates.is_empty() {
            candidates = self.orgs_named(query, true).await?;
        }
        if let Some(org) = self.pick(query, candidates)? {
            return Ok(org);
        }
        if looks_like_id_prefix(query) {
            let prefixed: Vec<OrgRow> = self.orgs_with_id_prefix(query).await?;
            if let Some(org) = self.pick(query, prefixed)? {
                return Ok(org);
            }
        }
        Err(StoreError::OrgNotFound { query: query.into(), suggestions: self.similar_names(query).await? })
    }

    /// The one live org among `found` (a deleted one is named as such), `None` if none.
    fn pick(&self, query: &str, found: Vec<OrgRow>) -> Result<Option<OrgRow>> {
        let (mut alive, deleted): (Vec<OrgRow>, Vec<OrgRow>) = found.into_iter().partition(|o| o.deleted_at.is_none());
        match alive.len() {
            1 => Ok(Some(alive.remove(0))),
            0 => deleted.into_iter().next().map(live).transpose(),
            _ => {
                let matches = alive
                    .iter()
                    .map(|o| format!("{} ({}, {}, created {})", o.name, o.id, o.plan, o.created_at.format("%Y-%m-%d")))
                    .collect();
                Err(StoreError::AmbiguousOrg { query: query.into(), matches })
            }
        }
    }

    /// Up to three names close to `query`: containing it, else nearest by edit similarity.
    async fn similar_names(&self, query: &str) -> Result<Vec<String>> {
        let containing: Vec<String> = self.names_containing(query, 3).await?;
        if !containing.is_empty() {
            return Ok(containing);
        }
        let mut nearest = crate::policy::catalog::Nearest::new(query);
        let mut consider = |org: OrgRow| {
            nearest.consider(&org.name);
            Ok(())
        };
        self.for_each_org(&OrgFilter::default(), &mut consider).await.map_err(into_store_error)?;
        Ok(nearest.into_names())
    }

    pub async fn latest_snapshot(&self) -> Result<SnapshotRow> {
        self.backend.latest_snapshot().await?.ok_or(StoreError::NoSnapshot)
    }

    pub async fn snapshot(&self, id: i64) -> Result<SnapshotRow> {
        self.backend.snapshot(id).await?.ok_or(StoreError::SnapshotNotFound(id))
    }

    /// SHA-256 of a snapshot's stored data, to recognize it in another run.
    pub async fn snapshot_fingerprint(&self, id: i64) -> Result<String> {
        use sha2::Digest;
        let row = self.snapshot(id).await?;
        Ok(format!("{:x}", sha2::Sha256::digest(row.data.as_bytes())))
    }

    /// An org's audit rows, newest first.
    pub async fn audit_log(&self, org_id: &str, limit: i64) -> anyhow::Result<Vec<AuditLogRow>> {
        let filter = AuditFilter { org_id: Some(org_id.to_string()), limit: Some(limit), ..AuditFilter::default() };
        let mut rows = Vec::new();
        self.for_each_audit_row(&filter, &mut |row| {
            rows.push(row);
            Ok(())
        })
        .await?;
        Ok(rows)
    }
}

/// The org, or the error saying it was deleted.
/// At least 4 characters of an id: hexadecimal digits and dashes, as `orgs list` shows ids.
fn looks_like_id_prefix(query: &str) -> bool {
    (4..36).contains(&query.len()) && query.chars().all(|c| c.is_ascii_hexdigit() || c == '-')
}

fn live(org: OrgRow) -> Result<OrgRow> {
    match org.deleted_at {
        None => Ok(org),
        Some(deleted_at) => Err(StoreError::OrgDeleted { name: org.name, id: org.id, deleted_at }),
    }
}

fn into_store_error(e: anyhow::Error) -> StoreError {
    match e.downcast::<StoreError>() {
        Ok(store) => store,
        Err(other) => StoreError::Sql(sqlx::Error::Protocol(other.to_string())),
    }
}
