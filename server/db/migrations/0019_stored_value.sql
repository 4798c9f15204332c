-- Money the shop keeps for its customers: gift cards (a code the holder shows at any till or
-- online) and store credit (a customer's own account, filled by returns without a receipt).
-- A balance changes only together with a row of the ledger below, in one transaction; the
-- ledger is what an audit and a customer's statement read.
CREATE TABLE stored_value_accounts (
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    id TEXT NOT NULL,
    kind TEXT NOT NULL,
    code TEXT,
    customer_id TEXT,
    currency TEXT NOT NULL,
    balance BIGINT NOT NULL,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, code),
    UNIQUE (tenant_id, kind, customer_id, currency)
);
CREATE TABLE stored_value_movements (
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    id TEXT NOT NULL,
    account_id TEXT NOT NULL,
    delta BIGINT NOT NULL,
    reason TEXT NOT NULL,
    order_id TEXT,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, account_id) REFERENCES stored_value_accounts (tenant_id, id)
);
CREATE INDEX stored_value_movements_by_account ON stored_value_movements (tenant_id, account_id, created_at);
