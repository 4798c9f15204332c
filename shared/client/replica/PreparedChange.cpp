#include "client/replica/PreparedChange.h"

#include <QJsonDocument>
#include <simdjson.h>

#include "client/replica/StockLevelProjection.h"

namespace tp::client {

domain::Result<PreparedChange> PreparedChange::fromText(FeedChange::Op op, const QString& entity, const QString& id,
                                                        qint64 seq, const QByteArray& data) {
    PreparedChange prepared;
    prepared.op = op;
    prepared.entity = entity;
    prepared.id = id;
    prepared.seq = seq;
    if (op == FeedChange::Op::Delete)
        return prepared;
    if (entity == QLatin1String("product")) {
        auto rows = ProductRows::fromJson(id, seq, data);
        if (!rows)
            return rows.error();
        prepared.product = std::move(rows).value();
        return prepared;
    }
    if (entity == QLatin1String("stock_level")) {
        QJsonParseError error{};
        const QJsonDocument level = QJsonDocument::fromJson(data, &error);
        if (error.error != QJsonParseError::NoError || !level.isObject())
            return domain::makeError("malformed_response", "stock level " + id.toStdString() + " is not a JSON object");
        prepared.stockLevel = StockLevelProjection::rows(id, seq, level.object(), QString::fromUtf8(data));
        return prepared;
    }
    // Kept as text for whoever knows the entity; it must at least be a JSON object.
    thread_local simdjson::dom::parser parser;
    simdjson::dom::object object;
    if (parser.parse(data.constData(), size_t(data.size())).get_object().get(object) != simdjson::SUCCESS)
        return domain::makeError("malformed_response",
                                 entity.toStdString() + " " + id.toStdString() + " is not a JSON object");
    prepared.json = QString::fromUtf8(data);
    return prepared;
}

domain::Result<PreparedChange> PreparedChange::from(const FeedChange& change) {
    const QByteArray data = change.dataText.isEmpty() ? QJsonDocument(change.data).toJson(QJsonDocument::Compact)
                                                      : change.dataText.toUtf8();
    return fromText(change.op, change.entity, change.id, change.seq, data);
}

} // namespace tp::client
