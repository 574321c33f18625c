//! The SQLite implementation of the store, for local use and rehearsals.

use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, Utc};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};

use super::postgres::connect_reason;
use super::{
    drain, redact, AuditFilter, AuditLogEntry, AuditLogRow, AuditScanRow, AuditedOrgRow, BatchAuditLog, GatewayColumns,
    NewOrg, NotWritable, OrgFilter, OrgRow, Result, RowFn, Schema, SnapshotRow, StoreBackend, StoreError, Swap,
    SwapOutcome, Written, SETTINGS_CHANGE,
};

pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

const ORG_COLUMNS: &str = "id, name, plan, settings, created_at, NULL AS deleted_at";

/// The compare-and-swap rule (see the store's module docs): documents compare as JSON, `json()`
/// minifying both sides; an unparseable stored document never matches. `$1` is the expected
/// document.
const SAME: &str = "(settings = $1 OR CASE WHEN json_valid(settings) THEN json(settings) END = json($1))";
const SNAPSHOT_COLUMNS: &str = "id, created_at, data, openrouter, vercel";

/// Rows the SQLite driver reads ahead of a stream's reader (see `connect`).
const ROWS_READ_AHEAD: usize = 2;

pub struct SqliteStore {
    pool: SqlitePool,
    url: String,
}

impl SqliteStore {
    pub async fn connect(url: &str, create: bool) -> Result<Self> {
        let redacted = redact(url);
        let options = SqliteConnectOptions::from_str(url)
            .map_err(|e| StoreError::InvalidUrl { url: redacted.clone(), reason: e.to_string() })?;
        let path = options.get_filename().to_path_buf();
        let in_memory = path.as_os_str().is_empty() || path.to_str() == Some(":memory:");
        if !create && !in_memory && !path.exists() {
            return Err(StoreError::MissingFile { path: path.display().to_string(), url: redacted });
        }
        let options = options
            .create_if_missing(create)
            .journal_mode(SqliteJournalMode::Wal)
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(true)
            // The driver reads rows ahead of the reader on its own thread, 50 by default: 50
            // big documents held at once. A few suffice to keep a scan streaming.
            .row_buffer_size(ROWS_READ_AHEAD);
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await
            .map_err(|e| StoreError::Connect { url: redacted.clone(), reason: connect_reason(&e) })?;
        Ok(Self { pool, url: redacted })
    }
}

#[async_trait::async_trait(?Send)]
impl StoreBackend for SqliteStore {
    fn schema(&self) -> Schema {
        Schema::Own
    }

    fn migrator(&self) -> Option<&'static sqlx::migrate::Migrator> {
        Some(&MIGRATOR)
    }

    async fn run_migrations(&self) -> Result<()> {
        Ok(MIGRATOR.run(&self.pool).await?)
    }

    fn closer(&self) -> super::Closer {
        super::Closer::Sqlite(self.pool.clone())
    }

    /// The database file's canonical path: what a plan pins (one file named through
    /// different relative paths or links is one database).
    async fn identity(&self) -> Result<String> {
        let file: String = sqlx::query_scalar("SELECT file FROM pragma_database_list WHERE name = 'main'")
            .fetch_one(&self.pool)
            .await?;
        if file.is_empty() {
            return Ok("sqlite::memory:".into());
        }
        let path = std::fs::canonicalize(&file).unwrap_or_else(|_| file.into());
        Ok(format!("sqlite:{}", path.display()))
    }

    /// Whether a backfill plan (by hash) has been applied here: its audit rows say so.
    async fn backfilled_orgs(&self, plan_sha256: &str) -> Result<std::collections::HashSet<String>> {
        let ids: Vec<String> = sqlx::query_scalar(&format!(
            "SELECT DISTINCT organization_id FROM organization_audit_logs WHERE {} = $1",
            crate::policy::trail::APPLIED_PLAN_SQLITE
        ))
        .bind(plan_sha256)
        .fetch_all(&self.pool)
        .await?;
        Ok(ids.into_iter().collect())
    }

    async fn applied_migrations(&self) -> Result<Vec<i64>> {
        let exists: bool = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations')",
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
        let exists: bool = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations')",
        )
        .fetch_one(&self.pool)
        .await?;
        if exists {
            let rows: i64 = sqlx::query_scalar("SELECT count(*) FROM _sqlx_migrations").fetch_one(&self.pool).await?;
            if rows == 0 {
                sqlx::query("DROP TABLE _sqlx_migrations").execute(&self.pool).await?;
            }
        }
        Ok(())
    }

    fn url(&self) -> &str {
        &self.url
    }

    async fn org_by_id(&self, id: &str) -> Result<Option<OrgRow>> {
        let sql = format!("SELECT {ORG_COLUMNS} FROM organizations WHERE id = lower($1)");
        Ok(sqlx::query_as(&sql).bind(id).fetch_optional(&self.pool).await?)
    }

    async fn orgs_with_id_prefix(&self, prefix: &str) -> Result<Vec<OrgRow>> {
        let sql =
            format!("SELECT {ORG_COLUMNS} FROM organizations WHERE id LIKE lower($1) || '%' ORDER BY id LIMIT 20");
        Ok(sqlx::query_as(&sql).bind(prefix).fetch_all(&self.pool).await?)
    }

    async fn orgs_named(&self, name: &str, any_case: bool) -> Result<Vec<OrgRow>> {
        let matches = if any_case { "lower(name) = lower($1)" } else { "name = $1" };
        let sql = format!("SELECT {ORG_COLUMNS} FROM organizations WHERE {matches} ORDER BY id LIMIT 20");
        Ok(sqlx::query_as(&sql).bind(name).fetch_all(&self.pool).await?)
    }

    async fn names_containing(&self, needle: &str, limit: i64) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT DISTINCT name FROM organizations WHERE instr(lower(name), lower($1)) > 0 ORDER BY name LIMIT $2",
        )
        .bind(needle)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?)
    }

    async fn for_each_org(&self, filter: &OrgFilter, f: RowFn<'_, OrgRow>) -> anyhow::Result<()> {
        let order = if filter.by_name { " ORDER BY name, id" } else { "" };
        let sql = format!("SELECT {ORG_COLUMNS} FROM organizations WHERE ($1 IS NULL OR plan = $1){order}");
        drain(sqlx::query_as::<_, OrgRow>(&sql).bind(filter.plan.as_deref()).fetch(&self.pool), f).await
    }

    async fn for_each_fleet_org(&self, read: super::FleetRead, f: RowFn<'_, super::FleetOrgRow>) -> anyhow::Result<()> {
        let members = read.members;
        // Every member is read without asking who uses groups.
        let (uses, used) =
            super::uses_groups_column(matches!(members, super::FleetMembers::Flag | super::FleetMembers::UsingGroups));
        let only = if members == super::FleetMembers::All { "true" } else { uses };
        // The demo's database: one correlated subquery per list is plenty.
        let column = match members {
            super::FleetMembers::None => "NULL".to_string(),
            super::FleetMembers::Flag => super::uses_groups_flag_column().0,
            _ => format!(
                "CASE WHEN {only} THEN json_object(
                   'members', (SELECT json_group_array(json_array(m.kilo_user_id, m.email))
                               FROM organization_memberships m WHERE m.organization_id = o.id),
                   'groups', (SELECT json_group_array(json_array(g.id, g.name, g.policies))
                              FROM organization_groups g WHERE g.organization_id = o.id),
                   'memberships', (SELECT json_group_array(json_array(gm.group_id, gm.kilo_user_id))
                                   FROM organization_group_memberships gm WHERE gm.organization_id = o.id),
                   'settings', (SELECT json_array(s.default_policies, s.policy_revision)
                                FROM organization_group_policy_settings s WHERE s.organization_id = o.id)) END"
            ),
        };
        let sql = format!(
            "SELECT {ORG_COLUMNS},
                (SELECT json_group_array(model_id) FROM (SELECT model_id FROM organization_custom_models m
                 WHERE m.organization_id = o.id ORDER BY model_id) HAVING count(*) > 0) AS custom_models,
                (SELECT json_group_array(p) FROM (SELECT DISTINCT substr(model_id, 1, instr(model_id, '/') - 1) AS p
                 FROM organization_custom_models m
                 WHERE m.organization_id = o.id AND m.kind = 'byok' AND instr(model_id, '/') > 1)
                 HAVING count(*) > 0) AS byok_keys,
                {column} AS members, NULL AS sync_log
             FROM organizations o {used}"
        );
        let mut tx = self.pool.begin().await?;
        drain(sqlx::query_as::<_, super::FleetOrgRow>(&sql).fetch(&mut *tx), f).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn for_each_audited_org(&self, with_groups: bool, f: RowFn<'_, AuditScanRow>) -> anyhow::Result<()> {
        let (uses_groups, used) = super::uses_groups_column(with_groups);
        let sql = format!(
            "SELECT {ORG_COLUMNS},
                (SELECT max(a.created_at) FROM organization_audit_logs a
                 WHERE a.organization_id = o.id AND a.action = $1 AND {decision}) AS last_settings_change,
                (SELECT json_group_array(m.model_id) FROM organization_custom_models m
                 WHERE m.organization_id = o.id HAVING count(*) > 0) AS custom_models,
                {uses_groups} AS uses_groups
             FROM organizations o {used}",
            decision = super::own_decision_sqlite(),
        );
        // One read transaction: both scans see the same database.
        let mut tx = self.pool.begin().await?;
        drain(sqlx::query_as::<_, AuditedOrgRow>(&sql).bind(SETTINGS_CHANGE).fetch(&mut *tx), &mut |row| {
            f(AuditScanRow::Org(row))
        })
        .await?;
        if with_groups {
            // See `postgres::scan_group_orgs`: the same stream, in SQLite's dialect.
            let group_sql = format!(
                "WITH used AS ({uses})
                 SELECT org, kind, a, b, c, n FROM (
                   SELECT m.organization_id AS org, 1 AS kind, m.kilo_user_id AS a, m.email AS b, NULL AS c, NULL AS n
                     FROM organization_memberships m WHERE m.organization_id IN (SELECT id FROM used)
                   UNION ALL
                   SELECT g.organization_id, 2, g.id, g.name, g.policies, NULL FROM organization_groups g
                   UNION ALL
                   SELECT gm.organization_id, 3, gm.group_id, gm.kilo_user_id, NULL, NULL FROM organization_group_memberships gm
                   UNION ALL
                   SELECT s.organization_id, 4, NULL, NULL, s.default_policies, s.policy_revision
                     FROM organization_group_policy_settings s
                 ) ORDER BY org",
                uses = super::USED_GROUP_ORGS,
            );
            super::drain_group_orgs(sqlx::query_as(&group_sql).fetch(&mut *tx), f).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn check_group_tables(&self) -> Result<()> {
        // orgpolicy's own schema has them once migrated.
        Ok(())
    }

    async fn custom_models(&self, org_id: &str) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT model_id FROM organization_custom_models WHERE organization_id = lower($1) ORDER BY model_id",
        )
        .bind(org_id)
        .fetch_all(&self.pool)
        .await?)
    }

    async fn byok_providers(&self, org_id: &str) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT DISTINCT substr(model_id, 1, instr(model_id, '/') - 1) FROM organization_custom_models
             WHERE organization_id = lower($1) AND kind = 'byok' AND instr(model_id, '/') > 1 ORDER BY 1",
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
            "INSERT INTO models_by_provider (data, openrouter, vercel, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
            .bind(data)
            .bind(&columns.openrouter)
            .bind(&columns.vercel)
            .bind(timestamp(created_at))
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
        // BEGIN IMMEDIATE: take the write lock before reading, so two writers serialize.
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let now = timestamp(Utc::now());
        let updated = sqlx::query(&format!(
            "UPDATE organizations SET settings = $2, updated_at = $3 WHERE id = lower($4) AND plan = 'enterprise' AND {SAME}"
        ))
        .bind(old)
        .bind(new)
        .bind(&now)
        .bind(org_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if updated != 1 {
            let refused = not_writable(&mut tx, org_id).await?;
            tx.rollback().await?;
            return Ok(refused.map_or(Written::Changed, Written::Refused));
        }
        // The gateway bumps the org's group-policy revision with every change of its lists.
        sqlx::query(
            "INSERT INTO organization_group_policy_settings
                (organization_id, default_policies, policy_revision, updated_by_kilo_user_id, created_at, updated_at)
             VALUES (lower($1), $2, 1, $3, $4, $4)
             ON CONFLICT (organization_id) DO UPDATE
             SET policy_revision = policy_revision + 1, updated_at = $4, updated_by_kilo_user_id = excluded.updated_by_kilo_user_id",
        )
        .bind(org_id)
        .bind(super::DEFAULT_POLICIES_ALL)
        .bind(&audit.actor.id)
        .bind(&now)
        .execute(&mut *tx)
        .await?;
        let id = insert_audit(&mut tx, org_id, audit, &now).await?;
        tx.commit().await?;
        Ok(Written::Done(id))
    }

    async fn preview_swaps(&self, swaps: &[Swap]) -> Result<Vec<SwapOutcome>> {
        let mut tx = self.pool.begin().await?;
        let mut outcomes = Vec::with_capacity(swaps.len());
        for swap in swaps {
            // Outer None: no such org; then (is the expected, is the replacement, plan).
            let found: Option<(Option<bool>, Option<bool>, String)> = sqlx::query_as(&format!(
                "SELECT {SAME}, {}, plan FROM organizations WHERE id = lower($3)",
                SAME.replace("$1", "$2")
            ))
            .bind(swap.expected.get())
            .bind(swap.replacement.get())
            .bind(&swap.org_id)
            .fetch_optional(&mut *tx)
            .await?;
            outcomes.push(match found {
                None => SwapOutcome::Missing,
                Some((_, Some(true), _)) => SwapOutcome::AlreadyDone,
                Some((_, _, plan)) if plan != "enterprise" => SwapOutcome::NotEnterprise,
                Some((Some(true), _, _)) => SwapOutcome::Swapped,
                Some(_) => SwapOutcome::Conflict,
            });
        }
        tx.commit().await?;
        Ok(outcomes)
    }

    async fn swap_batch(&self, batch: usize, swaps: &[Swap], audit: &BatchAuditLog) -> Result<Vec<SwapOutcome>> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let now = timestamp(Utc::now());
        let mut outcomes = Vec::with_capacity(swaps.len());
        for (i, swap) in swaps.iter().enumerate() {
            if i == swaps.len() / 2 {
                super::faults::in_batch(batch);
            }
            let (old, new) = (swap.expected.get(), swap.replacement.get());
            let updated = sqlx::query(&format!(
                "UPDATE organizations SET settings = $2, updated_at = $3
                 WHERE id = lower($4) AND plan = 'enterprise' AND {SAME}"
            ))
            .bind(old)
            .bind(new)
            .bind(&now)
            .bind(&swap.org_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            let outcome = if updated == 1 {
                let details = swap_details(swap, &audit.details);
                sqlx::query(
                    "INSERT INTO organization_audit_logs
                        (id, organization_id, action, actor_id, actor_email, actor_name, message, details, created_at)
                     VALUES ($1, lower($2), $3, $4, $5, $6, $7, $8, $9)",
                )
                .bind(uuid::Uuid::new_v4().to_string())
                .bind(&swap.org_id)
                .bind(&audit.action)
                .bind(&audit.actor.id)
                .bind(&audit.actor.email)
                .bind(&audit.actor.name)
                .bind(&swap.message)
                .bind(details)
                .bind(&now)
                .execute(&mut *tx)
                .await?;
                SwapOutcome::Swapped
            } else {
                // Outer None: no such org; then (is the replacement, plan), the first None when
                // its document is not valid JSON.
                let done: Option<(Option<bool>, String)> =
                    sqlx::query_as(&format!("SELECT {SAME}, plan FROM organizations WHERE id = lower($2)"))
                        .bind(new)
                        .bind(&swap.org_id)
                        .fetch_optional(&mut *tx)
                        .await?;
                match done {
                    None => SwapOutcome::Missing,
                    Some((Some(true), _)) => SwapOutcome::AlreadyDone,
                    Some((_, plan)) if plan != "enterprise" => SwapOutcome::NotEnterprise,
                    Some(_) => SwapOutcome::Conflict,
                }
            };
            outcomes.push(outcome);
        }
        tx.commit().await?;
        super::faults::after_commit(batch);
        Ok(outcomes)
    }

    async fn for_each_audit_row(&self, filter: &AuditFilter, f: RowFn<'_, AuditLogRow>) -> anyhow::Result<()> {
        // Times compare as instants (`julianday` reads every form they are stored in).
        let rows = sqlx::query_as::<_, AuditLogRow>(
            "SELECT id, organization_id, action, actor_id, actor_email, actor_name, message, details, created_at
             FROM organization_audit_logs
             WHERE ($1 IS NULL OR organization_id = lower($1))
               AND ($2 IS NULL OR julianday(created_at) >= julianday($2))
               AND ($3 IS NULL OR julianday(created_at) < julianday($3))
               AND ($4 IS NULL OR lower(actor_id) = lower($4) OR lower(actor_email) = lower($4)
                    OR lower(actor_name) = lower($4))
               AND (json_array_length($5) = 0 OR action IN (SELECT value FROM json_each($5)))
             ORDER BY julianday(created_at) DESC, rowid DESC LIMIT coalesce($6, -1)",
        )
        .bind(filter.org_id.as_deref())
        .bind(filter.since)
        .bind(filter.until)
        .bind(filter.actor.as_deref())
        .bind(serde_json::to_string(&filter.actions)?)
        .bind(filter.limit)
        .fetch(&self.pool);
        drain(rows, f).await
    }

    async fn member_context(&self, org: &OrgRow, member: Option<&str>) -> Result<super::MemberContext> {
        let mut tx = self.pool.begin().await?;
        let members = "SELECT kilo_user_id, email FROM organization_memberships WHERE organization_id = lower($1)";
        let member_row = match member {
            None => None,
            Some(member) => {
                let found: Option<super::MemberRow> =
                    sqlx::query_as(&format!("{members} AND (kilo_user_id = $2 OR lower(email) = lower($2)) LIMIT 1"))
                        .bind(&org.id)
                        .bind(member)
                        .fetch_optional(&mut *tx)
                        .await?;
                let Some(member_row) = found else {
                    let candidates: Vec<super::MemberRow> =
                        sqlx::query_as(members).bind(&org.id).fetch_all(&mut *tx).await?;
                    let elsewhere: Option<String> = sqlx::query_scalar(
                        "SELECT o.name FROM organization_memberships m JOIN organizations o ON o.id = m.organization_id
                         WHERE m.kilo_user_id = $1 AND m.organization_id <> lower($2) ORDER BY o.name LIMIT 1",
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
        let groups: Vec<super::GroupRow> = match &member_row {
            None => Vec::new(),
            Some(m) => {
                sqlx::query_as(
                    "SELECT g.id, g.name, g.policies FROM organization_group_memberships gm
                     JOIN organization_groups g ON g.organization_id = gm.organization_id AND g.id = gm.group_id
                     WHERE gm.organization_id = lower($1) AND gm.kilo_user_id = $2 ORDER BY g.name, g.id",
                )
                .bind(&org.id)
                .bind(&m.kilo_user_id)
                .fetch_all(&mut *tx)
                .await?
            }
        };
        let settings: Option<(String, i64)> = sqlx::query_as(
            "SELECT default_policies, policy_revision FROM organization_group_policy_settings
             WHERE organization_id = lower($1)",
        )
        .bind(&org.id)
        .fetch_optional(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(super::MemberContext::new(member_row, groups, settings))
    }

    async fn set_group_policies(
        &self,
        org_id: &str,
        write: &super::GroupPolicyWrite<'_>,
    ) -> Result<Written<(String, i64)>> {
        // BEGIN IMMEDIATE is SQLite's advisory lock: writers serialize from the first read.
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        if let Some(refused) = not_writable(&mut tx, org_id).await? {
            tx.rollback().await?;
            return Ok(Written::Refused(refused));
        }
        let now = timestamp(Utc::now());
        let actor = &write.audit.actor;
        let set_default = matches!(write.slot, super::PolicySlot::Default);
        let default = if set_default { write.policies } else { super::DEFAULT_POLICIES_ALL };
        let revision: Option<i64> = if write.expected_revision == 0 {
            sqlx::query_scalar(
                "INSERT INTO organization_group_policy_settings
                    (organization_id, default_policies, policy_revision, updated_by_kilo_user_id, created_at, updated_at)
                 VALUES (lower($1), $2, 1, $3, $4, $4) ON CONFLICT (organization_id) DO NOTHING
                 RETURNING policy_revision",
            )
            .bind(org_id)
            .bind(default)
            .bind(&actor.id)
            .bind(&now)
            .fetch_optional(&mut *tx)
            .await?
        } else {
            sqlx::query_scalar(
                "UPDATE organization_group_policy_settings
                 SET policy_revision = policy_revision + 1, updated_at = $4, updated_by_kilo_user_id = $3,
                     default_policies = CASE WHEN $5 THEN $2 ELSE default_policies END
                 WHERE organization_id = lower($1) AND policy_revision = $6
                 RETURNING policy_revision",
            )
            .bind(org_id)
            .bind(default)
            .bind(&actor.id)
            .bind(&now)
            .bind(set_default)
            .bind(write.expected_revision)
            .fetch_optional(&mut *tx)
            .await?
        };
        let Some(revision) = revision else {
            tx.rollback().await?;
            return Ok(Written::Changed);
        };
        if let super::PolicySlot::Group(group) = write.slot {
            let updated = sqlx::query(
                "UPDATE organization_groups SET policies = $3, updated_at = $4
                 WHERE organization_id = lower($1) AND id = lower($2)",
            )
            .bind(org_id)
            .bind(group)
            .bind(write.policies)
            .bind(&now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if updated != 1 {
                tx.rollback().await?;
                return Ok(Written::Changed);
            }
        }
        let id = insert_audit(&mut tx, org_id, write.audit, &now).await?;
        tx.commit().await?;
        Ok(Written::Done((id, revision)))
    }

    async fn org_members(&self, org: &OrgRow) -> Result<super::OrgMembers> {
        let mut tx = self.pool.begin().await?;
        let members: Vec<super::MemberRow> = sqlx::query_as(
            "SELECT kilo_user_id, email FROM organization_memberships WHERE organization_id = lower($1)
             ORDER BY lower(coalesce(email, kilo_user_id)), kilo_user_id",
        )
        .bind(&org.id)
        .fetch_all(&mut *tx)
        .await?;
        let groups: Vec<super::GroupRow> = sqlx::query_as(
            "SELECT id, name, policies FROM organization_groups WHERE organization_id = lower($1) ORDER BY name, id",
        )
        .bind(&org.id)
        .fetch_all(&mut *tx)
        .await?;
        let memberships: Vec<(String, String)> = sqlx::query_as(
            "SELECT group_id, kilo_user_id FROM organization_group_memberships WHERE organization_id = lower($1)",
        )
        .bind(&org.id)
        .fetch_all(&mut *tx)
        .await?;
        let settings: Option<(String, i64)> = sqlx::query_as(
            "SELECT default_policies, policy_revision FROM organization_group_policy_settings
             WHERE organization_id = lower($1)",
        )
        .bind(&org.id)
        .fetch_optional(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(super::OrgMembers::new(members, groups, memberships, settings))
    }

    async fn insert_members(&self, org_id: &str, new: &super::NewMembers) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        for (user, email) in &new.members {
            sqlx::query(
                "INSERT INTO organization_memberships (organization_id, kilo_user_id, email) VALUES ($1, $2, $3)",
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
            sqlx::query(
                "INSERT INTO organization_groups (id, organization_id, name, policies) VALUES ($1, $2, $3, $4)",
            )
            .bind(&group)
            .bind(org_id)
            .bind(name)
            .bind(policies)
            .execute(&mut *tx)
            .await?;
            for user in members {
                sqlx::query(
                    "INSERT INTO organization_group_memberships (organization_id, group_id, kilo_user_id) VALUES ($1, $2, $3)",
                )
                .bind(org_id)
                .bind(&group)
                .bind(user)
                .execute(&mut *tx)
                .await?;
            }
        }
        if let Some(policies) = &new.default_policies {
            sqlx::query(
                "INSERT INTO organization_group_policy_settings (organization_id, default_policies) VALUES ($1, $2)",
            )
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
        for org in orgs {
            let id = org.id.clone().unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
            sqlx::query(
                "INSERT INTO organizations (id, name, plan, settings, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)",
            )
            .bind(&id)
            .bind(&org.name)
            .bind(&org.plan)
            .bind(&org.settings)
            .bind(timestamp(org.created_at))
            .execute(&mut *tx)
            .await?;
            for (model, kind) in &org.custom_models {
                sqlx::query(
                    "INSERT INTO organization_custom_models (organization_id, model_id, kind) VALUES ($1, $2, $3)",
                )
                .bind(&id)
                .bind(model)
                .bind(kind)
                .execute(&mut *tx)
                .await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }
}

/// The audit row of one change, in the change's transaction; its id.
async fn insert_audit(
    conn: &mut sqlx::SqliteConnection,
    org_id: &str,
    audit: &AuditLogEntry,
    now: &str,
) -> Result<String> {
    let id = uuid::Uuid::new_v4().to_string();
    sqlx::query(
        "INSERT INTO organization_audit_logs (id, organization_id, action, actor_id, actor_email, actor_name, message, details, created_at)
         VALUES ($1, lower($2), $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(&id)
    .bind(org_id)
    .bind(&audit.action)
    .bind(&audit.actor.id)
    .bind(&audit.actor.email)
    .bind(&audit.actor.name)
    .bind(&audit.message)
    .bind(audit.details.get())
    .bind(now)
    .execute(conn)
    .await?;
    Ok(id)
}

/// The one timestamp format of this schema (the column defaults write the same), so that
/// timestamps compare correctly as text.
fn timestamp(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// Why the gateway would refuse a write to the org now, read in the writing transaction
/// (orgpolicy's schema has no soft delete).
async fn not_writable(tx: &mut sqlx::SqliteConnection, org_id: &str) -> Result<Option<NotWritable>> {
    let plan: Option<String> = sqlx::query_scalar("SELECT plan FROM organizations WHERE id = lower($1)")
        .bind(org_id)
        .fetch_optional(&mut *tx)
        .await?;
    Ok(NotWritable::of(plan.map(|plan| (plan, false))))
}

/// A batch audit row's `details`: `{"before": old, "after": new, …}` joined as text, so that
/// values no JSON tree holds (a number beyond f64, nesting deeper than 128) are kept as stored
/// rather than parsed (which cannot hold them).
fn swap_details(swap: &Swap, extra: &serde_json::Value) -> String {
    let mut text = format!(r#"{{"before":{},"after":{}"#, swap.expected.get(), swap.replacement.get());
    for (key, value) in extra.as_object().into_iter().flatten().filter(|(k, _)| *k != "before" && *k != "after") {
        text.push(',');
        text.push_str(&serde_json::Value::String(key.clone()).to_string());
        text.push(':');
        text.push_str(&value.to_string());
    }
    text.push('}');
    text
}
