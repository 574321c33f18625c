-- The organization database as orgpolicy administers it (SPEC §1). Ids are uuid text,
-- JSON documents are text, timestamps are RFC 3339 UTC text.
CREATE TABLE organizations (
    id text PRIMARY KEY NOT NULL,
    name text NOT NULL,
    plan text NOT NULL DEFAULT 'teams' CHECK (plan IN ('teams', 'enterprise')),
    settings text NOT NULL DEFAULT '{}',
    created_at text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX organizations_name_idx ON organizations (name);

CREATE TABLE models_by_provider (
    id integer PRIMARY KEY AUTOINCREMENT,
    data text NOT NULL,
    created_at text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE organization_audit_logs (
    id text PRIMARY KEY NOT NULL,
    organization_id text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    action text NOT NULL,
    actor_id text NOT NULL,
    actor_email text NOT NULL,
    actor_name text,
    message text NOT NULL,
    details text,
    created_at text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX organization_audit_logs_org_idx
    ON organization_audit_logs (organization_id, action, created_at DESC);

CREATE TABLE organization_custom_models (
    organization_id text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    model_id text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('custom', 'byok')),
    PRIMARY KEY (organization_id, model_id)
);
