-- The loyalty tables behind the tenant policy (see 0002).
SELECT tillpoint_enable_tenant_rls('loyalty_accounts');
SELECT tillpoint_enable_tenant_rls('loyalty_movements');
