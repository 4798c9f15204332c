#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>

#include "OrderSamples.h"
#include "TempReplica.h"
#include "client/outbox/Outbox.h"
#include "domain/ids/UuidV7Generator.h"
#include "models/StoreSettings.h"
#include "ui/ReceiptTemplateEditor.h"

using tp::backoffice::testing::putEntity;

// The receipt template editor under QT_QPA_PLATFORM=offscreen: the preview follows the typed
// header and the paper, and a save queues the store's new texts.
class TestReceiptTemplateEditor : public QObject {
    Q_OBJECT

    tp::client::testing::TempReplica m_replica;
    tp::domain::UuidV7Generator m_ids{tp::domain::UuidV7Generator::systemClock(),
                                      tp::domain::UuidV7Generator::systemRandomSource()};
    tp::client::Outbox m_outbox{m_replica.db(), m_ids};
    tp::backoffice::StoreSettings m_settings{m_outbox};

private slots:
    void thePreviewFollowsTheTextAndASaveQueuesIt() {
        QVERIFY(putEntity(m_replica.db(), 1, "store",
                          QJsonObject{{"id", "s-berlin"},
                                      {"name", "Berlin"},
                                      {"currency", "EUR"},
                                      {"receipt_header", "Torstraße 1"},
                                      {"receipt_footer", "Thank you!"},
                                      {"version", 3}}));
        QVERIFY(putEntity(m_replica.db(), 2, "store",
                          QJsonObject{{"id", "s-zurich"}, {"name", "Zurich"}, {"currency", "CHF"}, {"version", 1}}));
        tp::backoffice::ui::ReceiptTemplateEditor editor(m_settings);
        editor.resize(1280, 800);
        editor.show();
        editor.refresh();
        auto* header = editor.findChild<QPlainTextEdit*>(QStringLiteral("receiptHeader"));
        QCOMPARE(header->toPlainText(), QStringLiteral("Torstraße 1"));
        const QImage before = editor.preview();
        QVERIFY(!before.isNull());
        header->setPlainText(QStringLiteral("Torstraße 1\n10119 Berlin\nVAT DE123456789"));
        const QImage longer = editor.preview();
        QVERIFY(longer.height() > before.height()); // two more lines on the paper
        auto* paper = editor.findChild<QComboBox*>(QStringLiteral("receiptPaper"));
        paper->setCurrentIndex(paper->findData(QStringLiteral("clone-58mm")));
        QVERIFY(editor.preview().width() < longer.width()); // 384 dots a line instead of 576
        QVERIFY(editor.save());
        const auto queued = m_outbox.oldest(10)->last();
        QCOMPARE(queued.type, QStringLiteral("store.update"));
        QCOMPARE(queued.data.value("version").toInteger(), 3);
        QCOMPARE(queued.data.value("receipt_header").toString(),
                 QStringLiteral("Torstraße 1\n10119 Berlin\nVAT DE123456789"));
        QVERIFY(!editor.save()); // nothing changed since
        QVERIFY(editor.findChild<QLabel*>(QStringLiteral("receiptMessage"))->text().contains(QLatin1String("Nothing")));
    }
};

QTEST_MAIN(TestReceiptTemplateEditor)
#include "tst_receipttemplateeditor.moc"
