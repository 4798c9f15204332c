#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "FeedSamples.h"
#include "RegisterTestData.h"
#include "TempReplica.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ChangeApplier.h"
#include "domain/ids/UuidV7Generator.h"
#include "register/CustomerBook.h"

using namespace tp;
using namespace tp::pos;
using namespace tp::client;
using namespace tp::client::testing;

// Customers found at the till by name, e-mail or phone, and made there, offline: at once on
// this register, and queued for the server.
class TestCustomerBook : public QObject {
    Q_OBJECT

    std::unique_ptr<TempReplica> m_replica;
    std::unique_ptr<domain::UuidV7Generator> m_ids;
    std::unique_ptr<Outbox> m_outbox;

    void putCustomer(qint64 seq, const QString& id, const QJsonObject& data) {
        auto change = FeedChange::fromJson(upsert(seq, "customer", id, data));
        QVERIFY(change.ok());
        QVERIFY(m_replica->db().transaction([&] { return ChangeApplier(m_replica->db()).apply(*change); }).ok());
    }

    QStringList names(const QString& typed) {
        auto found = CustomerBook(*m_outbox, *m_ids).search(typed);
        QStringList list;
        for (const CustomerCard& card : *found)
            list << card.name;
        return list;
    }

private slots:
    void init() {
        m_replica = std::make_unique<TempReplica>();
        m_ids = tp::pos::testing::newIds();
        m_outbox = std::make_unique<Outbox>(m_replica->db(), *m_ids);
        putCustomer(1, "c1",
                    {{"id", "c1"}, {"name", "Anna Berg"}, {"email", "anna@example.com"}, {"phone", "+49 30 1234"}});
        putCustomer(2, "c2", {{"id", "c2"}, {"name", "Bernd Anders"}, {"email", "bernd@example.com"}});
        putCustomer(3, "c3", {{"id", "c3"}, {"name", "Clara Wolf"}, {"phone", "0171 555 0000"}});
    }

    void cleanup() {
        m_outbox.reset();
        m_ids.reset();
        m_replica.reset();
    }

    void foundByNameEmailOrPhone() {
        QCOMPARE(names("anna"), (QStringList{"Anna Berg"}));
        QCOMPARE(names("AND"), (QStringList{"Bernd Anders"}));
        QCOMPARE(names("example.com"), (QStringList{"Anna Berg", "Bernd Anders"}));
        QCOMPARE(names("0171555"), (QStringList{"Clara Wolf"})); // spaces in the number aside
        QCOMPARE(names("a"), QStringList{});                     // one letter finds nobody
    }

    void loyaltyPointsAreTheServersLastWord() {
        CustomerBook book(*m_outbox, *m_ids);
        QCOMPARE(*book.points("c1"), 0); // none reported yet
        putCustomer(4, "c1", {{"id", "c1"}, {"name", "Anna Berg"}});
        auto change = FeedChange::fromJson(upsert(5, "loyalty", "c1", {{"customer_id", "c1"}, {"points", 120}}));
        QVERIFY(m_replica->db().transaction([&] { return ChangeApplier(m_replica->db()).apply(*change); }).ok());
        QCOMPARE(*book.points("c1"), 120);
        QCOMPARE(*book.points("c2"), 0);
    }

    void madeAtTheTillAndQueuedForTheServer() {
        CustomerBook book(*m_outbox, *m_ids);
        QCOMPARE(QString::fromStdString(book.create(" , x@y.z").error().code), QStringLiteral("name_required"));
        QCOMPARE(QString::fromStdString(book.create("Dora, dora@").error().code), QStringLiteral("invalid_email"));
        auto made = book.create("Dora Kurz, dora@example.com, 0170 1112223");
        QVERIFY(made.ok());
        QCOMPARE(made->name, QStringLiteral("Dora Kurz"));
        QCOMPARE(made->email, QStringLiteral("dora@example.com"));
        QCOMPARE(made->phone, QStringLiteral("0170 1112223"));
        QCOMPARE(names("dora"), (QStringList{"Dora Kurz"})); // on this register at once
        auto queued = m_outbox->oldest(5);
        QCOMPARE(queued->size(), 1);
        QCOMPARE(queued->first().type, QStringLiteral("customer.upsert"));
        QCOMPARE(queued->first().data.value("id").toString(), made->id);
        QCOMPARE(queued->first().data.value("version").toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCustomerBook)
#include "tst_customerbook.moc"
