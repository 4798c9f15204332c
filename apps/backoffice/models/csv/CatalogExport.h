#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QSaveFile>

#include <memory>

namespace tp::client {
class ReplicaDatabase;
}

namespace tp::backoffice {

// Writes the catalog here (the replica, so it works offline) as a Shopify product CSV, the
// columns ShopifyProductCsv reads back: one row per active variant, the product's fields on
// its first row, a simple product as Option1 "Title" = "Default Title". The Handle is the
// product's sku, which is what an import matches products by, so an export edited in a
// spreadsheet imports back as updates.
// Runs in slices on the event loop with progress(); cancel() leaves no file behind (the file
// appears whole, when it is finished, or not at all).
class CatalogExport : public QObject {
    Q_OBJECT

public:
    enum class State { Idle, Writing, Finished, Cancelled, Failed };
    Q_ENUM(State)

    explicit CatalogExport(client::ReplicaDatabase& db, QObject* parent = nullptr);
    ~CatalogExport() override;

    void write(const QString& path);
    void cancel() { m_cancelled = true; }

    State state() const { return m_state; }
    qint64 exportedProducts() const { return m_done; }
    QString failure() const { return m_failure; }

signals:
    void progress(qint64 done, qint64 total);
    void stateChanged(tp::backoffice::CatalogExport::State state);

private:
    void writeSlice();
    void fail(const QString& message);
    void setState(State state);

    client::ReplicaDatabase& m_db;
    std::unique_ptr<QSaveFile> m_file;
    State m_state = State::Idle;
    qint64 m_afterRowid = 0; // keyset position: the last product written
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_cancelled = false;
    QString m_failure;
};

} // namespace tp::backoffice
