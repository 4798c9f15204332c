#include "RegisterUiFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <stdexcept>

#include "FeedSamples.h"
#include "RegisterTestData.h"
#include "client/replica/ChangeApplier.h"

namespace tp::pos::testing {

namespace {

void apply(client::ReplicaDatabase& db, const QJsonObject& json) {
    auto change = client::FeedChange::fromJson(json);
    if (!change)
        throw std::runtime_error(change.error().message);
    if (auto applied = db.transaction([&] { return client::ChangeApplier(db).apply(*change); }); !applied)
        throw std::runtime_error(applied.error().message);
}

} // namespace

RegisterUiFixture::RegisterUiFixture()
    : m_ids(domain::UuidV7Generator::systemClock(), domain::UuidV7Generator::systemRandomSource())
    , m_outbox(std::make_unique<client::Outbox>(m_replica.db(), m_ids)) {
    using client::testing::productData;
    using client::testing::upsert;
    auto& db = m_replica.db();
    apply(db, upsert(1, "store", "berlin",
                     QJsonObject{{"id", "berlin"},
                                 {"name", "Berlin Mitte"},
                                 {"currency", "EUR"},
                                 {"prices_include_tax", true},
                                 {"loyalty_points_per_unit", 1},
                                 {"tax_rates", QJsonObject{{"standard", 1900}, {"reduced", 700}}}}));
    QJsonObject shirt = productData("p1", "TS", "T-Shirt", 1999, {"4006381333931"});
    shirt.insert("tax_class", "standard");
    apply(db, upsert(2, "product", "p1", shirt));
    QJsonObject tea = productData("p2", "TEA", "Green tea", 449, {"9780306406157"});
    tea.insert("tax_class", "reduced");
    apply(db, upsert(3, "product", "p2", tea));
    // Two variants: a search that picks it offers them as a grid.
    QJsonObject hoodie = productData("p3", "HD", "Hoodie", 3900, {});
    hoodie.insert("tax_class", "standard");
    hoodie.insert("variants", QJsonArray{QJsonObject{{"id", "p3-m"},
                                                     {"sku", "HD-M"},
                                                     {"name", "Hoodie M"},
                                                     {"barcodes", QJsonArray{}},
                                                     {"options", QJsonObject{{"size", "M"}}},
                                                     {"price", client::testing::money(3900)}},
                                         QJsonObject{{"id", "p3-l"},
                                                     {"sku", "HD-L"},
                                                     {"name", "Hoodie L"},
                                                     {"barcodes", QJsonArray{}},
                                                     {"options", QJsonObject{{"size", "L"}}},
                                                     {"price", client::testing::money(4200)}}});
    apply(db, upsert(6, "product", "p3", hoodie));
    apply(db, upsert(4, "register_staff", "cal", registerStaff("cal", "cal@shop.example", "cashier", kPinHash4826)));
    apply(db, upsert(5, "register_staff", "mia", registerStaff("mia", "mia@shop.example", "manager", kPinHash1397)));
    // 10 % off from 20.00 up.
    apply(db, upsert(7, "coupon", "cp1",
                     QJsonObject{{"id", "cp1"},
                                 {"code", "TENOFF"},
                                 {"name", "Ten off"},
                                 {"type", "percent"},
                                 {"value", 1000},
                                 {"currency", "EUR"},
                                 {"minimum_order", 2000},
                                 {"status", "active"}}));
    auto till = Till::start({db, *m_outbox, m_ids, "berlin", "reg-1", "R1", ApprovalPolicy{}, [] {
                                 return QDateTime::currentDateTimeUtc();
                             }});
    if (!till)
        throw std::runtime_error(till.error().message);
    m_till = std::move(till).value();
    devices::ReceiptTemplate receiptTemplate;
    receiptTemplate.header = {QStringLiteral("Berlin Mitte")};
    m_receipts = std::make_unique<ReceiptDesk>(db, receiptTemplate, QLocale());
    m_till->setReceiptDesk(m_receipts.get());
}

} // namespace tp::pos::testing
