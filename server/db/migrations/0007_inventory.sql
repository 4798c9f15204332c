-- Stock: a ledger of movements per (tenant, store, variant) and the levels it sums to
-- (ARCHITECTURE.md, Sync rule 3). Quantities are thousandths (qty_milli), times unix ms.

-- One row per client mutation (a movement, a transfer, a count): the idempotency claim. The
-- first request inserts it (INSERT … ON CONFLICT DO NOTHING RETURNING) and stores its answer;
-- a repeat finds the row and gets that first answer back, and nothing is applied twice.
-- fingerprint is the request's content, so reusing an id for something else is refused.
CREATE TABLE stock_mutations (
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    mutation_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('movement', 'transfer', 'count')),
    fingerprint TEXT NOT NULL,
    result TEXT NOT NULL DEFAULT '{}',
    created_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, mutation_id)
);
CREATE INDEX stock_mutations_by_created ON stock_mutations (tenant_id, created_at);

-- The ledger. delta_milli is what the entry adds to the level; for a count (reason 'count')
-- it is the adjustment the count implies — counted_milli minus the level just before it on
-- the timeline — and is recomputed when a movement stamped before the count arrives late.
-- occurred_at is when it happened in the shop (counted_at for counts); the timeline orders
-- entries by (occurred_at, movements before counts, id). A mutation moves one store's stock
-- at most once (a transfer is two rows, one per store).
CREATE TABLE stock_movements (
    tenant_id TEXT NOT NULL,
    id TEXT NOT NULL,
    store_id TEXT NOT NULL,
    variant_id TEXT NOT NULL,
    mutation_id TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('receipt', 'adjustment', 'damage', 'transfer_in', 'transfer_out', 'sale',
                                           'refund', 'count')),
    delta_milli BIGINT NOT NULL,
    counted_milli BIGINT,
    occurred_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    transfer_id TEXT,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, mutation_id, store_id),
    FOREIGN KEY (tenant_id, mutation_id) REFERENCES stock_mutations (tenant_id, mutation_id),
    FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id),
    FOREIGN KEY (tenant_id, variant_id) REFERENCES product_variants (tenant_id, id)
);
-- The timeline of one item in one store: segment sums between counts, and history pages.
CREATE INDEX stock_movements_timeline ON stock_movements (tenant_id, store_id, variant_id, occurred_at, id);
-- The counts alone, to find the count before or after a time in one probe.
CREATE INDEX stock_movements_counts ON stock_movements (tenant_id, store_id, variant_id, occurred_at, id)
    WHERE reason = 'count';
CREATE INDEX stock_movements_by_store_time ON stock_movements (tenant_id, store_id, occurred_at, id);
CREATE INDEX stock_movements_by_variant_time ON stock_movements (tenant_id, variant_id, occurred_at, id);
CREATE INDEX stock_movements_by_created ON stock_movements (tenant_id, created_at);

-- What the ledger sums to, kept in the same transaction as each movement so reads are O(1).
-- on_hand_milli = the sum of the item's delta_milli in that store; reserved_milli is what the
-- storefront holds for unpaid checkouts. low_stock_threshold_milli NULL: no alert.
CREATE TABLE stock_levels (
    tenant_id TEXT NOT NULL,
    store_id TEXT NOT NULL,
    variant_id TEXT NOT NULL,
    on_hand_milli BIGINT NOT NULL DEFAULT 0,
    reserved_milli BIGINT NOT NULL DEFAULT 0,
    low_stock_threshold_milli BIGINT,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, store_id, variant_id),
    FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id),
    FOREIGN KEY (tenant_id, variant_id) REFERENCES product_variants (tenant_id, id)
);
CREATE INDEX stock_levels_by_variant ON stock_levels (tenant_id, variant_id, store_id);
