-- Coupons the owner or a manager defines (pushed as "coupon.upsert", versioned like every
-- edited record) and each redemption of one. The code is kept upper case and unique per
-- tenant: cashiers type it in any case. `data` is the coupon as the API and the change feed
-- show it; `redeemed` counts the orders that used it, for limits and the backoffice.
CREATE TABLE coupons (
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    id TEXT NOT NULL,
    code TEXT NOT NULL,
    status TEXT NOT NULL,
    data TEXT NOT NULL,
    version BIGINT NOT NULL,
    redeemed BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, code)
);
-- One row per order that used a coupon (an order uses at most one). Offline registers may
-- redeem past a limit; the row is kept anyway (the sale happened) and the order flagged.
CREATE TABLE coupon_redemptions (
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    order_id TEXT NOT NULL,
    coupon_id TEXT NOT NULL,
    customer_id TEXT,
    discount BIGINT NOT NULL,
    redeemed_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, order_id),
    FOREIGN KEY (tenant_id, coupon_id) REFERENCES coupons (tenant_id, id)
);
CREATE INDEX coupon_redemptions_by_customer ON coupon_redemptions (tenant_id, coupon_id, customer_id);
