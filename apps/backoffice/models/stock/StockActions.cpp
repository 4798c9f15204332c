#include "models/stock/StockActions.h"

#include <QDateTime>
#include <QJsonObject>

#include "client/outbox/LocalWrite.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ReplicaDatabase.h"

namespace tp::backoffice {

namespace {

domain::Error refusal(const char* code, const QString& message) {
    return domain::makeError(code, message.toStdString());
}

// The replica's level of (store, variant), as the server names it, moved by `delta` (or set to
// `counted`): the row is made if the store never had the item.
void moveLevel(client::LocalWrite& write, const QString& storeId, const QString& variantId, const QString& sku,
               qint64 delta, std::optional<qint64> counted) {
    const QString id = storeId + QLatin1Char(':') + variantId;
    write.exec(QStringLiteral("INSERT INTO stock_levels(id, sku, variant_id, store_id, data, seq) VALUES(?, ?, ?, ?, "
                              "'{}', 0) ON CONFLICT(id) DO NOTHING"),
               {id, sku, variantId, storeId});
    if (counted)
        write.exec(QStringLiteral("UPDATE stock_levels SET available = ? - reserved, on_hand = ? WHERE id = ?"),
                   {*counted, *counted, id});
    else
        write.exec(QStringLiteral("UPDATE stock_levels SET on_hand = on_hand + ?, available = available + ? WHERE id "
                                  "= ?"),
                   {delta, delta, id});
    write.exec(QStringLiteral("UPDATE stock_levels SET low_stock = (low_stock_threshold IS NOT NULL AND available <= "
                              "low_stock_threshold), negative = (on_hand < 0) WHERE id = ?"),
               {id});
}

} // namespace

domain::Result<void> StockActions::checkStore(const QString& storeId) {
    auto found = m_outbox.database().select(QStringLiteral("SELECT 1 FROM entities WHERE entity = 'store' AND id = ?"),
                                            {storeId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return refusal("unknown_store", tr("Choose a store of this shop."));
    return {};
}

domain::Result<QString> StockActions::variantOf(const QString& sku) {
    auto found = m_outbox.database().select(QStringLiteral("SELECT id FROM variants WHERE sku = ? LIMIT 1"), {sku});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return refusal("unknown_sku", tr("No item of the catalog has the SKU %1.").arg(sku));
    return found->first().at(0).toString();
}

domain::Result<void> StockActions::write(const QList<Move>& moves) {
    if (moves.isEmpty())
        return refusal("nothing_to_do", tr("Enter at least one item with its quantity."));
    QList<QString> variants;
    for (const Move& move : moves) {
        auto variant = variantOf(move.sku);
        if (!variant)
            return variant.error();
        variants << *variant;
    }
    // Stamped with when they happened here, not when they reach the server: a count made after
    // them (and uploaded with them) must include them (ARCHITECTURE rule 3).
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    auto written = m_outbox.write([&](client::LocalWrite& write) {
        for (qsizetype i = 0; i < moves.size(); ++i) {
            const Move& move = moves.at(i);
            write.enqueue(QStringLiteral("stock.move"), QJsonObject{{"store_id", move.storeId},
                                                                    {"sku", move.sku},
                                                                    {"delta_milli", move.delta},
                                                                    {"reason", move.reason},
                                                                    {"occurred_at", now}});
            moveLevel(write, move.storeId, variants.at(i), move.sku, move.delta, std::nullopt);
        }
    });
    if (!written)
        return written.error();
    return {};
}

domain::Result<void> StockActions::receive(const QString& storeId, const QList<StockLine>& lines) {
    if (auto known = checkStore(storeId); !known)
        return known;
    QList<Move> moves;
    for (const StockLine& line : lines) {
        if (line.qtyMilli <= 0)
            return refusal("invalid_quantity", tr("%1: a delivery brings more than nothing.").arg(line.sku));
        moves << Move{storeId, line.sku, line.qtyMilli, QStringLiteral("receipt")};
    }
    return write(moves);
}

domain::Result<void> StockActions::adjust(const QString& storeId, const QList<StockLine>& lines,
                                          const QString& reason) {
    if (auto known = checkStore(storeId); !known)
        return known;
    const bool damage = reason == QLatin1String("damage");
    if (!damage && reason != QLatin1String("adjustment"))
        return refusal("invalid_reason", tr("Stock is written off as damaged or corrected."));
    QList<Move> moves;
    for (const StockLine& line : lines) {
        if (line.qtyMilli == 0 || (damage && line.qtyMilli < 0))
            return refusal("invalid_quantity", tr("%1: give how many were damaged.").arg(line.sku));
        moves << Move{storeId, line.sku, damage ? -line.qtyMilli : line.qtyMilli, reason};
    }
    return write(moves);
}

domain::Result<void> StockActions::transfer(const QString& fromStoreId, const QString& toStoreId,
                                            const QList<StockLine>& lines) {
    if (fromStoreId == toStoreId)
        return refusal("same_store", tr("A transfer goes from one store to another."));
    if (auto known = checkStore(fromStoreId); !known)
        return known;
    if (auto known = checkStore(toStoreId); !known)
        return known;
    QList<Move> moves;
    for (const StockLine& line : lines) {
        if (line.qtyMilli <= 0)
            return refusal("invalid_quantity", tr("%1: a transfer moves more than nothing.").arg(line.sku));
        moves << Move{fromStoreId, line.sku, -line.qtyMilli, QStringLiteral("transfer_out")}
              << Move{toStoreId, line.sku, line.qtyMilli, QStringLiteral("transfer_in")};
    }
    return write(moves);
}

domain::Result<void> StockActions::count(const QString& storeId, const QList<StockLine>& counted,
                                         const QDateTime& countedAt) {
    if (auto known = checkStore(storeId); !known)
        return known;
    if (counted.isEmpty())
        return refusal("nothing_to_do", tr("Nothing was counted."));
    QList<QString> variants;
    for (const StockLine& line : counted) {
        if (line.qtyMilli < 0)
            return refusal("invalid_quantity", tr("%1: a count is never below zero.").arg(line.sku));
        auto variant = variantOf(line.sku);
        if (!variant)
            return variant.error();
        variants << *variant;
    }
    const QString at = countedAt.toUTC().toString(Qt::ISODateWithMs);
    auto written = m_outbox.write([&](client::LocalWrite& write) {
        for (qsizetype i = 0; i < counted.size(); ++i) {
            const StockLine& line = counted.at(i);
            write.enqueue(QStringLiteral("stock.count"), QJsonObject{{"store_id", storeId},
                                                                     {"sku", line.sku},
                                                                     {"counted_milli", line.qtyMilli},
                                                                     {"counted_at", at}});
            // Sales rung after the count still count on the server; here the count shows as is.
            moveLevel(write, storeId, variants.at(i), line.sku, 0, line.qtyMilli);
        }
    });
    if (!written)
        return written.error();
    return {};
}

} // namespace tp::backoffice
