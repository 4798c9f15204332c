-- Usage counters per tenant (Center Control C3): what plan limits are checked against and
-- what billing reads. Changed in the same transaction as the rows they count, by an upsert
-- that returns the new value, so a limit check never needs COUNT(*) and never races.
CREATE TABLE tenant_usage (
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    metric TEXT NOT NULL,
    value BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, metric)
);

-- When a refresh token was used: rotation sets it together with replaced_by, and a second use
-- of the same token (replaced_at already set) is how theft is detected.
ALTER TABLE refresh_tokens ADD COLUMN replaced_at BIGINT;
