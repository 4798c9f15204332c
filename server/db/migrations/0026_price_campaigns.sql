-- Price campaigns: sale prices for a date range ("summer sale: these items at these prices from
-- 1 July to 31 August"), pushed by the office as "campaign.upsert" and versioned like every
-- edited record. `data` is the campaign as the change feed shows it (with its prices); the
-- registers project the prices and use them while the campaign runs, offline too.
CREATE TABLE price_campaigns (
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    status TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    data TEXT NOT NULL,
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
