#include "models/csv/CatalogExport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include "client/replica/ReplicaDatabase.h"
#include "domain/money/Money.h"
#include "models/csv/CsvWriter.h"
#include "models/csv/ShopifyProductCsv.h"

namespace tp::backoffice {

namespace {

constexpr int kPage = 200;
constexpr int kSliceMs = 8;
constexpr int kOptionColumns = 3;

// "12.50" for {"amount":1250,"currency":"EUR"}; empty when the currency is unknown here.
QString decimal(const QJsonObject& price) {
    auto currency = domain::Currency::fromCode(price.value(QLatin1String("currency")).toString().toStdString());
    if (!currency)
        return QString();
    return QString::fromStdString(
        domain::Money(price.value(QLatin1String("amount")).toInteger(), *currency).toDecimalString());
}

// The rows of one product, in ShopifyProductCsv::columns() order.
QList<QStringList> productRows(const QJsonObject& product) {
    QList<QStringList> rows;
    const QString sku = product.value(QLatin1String("sku")).toString();
    QStringList optionNames;
    for (const QJsonValue& option : product.value(QLatin1String("options")).toArray())
        optionNames << option.toObject().value(QLatin1String("name")).toString();
    const QJsonArray variants = product.value(QLatin1String("variants")).toArray();
    const bool simple = variants.size() == 1 &&
                        variants.first().toObject().value(QLatin1String("sku")).toString() == sku &&
                        variants.first().toObject().value(QLatin1String("options")).toObject().isEmpty();
    for (const QJsonValue& value : variants) {
        const QJsonObject variant = value.toObject();
        if (variant.value(QLatin1String("status")).toString() == QLatin1String("archived"))
            continue;
        QStringList row;
        const bool first = rows.isEmpty();
        row << sku;
        row << (first ? product.value(QLatin1String("name")).toString() : QString());
        row << (first ? product.value(QLatin1String("description")).toString() : QString());
        row << (first ? product.value(QLatin1String("status")).toString() : QString());
        const QJsonObject options = variant.value(QLatin1String("options")).toObject();
        for (int k = 0; k < kOptionColumns; ++k) {
            if (simple) {
                row << (k == 0 && first ? QStringLiteral("Title") : QString())
                    << (k == 0 ? QStringLiteral("Default Title") : QString());
                continue;
            }
            const QString name = k < optionNames.size() ? optionNames.at(k) : QString();
            row << (first ? name : QString()) << (name.isEmpty() ? QString() : options.value(name).toString());
        }
        row << variant.value(QLatin1String("sku")).toString();
        const QJsonValue price = variant.value(QLatin1String("price"));
        row << decimal(price.isObject() ? price.toObject() : product.value(QLatin1String("price")).toObject());
        QJsonArray barcodes = variant.value(QLatin1String("barcodes")).toArray();
        if (barcodes.isEmpty() && simple)
            barcodes = product.value(QLatin1String("barcodes")).toArray();
        row << (barcodes.isEmpty() ? QString() : barcodes.first().toString()); // Shopify has one column
        rows << row;
    }
    return rows;
}

} // namespace

CatalogExport::CatalogExport(client::ReplicaDatabase& db, QObject* parent)
    : QObject(parent)
    , m_db(db) {}

CatalogExport::~CatalogExport() {
    if (m_file)
        m_file->cancelWriting();
}

void CatalogExport::setState(State state) {
    m_state = state;
    emit stateChanged(state);
}

void CatalogExport::fail(const QString& message) {
    m_failure = message;
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    setState(State::Failed);
}

void CatalogExport::write(const QString& path) {
    if (m_state == State::Writing)
        return;
    m_done = 0;
    m_afterRowid = 0;
    m_cancelled = false;
    m_failure.clear();
    auto count = m_db.select(QStringLiteral("SELECT count(*) FROM products"));
    if (!count) {
        fail(QString::fromStdString(count.error().message));
        return;
    }
    m_total = count->first().at(0).toLongLong();
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        fail(tr("%1 cannot be written: %2").arg(path, m_file->errorString()));
        return;
    }
    m_file->write(csvRecord(ShopifyProductCsv::columns()));
    setState(State::Writing);
    QTimer::singleShot(0, this, &CatalogExport::writeSlice);
}

void CatalogExport::writeSlice() {
    if (m_cancelled) {
        m_file->cancelWriting();
        m_file.reset();
        setState(State::Cancelled);
        return;
    }
    QElapsedTimer slice;
    slice.start();
    do {
        auto page = m_db.select(
            QStringLiteral("SELECT rowid, data FROM products WHERE rowid > ? ORDER BY rowid LIMIT %1").arg(kPage),
            {m_afterRowid});
        if (!page) {
            fail(QString::fromStdString(page.error().message));
            return;
        }
        if (page->isEmpty()) {
            if (!m_file->commit()) {
                fail(tr("The file could not be saved: %1").arg(m_file->errorString()));
                return;
            }
            m_file.reset();
            emit progress(m_done, qMax<qint64>(m_total, m_done));
            setState(State::Finished);
            return;
        }
        QByteArray text;
        for (const client::SqlRow& row : *page) {
            m_afterRowid = row.at(0).toLongLong();
            const QJsonObject product = QJsonDocument::fromJson(row.at(1).toByteArray()).object();
            for (const QStringList& fields : productRows(product))
                text.append(csvRecord(fields));
            ++m_done;
        }
        if (m_file->write(text) != text.size()) {
            fail(tr("The file could not be written: %1").arg(m_file->errorString()));
            return;
        }
    } while (slice.elapsed() < kSliceMs);
    emit progress(m_done, qMax<qint64>(m_total, m_done));
    QTimer::singleShot(0, this, &CatalogExport::writeSlice);
}

} // namespace tp::backoffice
