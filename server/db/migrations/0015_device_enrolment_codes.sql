-- One-time codes for enrolling a register: a manager makes one in the backoffice for a store
-- and a till name, somebody types it at the new register's first start, and the register
-- exchanges it once for its device token (POST /api/v1/devices/enrol). Only the code's
-- SHA-256 is kept (the code is shown once); it is valid for 24 hours and used at most once.
CREATE TABLE device_enrolment_codes (
    code_hash TEXT NOT NULL PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    store_id TEXT NOT NULL,
    name TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    device_id TEXT,
    FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id)
);
CREATE INDEX device_enrolment_codes_by_tenant ON device_enrolment_codes (tenant_id, created_at);
