#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

#include "OrderSamples.h"
#include "TempReplica.h"
#include "client/outbox/Outbox.h"
#include "domain/ids/UuidV7Generator.h"
#include "models/CategoryTreeModel.h"
#include "models/ProductEditor.h"
#include "models/ProductListModel.h"
#include "models/csv/CatalogExport.h"
#include "models/csv/CatalogImport.h"
#include "models/csv/ImportPlanModels.h"
#include "ui/CatalogScreen.h"
#include "ui/CategoriesDialog.h"
#include "ui/ImportDialog.h"
#include "ui/ProductEditorDialog.h"

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
    tp::backoffice::ProductEditor m_editor{m_outbox, m_ids};
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
            m_products, m_editor, m_import, m_export, [] { return *tp::domain::Currency::fromCode("EUR"); });
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

    void aNewProductIsMadeWithVariantsAndABarcodeByKeyboard() {
        m_screen->findChild<tp::backoffice::ui::ImportDialog*>()->close();
        m_screen->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
        QTest::keyClick(m_screen.get(), Qt::Key_N, Qt::ControlModifier);
        auto* dialog = m_screen->findChild<tp::backoffice::ui::ProductEditorDialog*>();
        QVERIFY(dialog);
        QTest::keyClicks(find<QLineEdit>(dialog, "sku"), QStringLiteral("TEE"));
        QTest::keyClicks(find<QLineEdit>(dialog, "name"), QStringLiteral("Organic tee"));
        QTest::keyClicks(find<QLineEdit>(dialog, "price"), QStringLiteral("19.99"));
        QTest::keyClicks(find<QLineEdit>(dialog, "option1Name"), QStringLiteral("Size"));
        QTest::keyClicks(find<QLineEdit>(dialog, "option1Values"), QStringLiteral("S, M"));
        QTest::keyClicks(find<QLineEdit>(dialog, "option2Name"), QStringLiteral("Colour"));
        QTest::keyClicks(find<QLineEdit>(dialog, "option2Values"), QStringLiteral("Red"));
        QTest::mouseClick(find<QPushButton>(dialog, "makeVariants"), Qt::LeftButton);
        auto* variants = find<QTableWidget>(dialog, "variants");
        QCOMPARE(variants->rowCount(), 2);
        QCOMPARE(variants->item(1, tp::backoffice::ui::ProductEditorDialog::VariantSku)->text(),
                 QStringLiteral("TEE-M-Red"));
        variants->setCurrentCell(0, 0);
        QTest::mouseClick(find<QPushButton>(dialog, "newBarcode"), Qt::LeftButton);
        const QString barcode = variants->item(0, tp::backoffice::ui::ProductEditorDialog::VariantBarcodes)->text();
        QVERIFY2(barcode.startsWith(QLatin1String("20")) && barcode.size() == 13, qPrintable(barcode));
        variants->item(1, tp::backoffice::ui::ProductEditorDialog::VariantPrice)->setText(QStringLiteral("21.50"));

        // A mistyped barcode is said in words, and nothing is saved.
        variants->item(1, tp::backoffice::ui::ProductEditorDialog::VariantBarcodes)
            ->setText(QStringLiteral("4006381333932"));
        // The offscreen platform gives the focus back to the catalog after clicks: the editor
        // takes it again, as a click on its window would.
        dialog->windowHandle()->requestActivate();
        QTRY_VERIFY(QApplication::activeWindow() == dialog);
        QTest::keyClick(find<QLineEdit>(dialog, "name"), Qt::Key_S, Qt::ControlModifier);
        auto* message = find<QLabel>(dialog, "editorMessage");
        QVERIFY2(message->text().contains(QLatin1String("check digit")), qPrintable(message->text()));
        QCOMPARE(*m_outbox.pendingCount(), 3); // the three imported products only

        variants->item(1, tp::backoffice::ui::ProductEditorDialog::VariantBarcodes)->setText(QString());
        QVERIFY(dialog->isActiveWindow());
        QTest::keyClick(find<QLineEdit>(dialog, "name"), Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(message->text().startsWith(QLatin1String("Saved")), qPrintable(message->text()));
        QCOMPARE(*m_outbox.pendingCount(), 4);
        const QJsonObject data = m_outbox.oldest(10)->last().data;
        QCOMPARE(data.value("variants").toArray().size(), 2);
        QCOMPARE(
            data.value("variants").toArray().at(1).toObject().value("price").toObject().value("amount").toInteger(),
            2150);
        QCOMPARE(find<QTableView>(m_screen.get(), "products")->model()->rowCount(), 4); // listed at once
        dialog->close();
        QTRY_VERIFY(m_screen->findChildren<tp::backoffice::ui::ProductEditorDialog*>().isEmpty());
    }

    void aListedProductOpensAndTheSelectionIsRepricedAndArchived() {
        auto* table = find<QTableView>(m_screen.get(), "products");
        table->sortByColumn(tp::backoffice::ProductListModel::Sku, Qt::AscendingOrder); // MUG-1, PEN-1, TEE, TEE-S
        QCOMPARE(table->model()->index(0, tp::backoffice::ProductListModel::Sku).data().toString(),
                 QStringLiteral("MUG-1"));
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return); // opens it
        auto* dialog = m_screen->findChild<tp::backoffice::ui::ProductEditorDialog*>();
        QVERIFY(dialog);
        QCOMPARE(find<QLineEdit>(dialog, "name")->text(), QStringLiteral("Mug"));
        dialog->close();

        table->selectionModel()->select(table->model()->index(0, 0),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->selectionModel()->select(table->model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(m_screen->selectedProductIds().size(), 2);
        QVERIFY(m_screen->changeSelectedPrices(1000));
        QCOMPARE(table->model()->index(0, tp::backoffice::ProductListModel::Price).data(Qt::UserRole).toLongLong(),
                 1375); // 12.50 + 10 %
        // The list was read again: the same two, selected again.
        table->selectionModel()->select(table->model()->index(0, 0),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->selectionModel()->select(table->model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(m_screen->setSelectedStatus(QStringLiteral("archived")));
        QVERIFY(find<QLabel>(m_screen.get(), "catalogMessage")->text().contains(QLatin1String("2")));
        QCOMPARE(*m_outbox.pendingCount(), 4 + 2 + 2);
    }

    void categoriesAreMadeInTheTree() {
        tp::backoffice::CategoryTreeModel tree(m_outbox, m_ids);
        auto* button = find<QPushButton>(m_screen.get(), "categories");
        QVERIFY(!button->isEnabled()); // no tree given yet
        m_screen->setCategoryTree(tree);
        QTest::mouseClick(button, Qt::LeftButton);
        auto* dialog = m_screen->findChild<tp::backoffice::ui::CategoriesDialog*>();
        QVERIFY(dialog);
        const int before = *m_outbox.pendingCount();
        QVERIFY(dialog->addCategory(QStringLiteral("Kitchen")));
        QVERIFY(dialog->addCategory(QStringLiteral("Cups"))); // under the selected Kitchen
        QVERIFY(!dialog->addCategory(QStringLiteral(" ")));
        QVERIFY(!find<QLabel>(dialog, "categoryMessage")->text().isEmpty());
        QVERIFY(dialog->renameSelected(QStringLiteral("Cups & mugs")));
        QCOMPARE(tree.rowCount(), 1);
        QCOMPARE(tree.rowCount(tree.index(0, 0)), 1);
        QCOMPARE(tree.index(0, 0, tree.index(0, 0)).data().toString(), QStringLiteral("Cups & mugs"));
        QCOMPARE(*m_outbox.pendingCount(), before + 3);
        dialog->close();
    }

    void aTemplateGivesTheProductItsAttributeFields() {
        QVERIFY(tp::backoffice::testing::putEntity(
            m_replica.db(), 90, "attribute_set",
            QJsonObject{
                {"id", "set-food"},
                {"name", "Groceries"},
                {"attributes",
                 QJsonArray{
                     QJsonObject{{"code", "weight_g"}, {"name", "Weight (g)"}, {"type", "integer"}, {"required", true}},
                     QJsonObject{{"code", "organic"}, {"type", "boolean"}}}}}));
        auto* dialog = m_screen->newProduct();
        QVERIFY(dialog);
        find<QLineEdit>(dialog, "sku")->setText(QStringLiteral("TEA-1"));
        find<QLineEdit>(dialog, "name")->setText(QStringLiteral("Green tea"));
        find<QLineEdit>(dialog, "price")->setText(QStringLiteral("4.50"));
        auto* templates = find<QComboBox>(dialog, "attributeTemplate");
        templates->setCurrentIndex(templates->findData(QStringLiteral("set-food")));
        auto* weight = find<QLineEdit>(dialog, "attribute_weight_g");
        QVERIFY(weight);
        QVERIFY(find<QCheckBox>(dialog, "attribute_organic"));
        QVERIFY(!dialog->save()); // the weight is required
        weight->setText(QStringLiteral("250"));
        find<QCheckBox>(dialog, "attribute_organic")->setChecked(true);
        QVERIFY(dialog->save());
        const QJsonObject data = m_outbox.oldest(100)->last().data;
        QCOMPARE(data.value("attributes").toObject().value("weight_g").toInteger(), 250);
        QVERIFY(data.value("attributes").toObject().value("organic").toBool());
        dialog->close();
    }
};

QTEST_MAIN(TestCatalogScreen)
#include "tst_catalogscreen.moc"
