#include "client/replica/ReplicaMigrations.h"

#include <QDateTime>

#include "client/ClientLogging.h"
#include "client/replica/CampaignPriceProjection.h"
#include "client/replica/ReplicaDatabase.h"

namespace tp::client {

namespace {

// 1: the replica of the change feed. `entities` keeps every feed entity as it came (the
// generic store, also for entities this version does not know); products, variants and
// stock_levels are the projections the apps read; catalog_search indexes products by name,
// sku and barcode, one row per product whose rowid is the product's rowid.
ReplicaMigration feedReplica() {
    return {1,
            {
                QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE entities (entity TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL, "
                               "seq INTEGER NOT NULL, PRIMARY KEY (entity, id)) WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE products (id TEXT PRIMARY KEY, sku TEXT NOT NULL, name TEXT NOT NULL, "
                               "barcodes TEXT NOT NULL, price_amount INTEGER, price_currency TEXT, "
                               "status TEXT NOT NULL, version INTEGER, data TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX products_sku ON products(sku)"),
                QStringLiteral("CREATE TABLE variants (id TEXT PRIMARY KEY, "
                               "product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE, "
                               "sku TEXT NOT NULL, name TEXT NOT NULL, barcodes TEXT NOT NULL, "
                               "price_amount INTEGER, price_currency TEXT, status TEXT NOT NULL, data TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX variants_product ON variants(product_id)"),
                QStringLiteral("CREATE INDEX variants_sku ON variants(sku)"),
                // A scan must find its variant without a full-text query.
                QStringLiteral("CREATE TABLE variant_barcodes (barcode TEXT NOT NULL, "
                               "variant_id TEXT NOT NULL REFERENCES variants(id) ON DELETE CASCADE, "
                               "PRIMARY KEY (barcode, variant_id)) WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX variant_barcodes_variant ON variant_barcodes(variant_id)"),
                QStringLiteral("CREATE TABLE variant_store_prices ("
                               "variant_id TEXT NOT NULL REFERENCES variants(id) ON DELETE CASCADE, "
                               "store_id TEXT NOT NULL, price_amount INTEGER NOT NULL, price_currency TEXT NOT NULL, "
                               "PRIMARY KEY (variant_id, store_id)) WITHOUT ROWID"),
                // Quantities are integer thousandths (qty_milli), as on the wire. No foreign key to
                // variants: the feed may bring a level before its product.
                QStringLiteral("CREATE TABLE stock_levels (id TEXT PRIMARY KEY, sku TEXT, variant_id TEXT, "
                               "product_id TEXT, store_id TEXT, on_hand INTEGER NOT NULL DEFAULT 0, "
                               "reserved INTEGER NOT NULL DEFAULT 0, available INTEGER NOT NULL DEFAULT 0, "
                               "low_stock_threshold INTEGER, low_stock INTEGER NOT NULL DEFAULT 0, "
                               "negative INTEGER NOT NULL DEFAULT 0, updated_at TEXT, data TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX stock_levels_store_variant ON stock_levels(store_id, variant_id)"),
                QStringLiteral("CREATE INDEX stock_levels_store_sku ON stock_levels(store_id, sku)"),
                // remove_diacritics so "creme" finds "Crème". Prefix indexes for 2 and 3 characters
                // make those searches about a third faster on a big catalog and cost about a third
                // more time when the index is written (first sync); one character is too broad to
                // be worth indexing.
                QStringLiteral("CREATE VIRTUAL TABLE catalog_search USING fts5(name, skus, barcodes, "
                               "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"),
            }};
}

// 2: the outbox of local facts, the rejected ones that need a person, and the persisted
// retry schedule. AUTOINCREMENT so a position is never reused, even after the newest row
// left: the upload order is the order of the positions.
ReplicaMigration outbox() {
    return {2,
            {
                QStringLiteral("CREATE TABLE outbox (position INTEGER PRIMARY KEY AUTOINCREMENT, "
                               "mutation_id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, data TEXT NOT NULL, "
                               "created_at TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE needs_attention (mutation_id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                               "type TEXT NOT NULL, data TEXT NOT NULL, created_at TEXT NOT NULL, "
                               "error_code TEXT NOT NULL, error_message TEXT NOT NULL, rejected_at TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE retry_state (name TEXT PRIMARY KEY, attempts INTEGER NOT NULL, "
                               "next_attempt_at_ms INTEGER NOT NULL) WITHOUT ROWID"),
            }};
}

// 3: a rejected mutation keeps the server's current copy of what it tried to change.
ReplicaMigration rejectedServerCopy() {
    return {3, {QStringLiteral("ALTER TABLE needs_attention ADD COLUMN server_copy TEXT")}};
}

// 4: a variant's JSON is part of its product's document (products.data); the copy per
// variant cost a serialization per variant on every sync and read nothing.
ReplicaMigration variantsWithoutJson() {
    return {4, {QStringLiteral("ALTER TABLE variants DROP COLUMN data")}};
}

// 5: products and stock levels keep their feed position themselves and leave `entities`,
// which now holds only what has no table of its own: the copy there was a fifth of a first
// sync's time.
ReplicaMigration projectionsKeepTheirSeq() {
    return {5,
            {
                QStringLiteral("ALTER TABLE products ADD COLUMN seq INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("UPDATE products SET seq = coalesce((SELECT e.seq FROM entities e "
                               "WHERE e.entity = 'product' AND e.id = products.id), 0)"),
                QStringLiteral("ALTER TABLE stock_levels ADD COLUMN seq INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("UPDATE stock_levels SET seq = coalesce((SELECT e.seq FROM entities e "
                               "WHERE e.entity = 'stock_level' AND e.id = stock_levels.id), 0)"),
                QStringLiteral("DELETE FROM entities WHERE entity IN ('product', 'stock_level')"),
            }};
}

// 6: the sales this register rang, as it sent them (receipts, reprints and the shift's
// reports read them here, offline), and the register's audit trail (voided lines, ...).
// sequence numbers the register's receipts; UNIQUE, so two writes can never share one.
ReplicaMigration registerSales() {
    return {6,
            {
                QStringLiteral("CREATE TABLE local_orders (id TEXT PRIMARY KEY, sequence INTEGER NOT NULL UNIQUE, "
                               "number TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, total INTEGER NOT NULL, "
                               "currency TEXT NOT NULL, data TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE register_audit (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, "
                               "event TEXT NOT NULL, order_id TEXT, detail TEXT NOT NULL)"),
            }};
}

// 7: sales the register parked (the customer stepped away), kept across restarts until
// recalled; `lines` and `total` let the list show them without reading each one.
ReplicaMigration parkedTickets() {
    return {7,
            {QStringLiteral("CREATE TABLE parked_tickets (id TEXT PRIMARY KEY, label TEXT NOT NULL, "
                            "parked_at TEXT NOT NULL, lines INTEGER NOT NULL, total INTEGER NOT NULL, "
                            "data TEXT NOT NULL)")}};
}

// 8: wrong PINs per staff member, so that the lockout after repeated failures outlasts a
// restart of the register (switching it off and on must not buy more guesses).
ReplicaMigration pinFailures() {
    return {8,
            {QStringLiteral("CREATE TABLE pin_failures (staff_id TEXT PRIMARY KEY, failures INTEGER NOT NULL, "
                            "locked_until TEXT) WITHOUT ROWID")}};
}

// 9: the register's shifts: opened with a float, cash put in or taken out with a reason,
// closed with a counted drawer and its Z report. At most one is open (the partial unique
// index). Each sale names the shift it was rung in.
ReplicaMigration registerShifts() {
    return {9,
            {
                QStringLiteral("CREATE TABLE register_shifts (id TEXT PRIMARY KEY, currency TEXT NOT NULL, "
                               "opened_at TEXT NOT NULL, opened_by TEXT NOT NULL, opening_float INTEGER NOT NULL, "
                               "closed_at TEXT, closed_by TEXT, counted_cash INTEGER, z_report TEXT)"),
                QStringLiteral("CREATE UNIQUE INDEX register_shifts_one_open ON register_shifts(closed_at IS NULL) "
                               "WHERE closed_at IS NULL"),
                QStringLiteral("CREATE TABLE cash_movements (id TEXT PRIMARY KEY, "
                               "shift_id TEXT NOT NULL REFERENCES register_shifts(id), at TEXT NOT NULL, "
                               "kind TEXT NOT NULL CHECK (kind IN ('in', 'out')), "
                               "amount INTEGER NOT NULL CHECK (amount > 0), reason TEXT NOT NULL, "
                               "staff_id TEXT NOT NULL, staff_name TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX cash_movements_shift ON cash_movements(shift_id)"),
                QStringLiteral("ALTER TABLE local_orders ADD COLUMN shift_id TEXT"),
                QStringLiteral("CREATE INDEX local_orders_shift ON local_orders(shift_id)"),
            }};
}

// 10: each sale's receipt as it was printed (its facts, not the layout), so that a reprint,
// offline and months later, shows exactly the same.
ReplicaMigration saleReceipts() {
    return {10, {QStringLiteral("ALTER TABLE local_orders ADD COLUMN receipt TEXT")}};
}

// 11: refunds against this register's sales (returns with the receipt): what went back, so
// that nothing is returned twice, even offline, and the shift's cash counts what was paid out.
ReplicaMigration localRefunds() {
    return {11,
            {QStringLiteral("CREATE TABLE local_refunds (id TEXT PRIMARY KEY, "
                            "order_id TEXT NOT NULL REFERENCES local_orders(id), shift_id TEXT, "
                            "created_at TEXT NOT NULL, amount INTEGER NOT NULL, data TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX local_refunds_order ON local_refunds(order_id)"),
             QStringLiteral("CREATE INDEX local_refunds_shift ON local_refunds(shift_id)")}};
}

// 12: coupons this register's sales used, written with the sale: with the uses the server
// reports (feed entity "coupon_redemption") they count a limited coupon's uses offline.
ReplicaMigration couponUses() {
    return {12,
            {QStringLiteral("CREATE TABLE coupon_uses (order_id TEXT PRIMARY KEY, coupon_id TEXT NOT NULL, "
                            "customer_id TEXT)"),
             QStringLiteral("CREATE INDEX coupon_uses_coupon ON coupon_uses(coupon_id, customer_id)")}};
}

// 13: returns of any till's sales. Refunds may now be of an order another register rang (it
// comes with the feed as entity "order"), so local_refunds no longer points into local_orders
// (SQLite drops a foreign key only by rebuilding the table); and a receipt's number finds its
// order among the feed's through an index on that field.
ReplicaMigration returnsOfAnyTill() {
    return {13,
            {QStringLiteral("CREATE TABLE local_refunds_any (id TEXT PRIMARY KEY, order_id TEXT NOT NULL, "
                            "shift_id TEXT, created_at TEXT NOT NULL, amount INTEGER NOT NULL, data TEXT NOT NULL)"),
             QStringLiteral("INSERT INTO local_refunds_any SELECT id, order_id, shift_id, created_at, amount, data "
                            "FROM local_refunds"),
             QStringLiteral("DROP TABLE local_refunds"),
             QStringLiteral("ALTER TABLE local_refunds_any RENAME TO local_refunds"),
             QStringLiteral("CREATE INDEX local_refunds_order ON local_refunds(order_id)"),
             QStringLiteral("CREATE INDEX local_refunds_shift ON local_refunds(shift_id)"),
             QStringLiteral("CREATE INDEX entities_order_number ON entities(json_extract(data, '$.number')) "
                            "WHERE entity = 'order'")}};
}

// 14: price campaigns' sale prices, projected from the feed's "campaign" entities (see
// CampaignPriceProjection), including those an older app kept without knowing them.
ReplicaMigration campaignPrices() {
    return {14,
            {QStringLiteral("CREATE TABLE campaign_prices (campaign_id TEXT NOT NULL, sku TEXT NOT NULL, "
                            "store_id TEXT, currency TEXT NOT NULL, amount INTEGER NOT NULL, "
                            "starts_at TEXT NOT NULL, ends_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX campaign_prices_sku ON campaign_prices(sku, currency)"),
             QStringLiteral("CREATE INDEX campaign_prices_campaign ON campaign_prices(campaign_id)"),
             CampaignPriceProjection::projectAllSql()}};
}

// 15: product images this office holds: ones added here (uploaded = 0 until the server has
// them) and ones fetched to show. Named by their bytes' SHA-256, as the server names them.
ReplicaMigration localImages() {
    return {15,
            {QStringLiteral("CREATE TABLE local_images (sha256 TEXT PRIMARY KEY, content_type TEXT NOT NULL, "
                            "bytes BLOB NOT NULL, uploaded INTEGER NOT NULL, added_at TEXT NOT NULL)")}};
}

} // namespace

const QList<ReplicaMigration>& replicaMigrations() {
    static const QList<ReplicaMigration> all{
        feedReplica(),   outbox(),        rejectedServerCopy(), variantsWithoutJson(), projectionsKeepTheirSeq(),
        registerSales(), parkedTickets(), pinFailures(),        registerShifts(),      saleReceipts(),
        localRefunds(),  couponUses(),    returnsOfAnyTill(),   campaignPrices(),      localImages()};
    return all;
}

domain::Result<void> applyReplicaMigrations(ReplicaDatabase& db) {
    // The one table that cannot be a migration: the record of which migrations ran.
    if (auto created = db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                              "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"));
        !created)
        return created.error();
    auto current = db.schemaVersion();
    if (!current)
        return current.error();
    const int latest = replicaMigrations().last().version;
    if (*current > latest)
        return domain::makeError("replica_too_new",
                                 QStringLiteral("the local database has schema version %1, this app knows up to %2")
                                     .arg(*current)
                                     .arg(latest)
                                     .toStdString());
    for (const ReplicaMigration& migration : replicaMigrations()) {
        if (migration.version <= *current)
            continue;
        auto applied = db.transaction([&]() -> domain::Result<void> {
            for (const QString& statement : migration.statements) {
                if (auto done = db.exec(statement); !done)
                    return done.error();
            }
            auto recorded = db.exec(QStringLiteral("INSERT INTO schema_version(version, applied_at) VALUES(?, ?)"),
                                    {migration.version, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
            if (!recorded)
                return recorded.error();
            return {};
        });
        if (!applied)
            return applied;
        qCDebug(lcReplica) << "replica migrated to version" << migration.version;
    }
    return {};
}

} // namespace tp::client
