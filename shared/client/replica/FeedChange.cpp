#include "client/replica/FeedChange.h"

namespace tp::client {

namespace {

domain::Error malformed(const char* field) {
    return domain::makeError("malformed_response", std::string("a change in the feed has no valid \"") + field + "\"");
}

} // namespace

domain::Result<FeedChange> FeedChange::fromJson(const QJsonValue& json) {
    if (!json.isObject())
        return domain::makeError("malformed_response", "a change in the feed is not an object");
    const QJsonObject object = json.toObject();
    FeedChange change;
    const QJsonValue seq = object.value(QLatin1String("seq"));
    if (!seq.isDouble() || seq.toInteger(-1) < 0)
        return malformed("seq");
    change.seq = seq.toInteger();
    change.entity = object.value(QLatin1String("entity")).toString();
    if (change.entity.isEmpty())
        return malformed("entity");
    // Ids are strings on the wire; a number is accepted as its decimal text.
    const QJsonValue id = object.value(QLatin1String("id"));
    change.id = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
    if (change.id.isEmpty())
        return malformed("id");
    const QString op = object.value(QLatin1String("op")).toString();
    if (op == QLatin1String("upsert"))
        change.op = Op::Upsert;
    else if (op == QLatin1String("delete"))
        change.op = Op::Delete;
    else
        return malformed("op");
    const QJsonValue data = object.value(QLatin1String("data"));
    if (change.op == Op::Upsert && !data.isObject())
        return malformed("data");
    change.data = data.toObject();
    return change;
}

} // namespace tp::client
