#include <QDir>
#include <QFile>
#include <QTest>

#include "ApiTestServer.h"
#include "SyncTestSupport.h"

using namespace tp::test;

namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace

// A receipt by e-mail: the register queues it (offline too) and the server, when it arrives,
// keeps the message and hands it to the mail spool as one RFC 5322 file — for the receipts
// of the register's own store only.
class TestReceiptEmails : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;
    std::string m_deviceToken;
    std::string m_orderId;

    std::string emailData(const std::string& orderId, const std::string& to) {
        return "{\"order_id\":\"" + orderId + "\",\"email\":\"" + to +
               "\",\"subject\":\"Ihr Beleg R1-000001 – Café Mitte\",\"text\":\"Café Mitte\\n  Mug      12,90\\n"
               "Total    12,90\\n\"}";
    }

    QDir spool() const { return QDir(q(m_server.dataDir()) + QStringLiteral("/mail-outbox")); }

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("mailing");
        m_deviceToken = enrolDevice(m_server, m_shop, m_shop.mainStoreId);
        m_orderId = newClientId();
        const auto sold = pushOne(m_server, m_deviceToken, "order.create",
                                  posOrderData(m_orderId, "R1-000001", m_shop.mainStoreId, {{"MUG", 1000, 1290}}));
        QCOMPARE(q(sold->getValue<std::string>("status")), QStringLiteral("applied"));
    }

    void aReceiptGoesToTheSpoolAsOneMessage() {
        const auto queued = pushOne(m_server, m_deviceToken, "receipt.email", emailData(m_orderId, "anna@example.com"));
        QCOMPARE(q(queued->getValue<std::string>("status")), QStringLiteral("applied"));
        const QString id = q(queued->getObject("result")->getValue<std::string>("email_id"));
        QFile message(spool().filePath(id + QStringLiteral(".eml")));
        QTRY_VERIFY_WITH_TIMEOUT(message.exists(), 5000);
        QVERIFY(message.open(QIODevice::ReadOnly));
        const QByteArray text = message.readAll();
        QVERIFY2(text.contains("To: anna@example.com\r\n"), text.constData());
        QVERIFY2(text.contains("Subject: =?UTF-8?B?"), text.constData()); // the dash and the é, encoded
        QVERIFY(text.contains("Content-Type: text/plain; charset=UTF-8\r\n"));
        QVERIFY(text.contains("\r\n\r\nCaf\xc3\xa9 Mitte\r\n  Mug      12,90\r\nTotal    12,90\r\n"));
        // Nothing half-written is left beside it.
        QCOMPARE(spool().entryList(QStringList{QStringLiteral("*.part")}, QDir::Files | QDir::Hidden).size(), 0);
    }

    void badRequestsAreRefusedInWords() {
        QCOMPARE(q(errorOf(pushOne(m_server, m_deviceToken, "receipt.email", emailData(m_orderId, "not an address")))),
                 QStringLiteral("invalid_request"));
        QCOMPARE(
            q(errorOf(pushOne(m_server, m_deviceToken, "receipt.email", emailData(newClientId(), "anna@example.com")))),
            QStringLiteral("not_found"));
        // A header cannot be smuggled in through the address.
        QCOMPARE(q(errorOf(pushOne(m_server, m_deviceToken, "receipt.email",
                                   emailData(m_orderId, "anna@example.com\\r\\nBcc: all@example.com")))),
                 QStringLiteral("invalid_request"));
    }

    void aRegisterSendsOnlyItsOwnStoresReceipts() {
        const ApiResponse store =
            m_server.post("/api/v1/stores", R"({"code":"second","name":"Second","currency":"EUR"})", m_shop.ownerToken);
        QVERIFY2(store.status == 201, store.body.c_str());
        const std::string otherTill =
            enrolDevice(m_server, m_shop, store.json->getObject("store")->getValue<std::string>("id"));
        QCOMPARE(q(errorOf(pushOne(m_server, otherTill, "receipt.email", emailData(m_orderId, "anna@example.com")))),
                 QStringLiteral("forbidden"));
        // The office may send any.
        QCOMPARE(q(pushOne(m_server, m_shop.ownerToken, "receipt.email", emailData(m_orderId, "anna@example.com"))
                       ->getValue<std::string>("status")),
                 QStringLiteral("applied"));
    }
};

QTEST_GUILESS_MAIN(TestReceiptEmails)
#include "tst_receipt_emails.moc"
