#pragma once

#include <QJsonObject>
#include <QString>

#include "domain/core/Result.h"
#include "domain/money/Currency.h"
#include "domain/tax/TaxPolicy.h"
#include "domain/tax/TaxTable.h"

namespace tp::client {
class ReplicaDatabase;
}

namespace tp::pos {

// The selling rules of the store this register stands in, as the change feed brought them
// (the "store" entity of API.md): its currency, whether shelf prices include tax, and the
// rate of each tax class. A sale is priced with these and nothing else.
struct StoreProfile {
    QString storeId;
    QString name;
    domain::Currency currency;
    domain::TaxTable taxes;
    domain::TaxPolicy policy;
    QString receiptHeader; // the address line(s) under the name, as the backoffice set them
    QString receiptFooter;
    qint64 loyaltyPointsPerUnit = 0; // points a customer earns per whole unit of the currency

    // Errors: "store_unknown" (not in the replica yet: the first sync has not brought it),
    // "store_invalid" (its currency or a tax rate cannot be used), each in words.
    static domain::Result<StoreProfile> fromJson(const QString& storeId, const QJsonObject& store);
    static domain::Result<StoreProfile> load(client::ReplicaDatabase& db, const QString& storeId);
};

} // namespace tp::pos
