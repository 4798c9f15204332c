-- Loyalty points: a store says how many points a customer earns per whole unit of its
-- currency paid (0: the store gives none); orders with a customer earn them, refunds take them
-- back. The balance changes only with a ledger row, in the same transaction.
ALTER TABLE stores ADD COLUMN loyalty_points_per_unit BIGINT NOT NULL DEFAULT 0;
CREATE TABLE loyalty_accounts (
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    customer_id TEXT NOT NULL,
    points BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, customer_id)
);
CREATE TABLE loyalty_movements (
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    id TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    delta BIGINT NOT NULL,
    reason TEXT NOT NULL,
    order_id TEXT,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX loyalty_movements_by_customer ON loyalty_movements (tenant_id, customer_id, created_at);
