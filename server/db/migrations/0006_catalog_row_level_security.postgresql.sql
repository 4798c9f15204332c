-- The catalog tables behind the tenant policy (see 0002).
SELECT tillpoint_enable_tenant_rls('attribute_sets');
SELECT tillpoint_enable_tenant_rls('categories');
SELECT tillpoint_enable_tenant_rls('products');
SELECT tillpoint_enable_tenant_rls('product_variants');
SELECT tillpoint_enable_tenant_rls('catalog_skus');
SELECT tillpoint_enable_tenant_rls('variant_barcodes');
SELECT tillpoint_enable_tenant_rls('variant_store_prices');
SELECT tillpoint_enable_tenant_rls('product_categories');

-- The q= prefix search compares sku_search and barcode with COLLATE "C" on PostgreSQL, so a
-- range (>= q, < q || chr(127)) means "starts with q" whatever the database's locale (a
-- linguistic collation may ignore '-' and '.'), and these indexes serve it. SQLite compares
-- bytes already and uses the indexes of 0005.
CREATE INDEX product_variants_by_sku_search_c ON product_variants (tenant_id, sku_search COLLATE "C");
CREATE INDEX variant_barcodes_by_barcode_c ON variant_barcodes (tenant_id, barcode COLLATE "C");
