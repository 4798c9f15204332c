-- Sync push and the facts registers send (ARCHITECTURE.md, Sync rules 2 and 5).

-- The store a change belongs to, when it belongs to one (stock levels, orders): the change
-- feed gives a register only its own store's rows of those.
ALTER TABLE change_log ADD COLUMN store_id TEXT;

-- One row per pushed mutation: the idempotency claim. It is inserted in the same transaction
-- as the mutation's effect, under the primary key, so a retry can never apply it twice; a
-- repeat reads the first outcome back. Rejected mutations are recorded too (status
-- 'rejected', in a transaction of their own after the effect rolled back), so a retry is
-- answered with the same reason. fingerprint is a hash of type and data: an id reused for
-- different content is refused.
CREATE TABLE sync_mutations (
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    mutation_id TEXT NOT NULL,
    type TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('applied', 'rejected')),
    result TEXT NOT NULL DEFAULT '{}',
    error_code TEXT,
    error_message TEXT,
    source TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, mutation_id)
);
CREATE INDEX sync_mutations_by_created ON sync_mutations (tenant_id, created_at);

-- A register's shift: opened with a float, closed with a Z report. Orders name their shift;
-- one that arrives after the close is still attached to it (late_orders counts them).
CREATE TABLE shifts (
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    id TEXT NOT NULL,
    store_id TEXT NOT NULL,
    register_id TEXT,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    opened_at BIGINT,
    closed_at BIGINT,
    z_report TEXT,
    late_orders INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

-- Orders are immutable facts (rule 5): the row keeps what the register sent (data) and the
-- derived columns lists filter on; status changes, refunds and notes are order_events.
CREATE TABLE orders (
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    id TEXT NOT NULL,
    number TEXT NOT NULL,
    store_id TEXT NOT NULL,
    register_id TEXT,
    shift_id TEXT,
    channel TEXT NOT NULL CHECK (channel IN ('pos', 'online', 'external')),
    status TEXT NOT NULL,
    currency TEXT NOT NULL,
    customer_id TEXT,
    total_amount BIGINT NOT NULL,
    refunded_amount BIGINT NOT NULL DEFAULT 0,
    flags TEXT NOT NULL DEFAULT '[]',
    data TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    received_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, store_id, number)
);
CREATE INDEX orders_by_created ON orders (tenant_id, created_at, id);
CREATE INDEX orders_by_status ON orders (tenant_id, status, id);
CREATE INDEX orders_by_shift ON orders (tenant_id, shift_id);

-- What happened to an order after it was made: status changes, refunds, notes.
CREATE TABLE order_events (
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    id TEXT NOT NULL,
    order_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('created', 'status', 'refund', 'note')),
    status TEXT,
    data TEXT NOT NULL,
    actor TEXT NOT NULL,
    occurred_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX order_events_by_order ON order_events (tenant_id, order_id, occurred_at, id);

-- Customers as registers and the backoffice create and edit them, with optimistic versions.
CREATE TABLE customers (
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    email TEXT,
    phone TEXT,
    data TEXT NOT NULL,
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX customers_by_email ON customers (tenant_id, email);
CREATE INDEX customers_by_phone ON customers (tenant_id, phone);
