#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "RegisterTestData.h"
#include "TempReplica.h"
#include "client/outbox/Outbox.h"
#include "domain/ids/UuidV7Generator.h"
#include "register/ReceiptDesk.h"
#include "register/Sale.h"
#include "register/SaleRecorder.h"

using namespace tp;
using namespace tp::pos;
using namespace tp::client::testing;

// Receipts print from what was kept with the sale: at once, again on request, and a printer
// in trouble is said in words while the job waits; the sale is saved either way.
class TestReceiptDesk : public QObject {
    Q_OBJECT

    std::unique_ptr<TempReplica> m_replica;
    std::unique_ptr<domain::UuidV7Generator> m_ids;
    std::unique_ptr<client::Outbox> m_outbox;
    QTemporaryDir m_dir;

    static StoreProfile berlin() { return tp::pos::testing::berlinStore(); }

    QString ringAndRecord(const QString& name, qint64 price) {
        Sale sale(berlin());
        if (!sale.add(
                SellableItem{"v-" + name, "p-" + name, name.toUpper(), name, "standard", price, "EUR", {}, {}, 0}) ||
            !sale.payCash(price + 1000))
            QTest::qFail("ringing the sale failed", __FILE__, __LINE__);
        auto recorded = SaleRecorder(*m_outbox, *m_ids, "reg-1", "R1")
                            .record(sale, QDateTime::currentDateTimeUtc(), QString(), "cal@shop.example");
        if (!recorded)
            QTest::qFail(recorded.error().message.c_str(), __FILE__, __LINE__);
        return recorded ? recorded->number : QString();
    }

    static devices::DeviceUri uri(const QString& text) { return *devices::DeviceUri::parse(text); }

    devices::ReceiptTemplate shopTemplate() const {
        devices::ReceiptTemplate receiptTemplate;
        receiptTemplate.header = {QStringLiteral("Corner Shop Berlin")};
        receiptTemplate.footer = {QStringLiteral("Thank you")};
        return receiptTemplate;
    }

private slots:
    void init() {
        m_replica = std::make_unique<TempReplica>();
        m_ids = tp::pos::testing::newIds();
        m_outbox = std::make_unique<client::Outbox>(m_replica->db(), *m_ids);
    }

    void cleanup() {
        m_outbox.reset();
        m_ids.reset();
        m_replica.reset();
    }

    void aReceiptPrintsAndReprintsTheSame() {
        const QString paper = m_dir.filePath(QStringLiteral("printer.bin"));
        QFile::remove(paper);
        ReceiptDesk desk(m_replica->db(), shopTemplate(), QLocale(QLocale::English));
        desk.setPrinter(uri(QStringLiteral("file://") + paper), devices::PrinterProfile::defaultProfile(), QString());
        const QString number = ringAndRecord("Teapot", 2490);
        QSignalSpy printed(&desk, &ReceiptDesk::printed);
        QVERIFY(desk.print(number).ok());
        QVERIFY(printed.wait(5000));
        QFile first(paper);
        QVERIFY(first.open(QIODevice::ReadOnly));
        const QByteArray once = first.readAll();
        first.close();
        for (const char* expected : {"Corner Shop Berlin", "Teapot", "24.90", "cal@shop.example", "Thank you"})
            QVERIFY2(once.contains(expected), expected);
        QVERIFY(once.contains(number.toLatin1()));

        QVERIFY(desk.reprintLast().ok());
        QVERIFY(printed.wait(5000));
        QFile twice(paper);
        QVERIFY(twice.open(QIODevice::ReadOnly));
        QCOMPARE(twice.readAll(), once + once); // the reprint is the same receipt, byte for byte
    }

    void theReceiptAsTextReadsLikeThePaper() {
        ReceiptDesk desk(m_replica->db(), shopTemplate(), QLocale(QLocale::English));
        const QString number = ringAndRecord("Teapot", 2450);
        auto text = desk.text(number);
        QVERIFY2(text.ok(), text.ok() ? "" : text.error().message.c_str());
        const QStringList lines = text->split('\n');
        QVERIFY2(lines.first().trimmed() == QStringLiteral("Corner Shop Berlin"), qPrintable(*text));
        QVERIFY2(text->contains("Teapot") && text->contains("24.50") && text->contains(number), qPrintable(*text));
        QVERIFY(text->contains("Thank you"));
        for (const QString& line : lines) // as wide as the paper, not wider
            QVERIFY2(line.size() <= 48, qPrintable(line));
        QCOMPARE(QString::fromStdString(desk.text("R1-999999").error().code), QStringLiteral("receipt_unknown"));
    }

    void reportsPrintUnderTheStoresName() {
        const QString paper = m_dir.filePath(QStringLiteral("report.bin"));
        QFile::remove(paper);
        ReceiptDesk desk(m_replica->db(), shopTemplate(), QLocale(QLocale::English));
        QCOMPARE(QString::fromStdString(desk.printReport("Z report", {}).error().code), QStringLiteral("no_printer"));
        desk.setPrinter(uri(QStringLiteral("file://") + paper), devices::PrinterProfile::defaultProfile(), QString());
        QSignalSpy printed(&desk, &ReceiptDesk::printed);
        QVERIFY(desk.printReport("Z report", {{"Sales", "12"}, {"Expected in drawer", "412.50 EUR"}}).ok());
        QVERIFY(printed.wait(5000));
        QFile file(paper);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const char* expected : {"Corner Shop Berlin", "Z report", "Expected in drawer", "412.50 EUR"})
            QVERIFY2(bytes.contains(expected), expected);
    }

    void unknownReceiptsAndMissingPrintersAreSaid() {
        ReceiptDesk desk(m_replica->db(), shopTemplate(), QLocale(QLocale::English));
        QCOMPARE(QString::fromStdString(desk.reprintLast().error().code), QStringLiteral("receipt_unknown"));
        const QString number = ringAndRecord("Mug", 900);
        QCOMPARE(QString::fromStdString(desk.print(number).error().code), QStringLiteral("no_printer"));
        desk.setPrinter(uri(QStringLiteral("file://") + m_dir.filePath("p2.bin")),
                        devices::PrinterProfile::defaultProfile(), QString());
        QCOMPARE(QString::fromStdString(desk.print("R1-999999").error().code), QStringLiteral("receipt_unknown"));
    }

    void aPrinterInTroubleIsSaidAndTheJobWaits() {
        ReceiptDesk desk(m_replica->db(), shopTemplate(), QLocale(QLocale::English));
        desk.setPrinter(uri(QStringLiteral("tcp://127.0.0.1:1")), devices::PrinterProfile::defaultProfile(), QString());
        const QString number = ringAndRecord("Kettle", 3990);
        QSignalSpy trouble(&desk, &ReceiptDesk::printerTrouble);
        QVERIFY(desk.print(number).ok());
        QVERIFY(trouble.wait(10000));
        const QString message = trouble.first().first().toString();
        QVERIFY2(message.contains(number) && message.contains("saved"), qPrintable(message));
        QCOMPARE(desk.waitingJobs(), 1);
        auto kept =
            m_replica->db().select(QStringLiteral("SELECT count(*) FROM local_orders WHERE number = ?"), {number});
        QCOMPARE(kept->first().value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReceiptDesk)
#include "tst_receiptdesk.moc"
