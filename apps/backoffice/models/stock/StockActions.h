#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "domain/core/Result.h"

namespace tp::client {
class Outbox;
}

namespace tp::backoffice {

// A quantity of one sku: received, moved, counted.
struct StockLine {
    QString sku;
    qint64 qtyMilli = 0;
};

// What the office does to stock, offline like everything else and always as facts (ARCHITECTURE
// rule 3): goods received, written off or corrected are movements (stock.move), a transfer is
// the movement out of one store and into the other, a count is "counted N as of T"
// (stock.count) which the server turns into the movement that makes it true then. All lines of
// one action go into the outbox in one transaction; the replica's levels change at once and
// the feed's next levels replace them.
class StockActions {
    Q_DECLARE_TR_FUNCTIONS(tp::backoffice::StockActions)

public:
    explicit StockActions(client::Outbox& outbox)
        : m_outbox(outbox) {}

    // Errors (each naming the line): "unknown_store", "unknown_sku", "invalid_quantity",
    // "nothing_to_do", "same_store".
    domain::Result<void> receive(const QString& storeId, const QList<StockLine>& lines);
    // `reason` "damage" (quantities taken away) or "adjustment" (signed corrections).
    domain::Result<void> adjust(const QString& storeId, const QList<StockLine>& lines, const QString& reason);
    domain::Result<void> transfer(const QString& fromStoreId, const QString& toStoreId, const QList<StockLine>& lines);
    // Counted quantities as of `countedAt`; lines not counted are left out by the caller.
    domain::Result<void> count(const QString& storeId, const QList<StockLine>& counted, const QDateTime& countedAt);

private:
    struct Move {
        QString storeId;
        QString sku;
        qint64 delta = 0;
        QString reason;
    };
    domain::Result<void> checkStore(const QString& storeId);
    // The variant of a sku (its id, for the level's id), or "unknown_sku".
    domain::Result<QString> variantOf(const QString& sku);
    domain::Result<void> write(const QList<Move>& moves);

    client::Outbox& m_outbox;
};

} // namespace tp::backoffice
