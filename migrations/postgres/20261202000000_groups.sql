-- Member-level model access, as the gateway keeps it (GATEWAY-GROUPS.md F1): org members,
-- groups with their `model_access` policies, group memberships, and the org's default policy.
-- `email` is orgpolicy's own addition, so that `--member` takes an email address.
CREATE TABLE organization_memberships (
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    kilo_user_id text NOT NULL,
    email text,
    role text NOT NULL DEFAULT 'member',
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, kilo_user_id)
);
CREATE INDEX organization_memberships_email_idx ON organization_memberships (organization_id, lower(email));

CREATE TABLE organization_groups (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name text NOT NULL CHECK (char_length(btrim(name)) BETWEEN 1 AND 80),
    description text CHECK (description IS NULL OR char_length(description) <= 500),
    policies jsonb NOT NULL DEFAULT '[]',
    created_by_kilo_user_id text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organization_id, id)
);
CREATE UNIQUE INDEX organization_groups_name_idx ON organization_groups (organization_id, lower(btrim(name)));

CREATE TABLE organization_group_memberships (
    organization_id uuid NOT NULL,
    group_id uuid NOT NULL,
    kilo_user_id text NOT NULL,
    assigned_by_kilo_user_id text,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, group_id, kilo_user_id),
    FOREIGN KEY (organization_id, group_id) REFERENCES organization_groups (organization_id, id) ON DELETE CASCADE,
    FOREIGN KEY (organization_id, kilo_user_id)
        REFERENCES organization_memberships (organization_id, kilo_user_id) ON DELETE CASCADE
);

CREATE TABLE organization_group_policy_settings (
    organization_id uuid PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
    default_policies jsonb NOT NULL DEFAULT '[{"type":"model_access","data":{"mode":"all"}}]',
    policy_revision integer NOT NULL DEFAULT 1 CHECK (policy_revision >= 1),
    updated_by_kilo_user_id text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
