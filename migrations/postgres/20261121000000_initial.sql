-- The organization database as orgpolicy administers it (SPEC §1).
CREATE TABLE organizations (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL,
    plan text NOT NULL DEFAULT 'teams' CHECK (plan IN ('teams', 'enterprise')),
    settings jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX organizations_name_idx ON organizations (name);

-- Catalog snapshots, one row per sync; the latest is the highest id.
CREATE TABLE models_by_provider (
    id bigserial PRIMARY KEY,
    data jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE organization_audit_logs (
    id uuid PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    action text NOT NULL,
    actor_id text NOT NULL,
    actor_email text NOT NULL,
    actor_name text,
    message text NOT NULL,
    details jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX organization_audit_logs_org_idx
    ON organization_audit_logs (organization_id, action, created_at DESC);

-- Models registered for one org (custom LLMs, direct BYOK); exempt from catalog policy.
CREATE TABLE organization_custom_models (
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    model_id text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('custom', 'byok')),
    PRIMARY KEY (organization_id, model_id)
);
