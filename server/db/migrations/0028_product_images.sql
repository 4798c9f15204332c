-- Product images. The bytes live in files under <data-dir>/images/<tenant>/<sha256>, named by
-- their SHA-256 so an upload is idempotent and a name never points at other bytes; this table
-- says which tenant has which image (a tenant reads only its own). A product lists its images
-- in order (the first is its main image) as JSON [{"sha256","alt"}].
CREATE TABLE images (
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    sha256 TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, sha256)
);
ALTER TABLE products ADD COLUMN images TEXT NOT NULL DEFAULT '[]';
