-- On SQLite a table with a TEXT primary key is two b-trees: the rows by rowid and the key's
-- index. stock_levels rows are small and always found by their key, and every sold line
-- updates one at a random place, so each line wrote two random pages to the log. WITHOUT
-- ROWID keeps the rows in the key's b-tree: one page a line. Same columns, key and
-- constraints as 0007 (PostgreSQL has no rowid; nothing changes there).
CREATE TABLE stock_levels_keyed (
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
) WITHOUT ROWID;
INSERT INTO stock_levels_keyed (tenant_id, store_id, variant_id, on_hand_milli, reserved_milli,
                                low_stock_threshold_milli, updated_at)
    SELECT tenant_id, store_id, variant_id, on_hand_milli, reserved_milli, low_stock_threshold_milli, updated_at
    FROM stock_levels;
DROP TABLE stock_levels;
ALTER TABLE stock_levels_keyed RENAME TO stock_levels;
CREATE INDEX stock_levels_by_variant ON stock_levels (tenant_id, variant_id, store_id);
