-- Images behind the tenant policy (see 0002).
SELECT tillpoint_enable_tenant_rls('images');
