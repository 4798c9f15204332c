-- The catalog: products with variants, their barcodes and per-store prices, a category tree,
-- and attribute sets (product templates with typed attributes).
--
-- Conventions as in 0001: TEXT ids (UUIDv7), BIGINT unix-millisecond times, INTEGER money in
-- minor units, TEXT holding JSON, INTEGER 0/1 flags; every table keyed (tenant_id, …) so the
-- primary key is also the index the row-level-security policy (0006) filters on, and every
-- unique key is scoped to the tenant. Rows that an order may reference (products, variants)
-- are never deleted: they are archived through their status.

-- Product templates: the typed attributes a kind of product carries. attributes is a JSON
-- array of {"code","name","type":"text"|"integer"|"boolean"|"enum","values"?:[…],"required"}.
CREATE TABLE attribute_sets (
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    attributes TEXT NOT NULL DEFAULT '[]',
    version BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, name)
);

-- A tree: parent_id NULL for a root. The server refuses edits that would make a cycle.
CREATE TABLE categories (
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    id TEXT NOT NULL,
    parent_id TEXT,
    name TEXT NOT NULL,
    slug TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    version BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, slug),
    FOREIGN KEY (tenant_id, parent_id) REFERENCES categories (tenant_id, id)
);
CREATE INDEX categories_by_parent ON categories (tenant_id, parent_id);

-- A sellable item. price is the base price of its variants (a variant may carry its own);
-- name_search is the name in lower case for the q= substring search; options is a JSON array
-- of {"name","values":[…]} that the variants' options pick from; attributes a JSON object
-- checked against the attribute set.
CREATE TABLE products (
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    id TEXT NOT NULL,
    sku TEXT NOT NULL,
    name TEXT NOT NULL,
    name_search TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('draft', 'active', 'archived')),
    price_amount BIGINT NOT NULL CHECK (price_amount >= 0),
    price_currency TEXT NOT NULL,
    tax_class TEXT NOT NULL,
    sold_by TEXT NOT NULL DEFAULT 'piece' CHECK (sold_by IN ('piece', 'weight')),
    attribute_set_id TEXT,
    attributes TEXT NOT NULL DEFAULT '{}',
    options TEXT NOT NULL DEFAULT '[]',
    version BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, sku),
    FOREIGN KEY (tenant_id, attribute_set_id) REFERENCES attribute_sets (tenant_id, id)
);
CREATE INDEX products_by_status ON products (tenant_id, status, id);
CREATE INDEX products_by_created ON products (tenant_id, created_at);

-- What is actually sold and stocked. price_amount NULL: the product's price. sku_search is
-- the sku in lower case, for the index-friendly prefix search.
CREATE TABLE product_variants (
    tenant_id TEXT NOT NULL,
    id TEXT NOT NULL,
    product_id TEXT NOT NULL,
    sku TEXT NOT NULL,
    sku_search TEXT NOT NULL,
    options TEXT NOT NULL DEFAULT '{}',
    price_amount BIGINT CHECK (price_amount >= 0),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
    position INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, sku),
    FOREIGN KEY (tenant_id, product_id) REFERENCES products (tenant_id, id)
);
CREATE INDEX product_variants_by_product ON product_variants (tenant_id, product_id, position);
CREATE INDEX product_variants_by_sku_search ON product_variants (tenant_id, sku_search);

-- Every sku of a tenant, product skus and variant skus alike, with the product owning it: a
-- product and its default variant share one sku, but no sku names two products. Claimed with
-- INSERT … ON CONFLICT DO NOTHING, so two concurrent creations cannot both take one.
CREATE TABLE catalog_skus (
    tenant_id TEXT NOT NULL,
    sku TEXT NOT NULL,
    product_id TEXT NOT NULL,
    PRIMARY KEY (tenant_id, sku),
    FOREIGN KEY (tenant_id, product_id) REFERENCES products (tenant_id, id)
);
CREATE INDEX catalog_skus_by_product ON catalog_skus (tenant_id, product_id);

-- Barcodes, unique per tenant. barcode_key is the GTIN-14 form for GTINs (so UPC-A
-- 036000291452 and EAN-13 0036000291452 are one item), the text as given otherwise; barcode
-- (as given, what a scanner reads) serves the prefix search.
CREATE TABLE variant_barcodes (
    tenant_id TEXT NOT NULL,
    barcode_key TEXT NOT NULL,
    barcode TEXT NOT NULL,
    variant_id TEXT NOT NULL,
    product_id TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, barcode_key),
    FOREIGN KEY (tenant_id, variant_id) REFERENCES product_variants (tenant_id, id)
);
CREATE INDEX variant_barcodes_by_barcode ON variant_barcodes (tenant_id, barcode);
CREATE INDEX variant_barcodes_by_product ON variant_barcodes (tenant_id, product_id);

-- A variant's price in one store, in that store's currency.
CREATE TABLE variant_store_prices (
    tenant_id TEXT NOT NULL,
    variant_id TEXT NOT NULL,
    store_id TEXT NOT NULL,
    product_id TEXT NOT NULL,
    amount BIGINT NOT NULL CHECK (amount >= 0),
    currency TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, variant_id, store_id),
    FOREIGN KEY (tenant_id, variant_id) REFERENCES product_variants (tenant_id, id),
    FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id)
);
CREATE INDEX variant_store_prices_by_product ON variant_store_prices (tenant_id, product_id);

-- Many-to-many: a product in several categories.
CREATE TABLE product_categories (
    tenant_id TEXT NOT NULL,
    product_id TEXT NOT NULL,
    category_id TEXT NOT NULL,
    PRIMARY KEY (tenant_id, product_id, category_id),
    FOREIGN KEY (tenant_id, product_id) REFERENCES products (tenant_id, id),
    FOREIGN KEY (tenant_id, category_id) REFERENCES categories (tenant_id, id)
);
CREATE INDEX product_categories_by_category ON product_categories (tenant_id, category_id, product_id);
