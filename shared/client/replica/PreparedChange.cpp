#include "client/replica/PreparedChange.h"

#include <QJsonDocument>

#include "client/replica/StockLevelProjection.h"

namespace tp::client {

PreparedChange PreparedChange::from(const FeedChange& change) {
    PreparedChange prepared;
    prepared.op = change.op;
    prepared.entity = change.entity;
    prepared.id = change.id;
    prepared.seq = change.seq;
    if (change.op == FeedChange::Op::Delete)
        return prepared;
    const QString json = change.dataText.isEmpty()
                             ? QString::fromUtf8(QJsonDocument(change.data).toJson(QJsonDocument::Compact))
                             : change.dataText;
    if (change.entity == QLatin1String("product"))
        prepared.product = ProductRows::fromJson(change.id, change.seq, change.data, json);
    else if (change.entity == QLatin1String("stock_level"))
        prepared.stockLevel = StockLevelProjection::rows(change.id, change.seq, change.data, json);
    else
        prepared.json = json;
    return prepared;
}

} // namespace tp::client
