-- The control plane's foundation: plans, tenants and what hangs off a tenant before any
-- catalog exists (staff, their tokens, registers, stores, the audit trail, the change feed).
--
-- Written once for SQLite and PostgreSQL: ids are TEXT (UUIDv7 strings; plans use readable
-- slugs), times are BIGINT unix milliseconds, money and quantities INTEGER/BIGINT minor units,
-- flags INTEGER 0/1, documents TEXT holding JSON. Every tenant table leads with tenant_id, so
-- its primary key is also the index the row-level-security policy (migration 0002) filters on.
-- Primary key columns say NOT NULL because SQLite would otherwise let NULL into them.

-- What a tenant pays for. NULL limits mean unlimited; features is a JSON array of names that
-- the server checks (tenant_feature_overrides can switch single ones on or off).
CREATE TABLE plans (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    max_products INTEGER,
    max_stores INTEGER,
    max_registers INTEGER,
    max_staff INTEGER,
    features TEXT NOT NULL DEFAULT '[]'
);

INSERT INTO plans (id, name, max_products, max_stores, max_registers, max_staff, features) VALUES
    ('basic', 'Basic', 1000, 1, 2, 5, '["storefront"]'),
    ('standard', 'Standard', 20000, 5, 20, 50, '["storefront","multi_store","loyalty"]'),
    ('enterprise', 'Enterprise', NULL, NULL, NULL, NULL,
     '["storefront","multi_store","loyalty","api_access","marketplaces"]');

-- A merchant. slug is the storefront subdomain; deleting is a status (rows stay for audit).
CREATE TABLE tenants (
    id TEXT NOT NULL PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'deleted')),
    plan_id TEXT NOT NULL REFERENCES plans (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    deleted_at BIGINT
);

CREATE TABLE tenant_plan_history (
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    plan_id TEXT NOT NULL REFERENCES plans (id),
    assigned_at BIGINT NOT NULL,
    assigned_by TEXT NOT NULL
);
CREATE INDEX tenant_plan_history_by_tenant ON tenant_plan_history (tenant_id, assigned_at);

CREATE TABLE tenant_feature_overrides (
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    feature TEXT NOT NULL,
    enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    PRIMARY KEY (tenant_id, feature)
);

-- Sensitive actions. tenant_id NULL marks a platform-wide event (creating a tenant, changing
-- a plan); only the platform scope may write or read those on PostgreSQL.
CREATE TABLE audit_log (
    id TEXT NOT NULL PRIMARY KEY,
    tenant_id TEXT REFERENCES tenants (id),
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT
);
CREATE INDEX audit_log_by_tenant_time ON audit_log (tenant_id, at);

-- The per-tenant change feed clients pull (ARCHITECTURE.md, "Sync"). seq comes from
-- tenant_counters.change_seq, incremented in the same transaction as the change, so it is
-- strictly increasing per tenant without gaps from rolled-back work.
CREATE TABLE change_log (
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    seq BIGINT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL,
    data TEXT,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, seq)
);

CREATE TABLE tenant_counters (
    tenant_id TEXT NOT NULL PRIMARY KEY REFERENCES tenants (id),
    change_seq BIGINT NOT NULL DEFAULT 0
);

-- Staff who log in to the backoffice or a register.
CREATE TABLE users (
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    id TEXT NOT NULL,
    email TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('owner', 'manager', 'cashier')),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, email)
);

-- Rotating refresh tokens: a used token points at its replacement; reuse of a replaced token
-- revokes its whole family. Only hashes are stored.
CREATE TABLE refresh_tokens (
    tenant_id TEXT NOT NULL,
    id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    family_id TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked_at BIGINT,
    replaced_by TEXT,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id)
);
CREATE INDEX refresh_tokens_by_family ON refresh_tokens (tenant_id, family_id);

CREATE TABLE stores (
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    id TEXT NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '{}',
    currency TEXT NOT NULL,
    locale TEXT NOT NULL,
    timezone TEXT NOT NULL,
    prices_include_tax INTEGER NOT NULL DEFAULT 1 CHECK (prices_include_tax IN (0, 1)),
    tax_rates TEXT NOT NULL DEFAULT '{}',
    receipt_header TEXT NOT NULL DEFAULT '',
    receipt_footer TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, code)
);

-- Enrolled registers. The device token (hashed) authenticates a register for sync.
CREATE TABLE devices (
    tenant_id TEXT NOT NULL,
    id TEXT NOT NULL,
    store_id TEXT NOT NULL,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT,
    revoked_at BIGINT,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id)
);
