-- The coupon tables behind the tenant policy (see 0002).
SELECT tillpoint_enable_tenant_rls('coupons');
SELECT tillpoint_enable_tenant_rls('coupon_redemptions');
