#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "ApiTestServer.h"
#include "OfficeReplica.h"
#include "SyncTestSupport.h"
#include "models/customers/CustomerActions.h"
#include "models/customers/CustomerListModel.h"
#include "models/customers/CustomerProfile.h"

using tp::backoffice::CustomerListModel;
using tp::backoffice::CustomerProfile;
using tp::test::ApiResponse;
using tp::test::ApiTestServer;

// Customer service in the office against the real server: a customer found by e-mail, phone or
// an order number with their consolidated history and points, their details edited, their data
// exported on request, and erased for good — their orders staying.
class TestBackofficeCustomers : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;
    QTemporaryDir m_dir;
    std::string m_adaId;

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("service");
        const std::string store = "/api/v1/stores/" + m_shop.mainStoreId;
        const long long version =
            m_server.get(store, m_shop.ownerToken).json->getObject("store")->getValue<long long>("version");
        const ApiResponse rate = m_server.request(
            "PATCH", store, "{\"version\":" + std::to_string(version) + ",\"loyalty_points_per_unit\":1}",
            m_shop.ownerToken);
        QVERIFY2(rate.status == 200, rate.body.c_str());
        const std::string device = tp::test::enrolDevice(m_server, m_shop, m_shop.mainStoreId);
        m_adaId = tp::test::newClientId();
        QCOMPARE(tp::test::statusOf(tp::test::pushOne(m_server, device, "customer.upsert",
                                                      R"({"id":")" + m_adaId +
                                                          R"(","name":"Ada Lovelace","email":"ada@example.com",)"
                                                          R"("phone":"+49 30 1234567"})")),
                 std::string("applied"));
        const struct {
            const char* number;
            bool ada;
        } sales[] = {{"S1-000001", true}, {"S1-000002", false}, {"S1-000003", true}};
        for (const auto& sale : sales)
            QCOMPARE(tp::test::statusOf(tp::test::pushOne(
                         m_server, device, "order.create",
                         tp::test::oneLineOrder(tp::test::newClientId(), sale.number, m_shop.mainStoreId, "ANY-1", 1000,
                                                2000, {}, sale.ada ? m_adaId : std::string()))),
                     std::string("applied"));
    }

    void customerServiceFindsEditsExportsAndErases() {
        tp::test::OfficeReplica office(m_dir.filePath(QStringLiteral("office.db")),
                                       QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port())),
                                       QString::fromStdString(m_shop.ownerToken));
        QVERIFY(office.isOpen());
        auto& db = office.db;
        auto& ids = office.ids;
        auto& outbox = office.outbox;
        const auto pull = [&office] {
            return office.pull();
        };
        const auto upload = [&office] {
            return office.upload();
        };
        QVERIFY(pull());
        const QString ada = QString::fromStdString(m_adaId);

        CustomerListModel customers(db);
        for (const char* search : {"ada@exa", "1234567", "S1-000003", "lovelace"}) {
            customers.setSearch(QString::fromLatin1(search));
            QVERIFY(customers.reload().ok());
            QCOMPARE(customers.rowCount(), 1);
            QCOMPARE(customers.customerId(0), ada);
        }
        customers.setSearch(QStringLiteral("S1-000002")); // nobody's order
        QVERIFY(customers.reload().ok());
        QCOMPARE(customers.rowCount(), 0);
        customers.setSearch({});
        QVERIFY(customers.reload().ok());
        QCOMPARE(customers.index(0, CustomerListModel::Orders).data().toInt(), 2);
        QCOMPARE(customers.index(0, CustomerListModel::Spent).data(Qt::UserRole).toLongLong(), 4000);
        QCOMPARE(customers.index(0, CustomerListModel::Points).data().toLongLong(), 40);

        auto profile = CustomerProfile::load(db, ada);
        QVERIFY(profile.ok());
        QCOMPARE(profile->orders.size(), 2);
        QCOMPARE(profile->points, 40);
        QCOMPARE(profile->history().size(), 2); // each sale's "created"

        tp::backoffice::CustomerActions actions(outbox, ids);
        CustomerProfile edited = *profile;
        edited.notes = QStringLiteral("Prefers e-mail.");
        edited.tags = {QStringLiteral("vip"), QStringLiteral("newsletter")};
        edited.addresses = {QStringLiteral("12 St James's Square, London")};
        QCOMPARE(actions.save(*profile, *profile).error().code, std::string("nothing_changed"));
        edited.email = QStringLiteral("not an address");
        QCOMPARE(actions.save(*profile, edited).error().code, std::string("invalid_email"));
        edited.email = profile->email;
        QVERIFY(actions.save(*profile, edited).ok());
        QVERIFY(upload());
        QVERIFY(pull());
        auto saved = CustomerProfile::load(db, ada);
        QCOMPARE(saved->version, 2);
        QCOMPARE(saved->tags, (QStringList{"vip", "newsletter"}));
        QCOMPARE(saved->notes, QStringLiteral("Prefers e-mail."));

        // Her data, on request.
        const QString path = m_dir.filePath(QStringLiteral("ada.json"));
        QVERIFY(actions.exportData(*saved, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject exported = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(exported.value("customer").toObject().value("email").toString(), QStringLiteral("ada@example.com"));
        QCOMPARE(exported.value("orders").toArray().size(), 2);
        QCOMPARE(exported.value("loyalty_points").toInteger(), 40);

        // Forgotten: nothing personal here at once, nor on the server, nor in the feed after.
        QVERIFY(actions.anonymize(*saved).ok());
        QVERIFY(CustomerProfile::load(db, ada)->anonymized);
        QVERIFY(upload());
        QVERIFY(pull());
        auto erased = CustomerProfile::load(db, ada);
        QVERIFY(erased->anonymized);
        QCOMPARE(erased->email, QString());
        QCOMPARE(erased->phone, QString());
        QVERIFY(erased->tags.isEmpty());
        QCOMPARE(erased->orders.size(), 2); // the sales stay
        QCOMPARE(actions.save(*erased, *erased).error().code, std::string("customer_anonymized"));
        customers.setSearch(QStringLiteral("ada@"));
        QVERIFY(customers.reload().ok());
        QCOMPARE(customers.rowCount(), 0);
    }
};

QTEST_MAIN(TestBackofficeCustomers)
#include "tst_backoffice_customers.moc"
