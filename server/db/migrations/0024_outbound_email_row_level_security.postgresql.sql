-- The outbound mail behind the tenant policy (see 0002).
SELECT tillpoint_enable_tenant_rls('outbound_emails');
