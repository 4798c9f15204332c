#include "models/NamedEntities.h"

#include "client/replica/ReplicaDatabase.h"

namespace tp::backoffice {

domain::Result<QList<std::pair<QString, QString>>> namedEntities(client::ReplicaDatabase& db, const QString& entity) {
    auto rows = db.select(QStringLiteral("SELECT id, coalesce(json_extract(data, '$.name'), id) FROM entities WHERE "
                                         "entity = ? ORDER BY 2 COLLATE NOCASE, id"),
                          {entity});
    if (!rows)
        return rows.error();
    QList<std::pair<QString, QString>> list;
    for (const client::SqlRow& row : *rows)
        list.append({row.at(0).toString(), row.at(1).toString()});
    return list;
}

} // namespace tp::backoffice
