#include "models/csv/CatalogCurrency.h"

#include "client/replica/ReplicaDatabase.h"

namespace tp::backoffice {

domain::Currency catalogCurrency(client::ReplicaDatabase& db) {
    auto stores = db.select(QStringLiteral("SELECT json_extract(data, '$.currency') FROM entities WHERE entity = "
                                           "'store' ORDER BY json_extract(data, '$.created_at'), id LIMIT 1"));
    if (stores && !stores->isEmpty())
        if (auto currency = domain::Currency::fromCode(stores->first().at(0).toString().toStdString()))
            return *currency;
    return *domain::Currency::fromCode("EUR");
}

} // namespace tp::backoffice
