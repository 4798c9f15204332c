#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QObject>

#include <memory>
#include <optional>

#include "domain/money/Currency.h"
#include "models/csv/ShopifyProductCsv.h"

namespace tp::client {
class LogCheckpointer;
class Outbox;
} // namespace tp::client
namespace tp::domain {
class UuidV7Generator;
}

namespace tp::backoffice {

// Imports a Shopify product CSV into the catalog, in two steps a person watches:
//   read()  — reads and checks the whole file and matches it against the catalog here (a
//             product whose sku is known is updated, carrying the version it was read at;
//             a sku or barcode another product holds leaves the row out); the plan is the
//             preview: what will be imported and every row left out, with the reason.
//   start() — writes the products: each at once into the replica (the lists show it) and as
//             one product.upsert in the outbox, `batchSize` products per transaction.
// Both steps run in slices of a few milliseconds on the event loop, so a file of 50,000
// rows never freezes the window; both report progress() and stop at cancel(): a cancelled
// read changes nothing, a cancelled import keeps the batches already written (each whole)
// and says how many.
class CatalogImport : public QObject {
    Q_OBJECT

public:
    enum class State { Idle, Reading, Ready, Importing, Finished, Cancelled, Failed };
    Q_ENUM(State)

    CatalogImport(client::Outbox& outbox, domain::UuidV7Generator& ids, QObject* parent = nullptr);
    ~CatalogImport() override;

    void read(const QString& path, domain::Currency currency);
    void start();
    void cancel();

    State state() const { return m_state; }
    const ImportPlan& plan() const { return m_plan; }
    int importedProducts() const { return m_imported; }
    QString failure() const { return m_failure; }

    void setBatchSize(int products) { m_batchSize = qMax(1, products); }
    void setSliceMilliseconds(int ms) { m_sliceMs = qMax(1, ms); }

signals:
    void progress(qint64 done, qint64 total);
    void stateChanged(tp::backoffice::CatalogImport::State state);

private:
    void readSlice();
    void checkSlice();
    void importSlice();
    bool checkProduct(ImportedProduct& product);
    bool writeBatch(qsizetype from, qsizetype to);
    void setState(State state);
    void fail(const QString& message);
    void schedule(void (CatalogImport::*step)());
    void endWriting();

    client::Outbox& m_outbox;
    domain::UuidV7Generator& m_ids;
    State m_state = State::Idle;
    std::optional<domain::Currency> m_currency;
    QFile m_file;
    std::unique_ptr<CsvReader> m_reader;
    std::unique_ptr<ShopifyProductCsv> m_csv;
    // While importing, the write-ahead log is copied into the file on a thread of its own:
    // a batch's commit that did it itself stalled the window for 100–200 ms now and then.
    std::unique_ptr<client::LogCheckpointer> m_checkpointer;
    ImportPlan m_plan;
    qsizetype m_next = 0; // the next product to check or write
    int m_imported = 0;
    int m_batchSize = 50;
    int m_sliceMs = 8;
    bool m_cancelled = false;
    QString m_failure;
};

} // namespace tp::backoffice
