#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

#include "domain/core/Result.h"

namespace tp::client {
class ReplicaDatabase;
class SyncApi;
} // namespace tp::client

namespace tp::backoffice {

// One entry of an item's stock history in a store, newest first.
struct StockMovementView {
    QString occurredAt; // RFC 3339, when it happened in the shop
    QString reason;     // receipt, sale, refund, transfer_in, transfer_out, damage, adjustment, count
    qint64 deltaMilli = 0;
    std::optional<qint64> countedMilli; // counts: what was counted
    QString actor;

    QString reasonText() const;
};

// What a history answer holds: the movements, and whether they are all of them (the server's)
// or only what this office knows offline (LocalStockMovements).
struct StockHistoryPage {
    QList<StockMovementView> movements;
    bool complete = true;
};

// The movement history of a SKU in a store, asked of the server (the replica keeps levels,
// not every movement). Offline, with the office's replica given, the part it knows (its orders'
// sales and returns, its unsent bookings) marked incomplete; without it, an error in words.
class StockHistory {
    Q_DECLARE_TR_FUNCTIONS(tp::backoffice::StockHistory)

public:
    using Done = std::function<void(domain::Result<StockHistoryPage>)>;

    explicit StockHistory(client::SyncApi& api, client::ReplicaDatabase* replica = nullptr)
        : m_api(api)
        , m_replica(replica) {}

    // The newest `limit` movements. Errors: "offline" (in words, without a replica), the
    // server's refusal.
    void fetch(const QString& storeId, const QString& sku, int limit, Done done);

private:
    client::SyncApi& m_api;
    client::ReplicaDatabase* m_replica;
};

} // namespace tp::backoffice
