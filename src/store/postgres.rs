//! The PostgreSQL implementation of the store.

use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, Utc};
use sqlx::postgres::{PgConnectOptions, PgConnection, PgPool, PgPoolOptions};
use sqlx::Connection;

use super::{
    drain, redact, AuditFilter, AuditLogEntry, AuditLogRow, AuditScanRow, AuditedOrgRow, BatchAuditLog, GatewayColumns,
    GroupPolicyWrite, GroupRow, MemberContext, MemberRow, NewOrg, NotWritable, OrgFilter, OrgMembers, OrgRow,
    PolicySlot, Result, RowFn, Schema, SnapshotRow, StoreBackend, StoreError, Swap, SwapOutcome, Written,
    SETTINGS_CHANGE,
};

pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

const ORG_COLUMNS: &str =
    "o.id::text AS id, o.name, o.plan, o.settings::text AS settings, o.created_at, NULL::timestamptz AS deleted_at";
const SNAPSHOT_COLUMNS: &str =
    "id, created_at, data::text AS data, openrouter::text AS openrouter, vercel::text AS vercel";

pub struct PgStore {
    pool: PgPool,
    url: String,
}

impl PgStore {
    pub async fn connect(url: &str) -> Result<Self> {
        let redacted = redact(url);
        let options = PgConnectOptions::from_str(url)
            .map_err(|e| StoreError::InvalidUrl { url: redacted.clone(), reason: e.to_string() })?
            .application_name("orgpolicy");
        // One direct connection first: a pool would retry a refused connection until its
        // timeout and report only "timed out", hiding the cause.
        let probe = tokio::time::timeout(Duration::from_secs(10), PgConnection::connect_with(&options))
            .await
            .map_err(|_| StoreError::Connect { url: redacted.clone(), reason: "timed out after 10s".into() })?
            .map_err(|e| StoreError::Connect { url: redacted.clone(), reason: connect_reason(&e) })?;
        probe.close().await?;
        let pool =
            PgPoolOptions::new().max_connections(4).acquire_timeout(Duration::from_secs(10)).connect_lazy_with(options);
        Ok(Self { pool, url: redacted })
    }

    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// Which schema the database has, from the catalog alone (nothing is tried, nothing
    /// written): the tool's migration table means its own; the gateway's three policy tables
    /// without it mean the gateway's.
    pub async fn detect_schema(&self) -> Result<Option<Schema>> {
        // pg_catalog, not information_schema: the latter hides the tables a role holds no
        // privilege on, and a table the role may not read is still there.
        let tables: Vec<String> = sqlx::query_scalar(
            "SELECT c.relname::text FROM pg_catalog.pg_class c
             JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
               AND c.relname IN ('_sqlx_migrations', 'organizations', 'models_by_provider', 'organization_audit_logs')",
        )
        .fetch_all(&self.pool)
        .await?;
        let has = |t: &str| tables.iter().any(|x| x == t);
        let gateway_tables = has("organizations") && has("models_by_provider") && has("organization_audit_logs");
        if has("_sqlx_migrations") {
            // An empty migration table beside the gateway's tables is what a failed `db migrate`
            // of older versions left behind in the gateway's database: not a schema of ours.
            let recorded: i64 =
                sqlx::query_scalar("SELECT count(*) FROM _sqlx_migrations").fetch_one(&self.pool).await?;
            return Ok(Some(if recorded == 0 && gateway_tables { Schema::Gateway } else { Schema::Own }));
        }
        Ok(gateway_tables.then_some(Schema::Gateway))
    }

    /// A transaction with one consistent, read-only view for a whole scan: works for a
    /// SELECT-only role and never writes.
    pub(super) async fn read_only(&self) -> Result<sqlx::Transaction<'static, sqlx::Postgres>> {
        read_only(&self.pool).await
    }
}

/// The member-level access tables, for [`member_context`] and its errors.
const GROUP_TABLES: [&str; 4] = [
    "organization_memberships",
    "organization_groups",
    "organization_group_memberships",
    "organization_group_policy_settings",
];

/// Checks that the member-level tables are there and readable (a table the role may not read
/// is an error, never an absence); returns how to read a member's email: the SQL expression and
/// the join it needs.
async fn member_tables(tx: &mut sqlx::PgConnection, url: &str) -> Result<(&'static str, &'static str)> {
    let probe = super::probe::Probe::read(tx).await?;
    let missing: Vec<&str> = GROUP_TABLES.iter().copied().filter(|t| !probe.has_table(t)).collect();
    if !missing.is_empty() {
        return Err(StoreError::NoGroupTables { url: url.to_string(), missing: missing.join(", ") });
    }
    for table in GROUP_TABLES {
        probe.readable(table)?;
    }
    Ok(if probe.has_column("organization_memberships", "email") {
        ("m.email", "")
    } else if probe.has_column("kilocode_users", "google_user_email") && probe.readable("kilocode_users")? {
        ("u.google_user_email", "LEFT JOIN kilocode_users u ON u.id = m.kilo_user_id")
    } else {
        ("NULL::text", "")
    })
}

/// Every member of an org with the groups they are in, the org's groups and its settings row
/// (see `StoreBackend::org_members`), on either PostgreSQL schema.
pub(super) async fn org_members(pool: &PgPool, url: &str, org: &OrgRow) -> Result<OrgMembers> {
    let mut tx = read_only(pool).await?;
    let (email, join) = member_tables(&mut tx, url).await?;
    let members: Vec<MemberRow> = sqlx::query_as(&format!(
        "SELECT m.kilo_user_id, {email} AS email FROM organization_memberships m {join}
         WHERE m.organization_id = $1::uuid ORDER BY lower(coalesce({email}, m.kilo_user_id)), m.kilo_user_id"
    ))
    .bind(&org.id)
    .fetch_all(&mut *tx)
    .await?;
    let groups: Vec<GroupRow> = sqlx::query_as(
        "SELECT id::text AS id, name, policies::text AS policies FROM organization_groups
         WHERE organization_id = $1::uuid ORDER BY name, id",
    )
    .bind(&org.id)
    .fetch_all(&mut *tx)
    .await?;
    let memberships: Vec<(String, String)> = sqlx::query_as(
        "SELECT group_id::text, kilo_user_id FROM organization_group_memberships WHERE organization_id = $1::uuid",
    )
    .bind(&org.id)
    .fetch_all(&mut *tx)
    .await?;
    let settings: Option<(String, i64)> = sqlx::query_as(
        "SELECT default_policies::text, policy_revision::int8 FROM organization_group_policy_settings
         WHERE organization_id = $1::uuid",
    )
    .bind(&org.id)
    .fetch_optional(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(OrgMembers::new(members, groups, memberships, settings))
}

/// The audit's scan (see `StoreBackend::for_each_audited_org`) on either PostgreSQL schema:
/// `sql` reads every org, then, `with_groups`, [`GROUP_SCAN`] reads the orgs that use groups.
/// The group read runs beside the org scan, on a second connection that shares its snapshot
/// (as pg_dump's parallel workers do), so its sort is done by the time the org scan ends; it
/// reads ahead only a few orgs. Where the snapshot cannot be shared, it runs after the scan in
/// the same transaction.
pub(super) async fn audit_scan(
    pool: &PgPool,
    url: &str,
    sql: &str,
    with_groups: bool,
    f: RowFn<'_, AuditScanRow>,
) -> anyhow::Result<()> {
    use futures_util::TryStreamExt;
    let (mut tx, beside) =
        if with_groups { read_only_with_beside(pool).await? } else { (read_only(pool).await?, None) };
    // Both scans in org-id order when they run side by side, so that each org's group rows
    // come right after it: otherwise every group-using org's audit waits for the group scan,
    // memory linear in the fleet (600 MiB at 1,000,000 orgs, a quarter using groups).
    let ordered = format!("{sql} ORDER BY o.id");
    let orgs_sql = if beside.is_some() { ordered.as_str() } else { sql };
    let orgs = sqlx::query_as::<_, AuditedOrgRow>(orgs_sql).bind(SETTINGS_CHANGE);
    match beside {
        Some(mut groups_tx) => {
            let (sender, receiver) = tokio::sync::mpsc::channel(GROUP_ORGS_AHEAD);
            let read_ahead = send_group_orgs(&mut groups_tx, url, sender);
            let scan = async {
                // Owned here: when the scan stops, early or not, the read ahead stops too.
                let mut receiver = receiver;
                let mut orgs = orgs.fetch(&mut *tx);
                let mut next: Option<super::GroupOrgRow> = None;
                while let Some(row) = orgs.try_next().await.map_err(StoreError::from)? {
                    let id = row.org.id.clone();
                    f(AuditScanRow::Org(row))?;
                    // Ids are canonical UUID text: their order is the scans' order.
                    loop {
                        if next.is_none() {
                            next = receiver.recv().await.transpose()?;
                        }
                        match next.take() {
                            Some(group) if group.org_id <= id => f(AuditScanRow::Groups(group))?,
                            later => {
                                next = later;
                                break;
                            }
                        }
                    }
                }
                if let Some(group) = next {
                    f(AuditScanRow::Groups(group))?;
                }
                while let Some(row) = receiver.recv().await {
                    f(AuditScanRow::Groups(row?))?;
                }
                anyhow::Ok(())
            };
            let (read, scanned) = futures_util::future::join(read_ahead, scan).await;
            scanned?;
            read?;
            groups_tx.commit().await?;
        }
        None => {
            drain(orgs.fetch(&mut *tx), &mut |row| f(AuditScanRow::Org(row))).await?;
            if with_groups {
                let (email, join) = member_tables(&mut tx, url).await?;
                let sql = group_scan(email, join);
                let orgs = sqlx::query_as::<_, GroupOrgArrays>(&sql).fetch(&mut *tx);
                drain(orgs, &mut |org| f(AuditScanRow::Groups(org.finish()))).await?;
            }
        }
    }
    tx.commit().await?;
    Ok(())
}

/// Orgs the group read may assemble ahead of the audit (each holds all its members).
const GROUP_ORGS_AHEAD: usize = 16;

/// The fleet scan (see `StoreBackend::for_each_fleet_org`) on either PostgreSQL schema: `sql`
/// makes the query from the member columns [`super::FleetOrgRow`] decodes (`uses_groups` and
/// [`MEMBER_ARRAYS`], NULL where not read) and the joins that feed them. Every aggregate is
/// hash-joined to one scan of the organizations: an index probe per org and table cost more
/// than the scan.
pub(super) async fn fleet_scan(
    pool: &PgPool,
    url: &str,
    members: super::FleetMembers,
    sql: impl FnOnce(&str, &str) -> String,
    f: RowFn<'_, super::FleetOrgRow>,
) -> anyhow::Result<()> {
    let mut tx = read_only(pool).await?;
    if matches!(members, super::FleetMembers::None | super::FleetMembers::Flag) {
        // Every org is read, so hash joins are the plan. With the uses-groups set and the seat
        // purchases both coming sorted, the planner merge-joins them to the organizations in
        // key order, a random read of the whole table: 4.7 s instead of 3.4 s at 1,000,000
        // orgs. (With members, the two plans cost the same.)
        sqlx::query("SET LOCAL enable_mergejoin = off").execute(&mut *tx).await?;
    }
    let tables = match members {
        super::FleetMembers::None => None,
        wanted => match member_tables(&mut tx, url).await {
            Ok(found) => Some(found),
            // Without the tables every member is on the organization baseline.
            Err(StoreError::NoGroupTables { .. }) if wanted != super::FleetMembers::All => None,
            Err(e) => return Err(e.into()),
        },
    };
    let query = match tables {
        Some(_) if members == super::FleetMembers::Flag => {
            let (uses, join) = super::uses_groups_column(true);
            sql(&format!("{uses} AS uses_groups, {}", no_member_arrays()), &join)
        }
        Some((email, join)) => {
            let (columns, joins) = fleet_member_columns(email, join, members);
            sql(&columns, &joins)
        }
        None => sql(&format!("NULL::bool AS uses_groups, {}", no_member_arrays()), ""),
    };
    drain(sqlx::query_as::<_, super::FleetOrgRow>(&query).fetch(&mut *tx), f).await?;
    tx.commit().await?;
    Ok(())
}

/// The member columns [`super::FleetOrgRow`] decodes from PostgreSQL: whether any was read
/// (`has_members`), then each table's columns as arrays; `(name, expression, type)`.
const MEMBER_ARRAYS: [(&str, &str, &str); 10] = [
    ("has_members", "(fm.ids IS NOT NULL OR fg.ids IS NOT NULL OR fs.organization_id IS NOT NULL)", "bool"),
    ("member_ids", "fm.ids", "text[]"),
    ("member_emails", "fm.emails", "text[]"),
    ("group_ids", "fg.ids", "text[]"),
    ("group_names", "fg.names", "text[]"),
    ("group_policies", "fg.policies", "text[]"),
    ("membership_groups", "fgm.groups", "text[]"),
    ("membership_users", "fgm.users", "text[]"),
    ("group_settings", "fs.default_policies::text", "text"),
    ("group_settings_revision", "fs.policy_revision::int8", "int8"),
];

/// [`MEMBER_ARRAYS`] as NULLs of their types, for a scan that reads no members.
fn no_member_arrays() -> String {
    MEMBER_ARRAYS.iter().map(|(name, _, ty)| format!("NULL::{ty} AS {name}")).collect::<Vec<_>>().join(", ")
}

/// The member columns of the fleet scan ([`MEMBER_ARRAYS`], with `uses_groups` NULL) and the
/// joins that feed them; `email` and `join` as [`member_tables`] returns them. Arrays, not
/// JSON: `array_agg` costs the server a third less than `json_agg(json_build_array(…))`, and
/// the client decodes them from the binary protocol without parsing.
fn fleet_member_columns(email: &str, join: &str, members: super::FleetMembers) -> (String, String) {
    let only = match members {
        super::FleetMembers::All => String::new(),
        _ => format!("WHERE m.organization_id IN ({})", super::USED_GROUP_ORGS),
    };
    let joins = format!(
        "LEFT JOIN (SELECT m.organization_id, array_agg(m.kilo_user_id) AS ids, array_agg({email}) AS emails
                    FROM organization_memberships m {join} {only} GROUP BY m.organization_id) fm
               ON fm.organization_id = o.id
         LEFT JOIN (SELECT organization_id, array_agg(id::text) AS ids, array_agg(name) AS names,
                           array_agg(policies::text) AS policies
                    FROM organization_groups GROUP BY organization_id) fg ON fg.organization_id = o.id
         LEFT JOIN (SELECT organization_id, array_agg(group_id::text) AS groups, array_agg(kilo_user_id) AS users
                    FROM organization_group_memberships GROUP BY organization_id) fgm ON fgm.organization_id = o.id
         LEFT JOIN organization_group_policy_settings fs ON fs.organization_id = o.id"
    );
    let columns = std::iter::once("NULL::bool AS uses_groups".to_string())
        .chain(MEMBER_ARRAYS.iter().map(|(name, expression, _)| format!("{expression} AS {name}")))
        .collect::<Vec<_>>()
        .join(", ");
    (columns, joins)
}

/// A read-only transaction and a second one that sees exactly what it sees, or `None` beside
/// it when the server cannot share its snapshot (then the first reads alone). The snapshot is
/// exported outside any savepoint: PostgreSQL refuses to export one from a subtransaction, so
/// a failed export aborts the transaction, and a new one is begun in its place.
async fn read_only_with_beside(
    pool: &PgPool,
) -> Result<(sqlx::Transaction<'static, sqlx::Postgres>, Option<sqlx::Transaction<'static, sqlx::Postgres>>)> {
    let mut tx = read_only(pool).await?;
    let snapshot: String = match sqlx::query_scalar("SELECT pg_export_snapshot()").fetch_one(&mut *tx).await {
        Ok(id) => id,
        Err(_) => {
            tx.rollback().await?;
            return Ok((read_only(pool).await?, None));
        }
    };
    // Snapshot ids are like `00000003-0000001B-1`; anything else is not put in SQL.
    if !snapshot.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
        return Ok((tx, None));
    }
    let mut beside = pool.begin().await?;
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").execute(&mut *beside).await?;
    if sqlx::query(&format!("SET TRANSACTION SNAPSHOT '{snapshot}'")).execute(&mut *beside).await.is_err() {
        return Ok((tx, None));
    }
    sqlx::query("SET LOCAL jit = off").execute(&mut *beside).await?;
    Ok((tx, Some(beside)))
}

/// Reads the orgs that use groups into `sender`, one org at a time; stops early, without
/// error, when the receiving side has stopped.
async fn send_group_orgs(
    tx: &mut sqlx::PgConnection,
    url: &str,
    sender: tokio::sync::mpsc::Sender<Result<super::GroupOrgRow>>,
) -> anyhow::Result<()> {
    use futures_util::TryStreamExt;
    let (email, join) = match member_tables(&mut *tx, url).await {
        Ok(found) => found,
        Err(e) => {
            let _receiver_gone = sender.send(Err(e)).await;
            return Ok(());
        }
    };
    let sql = group_scan(email, join);
    let mut orgs = sqlx::query_as::<_, GroupOrgArrays>(&sql).fetch(&mut *tx);
    loop {
        let org = match orgs.try_next().await {
            Ok(Some(org)) => org.finish(),
            Ok(None) => return Ok(()),
            Err(e) => {
                let _receiver_gone = sender.send(Err(e.into())).await;
                return Ok(());
            }
        };
        if sender.send(Ok(org)).await.is_err() {
            return Ok(());
        }
    }
}

/// Every org that uses groups, one row each, in org-id order: its members, groups,
/// memberships and settings row as arrays, aggregated in one pass over the four tables (sorting
/// members and groups is `OrgMembers::new`'s). Per-org subqueries cost an index probe per table
/// and org, and one row per member and membership costs the client more than the arrays do.
/// `email` and `join` say how to read a member's email (see [`member_tables`]).
fn group_scan(email: &str, join: &str) -> String {
    format!(
        "WITH used AS ({uses})
         SELECT org::text AS id,
                array_agg(a) FILTER (WHERE kind = 1) AS member_ids, array_agg(b) FILTER (WHERE kind = 1) AS emails,
                array_agg(a) FILTER (WHERE kind = 2) AS group_ids, array_agg(b) FILTER (WHERE kind = 2) AS group_names,
                array_agg(c) FILTER (WHERE kind = 2) AS group_policies,
                array_agg(a) FILTER (WHERE kind = 3) AS membership_groups, array_agg(b) FILTER (WHERE kind = 3) AS membership_users,
                max(c) FILTER (WHERE kind = 4) AS default_policies, max(n) AS policy_revision
         FROM (
           SELECT m.organization_id AS org, 1 AS kind, m.kilo_user_id AS a, {email} AS b, NULL::text AS c, NULL::int8 AS n
             FROM organization_memberships m {join} WHERE m.organization_id IN (SELECT id FROM used)
           UNION ALL
           SELECT g.organization_id, 2, g.id::text, g.name, g.policies::text, NULL FROM organization_groups g
           UNION ALL
           SELECT gm.organization_id, 3, gm.group_id::text, gm.kilo_user_id, NULL, NULL FROM organization_group_memberships gm
           UNION ALL
           SELECT s.organization_id, 4, NULL, NULL, s.default_policies::text, s.policy_revision::int8
             FROM organization_group_policy_settings s
         ) parts GROUP BY org ORDER BY org",
        uses = super::USED_GROUP_ORGS,
    )
}

/// One row of [`group_scan`]; arrays are `NULL` where the org has none.
#[derive(sqlx::FromRow)]
struct GroupOrgArrays {
    id: String,
    member_ids: Option<Vec<String>>,
    emails: Option<Vec<Option<String>>>,
    group_ids: Option<Vec<String>>,
    group_names: Option<Vec<String>>,
    group_policies: Option<Vec<String>>,
    membership_groups: Option<Vec<String>>,
    membership_users: Option<Vec<String>>,
    default_policies: Option<String>,
    policy_revision: Option<i64>,
}

impl GroupOrgArrays {
    fn finish(self) -> super::GroupOrgRow {
        let members = super::MemberArrays {
            member_ids: self.member_ids.unwrap_or_default(),
            member_emails: self.emails.unwrap_or_default(),
            group_ids: self.group_ids.unwrap_or_default(),
            group_names: self.group_names.unwrap_or_default(),
            group_policies: self.group_policies.unwrap_or_default(),
            membership_groups: self.membership_groups.unwrap_or_default(),
            membership_users: self.membership_users.unwrap_or_default(),
            settings: self.default_policies.zip(self.policy_revision),
        };
        super::GroupOrgRow { org_id: self.id, members: members.into_org_members() }
    }
}

/// See `StoreBackend::check_group_tables`, on either PostgreSQL schema.
pub(super) async fn check_group_tables(pool: &PgPool, url: &str) -> Result<()> {
    let mut tx = read_only(pool).await?;
    member_tables(&mut tx, url).await?;
    tx.commit().await?;
    Ok(())
}

/// One member's context (see `StoreBackend::member_context`), on either PostgreSQL schema.
/// The email comes from `organization_memberships.email` (orgpolicy's schema) or the gateway's
/// `kilocode_users.google_user_email` when that table is there; else members go by id only.
pub(super) async fn member_context(
    pool: &PgPool,
    url: &str,
    org: &OrgRow,
    member: Option<&str>,
) -> Result<MemberContext> {
    let mut tx = read_only(pool).await?;
    let (email, join) = member_tables(&mut tx, url).await?;
    let members = format!(
        "SELECT m.kilo_user_id, {email} AS email FROM organization_memberships m {join}
         WHERE m.organization_id = $1::uuid"
    );
    let member_row = match member {
        None => None,
        Some(member) => {
            let found: Option<MemberRow> =
                sqlx::query_as(&format!("{members} AND (m.kilo_user_id = $2 OR lower({email}) = lower($2)) LIMIT 1"))
                    .bind(&org.id)
                    .bind(member)
                    .fetch_optional(&mut *tx)
                    .await?;
            let Some(member_row) = found else {
                let candidates: Vec<MemberRow> = sqlx::query_as(&members).bind(&org.id).fetch_all(&mut *tx).await?;
                let elsewhere: Option<String> = sqlx::query_scalar(
                    "SELECT o.name FROM organization_memberships m JOIN organizations o ON o.id = m.organization_id
                     WHERE m.kilo_user_id = $1 AND m.organization_id <> $2::uuid ORDER BY o.name LIMIT 1",
                )
                .bind(member)
                .bind(&org.id)
                .fetch_optional(&mut *tx)
                .await?;
                return Err(super::member_not_found(member, org, &candidates, elsewhere));
            };
            Some(member_row)
        }
    };
    let groups: Vec<GroupRow> = match &member_row {
        None => Vec::new(),
        Some(m) => {
            sqlx::query_as(
                "SELECT g.id::text AS id, g.name, g.policies::text AS policies
                 FROM organization_group_memberships gm
                 JOIN organization_groups g ON g.organization_id = gm.organization_id AND g.id = gm.group_id
                 WHERE gm.organization_id = $1::uuid AND gm.kilo_user_id = $2 ORDER BY g.name, g.id",
            )
            .bind(&org.id)
            .bind(&m.kilo_user_id)
            .fetch_all(&mut *tx)
            .await?
        }
    };
    let settings: Option<(String, i64)> = sqlx::query_as(
        "SELECT default_policies::text, policy_revision::int8 FROM organization_group_policy_settings
         WHERE organization_id = $1::uuid",
    )
    .bind(&org.id)
    .fetch_optional(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(super::MemberContext::new(member_row, groups, settings))
}

/// The audit row of one change, in the change's transaction; its id.
pub(super) async fn insert_audit(
    conn: &mut PgConnection,
    dialect: Dialect,
    org_id: &str,
    audit: &AuditLogEntry,
) -> Result<String> {
    let sql = match dialect {
        Dialect::Own => {
            "INSERT INTO organization_audit_logs (id, organization_id, action, actor_id, actor_email, actor_name, message, details)
             VALUES (gen_random_uuid(), $1::uuid, $2, $3, $4, $5, $6, $7::jsonb) RETURNING id::text"
        }
        // The gateway's table has no details column.
        Dialect::Gateway => {
            "INSERT INTO organization_audit_logs (organization_id, action, actor_id, actor_email, actor_name, message)
             VALUES ($1::uuid, $2, $3, $4, $5, $6) RETURNING id::text"
        }
    };
    let mut query = sqlx::query_scalar(sql)
        .bind(org_id)
        .bind(&audit.action)
        .bind(&audit.actor.id)
        .bind(&audit.actor.email)
        .bind(&audit.actor.name)
        .bind(&audit.message);
    if dialect == Dialect::Own {
        query = query.bind(audit.details.get());
    }
    Ok(query.fetch_one(conn).await?)
}

/// One compare-and-swap of an org's settings with its audit row, on either PostgreSQL schema
/// (the gateway's never writes a soft-deleted org), of an org still on the Enterprise plan; as
/// the gateway's `updateAllowLists` does, under the org's group-policy lock and bumping its
/// `policy_revision` (the row created as the gateway creates it) where that table is
/// (`bump_revision`). The audit row's id, `None` on a lost race.
pub(super) async fn update_settings(
    pool: &PgPool,
    dialect: Dialect,
    bump_revision: bool,
    org_id: &str,
    old: &str,
    new: &str,
    audit: &AuditLogEntry,
) -> Result<Written<String>> {
    let live = if dialect == Dialect::Gateway { " AND deleted_at IS NULL" } else { "" };
    let mut tx = pool.begin().await?;
    if bump_revision {
        sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended('organization-group-policy:' || $1, 0))")
            .bind(org_id)
            .execute(&mut *tx)
            .await?;
    }
    let updated = sqlx::query(&format!(
        "UPDATE organizations SET settings = $1::jsonb, updated_at = now()
         WHERE id = $2::uuid AND settings = $3::jsonb AND plan = 'enterprise'{live}"
    ))
    .bind(new)
    .bind(org_id)
    .bind(old)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if updated != 1 {
        let refused = not_writable(&mut tx, dialect, org_id).await?;
        tx.rollback().await?;
        return Ok(refused.map_or(Written::Changed, Written::Refused));
    }
    if bump_revision {
        sqlx::query(
            "INSERT INTO organization_group_policy_settings (organization_id, default_policies, policy_revision, updated_by_kilo_user_id)
             VALUES ($1::uuid, $2::jsonb, 1, $3)
             ON CONFLICT (organization_id) DO UPDATE
             SET policy_revision = organization_group_policy_settings.policy_revision + 1, updated_at = now(),
                 updated_by_kilo_user_id = EXCLUDED.updated_by_kilo_user_id",
        )
        .bind(org_id)
        .bind(super::DEFAULT_POLICIES_ALL)
        .bind(&audit.actor.id)
        .execute(&mut *tx)
        .await?;
    }
    let id = insert_audit(&mut tx, dialect, org_id, audit).await?;
    tx.commit().await?;
    Ok(Written::Done(id))
}

/// Why the gateway would refuse a write to the org now, read in the writing transaction.
async fn not_writable(tx: &mut sqlx::PgConnection, dialect: Dialect, org_id: &str) -> Result<Option<NotWritable>> {
    let deleted = if dialect == Dialect::Gateway { "deleted_at IS NOT NULL" } else { "false" };
    let row: Option<(String, bool)> =
        sqlx::query_as(&format!("SELECT plan, {deleted} FROM organizations WHERE id = $1::uuid"))
            .bind(org_id)
            .fetch_optional(&mut *tx)
            .await?;
    Ok(NotWritable::of(row))
}

/// One group-policy write (see [`GroupPolicyWrite`]) on either PostgreSQL schema, under the
/// gateway's own advisory lock key so that it serializes with the gateway's mutations.
pub(super) async fn set_group_policies(
    pool: &PgPool,
    dialect: Dialect,
    org_id: &str,
    write: &GroupPolicyWrite<'_>,
) -> Result<Written<(String, i64)>> {
    let mut tx = pool.begin().await?;
    sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended('organization-group-policy:' || $1, 0))")
        .bind(org_id)
        .execute(&mut *tx)
        .await?;
    // What the gateway's mutation checks first, under the same lock.
    if let Some(refused) = not_writable(&mut tx, dialect, org_id).await? {
        tx.rollback().await?;
        return Ok(Written::Refused(refused));
    }
    let default = match write.slot {
        PolicySlot::Default => write.policies,
        PolicySlot::Group(_) => super::DEFAULT_POLICIES_ALL,
    };
    let revision: Option<i64> = if write.expected_revision == 0 {
        sqlx::query_scalar(
            "INSERT INTO organization_group_policy_settings (organization_id, default_policies, policy_revision, updated_by_kilo_user_id)
             VALUES ($1::uuid, $2::jsonb, 1, $3) ON CONFLICT (organization_id) DO NOTHING
             RETURNING policy_revision::int8",
        )
        .bind(org_id)
        .bind(default)
        .bind(&write.audit.actor.id)
        .fetch_optional(&mut *tx)
        .await?
    } else {
        let set_default = matches!(write.slot, PolicySlot::Default);
        sqlx::query_scalar(
            "UPDATE organization_group_policy_settings
             SET policy_revision = policy_revision + 1, updated_at = now(), updated_by_kilo_user_id = $3,
                 default_policies = CASE WHEN $4 THEN $2::jsonb ELSE default_policies END
             WHERE organization_id = $1::uuid AND policy_revision = $5
             RETURNING policy_revision::int8",
        )
        .bind(org_id)
        .bind(default)
        .bind(&write.audit.actor.id)
        .bind(set_default)
        .bind(write.expected_revision)
        .fetch_optional(&mut *tx)
        .await?
    };
    let Some(revision) = revision else {
        tx.rollback().await?;
        return Ok(Written::Changed);
    };
    if let PolicySlot::Group(group) = write.slot {
        let updated = sqlx::query(
            "UPDATE organization_groups SET policies = $3::jsonb, updated_at = now()
             WHERE organization_id = $1::uuid AND id = $2::uuid",
        )
        .bind(org_id)
        .bind(group)
        .bind(write.policies)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if updated != 1 {
            tx.rollback().await?;
            return Ok(Written::Changed);
        }
    }
    let id = insert_audit(&mut tx, dialect, org_id, write.audit).await?;
    tx.commit().await?;
    Ok(Written::Done((id, revision)))
}

/// Audit rows (see `StoreBackend::for_each_audit_row`) on either PostgreSQL schema; `details`
/// is the column's expression (the gateway's table has none).
pub(super) async fn for_each_audit_row(
    pool: &PgPool,
    filter: &AuditFilter,
    details: &str,
    f: RowFn<'_, AuditLogRow>,
) -> anyhow::Result<()> {
    let sql = format!(
        "SELECT id::text AS id, organization_id::text AS organization_id, action, actor_id, actor_email, actor_name,
                    message, {details} AS details, created_at
             FROM organization_audit_logs
             WHERE ($1::text IS NULL OR organization_id = $1::uuid)
               AND ($2::timestamptz IS NULL OR created_at >= $2)
               AND ($3::timestamptz IS NULL OR created_at < $3)
               AND ($4::text IS NULL OR lower(actor_id) = lower($4) OR lower(actor_email) = lower($4)
                    OR lower(actor_name) = lower($4))
             AND (cardinality($5::text[]) = 0 OR action = ANY($5))
             ORDER BY created_at DESC, id DESC LIMIT $6"
    );
    let mut tx = read_only(pool).await?;
    let rows = sqlx::query_as::<_, AuditLogRow>(&sql)
        .bind(filter.org_id.as_deref())
        .bind(filter.since)
        .bind(filter.until)
        .bind(filter.actor.as_deref())
        .bind(&filter.actions)
        .bind(filter.limit)
        .fetch(&mut *tx);
    drain(rows, f).await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(())
}

/// See [`PgStore::read_only`]; shared with the gateway's backend.
pub(super) async fn read_only(pool: &PgPool) -> Result<sqlx::Transaction<'static, sqlx::Postgres>> {
    let mut tx = pool.begin().await?;
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").execute(&mut *tx).await?;
    // A whole-table scan crosses the JIT cost threshold, and compiling it took longer
    // (~200 ms) than the scan itself.
    sqlx::query("SET LOCAL jit = off").execute(&mut *tx).await?;
    Ok(tx)
}

#[async_trait::async_trait(?Send)]
impl StoreBackend for PgStore {
    fn schema(&self) -> Schema {
        Schema::Own
    }

    fn migrator(&self) -> Option<&'static sqlx::migrate::Migrator> {
        Some(&MIGRATOR)
    }

    async fn run_migrations(&self) -> Result<()> {
        if let Some(Schema::Gateway) = self.detect_schema().await? {
            return Err(StoreError::ReadOnlyOnGateway {
                what: "migrating".into(),
                help: "this database has the gateway's tables: orgpolicy works on it in place with --schema gateway (or auto) and never migrates it".into(),
            });
        }
        Ok(MIGRATOR.run(&self.pool).await?)
    }

    fn closer(&self) -> super::Closer {
        super::Closer::Postgres(self.pool.clone())
    }

    /// The cluster's system identifier and the database's oid: what a plan pins. A URL names
    /// one database many ways (host aliases, ports of a pooler), and a restored copy on another
    /// server is another database; both of these tell them apart. Where the control data is not
    /// readable (some managed services), the oid and the database name stand in.
    async fn identity(&self) -> Result<String> {
        let oid = "(SELECT oid::text FROM pg_database WHERE datname = current_database())";
        let full = sqlx::query_scalar::<_, String>(&format!(
            "SELECT 'postgresql:' || (SELECT system_identifier::text FROM pg_control_system()) || '/' || {oid}"
        ))
        .fetch_one(&self.pool)
        .await;
        match full {
            Ok(identity) => Ok(identity),
            Err(_) => Ok(sqlx::query_scalar(&format!("SELECT 'postgresql:' || current_database() || '/' || {oid}"))
                .fetch_one(&self.pool)
                .await?),
        }
    }

    /// Whether a backfill plan (by hash) has been applied here: its audit rows say so.
    async fn backfilled_orgs(&self, plan_sha256: &str) -> Result<std::collections::HashSet<String>> {
        let ids: Vec<String> = sqlx::query_scalar(&format!(
            "SELECT DISTINCT organization_id::text FROM organization_audit_logs WHERE {} = $1",
            crate::policy::trail::APPLIED_PLAN_PG
        ))
        .bind(plan_sha256)
        .fetch_all(&self.pool)
        .await?;
        Ok(ids.into_iter().collect())
    }

    async fn applied_migrations(&self) -> Result<Vec<i64>> {
        let exists: bool = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = current_schema() AND c.relname = '_sqlx_migrations')",
        )
        .fetch_one(&self.pool)
        .await?;
        if !exists {
            return Ok(Vec::new());
        }
        Ok(sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success ORDER BY version")
            .fetch_all(&self.pool)
            .await?)
    }

    /// After a failed first migration: the migration table sqlx created, if it records nothing.
    async fn drop_empty_migration_table(&self) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        let empty: Option<bool> = sqlx::query_scalar(
            "SELECT NOT EXISTS (SELECT 1 FROM _sqlx_migrations) WHERE to_regclass('_sqlx_migrations') IS NOT NULL",
        )
        .fetch_optional(&mut *tx)
        .await
        .unwrap_or(None);
        if empty == Some(true) {
            sqlx::query("DROP TABLE _sqlx_migrations").execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    fn url(&self) -> &str {
        &self.url
    }

    async fn org_by_id(&self, id: &str) -> Result<Option<OrgRow>> {
        let sql = format!("SELECT {ORG_COLUMNS} FROM organizations o WHERE o.id = $1::uuid");
        Ok(sqlx::query_as(&sql).bind(id).fetch_optional(&self.pool).await?)
    }

    async fn orgs_with_id_prefix(&self, prefix: &str) -> Result<Vec<OrgRow>> {
        let sql = format!(
            "SELECT {ORG_COLUMNS} FROM organizations o WHERE o.id::text LIKE lower($1) || '%' ORDER BY o.id LIMIT 20"
        );
        Ok(sqlx::query_as(&sql).bind(prefix).fetch_all(&self.pool).await?)
    }

    async fn orgs_named(&self, name: &str, any_case: bool) -> Result<Vec<OrgRow>> {
        let matches = if any_case { "lower(o.name) = lower($1)" } else { "o.name = $1" };
        let sql = format!("SELECT {ORG_COLUMNS} FROM organizations o WHERE {matches} ORDER BY o.id LIMIT 20");
        Ok(sqlx::query_as(&sql).bind(name).fetch_all(&self.pool).await?)
    }

    async fn names_containing(&self, needle: &str, limit: i64) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT DISTINCT name FROM organizations WHERE strpos(lower(name), lower($1)) > 0 ORDER BY name LIMIT $2",
        )
        .bind(needle)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?)
    }

    async fn for_each_org(&self, filter: &OrgFilter, f: RowFn<'_, OrgRow>) -> anyhow::Result<()> {
        // `o.id`, the uuid, not the text column of the same name (sorting that spilled to disk).
        let order = if filter.by_name { " ORDER BY o.name, o.id" } else { "" };
        let sql = format!("SELECT {ORG_COLUMNS} FROM organizations o WHERE ($1::text IS NULL OR o.plan = $1){order}");
        let mut tx = self.read_only().await?;
        drain(sqlx::query_as::<_, OrgRow>(&sql).bind(filter.plan.as_deref()).fetch(&mut *tx), f).await?;
        tx.commit().await.map_err(StoreError::from)?;
        Ok(())
    }

    async fn for_each_audited_org(&self, with_groups: bool, f: RowFn<'_, AuditScanRow>) -> anyhow::Result<()> {
        // The last settings change and the custom models of every org come from one aggregate
        // each, hash-joined to a scan in storage order (an index probe per org, or a scan in id
        // order, cost more than the scan itself).
        let (uses_groups, used) = super::uses_groups_column(with_groups);
        let sql = format!(
            "SELECT {ORG_COLUMNS}, a.last AS last_settings_change, m.models AS custom_models,
                    {uses_groups} AS uses_groups
             FROM organizations o
             LEFT JOIN (SELECT organization_id, max(created_at) AS last FROM organization_audit_logs
                        WHERE action = $1 AND {decision} GROUP BY organization_id) a ON a.organization_id = o.id
             LEFT JOIN (SELECT organization_id, json_agg(model_id)::text AS models FROM organization_custom_models
                        GROUP BY organization_id) m ON m.organization_id = o.id
             {used}",
            decision = super::own_decision_pg(),
        );
        audit_scan(&self.pool, &self.url, &sql, with_groups, f).await
    }

    async fn for_each_fleet_org(&self, read: super::FleetRead, f: RowFn<'_, super::FleetOrgRow>) -> anyhow::Result<()> {
        let sql = |columns: &str, joins: &str| {
            format!(
                "SELECT {ORG_COLUMNS}, m.models AS custom_models, k.keys AS byok_keys, {columns},
                        NULL::text AS sync_log
                 FROM organizations o
                 LEFT JOIN (SELECT organization_id, json_agg(model_id ORDER BY model_id)::text AS models
                            FROM organization_custom_models GROUP BY organization_id) m ON m.organization_id = o.id
                 LEFT JOIN (SELECT organization_id, json_agg(DISTINCT split_part(model_id, '/', 1))::text AS keys
                            FROM organization_custom_models WHERE kind = 'byok' GROUP BY organization_id) k
                        ON k.organization_id = o.id
                 {joins}"
            )
        };
        fleet_scan(&self.pool, &self.url, read.members, sql, f).await
    }

    async fn check_group_tables(&self) -> Result<()> {
        check_group_tables(&self.pool, &self.url).await
    }

    async fn custom_models(&self, org_id: &str) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT model_id FROM organization_custom_models WHERE organization_id = $1::uuid ORDER BY model_id",
        )
        .bind(org_id)
        .fetch_all(&self.pool)
        .await?)
    }

    async fn byok_providers(&self, org_id: &str) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT DISTINCT split_part(model_id, '/', 1) FROM organization_custom_models
             WHERE organization_id = $1::uuid AND kind = 'byok' ORDER BY 1",
        )
        .bind(org_id)
        .fetch_all(&self.pool)
        .await?)
    }

    async fn latest_snapshot(&self) -> Result<Option<SnapshotRow>> {
        let sql = format!("SELECT {SNAPSHOT_COLUMNS} FROM models_by_provider ORDER BY id DESC LIMIT 1");
        Ok(sqlx::query_as(&sql).fetch_optional(&self.pool).await?)
    }

    async fn snapshot(&self, id: i64) -> Result<Option<SnapshotRow>> {
        let sql = format!("SELECT {SNAPSHOT_COLUMNS} FROM models_by_provider WHERE id = $1");
        Ok(sqlx::query_as(&sql).bind(id).fetch_optional(&self.pool).await?)
    }

    async fn snapshot_before(&self, id: i64) -> Result<Option<SnapshotRow>> {
        let sql = format!("SELECT {SNAPSHOT_COLUMNS} FROM models_by_provider WHERE id < $1 ORDER BY id DESC LIMIT 1");
        Ok(sqlx::query_as(&sql).bind(id).fetch_optional(&self.pool).await?)
    }

    async fn for_each_snapshot(&self, f: RowFn<'_, SnapshotRow>) -> anyhow::Result<()> {
        let sql = format!("SELECT {SNAPSHOT_COLUMNS} FROM models_by_provider ORDER BY id");
        drain(sqlx::query_as::<_, SnapshotRow>(&sql).fetch(&self.pool), f).await
    }

    async fn insert_snapshot(&self, data: &str, columns: &GatewayColumns, created_at: DateTime<Utc>) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "INSERT INTO models_by_provider (data, openrouter, vercel, created_at)
             VALUES ($1::jsonb, $2::jsonb, $3::jsonb, $4) RETURNING id",
        )
        .bind(data)
        .bind(&columns.openrouter)
        .bind(&columns.vercel)
        .bind(created_at)
        .fetch_one(&self.pool)
        .await?)
    }

    async fn update_settings(
        &self,
        org_id: &str,
        old: &str,
        new: &str,
        audit: &AuditLogEntry,
    ) -> Result<Written<String>> {
        update_settings(&self.pool, Dialect::Own, true, org_id, old, new, audit).await
    }

    async fn preview_swaps(&self, swaps: &[Swap]) -> Result<Vec<SwapOutcome>> {
        preview_swaps(&self.pool, Dialect::Own, swaps).await
    }

    async fn swap_batch(&self, batch: usize, swaps: &[Swap], audit: &BatchAuditLog) -> Result<Vec<SwapOutcome>> {
        swap_batch(&self.pool, Dialect::Own, batch, swaps, audit).await
    }

    async fn for_each_audit_row(&self, filter: &AuditFilter, f: RowFn<'_, AuditLogRow>) -> anyhow::Result<()> {
        for_each_audit_row(&self.pool, filter, "details::text", f).await
    }

    /// Multi-row inserts, a few thousand orgs a statement: 100,000 orgs take seconds.
    async fn member_context(&self, org: &OrgRow, member: Option<&str>) -> Result<MemberContext> {
        member_context(&self.pool, &self.url, org, member).await
    }

    async fn org_members(&self, org: &OrgRow) -> Result<OrgMembers> {
        org_members(&self.pool, &self.url, org).await
    }

    async fn set_group_policies(&self, org_id: &str, write: &GroupPolicyWrite<'_>) -> Result<Written<(String, i64)>> {
        set_group_policies(&self.pool, Dialect::Own, org_id, write).await
    }

    async fn insert_members(&self, org_id: &str, new: &super::NewMembers) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        for (user, email) in &new.members {
            sqlx::query(
                "INSERT INTO organization_memberships (organization_id, kilo_user_id, email) VALUES ($1::uuid, $2, $3)",
            )
            .bind(org_id)
            .bind(user)
            .bind(email)
            .execute(&mut *tx)
            .await?;
        }
        for (name, policies, members) in &new.groups {
            // Named by org and group: the same on every run of the same sample.
            let group = super::stable_uuid(&format!("{org_id}/group/{name}"));
            sqlx::query("INSERT INTO organization_groups (id, organization_id, name, policies) VALUES ($1::uuid, $2::uuid, $3, $4::jsonb)")
                .bind(&group)
                .bind(org_id)
                .bind(name)
                .bind(policies)
                .execute(&mut *tx)
                .await?;
            for user in members {
                sqlx::query(
                    "INSERT INTO organization_group_memberships (organization_id, group_id, kilo_user_id) VALUES ($1::uuid, $2::uuid, $3)",
                )
                .bind(org_id)
                .bind(&group)
                .bind(user)
                .execute(&mut *tx)
                .await?;
            }
        }
        if let Some(policies) = &new.default_policies {
            sqlx::query("INSERT INTO organization_group_policy_settings (organization_id, default_policies) VALUES ($1::uuid, $2::jsonb)")
                .bind(org_id)
                .bind(policies)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn insert_orgs(&self, orgs: &[NewOrg]) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        for chunk in orgs.chunks(2000) {
            let mut rows = Vec::with_capacity(chunk.len());
            let mut models = Vec::new();
            for org in chunk {
                let id = org.id.clone().unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
                let settings: serde_json::Value = serde_json::from_str(&org.settings)
                    .map_err(|e| sqlx::Error::Protocol(format!("settings of '{}' are not JSON: {e}", org.name)))?;
                rows.push(serde_json::json!({"id": id, "name": org.name, "plan": org.plan, "settings": settings,
                                             "created_at": org.created_at.to_rfc3339()}));
                models.extend(
                    org.custom_models.iter().map(|(m, k)| serde_json::json!({"id": id, "model": m, "kind": k})),
                );
            }
            sqlx::query(
                "INSERT INTO organizations (id, name, plan, settings, created_at, updated_at)
                 SELECT id, name, plan, settings, created_at, created_at
                 FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, name text, plan text, settings jsonb, created_at timestamptz)",
            )
            .bind(serde_json::Value::Array(rows).to_string())
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO organization_custom_models (organization_id, model_id, kind)
                 SELECT id, model, kind FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, model text, kind text)",
            )
            .bind(serde_json::Value::Array(models).to_string())
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

/// Where the two PostgreSQL schemas differ in a batch swap.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Dialect {
    /// orgpolicy's own: audit rows carry `details` (before, after and the run's data).
    Own,
    /// The gateway's: no `details` column, and soft-deleted orgs are never written.
    Gateway,
}

/// A batch of compare-and-swaps in one statement: the updates, their audit rows and each
/// org's outcome, in one round trip. Under READ COMMITTED a row changed concurrently is
/// re-checked against `old`.
pub(super) async fn swap_batch(
    pool: &PgPool,
    dialect: Dialect,
    batch: usize,
    swaps: &[Swap],
    audit: &BatchAuditLog,
) -> Result<Vec<SwapOutcome>> {
    /// One row of the batch, documents serialized verbatim.
    #[derive(serde::Serialize)]
    struct Row<'a> {
        ord: usize,
        id: &'a str,
        old: &'a serde_json::value::RawValue,
        new: &'a serde_json::value::RawValue,
        message: &'a str,
    }
    let input: Vec<Row> = swaps
        .iter()
        .enumerate()
        .map(|(ord, s)| Row { ord, id: &s.org_id, old: &s.expected, new: &s.replacement, message: &s.message })
        .collect();
    let (live, audited) = match dialect {
        Dialect::Own => (
            "",
            "INSERT INTO organization_audit_logs
                (id, organization_id, action, actor_id, actor_email, actor_name, message, details)
             SELECT gen_random_uuid(), i.id, $2, $3, $4, $5, i.message,
                    jsonb_build_object('before', i.old, 'after', i.new) || $6::jsonb",
        ),
        Dialect::Gateway => (
            " AND o.deleted_at IS NULL",
            "INSERT INTO organization_audit_logs (action, actor_id, actor_email, actor_name, organization_id, message)
             SELECT $2, $3, $4, $5, i.id, i.message || $6::text",
        ),
    };
    let missing = if dialect == Dialect::Gateway { "o.id IS NULL OR o.deleted_at IS NOT NULL" } else { "o.id IS NULL" };
    let sql = format!(
        "WITH input AS (
            SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(ord int, id uuid, old jsonb, new jsonb, message text)
        ), updated AS (
            UPDATE organizations o SET settings = i.new, updated_at = now()
            FROM input i WHERE o.id = i.id AND o.settings = i.old AND o.plan = 'enterprise'{live}
            RETURNING o.id
        ), audited AS (
            {audited}
            FROM input i JOIN updated u ON u.id = i.id
            RETURNING organization_id
        )
        -- IN (subquery) is a hashed semi-join; a join on the CTE would be a nested loop
        -- (the planner guesses one row for it) and make each batch quadratic.
        SELECT CASE WHEN i.id IN (SELECT organization_id FROM audited) THEN 'swapped'
                    WHEN {missing} THEN 'missing'
                    WHEN o.settings = i.new THEN 'done'
                    WHEN o.plan <> 'enterprise' THEN 'not_enterprise'
                    ELSE 'conflict' END
        FROM input i
        LEFT JOIN organizations o ON o.id = i.id
        ORDER BY i.ord"
    );
    // The gateway keeps no details: its sixth parameter is an empty suffix.
    let sixth = match dialect {
        Dialect::Own => audit.details.to_string(),
        Dialect::Gateway => String::new(),
    };
    let mut tx = pool.begin().await?;
    let mut outcomes: Vec<String> = sqlx::query_scalar(&sql)
        .bind(serde_json::to_string(&input).map_err(|e| sqlx::Error::Protocol(e.to_string()))?)
        .bind(&audit.action)
        .bind(&audit.actor.id)
        .bind(&audit.actor.email)
        .bind(&audit.actor.name)
        .bind(sixth)
        .fetch_all(&mut *tx)
        .await?;
    recheck_conflicts(&mut tx, missing, swaps, &mut outcomes).await?;
    super::faults::in_batch(batch);
    tx.commit().await?;
    super::faults::after_commit(batch);
    Ok(outcomes.iter().map(|o| outcome(o)).collect())
}

/// What [`swap_batch`] would do to each swap, in one read-only statement.
pub(super) async fn preview_swaps(pool: &PgPool, dialect: Dialect, swaps: &[Swap]) -> Result<Vec<SwapOutcome>> {
    #[derive(serde::Serialize)]
    struct Row<'a> {
        ord: usize,
        id: &'a str,
        old: &'a serde_json::value::RawValue,
        new: &'a serde_json::value::RawValue,
    }
    let input: Vec<Row> = swaps
        .iter()
        .enumerate()
        .map(|(ord, s)| Row { ord, id: &s.org_id, old: &s.expected, new: &s.replacement })
        .collect();
    let missing = if dialect == Dialect::Gateway { "o.id IS NULL OR o.deleted_at IS NOT NULL" } else { "o.id IS NULL" };
    let sql = format!(
        "SELECT CASE WHEN {missing} THEN 'missing' WHEN o.settings = i.new THEN 'done'
                     WHEN o.plan <> 'enterprise' THEN 'not_enterprise'
                     WHEN o.settings = i.old THEN 'swapped' ELSE 'conflict' END
         FROM jsonb_to_recordset($1::jsonb) AS i(ord int, id uuid, old jsonb, new jsonb)
         LEFT JOIN organizations o ON o.id = i.id
         ORDER BY i.ord"
    );
    let mut tx = read_only(pool).await?;
    let outcomes: Vec<String> = sqlx::query_scalar(&sql)
        .bind(serde_json::to_string(&input).map_err(|e| sqlx::Error::Protocol(e.to_string()))?)
        .fetch_all(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(outcomes.iter().map(|o| outcome(o)).collect())
}

/// Looks again, with a fresh snapshot, at the rows the batch statement called conflicts. An
/// update that waited for a row another run was writing re-checks that row as committed, but
/// the statement's own reads still see it as it was before: without this, orgs a concurrent
/// apply of the same plan wrote exactly as planned would be reported as conflicts.
async fn recheck_conflicts(
    tx: &mut sqlx::PgConnection,
    missing: &str,
    swaps: &[Swap],
    outcomes: &mut [String],
) -> Result<()> {
    #[derive(serde::Serialize)]
    struct Row<'a> {
        ord: usize,
        id: &'a str,
        new: &'a serde_json::value::RawValue,
    }
    let rows: Vec<Row> = outcomes
        .iter()
        .enumerate()
        .filter(|(_, o)| o.as_str() == "conflict")
        .map(|(ord, _)| Row { ord, id: &swaps[ord].org_id, new: &swaps[ord].replacement })
        .collect();
    if rows.is_empty() {
        return Ok(());
    }
    let rechecked: Vec<(i32, String)> = sqlx::query_as(&format!(
        "SELECT i.ord, CASE WHEN {missing} THEN 'missing' WHEN o.settings = i.new THEN 'done'
                            WHEN o.plan <> 'enterprise' THEN 'not_enterprise' ELSE 'conflict' END
         FROM jsonb_to_recordset($1::jsonb) AS i(ord int, id uuid, new jsonb)
         LEFT JOIN organizations o ON o.id = i.id"
    ))
    .bind(serde_json::to_string(&rows).map_err(|e| sqlx::Error::Protocol(e.to_string()))?)
    .fetch_all(&mut *tx)
    .await?;
    for (ord, outcome) in rechecked {
        if let Some(slot) = usize::try_from(ord).ok().and_then(|ord| outcomes.get_mut(ord)) {
            *slot = outcome;
        }
    }
    Ok(())
}

/// The root cause of a connection failure, without the URL (which may hold a password).
pub(super) fn connect_reason(e: &sqlx::Error) -> String {
    match e {
        sqlx::Error::Io(io) => io.to_string(),
        sqlx::Error::PoolTimedOut => "timed out".into(),
        sqlx::Error::Database(db) => db.message().to_string(),
        other => other.to_string(),
    }
}

fn outcome(code: &str) -> SwapOutcome {
    match code {
        "swapped" => SwapOutcome::Swapped,
        "done" => SwapOutcome::AlreadyDone,
        "missing" => SwapOutcome::Missing,
        "not_enterprise" => SwapOutcome::NotEnterprise,
        _ => SwapOutcome::Conflict,
    }
}
