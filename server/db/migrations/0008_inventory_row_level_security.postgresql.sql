-- The stock tables behind the tenant policy (see 0002).
SELECT tillpoint_enable_tenant_rls('stock_mutations');
SELECT tillpoint_enable_tenant_rls('stock_movements');
SELECT tillpoint_enable_tenant_rls('stock_levels');
