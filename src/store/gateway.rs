//! The gateway's own PostgreSQL schema (GATEWAY.md), worked on in place: never migrated, read
//! with a SELECT-only role, written only where the gateway itself writes (settings and their
//! `organization.settings.change` rows). Soft-deleted orgs are left out of every read but the
//! ones that must name them; the catalog is the sync job's single row, never written.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use sqlx::postgres::PgPool;

use super::postgres::{preview_swaps, read_only, set_group_policies, swap_batch, update_settings, Dialect, PgStore};
use super::probe::{Access, Probe, TableSpec, WriteKind, GATEWAY_TABLES};
use super::{
    drain, AuditFilter, AuditLogEntry, AuditLogRow, AuditScanRow, BatchAuditLog, GatewayColumns, GroupPolicyWrite,
    NewOrg, OrgFilter, OrgRow, Result, RowFn, Schema, SchemaCheck, SnapshotRow, StoreBackend, StoreError, Swap,
    SwapOutcome, SETTINGS_CHANGE,
};

const ORG_COLUMNS: &str = "o.id::text AS id, o.name, o.plan, o.settings::text AS settings, o.created_at, o.deleted_at";
const SNAPSHOT_COLUMNS: &str = "id::int8 AS id, data->>'generated_at' AS generated_at, data::text AS data";

/// A column of the fleet and audit scans with the join that feeds it. Where the input is not
/// there (or not asked for) the column is `NULL` and nothing is joined: an always-false join
/// still costs the planner a nested loop over every org.
struct Joined {
    column: &'static str,
    join: String,
}

impl Joined {
    fn absent() -> Self {
        Self { column: "NULL::text", join: String::new() }
    }
}

/// Each org's custom models as a JSON array: the orgs a custom LLM belongs to are listed in
/// its definition.
fn custom_models_join(probe: &Probe) -> Result<Joined> {
    if !probe.readable("custom_llm2")? {
        return Ok(Joined::absent());
    }
    Ok(Joined {
        column: "m.models",
        join: "LEFT JOIN (SELECT e.org_id, json_agg(c.public_id ORDER BY c.public_id)::text AS models
                    FROM custom_llm2 c,
                         jsonb_array_elements_text(CASE WHEN jsonb_typeof(c.definition->'organization_ids') = 'array'
                                                        THEN c.definition->'organization_ids' ELSE '[]' END) e(org_id)
                    GROUP BY e.org_id) m ON m.org_id = o.id::text"
            .into(),
    })
}

/// The providers of each org's enabled BYOK keys as a JSON array.
fn byok_join(probe: &Probe) -> Result<Joined> {
    if !probe.readable("byok_api_keys")? {
        return Ok(Joined::absent());
    }
    Ok(Joined {
        column: "k.keys",
        join: "LEFT JOIN (SELECT organization_id, json_agg(DISTINCT provider_id)::text AS keys
                        FROM byok_api_keys WHERE is_enabled GROUP BY organization_id) k ON k.organization_id = o.id"
            .into(),
    })
}

/// The catalog sync's audit rows per org since `since`, when asked for.
fn sync_log_join(probe: &Probe, since: Option<chrono::DateTime<chrono::Utc>>) -> Result<Joined> {
    let Some(since) = since else { return Ok(Joined::absent()) };
    // A required table: there, or the connection was refused; a role that may not read it is
    // told which grant is missing.
    probe.readable("organization_audit_logs")?;
    // A timestamp chrono formats (digits, `-`, `:`, `.`, `T`, `+`): safe in SQL as a literal.
    Ok(Joined {
        column: "sl.messages",
        join: format!(
            "LEFT JOIN (SELECT organization_id, json_agg(message ORDER BY created_at, id)::text AS messages
                    FROM organization_audit_logs
                    WHERE action = '{action}' AND created_at >= '{since}'::timestamptz
                    GROUP BY organization_id) sl ON sl.organization_id = o.id",
            action = super::SYNC_CHANGE,
            since = since.to_rfc3339(),
        ),
    })
}

pub struct GatewayStore {
    pg: PgStore,
    /// What the database holds and what the role may do (learnt by `ensure_usable`).
    probe: std::sync::OnceLock<Probe>,
}

impl GatewayStore {
    pub fn new(pg: PgStore) -> Self {
        Self { pg, probe: std::sync::OnceLock::new() }
    }

    fn pool(&self) -> &PgPool {
        self.pg.pool()
    }

    /// The probe `ensure_usable` took, or a fresh one (`db status` does not call it).
    async fn probe(&self) -> Result<&Probe> {
        if let Some(probe) = self.probe.get() {
            return Ok(probe);
        }
        let mut conn = self.pool().acquire().await?;
        let probe = Probe::read(&mut conn).await?;
        Ok(self.probe.get_or_init(|| probe))
    }

    /// The seat purchases table when the database has one (the role must be able to read it).
    async fn seat_purchases(&self) -> Result<Option<&'static str>> {
        let table = "organization_seats_purchases";
        Ok(self.probe().await?.readable(table)?.then_some(table))
    }

    /// `organizations.require_seats`, or NULL on a gateway from before it.
    async fn require_seats_column(&self) -> Result<&'static str> {
        let present = self.probe().await?.has_column("organizations", "require_seats");
        Ok(if present { "o.require_seats" } else { "NULL::boolean" })
    }

    /// For an org listing: the columns of [`TrialInputs`](super::TrialInputs) (see
    /// [`super::TRIAL_READ`]) and the join that feeds them; nothing where the database has no
    /// seat purchases. Each org's latest purchase comes from one sorted pass over the
    /// purchases, hash-joined to the scan: a lookup per org (a lateral join) costs an index
    /// probe for each of a million orgs.
    async fn trial_columns(&self) -> Result<(String, String)> {
        let Some(seats) = self.seat_purchases().await? else { return Ok((String::new(), String::new())) };
        let require_seats = self.require_seats_column().await?;
        Ok((
            format!(
                ", true AS {}, s.subscription_status::text AS trial_seat_status, {require_seats} AS trial_require_seats",
                super::TRIAL_READ
            ),
            format!(
                " LEFT JOIN (SELECT DISTINCT ON (p.organization_id) p.organization_id, p.subscription_status
                            FROM {seats} p ORDER BY p.organization_id, p.created_at DESC) s
                        ON s.organization_id = o.id"
            ),
        ))
    }

    /// The `openrouter` and `vercel` columns as text, or NULL where the schema predates them.
    async fn column_texts(&self) -> Result<&'static str> {
        let probe = self.probe().await?;
        Ok(
            match (
                probe.has_column("models_by_provider", "openrouter"),
                probe.has_column("models_by_provider", "vercel"),
            ) {
                (true, true) => "openrouter::text AS openrouter, vercel::text AS vercel",
                (true, false) => "openrouter::text AS openrouter, NULL::text AS vercel",
                (false, true) => "NULL::text AS openrouter, vercel::text AS vercel",
                (false, false) => "NULL::text AS openrouter, NULL::text AS vercel",
            },
        )
    }
}

/// One table of [`GATEWAY_TABLES`] as found: its columns and what the role may do with it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TableCheck {
    pub table: &'static str,
    pub required: bool,
    pub present: bool,
    /// What the reads are for.
    pub reads: &'static str,
    pub read: Access,
    /// Per kind of write that touches the table: whether the role may make it.
    pub writes: Vec<(WriteKind, Access)>,
    pub columns: Vec<SchemaCheck>,
}

impl TableCheck {
    fn of(spec: &'static TableSpec, probe: &Probe) -> Self {
        let present = probe.has_table(spec.table);
        let columns = spec
            .columns
            .iter()
            .map(|c| {
                let found = probe.column(spec.table, c.name).map(|f| f.udt.clone());
                let state = match (&found, present) {
                    (None, false) if spec.required => "missing",
                    (None, false) => "absent (optional)",
                    (None, true) if c.optional => "absent (optional)",
                    (None, true) => "missing",
                    (Some(ty), _) if c.types.contains(&ty.as_str()) => "ok",
                    (Some(_), _) => "wrong type",
                };
                SchemaCheck {
                    table: spec.table,
                    column: Some(c.name),
                    use_: spec.reads,
                    expected: c.types.first().copied().unwrap_or_default(),
                    state,
                    found,
                }
            })
            .collect();
        let mut writes: Vec<(WriteKind, Access)> = Vec::new();
        for w in spec.writes {
            if !writes.iter().any(|(k, _)| *k == w.commands) {
                writes.push((w.commands, probe.write_access(spec.table, w.commands)));
            }
        }
        Self {
            table: spec.table,
            required: spec.required,
            present,
            reads: spec.reads,
            read: probe.read_access(spec.table),
            writes,
            columns,
        }
    }
}

/// A catalog row as the gateway stores it: no `created_at`, the time is in the data.
#[derive(sqlx::FromRow)]
struct GatewaySnapshot {
    id: i64,
    generated_at: Option<String>,
    data: String,
    #[sqlx(flatten)]
    columns: GatewayColumns,
}

impl From<GatewaySnapshot> for SnapshotRow {
    fn from(row: GatewaySnapshot) -> Self {
        let created_at =
            row.generated_at.and_then(|t| DateTime::parse_from_rfc3339(t.trim()).ok()).map(|t| t.with_timezone(&Utc));
        SnapshotRow { id: row.id, created_at, data: row.data, columns: row.columns }
    }
}

fn catalog_is_the_syncs() -> StoreError {
    StoreError::ReadOnlyOnGateway {
        what: "writing the catalog".into(),
        help: "the gateway's sync job owns models_by_provider (one row, replaced every ten minutes); export it with `orgpolicy catalog export` and compare files with `orgpolicy diff --catalog A..B`".into(),
    }
}

#[async_trait::async_trait(?Send)]
impl StoreBackend for GatewayStore {
    fn schema(&self) -> Schema {
        Schema::Gateway
    }

    async fn run_migrations(&self) -> Result<()> {
        Err(StoreError::ReadOnlyOnGateway {
            what: "migrating".into(),
            help: "orgpolicy works on the gateway's database in place and never migrates it; `orgpolicy db status` checks the tables it needs".into(),
        })
    }

    fn closer(&self) -> super::Closer {
        super::Closer::Postgres(self.pool().clone())
    }

    async fn identity(&self) -> Result<String> {
        self.pg.identity().await
    }

    /// The orgs a backfill plan (by its hash) changed here: the gateway keeps no details, so
    /// the message's `[orgpolicy backfill apply, plan HASH]` suffix (first 12 digits) says so.
    async fn backfilled_orgs(&self, plan_sha256: &str) -> Result<HashSet<String>> {
        self.probe().await?.readable("organization_audit_logs")?;
        let ids: Vec<String> = sqlx::query_scalar(
            "SELECT DISTINCT organization_id::text FROM organization_audit_logs WHERE action = $1 AND message LIKE $2",
        )
        .bind(SETTINGS_CHANGE)
        .bind(crate::policy::trail::applied_message_pattern(plan_sha256))
        .fetch_all(self.pool())
        .await?;
        Ok(ids.into_iter().collect())
    }

    /// Every table the tool uses, its columns and the role's privileges, for `db status`.
    async fn gateway_checks(&self) -> Result<Vec<TableCheck>> {
        let probe = self.probe().await?;
        Ok(GATEWAY_TABLES.iter().map(|spec| TableCheck::of(spec, probe)).collect())
    }

    /// Refuses a database that lacks what every command needs, or whose role may not read it.
    async fn ensure_usable(&self) -> Result<()> {
        let probe = self.probe().await?;
        let broken: Vec<String> = GATEWAY_TABLES
            .iter()
            .filter(|spec| spec.required)
            .flat_map(|spec| TableCheck::of(spec, probe).columns)
            .filter(|c| c.state != "ok" && c.state != "absent (optional)")
            .map(|c| format!("{}.{} {}", c.table, c.column.unwrap_or_default(), c.state))
            .collect();
        if !broken.is_empty() {
            return Err(StoreError::NotGateway { url: self.pg.url().to_string(), missing: broken.join(", ") });
        }
        for table in ["organizations", "models_by_provider"] {
            probe.readable(table)?;
        }
        Ok(())
    }

    /// Refuses a write the role may not make, before anything is asked or written.
    async fn ensure_writable(&self, kind: WriteKind) -> Result<()> {
        self.probe().await?.ensure_writable(kind)
    }

    fn url(&self) -> &str {
        self.pg.url()
    }

    async fn org_by_id(&self, id: &str) -> Result<Option<OrgRow>> {
        let sql = format!("SELECT {ORG_COLUMNS} FROM organizations o WHERE o.id = $1::uuid");
        Ok(sqlx::query_as(&sql).bind(id).fetch_optional(self.pool()).await?)
    }

    async fn orgs_with_id_prefix(&self, prefix: &str) -> Result<Vec<OrgRow>> {
        let sql = format!(
            "SELECT {ORG_COLUMNS} FROM organizations o WHERE o.id::text LIKE lower($1) || '%'
             ORDER BY o.deleted_at DESC NULLS FIRST, o.id LIMIT 20"
        );
        Ok(sqlx::query_as(&sql).bind(prefix).fetch_all(self.pool()).await?)
    }

    async fn orgs_named(&self, name: &str, any_case: bool) -> Result<Vec<OrgRow>> {
        let matches = if any_case { "lower(o.name) = lower($1)" } else { "o.name = $1" };
        let sql = format!(
            "SELECT {ORG_COLUMNS} FROM organizations o WHERE {matches}
             ORDER BY o.deleted_at DESC NULLS FIRST, o.id LIMIT 20"
        );
        Ok(sqlx::query_as(&sql).bind(name).fetch_all(self.pool()).await?)
    }

    async fn names_containing(&self, needle: &str, limit: i64) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT DISTINCT name FROM organizations
             WHERE deleted_at IS NULL AND strpos(lower(name), lower($1)) > 0 ORDER BY name LIMIT $2",
        )
        .bind(needle)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    async fn for_each_org(&self, filter: &OrgFilter, f: RowFn<'_, OrgRow>) -> anyhow::Result<()> {
        let order = if filter.by_name { " ORDER BY o.name, o.id" } else { "" };
        let (trial, seats) = if filter.trial { self.trial_columns().await? } else { Default::default() };
        let sql = format!(
            "SELECT {ORG_COLUMNS}{trial} FROM organizations o{seats}
             WHERE ($1::text IS NULL OR o.plan = $1) AND ($2 OR o.deleted_at IS NULL){order}"
        );
        let mut tx = read_only(self.pool()).await?;
        drain(
            sqlx::query_as::<_, OrgRow>(&sql).bind(filter.plan.as_deref()).bind(filter.include_deleted).fetch(&mut *tx),
            f,
        )
        .await?;
        tx.commit().await.map_err(StoreError::from)?;
        Ok(())
    }

    async fn for_each_audited_org(&self, with_groups: bool, f: RowFn<'_, AuditScanRow>) -> anyhow::Result<()> {
        let probe = self.probe().await?;
        probe.readable("organization_audit_logs")?;
        let custom = custom_models_join(probe)?;
        let (uses_groups, used) = super::uses_groups_column(with_groups);
        let sql = format!(
            "SELECT {ORG_COLUMNS}, a.last AS last_settings_change, {custom_column} AS custom_models,
                    {uses_groups} AS uses_groups
             FROM organizations o
             LEFT JOIN (SELECT organization_id, max(created_at) AS last FROM organization_audit_logs
                        WHERE action = $1 AND {decision} GROUP BY organization_id) a ON a.organization_id = o.id
             {custom_join}
             {used}
             WHERE o.deleted_at IS NULL",
            custom_column = custom.column,
            custom_join = custom.join,
            decision = super::gateway_decision(),
        );
        // Group rows of soft-deleted orgs are read too; the audit takes only flagged orgs.
        super::postgres::audit_scan(self.pool(), self.url(), &sql, with_groups, f).await
    }

    async fn for_each_fleet_org(&self, read: super::FleetRead, f: RowFn<'_, super::FleetOrgRow>) -> anyhow::Result<()> {
        let probe = self.probe().await?;
        let sync_log = sync_log_join(probe, read.sync_log_since)?;
        let custom = custom_models_join(probe)?;
        let byok = byok_join(probe)?;
        let (trial, seats) = self.trial_columns().await?;
        let sql = |members: &str, joins: &str| {
            format!(
                "SELECT {ORG_COLUMNS}{trial}, {custom_column} AS custom_models, {byok_column} AS byok_keys,
                        {members}, {sync_log_column} AS sync_log
                 FROM organizations o{seats}
                 {custom_join}
                 {byok_join}
                 {sync_log_join}
                 {joins}
                 WHERE o.deleted_at IS NULL",
                custom_column = custom.column,
                byok_column = byok.column,
                sync_log_column = sync_log.column,
                custom_join = custom.join,
                byok_join = byok.join,
                sync_log_join = sync_log.join,
            )
        };
        super::postgres::fleet_scan(self.pool(), self.url(), read.members, sql, f).await
    }

    async fn check_group_tables(&self) -> Result<()> {
        super::postgres::check_group_tables(self.pool(), self.url()).await
    }

    async fn custom_models(&self, org_id: &str) -> Result<Vec<String>> {
        if !self.probe().await?.readable("custom_llm2")? {
            return Ok(Vec::new());
        }
        Ok(sqlx::query_scalar(
            "SELECT public_id FROM custom_llm2
             WHERE jsonb_typeof(definition->'organization_ids') = 'array' AND definition->'organization_ids' ? $1
             ORDER BY public_id",
        )
        .bind(org_id)
        .fetch_all(self.pool())
        .await?)
    }

    async fn byok_providers(&self, org_id: &str) -> Result<Vec<String>> {
        if !self.probe().await?.readable("byok_api_keys")? {
            return Ok(Vec::new());
        }
        Ok(sqlx::query_scalar(
            "SELECT DISTINCT provider_id FROM byok_api_keys WHERE organization_id = $1::uuid AND is_enabled ORDER BY 1",
        )
        .bind(org_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// `isNonTrialEnterpriseOrganization`'s reads: the latest seat purchase (by `created_at`)
    /// and `require_seats`; `None` when the database has no seat purchases table.
    async fn trial_inputs(&self, org_id: &str) -> Result<Option<super::TrialInputs>> {
        let Some(seats) = self.seat_purchases().await? else { return Ok(None) };
        let row: Option<(Option<String>, Option<bool>)> = sqlx::query_as(&format!(
            "SELECT (SELECT subscription_status FROM {seats} p
                     WHERE p.organization_id = o.id ORDER BY p.created_at DESC LIMIT 1),
                    {require_seats}
             FROM organizations o WHERE o.id = $1::uuid",
            require_seats = self.require_seats_column().await?,
        ))
        .bind(org_id)
        .fetch_optional(self.pool())
        .await?;
        Ok(Some(row.map_or_else(Default::default, |(latest_seat_status, require_seats)| super::TrialInputs {
            latest_seat_status,
            require_seats,
        })))
    }

    async fn direct_byok_model_lists(&self) -> Result<Vec<(String, Vec<String>)>> {
        if !self.probe().await?.readable("direct_byok_model_lists")? {
            return Ok(Vec::new());
        }
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT provider_id, models::text FROM direct_byok_model_lists ORDER BY provider_id")
                .fetch_all(self.pool())
                .await?;
        // `models` is the provider's model list: objects with an `id` (anything else is skipped,
        // as the gateway's schema check would refuse it).
        Ok(rows
            .into_iter()
            .map(|(provider, models)| {
                let ids = serde_json::from_str::<Vec<serde_json::Value>>(&models)
                    .unwrap_or_default()
                    .iter()
                    .filter_map(|m| m.get("id").and_then(serde_json::Value::as_str).map(str::to_string))
                    .collect();
                (provider, ids)
            })
            .collect())
    }

    async fn latest_snapshot(&self) -> Result<Option<SnapshotRow>> {
        let sql = format!(
            "SELECT {SNAPSHOT_COLUMNS}, {} FROM models_by_provider ORDER BY id DESC LIMIT 1",
            self.column_texts().await?
        );
        Ok(sqlx::query_as::<_, GatewaySnapshot>(&sql).fetch_optional(self.pool()).await?.map(Into::into))
    }

    async fn snapshot(&self, id: i64) -> Result<Option<SnapshotRow>> {
        let sql =
            format!("SELECT {SNAPSHOT_COLUMNS}, {} FROM models_by_provider WHERE id = $1", self.column_texts().await?);
        Ok(sqlx::query_as::<_, GatewaySnapshot>(&sql).bind(id).fetch_optional(self.pool()).await?.map(Into::into))
    }

    async fn snapshot_before(&self, id: i64) -> Result<Option<SnapshotRow>> {
        let sql = format!(
            "SELECT {SNAPSHOT_COLUMNS}, {} FROM models_by_provider WHERE id < $1 ORDER BY id DESC LIMIT 1",
            self.column_texts().await?
        );
        Ok(sqlx::query_as::<_, GatewaySnapshot>(&sql).bind(id).fetch_optional(self.pool()).await?.map(Into::into))
    }

    async fn for_each_snapshot(&self, f: RowFn<'_, SnapshotRow>) -> anyhow::Result<()> {
        let sql =
            format!("SELECT {SNAPSHOT_COLUMNS}, {} FROM models_by_provider ORDER BY id", self.column_texts().await?);
        let rows: Vec<GatewaySnapshot> = sqlx::query_as(&sql).fetch_all(self.pool()).await.map_err(StoreError::from)?;
        for row in rows {
            f(row.into())?;
        }
        Ok(())
    }

    async fn insert_snapshot(&self, _data: &str, _columns: &GatewayColumns, _created_at: DateTime<Utc>) -> Result<i64> {
        Err(catalog_is_the_syncs())
    }

    async fn update_settings(
        &self,
        org_id: &str,
        old: &str,
        new: &str,
        audit: &AuditLogEntry,
    ) -> Result<super::Written<String>> {
        let bump = self.probe().await?.has_table("organization_group_policy_settings");
        update_settings(self.pool(), Dialect::Gateway, bump, org_id, old, new, audit).await
    }

    async fn preview_swaps(&self, swaps: &[Swap]) -> Result<Vec<SwapOutcome>> {
        preview_swaps(self.pool(), Dialect::Gateway, swaps).await
    }

    async fn swap_batch(&self, batch: usize, swaps: &[Swap], audit: &BatchAuditLog) -> Result<Vec<SwapOutcome>> {
        swap_batch(self.pool(), Dialect::Gateway, batch, swaps, audit).await
    }

    async fn for_each_audit_row(&self, filter: &AuditFilter, f: RowFn<'_, AuditLogRow>) -> anyhow::Result<()> {
        self.probe().await?.readable("organization_audit_logs")?;
        super::postgres::for_each_audit_row(self.pool(), filter, "NULL::text", f).await
    }

    async fn member_context(&self, org: &OrgRow, member: Option<&str>) -> Result<super::MemberContext> {
        super::postgres::member_context(self.pool(), self.url(), org, member).await
    }

    async fn org_members(&self, org: &OrgRow) -> Result<super::OrgMembers> {
        super::postgres::org_members(self.pool(), self.url(), org).await
    }

    /// Soft-deleted orgs are refused before this is called (the gateway: NOT_FOUND), and the
    /// revision check makes a write to one deleted since fail like any other lost race.
    async fn set_group_policies(
        &self,
        org_id: &str,
        write: &GroupPolicyWrite<'_>,
    ) -> Result<super::Written<(String, i64)>> {
        set_group_policies(self.pool(), Dialect::Gateway, org_id, write).await
    }

    async fn insert_members(&self, _org_id: &str, _new: &super::NewMembers) -> Result<()> {
        Err(StoreError::ReadOnlyOnGateway {
            what: "creating members and groups".into(),
            help: "the gateway's admin page manages them; load sample data into a database of orgpolicy's own schema"
                .into(),
        })
    }

    async fn insert_orgs(&self, _orgs: &[NewOrg]) -> Result<()> {
        Err(StoreError::ReadOnlyOnGateway {
            what: "creating organizations".into(),
            help: "the gateway creates organizations; load sample data into a database of orgpolicy's own schema"
                .into(),
        })
    }
}
