#include "models/csv/CatalogImport.h"

#include <QElapsedTimer>
#include <QTimer>

#include "client/outbox/LocalWrite.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ReplicaDatabase.h"
#include "client/sync/LogCheckpointer.h"
#include "domain/ids/UuidV7Generator.h"
#include "models/CatalogKeyHolders.h"
#include "models/LocalProductCopy.h"
#include "models/csv/ImportedProductJson.h"

namespace tp::backoffice {

CatalogImport::CatalogImport(client::Outbox& outbox, domain::UuidV7Generator& ids, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_ids(ids) {}

CatalogImport::~CatalogImport() {
    endWriting();
}

void CatalogImport::setState(State state) {
    m_state = state;
    emit stateChanged(state);
}

void CatalogImport::fail(const QString& message) {
    m_failure = message;
    m_reader.reset();
    m_csv.reset();
    m_file.close();
    setState(State::Failed);
}

void CatalogImport::schedule(void (CatalogImport::*step)()) {
    QTimer::singleShot(0, this, step);
}

void CatalogImport::read(const QString& path, domain::Currency currency) {
    if (m_state == State::Reading || m_state == State::Importing)
        return;
    m_plan = ImportPlan{};
    m_failure.clear();
    m_cancelled = false;
    m_imported = 0;
    m_next = 0;
    m_currency = currency;
    m_file.close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        fail(tr("The file %1 cannot be opened: %2").arg(path, m_file.errorString()));
        return;
    }
    m_reader = std::make_unique<CsvReader>(m_file);
    m_csv = std::make_unique<ShopifyProductCsv>(currency);
    setState(State::Reading);
    auto header = m_reader->next();
    if (!header) {
        fail(QString::fromStdString(header.error().message));
        return;
    }
    if (!header->has_value()) {
        fail(tr("The file is empty."));
        return;
    }
    if (auto understood = m_csv->readHeader(**header); !understood) {
        fail(QString::fromStdString(understood.error().message));
        return;
    }
    schedule(&CatalogImport::readSlice);
}

void CatalogImport::readSlice() {
    if (m_cancelled) {
        m_reader.reset();
        m_csv.reset();
        m_file.close();
        setState(State::Cancelled);
        return;
    }
    QElapsedTimer slice;
    slice.start();
    while (slice.elapsed() < m_sliceMs) {
        auto record = m_reader->next();
        if (!record) {
            fail(QString::fromStdString(record.error().message));
            return;
        }
        if (!record->has_value()) {
            m_plan = m_csv->finish();
            m_reader.reset();
            m_csv.reset();
            m_file.close();
            m_next = 0;
            schedule(&CatalogImport::checkSlice);
            return;
        }
        m_csv->addRow(**record);
    }
    // Reading is the first half of the bar, checking against the catalog the second.
    emit progress(m_reader->bytesConsumed(), 2 * qMax<qint64>(1, m_file.size()));
    schedule(&CatalogImport::readSlice);
}

bool CatalogImport::checkProduct(ImportedProduct& product) {
    client::ReplicaDatabase& db = m_outbox.database();
    const QString currency = QString::fromStdString(m_currency->code());
    auto known =
        db.select(QStringLiteral("SELECT id, version, seq, price_currency FROM products WHERE sku = ?"), {product.sku});
    if (!known) {
        fail(QString::fromStdString(known.error().message));
        return false;
    }
    if (!known->isEmpty()) {
        const client::SqlRow& row = known->first();
        const QString theirs = row.at(3).toString();
        if (!theirs.isEmpty() && theirs != currency) {
            m_plan.errors << CsvRowError{product.line, QStringLiteral("Variant Price"),
                                         tr("%1 (SKU %2) is priced in %3 here; this file is read in %4.")
                                             .arg(product.name, product.sku, theirs, currency)};
            product.variants.clear(); // left out
            return true;
        }
        product.existingId = row.at(0).toString();
        product.existingVersion = row.at(1).toLongLong();
        product.existingSeq = row.at(2).toLongLong();
    } else if (!product.isSimple()) {
        // A new product's own sku (its handle) must not be another product's sku.
        auto holder = CatalogKeyHolders::ofSku(db, product.sku, QString());
        if (!holder) {
            fail(QString::fromStdString(holder.error().message));
            return false;
        }
        if (holder.value()) {
            m_plan.errors << CsvRowError{
                product.line, QStringLiteral("Handle"),
                tr("The handle %1 is a SKU of \"%2\" in the catalog already.").arg(product.sku, *holder.value())};
            product.variants.clear();
            return true;
        }
    }
    QList<ImportedVariant> kept;
    for (ImportedVariant& variant : product.variants) {
        auto skuHolder = CatalogKeyHolders::ofSku(db, variant.sku, product.existingId);
        auto barcodeHolder = variant.barcode.isEmpty()
                                 ? domain::Result<std::optional<QString>>(std::optional<QString>())
                                 : CatalogKeyHolders::ofBarcode(db, variant.barcode, product.existingId);
        if (!skuHolder || !barcodeHolder) {
            fail(QString::fromStdString((!skuHolder ? skuHolder.error() : barcodeHolder.error()).message));
            return false;
        }
        if (skuHolder.value()) {
            m_plan.errors << CsvRowError{
                variant.line, QStringLiteral("Variant SKU"),
                tr("The SKU %1 belongs to \"%2\" in the catalog already.").arg(variant.sku, *skuHolder.value())};
            continue;
        }
        if (barcodeHolder.value()) {
            m_plan.errors << CsvRowError{variant.line, QStringLiteral("Variant Barcode"),
                                         tr("The barcode %1 belongs to \"%2\" in the catalog already.")
                                             .arg(variant.barcode, *barcodeHolder.value())};
            continue;
        }
        if (!product.existingId.isEmpty()) {
            // A variant the product has already keeps its id (the update names it).
            auto own = db.select(QStringLiteral("SELECT id FROM variants WHERE sku = ? AND product_id = ?"),
                                 {variant.sku, product.existingId});
            if (!own) {
                fail(QString::fromStdString(own.error().message));
                return false;
            }
            if (!own->isEmpty())
                variant.existingId = own->first().at(0).toString();
        }
        kept << variant;
    }
    if (kept.isEmpty() && !product.variants.isEmpty())
        m_plan.errors << CsvRowError{
            product.line, QString(),
            tr("\"%1\" is left out: none of its variants could be imported.").arg(product.name)};
    product.variants = kept;
    return true;
}

void CatalogImport::checkSlice() {
    if (m_cancelled) {
        setState(State::Cancelled);
        return;
    }
    QElapsedTimer slice;
    slice.start();
    while (m_next < m_plan.products.size() && slice.elapsed() < m_sliceMs) {
        if (!checkProduct(m_plan.products[m_next]))
            return;
        ++m_next;
    }
    const qint64 total = qMax<qint64>(1, m_plan.products.size());
    emit progress(total + m_next, 2 * total);
    if (m_next < m_plan.products.size()) {
        schedule(&CatalogImport::checkSlice);
        return;
    }
    m_plan.products.removeIf([](const ImportedProduct& product) { return product.variants.isEmpty(); });
    std::stable_sort(m_plan.errors.begin(), m_plan.errors.end(),
                     [](const CsvRowError& a, const CsvRowError& b) { return a.line < b.line; });
    m_next = 0;
    setState(State::Ready);
}

void CatalogImport::start() {
    if (m_state != State::Ready)
        return;
    m_cancelled = false;
    m_imported = 0;
    m_next = 0;
    m_checkpointer = std::make_unique<client::LogCheckpointer>(m_outbox.database().path());
    (void)m_outbox.database().exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")); // the checkpointer does it
    setState(State::Importing);
    schedule(&CatalogImport::importSlice);
}

bool CatalogImport::writeBatch(qsizetype from, qsizetype to) {
    const QString currency = QString::fromStdString(m_currency->code());
    client::ReplicaDatabase& db = m_outbox.database();
    const auto newId = [this] {
        return QString::fromStdString(m_ids.next().toString());
    };
    auto written = m_outbox.write([&](client::LocalWrite& write) {
        LocalProductCopy local(db);
        const auto failed = [&write](const domain::Error& error) {
            write.fail(QString::fromStdString(error.code), QString::fromStdString(error.message));
        };
        for (qsizetype i = from; i < to && !write.failed(); ++i) {
            const ImportedProduct& product = m_plan.products.at(i);
            const QString id = product.existingId.isEmpty() ? newId() : product.existingId;
            write.enqueue(QStringLiteral("product.upsert"), importMutation(product, id, currency));
            if (auto stored = local.put(id, product.existingSeq, importReplicaCopy(product, id, currency, newId));
                !stored)
                failed(stored.error());
        }
        if (!write.failed())
            if (auto indexed = local.finish(); !indexed)
                failed(indexed.error());
    });
    if (!written) {
        fail(tr("The import stopped: %1").arg(QString::fromStdString(written.error().message)));
        return false;
    }
    return true;
}

void CatalogImport::endWriting() {
    if (!m_checkpointer)
        return;
    m_checkpointer.reset(); // waits for a checkpoint in progress
    (void)m_outbox.database().exec(QStringLiteral("PRAGMA wal_autocheckpoint=1000")); // SQLite's default
}

void CatalogImport::importSlice() {
    if (m_cancelled) {
        endWriting();
        setState(State::Cancelled);
        return;
    }
    QElapsedTimer slice;
    slice.start();
    // Whole batches only (a transaction is never split across slices), at least one a slice.
    do {
        const qsizetype to = qMin(m_plan.products.size(), m_next + m_batchSize);
        if (to > m_next && !writeBatch(m_next, to)) {
            endWriting();
            return;
        }
        m_checkpointer->request();
        m_imported += int(to - m_next);
        m_next = to;
    } while (m_next < m_plan.products.size() && slice.elapsed() < m_sliceMs);
    emit progress(m_next, qMax<qint64>(1, m_plan.products.size()));
    if (m_next < m_plan.products.size()) {
        schedule(&CatalogImport::importSlice);
        return;
    }
    endWriting();
    setState(State::Finished);
}

void CatalogImport::cancel() {
    if (m_state == State::Reading || m_state == State::Importing)
        m_cancelled = true;
    else if (m_state == State::Ready)
        setState(State::Cancelled);
}

} // namespace tp::backoffice
