-- The enrolment codes behind the tenant policy like every tenant table. The public enrol
-- endpoint finds a code's tenant in the platform scope, then claims it in the tenant's.
SELECT tillpoint_enable_tenant_rls('device_enrolment_codes');
