#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

#include "domain/core/Result.h"

namespace tp::client {
class SyncApi;
}

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

// The movement history of a SKU in a store, asked of the server (the replica keeps levels,
// not every movement): online only — offline the answer says so in words.
class StockHistory {
    Q_DECLARE_TR_FUNCTIONS(tp::backoffice::StockHistory)

public:
    using Done = std::function<void(domain::Result<QList<StockMovementView>>)>;

    explicit StockHistory(client::SyncApi& api)
        : m_api(api) {}

    // The newest `limit` movements. Errors: "offline" (in words), the server's refusal.
    void fetch(const QString& storeId, const QString& sku, int limit, Done done);

private:
    client::SyncApi& m_api;
};

} // namespace tp::backoffice
