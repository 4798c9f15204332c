-- The stored value tables behind the tenant policy (see 0002).
SELECT tillpoint_enable_tenant_rls('stored_value_accounts');
SELECT tillpoint_enable_tenant_rls('stored_value_movements');
