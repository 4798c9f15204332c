#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "domain/core/Result.h"
#include "models/stock/StockHistory.h"

namespace tp::client {
class ReplicaDatabase;
}

namespace tp::backoffice {

// The part of an item's stock history this office knows without the server: the sales and
// returns of the orders in its replica, and its own bookings and counts that wait in its outbox.
// Deliveries other offices booked, and corrections the server made, are not among them: this is
// what the history shows offline, said to be partial.
class LocalStockMovements {
    Q_DECLARE_TR_FUNCTIONS(tp::backoffice::LocalStockMovements)

public:
    // Newest first, at most `limit`.
    static domain::Result<QList<StockMovementView>> read(client::ReplicaDatabase& db, const QString& storeId,
                                                         const QString& sku, int limit);
};

} // namespace tp::backoffice
