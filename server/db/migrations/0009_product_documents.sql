-- The wire form of each product (Product::toJson as text), rendered on every write, so that
-- reads and lists send it as stored instead of assembling it from five tables per request.
-- NULL for rows written before this migration; readers render those on the fly.
ALTER TABLE products ADD COLUMN document TEXT;
