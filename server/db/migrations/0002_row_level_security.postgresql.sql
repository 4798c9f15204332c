-- PostgreSQL's second wall between tenants: row-level security on every tenant table.
--
-- Serving connections SET ROLE tillpoint_app, which owns nothing and may only read and write
-- rows; the policies below admit a row when its tenant_id is the transaction's
-- tillpoint.tenant_id, or when the transaction runs in the platform scope. FORCE applies them
-- to the owning (migrating) role too. plans and tenants are control-plane tables without a
-- tenant_id and stay visible to every scope. audit_log rows with tenant_id NULL (platform
-- events) match no tenant, so only the platform scope sees or writes them.

-- The application role. Creating it needs CREATEROLE; where the DBA made it beforehand (and
-- granted it to the migrating role) this block changes nothing. Roles are shared by every
-- database of the cluster, so a concurrent creation elsewhere is not an error.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tillpoint_app') THEN
        BEGIN
            CREATE ROLE tillpoint_app NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
    IF NOT pg_has_role(current_user, 'tillpoint_app', 'MEMBER') THEN
        BEGIN
            EXECUTE format('GRANT tillpoint_app TO %I', current_user);
        EXCEPTION WHEN OTHERS THEN
            IF NOT pg_has_role(current_user, 'tillpoint_app', 'MEMBER') THEN
                RAISE;
            END IF;
        END;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO tillpoint_app', current_schema());
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO tillpoint_app',
                   current_schema());
    -- Tables later migrations create (as this same role) get the same grants.
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES '
                   'TO tillpoint_app', current_schema());
END
$$;

-- The server never changes the schema or its migration record.
REVOKE INSERT, UPDATE, DELETE ON schema_migrations FROM tillpoint_app;

-- Puts a tenant table behind the tenant policy. Later migrations call it for each table they
-- create with a tenant_id column, in a NNNN_*.postgresql.sql file:
--     SELECT tillpoint_enable_tenant_rls('products');
CREATE FUNCTION tillpoint_enable_tenant_rls(target regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
    EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %s', target);
    EXECUTE format('CREATE POLICY tenant_isolation ON %s '
                   'USING (tenant_id = current_setting(''tillpoint.tenant_id'', true) '
                   'OR current_setting(''tillpoint.platform'', true) = ''on'') '
                   'WITH CHECK (tenant_id = current_setting(''tillpoint.tenant_id'', true) '
                   'OR current_setting(''tillpoint.platform'', true) = ''on'')', target);
END
$$;
REVOKE EXECUTE ON FUNCTION tillpoint_enable_tenant_rls(regclass) FROM PUBLIC;

SELECT tillpoint_enable_tenant_rls('tenant_plan_history');
SELECT tillpoint_enable_tenant_rls('tenant_feature_overrides');
SELECT tillpoint_enable_tenant_rls('audit_log');
SELECT tillpoint_enable_tenant_rls('change_log');
SELECT tillpoint_enable_tenant_rls('tenant_counters');
SELECT tillpoint_enable_tenant_rls('users');
SELECT tillpoint_enable_tenant_rls('refresh_tokens');
SELECT tillpoint_enable_tenant_rls('stores');
SELECT tillpoint_enable_tenant_rls('devices');
