#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "TempReplica.h"
#include "client/outbox/Outbox.h"
#include "domain/ids/UuidV7Generator.h"
#include "models/ProductListModel.h"
#include "models/csv/CatalogExport.h"
#include "models/csv/CatalogImport.h"
#include "models/csv/ImportPlanModels.h"
#include "ui/CatalogScreen.h"
#include "ui/ImportDialog.h"

using tp::backoffice::CatalogExport;
using tp::backoffice::CatalogImport;

// The catalog screen's import and export under QT_QPA_PLATFORM=offscreen, driven through its
// widgets: the preview's tables (sorted, filtered), Import, and the export's message.
class TestCatalogScreen : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    tp::client::testing::TempReplica m_replica;
    tp::domain::UuidV7Generator m_ids{tp::domain::UuidV7Generator::systemClock(),
                                      tp::domain::UuidV7Generator::systemRandomSource()};
    tp::client::Outbox m_outbox{m_replica.db(), m_ids};
    tp::backoffice::ProductListModel m_products{m_replica.db()};
    CatalogImport m_import{m_outbox, m_ids};
    CatalogExport m_export{m_replica.db()};
    std::unique_ptr<tp::backoffice::ui::CatalogScreen> m_screen;

    template <typename T>
    T* find(QWidget* in, const char* name) {
        return in->findChild<T*>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase() {
        m_screen = std::make_unique<tp::backoffice::ui::CatalogScreen>(
            m_products, m_import, m_export, [] { return *tp::domain::Currency::fromCode("EUR"); });
        m_screen->resize(1024, 768);
        m_screen->show();
        m_screen->refresh();
    }

    void aFileIsPreviewedSortedFilteredAndImported() {
        const QString path = m_dir.filePath(QStringLiteral("products.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Price,Variant Barcode,Vendor\n"
                   "mug,Mug,Title,Default Title,MUG-1,12.50,,Acme\n"
                   "tee,Tee,Size,S,TEE-S,19.99,,Acme\n"
                   "tee,,,M,TEE-M,19.99,4006381333932,\n" // wrong check digit
                   "pen,Pen,Title,Default Title,PEN-1,1.20,,\n");
        file.close();

        auto* dialog = m_screen->importFrom(path);
        dialog->show();
        auto* summary = find<QLabel>(dialog, "importSummary");
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("Products to import: 3")), 20000);
        QVERIFY(summary->text().contains(QLatin1String("Vendor"))); // said not to be imported
        auto* preview = find<QTableView>(dialog, "importPreview");
        auto* errors = find<QTableView>(dialog, "importErrors");
        QCOMPARE(preview->model()->rowCount(), 3);
        QCOMPARE(errors->model()->rowCount(), 1);
        QCOMPARE(errors->model()->index(0, 0).data().toLongLong(), 4); // the file's line
        QVERIFY(find<QTabWidget>(dialog, "importTabs")->tabText(1).contains(QLatin1String("1")));

        // Sorted by price with a header click, cheapest first; then narrowed by the filter.
        preview->horizontalHeader()->setSortIndicator(tp::backoffice::ImportPreviewModel::Price, Qt::AscendingOrder);
        QCOMPARE(preview->model()->index(0, tp::backoffice::ImportPreviewModel::Title).data().toString(),
                 QStringLiteral("Pen"));
        QTest::keyClicks(find<QLineEdit>(dialog, "importFilter"), QStringLiteral("tee"));
        QCOMPARE(preview->model()->rowCount(), 1);
        find<QLineEdit>(dialog, "importFilter")->clear();

        auto* start = find<QPushButton>(dialog, "startImport");
        QVERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_import.state() == CatalogImport::State::Finished, 20000);
        QVERIFY(summary->text().contains(QLatin1String("Products imported: 3.")));
        QVERIFY(!start->isEnabled());
        // The catalog list shows them at once.
        QCOMPARE(find<QTableView>(m_screen.get(), "products")->model()->rowCount(), 3);
    }

    void theCatalogIsExportedAndSaidSo() {
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        m_screen->exportTo(path);
        auto* message = find<QLabel>(m_screen.get(), "catalogMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("exported")), 20000);
        QVERIFY(message->text().endsWith(QLatin1String(": 3.")));
        QVERIFY(find<QPushButton>(m_screen.get(), "exportProducts")->isEnabled());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 4); // header, mug, tee (S only: M was left out), pen
    }
};

QTEST_MAIN(TestCatalogScreen)
#include "tst_catalogscreen.moc"
