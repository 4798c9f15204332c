#include "models/stock/StockHistory.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include "client/sync/SyncApi.h"
#include "models/stock/LocalStockMovements.h"

namespace tp::backoffice {

QString StockMovementView::reasonText() const {
    static const QHash<QString, const char*> names{{"receipt", QT_TR_NOOP("Received")},
                                                   {"sale", QT_TR_NOOP("Sold")},
                                                   {"refund", QT_TR_NOOP("Returned")},
                                                   {"transfer_in", QT_TR_NOOP("Transferred in")},
                                                   {"transfer_out", QT_TR_NOOP("Transferred out")},
                                                   {"damage", QT_TR_NOOP("Damaged")},
                                                   {"adjustment", QT_TR_NOOP("Corrected")},
                                                   {"count", QT_TR_NOOP("Counted")}};
    const auto name = names.constFind(reason);
    return name == names.constEnd() ? reason : StockHistory::tr(name.value());
}

void StockHistory::fetch(const QString& storeId, const QString& sku, int limit, Done done) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("store_id"), storeId);
    query.addQueryItem(QStringLiteral("sku"), sku);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    m_api.get(QStringLiteral("/api/v1/inventory/movements"), query,
              [this, storeId, sku, limit, done = std::move(done)](const std::optional<client::SyncError>& error,
                                                                  const QJsonObject& body, const QByteArray&) {
                  if (error && !error->reachedServer && m_replica) {
                      auto known = LocalStockMovements::read(*m_replica, storeId, sku, limit);
                      if (!known)
                          return done(known.error());
                      return done(StockHistoryPage{known.value(), false});
                  }
                  if (error) {
                      const QString message =
                          error->reachedServer
                              ? tr("The server did not give the history: %1").arg(error->message)
                              : tr("The history is kept on the server, which cannot be reached now; the levels "
                                   "here are up to date as of the last sync.");
                      done(domain::makeError(error->reachedServer ? "refused" : "offline", message.toStdString()));
                      return;
                  }
                  QList<StockMovementView> movements;
                  for (const QJsonValue& value : body.value(QLatin1String("movements")).toArray()) {
                      const QJsonObject entry = value.toObject();
                      StockMovementView movement;
                      movement.occurredAt = entry.value(QLatin1String("occurred_at")).toString();
                      movement.reason = entry.value(QLatin1String("reason")).toString();
                      movement.deltaMilli = entry.value(QLatin1String("delta_milli")).toInteger();
                      if (entry.value(QLatin1String("counted_milli")).isDouble())
                          movement.countedMilli = entry.value(QLatin1String("counted_milli")).toInteger();
                      movement.actor = entry.value(QLatin1String("actor")).toString();
                      movements << movement;
                  }
                  done(StockHistoryPage{movements, true});
              });
}

} // namespace tp::backoffice
