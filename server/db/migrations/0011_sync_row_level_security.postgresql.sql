-- The sync and order tables behind the tenant policy (see 0002).
SELECT tillpoint_enable_tenant_rls('sync_mutations');
SELECT tillpoint_enable_tenant_rls('shifts');
SELECT tillpoint_enable_tenant_rls('orders');
SELECT tillpoint_enable_tenant_rls('order_events');
SELECT tillpoint_enable_tenant_rls('customers');
