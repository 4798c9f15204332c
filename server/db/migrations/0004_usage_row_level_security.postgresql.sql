SELECT tillpoint_enable_tenant_rls('tenant_usage');
