#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include "domain/core/Result.h"

namespace tp::client {
class Outbox;
}

namespace tp::backoffice {

// A store's settings as the office edits them (the receipt texts have their own editor).
struct StoreProfile {
    QString storeId;
    qint64 version = 0;
    QString code;
    QString name;
    QString currency; // set when the store is made; its prices are in it
    QString timezone; // IANA, e.g. "Europe/Berlin": the store's local days for reports
    QString line1;
    QString line2;
    QString postalCode;
    QString city;
    QString country; // ISO 3166 alpha-2, e.g. "DE"
    bool pricesIncludeTax = true;
    QMap<QString, int> taxRates; // tax class → basis points (1900 = 19 %)
    qint64 loyaltyPointsPerUnit = 0;

    friend bool operator==(const StoreProfile&, const StoreProfile&) = default;
};

// The shop's stores from the replica and their settings, edited offline: the replica at once,
// store.update with the changed fields and the version it started from in the outbox (the
// registers use the new settings after their next sync). New stores are made online
// (OfficeAdmin::addStore): they count against the plan.
class StoreProfiles {
    Q_DECLARE_TR_FUNCTIONS(tp::backoffice::StoreProfiles)

public:
    explicit StoreProfiles(client::Outbox& outbox)
        : m_outbox(outbox) {}

    // By name.
    domain::Result<QList<StoreProfile>> list();
    // Errors: "invalid_name", "invalid_timezone", "invalid_country", "invalid_tax_rate",
    // "invalid_loyalty", "nothing_changed"; in words.
    domain::Result<void> save(const StoreProfile& original, const StoreProfile& edited);

    // "standard 19 %, reduced 7,5 %, zero 0 %" (", ", semicolons or lines between them; the % is
    // optional; up to two decimals) ↔ basis points per tax class. Error "invalid_tax_rate" naming the part.
    static domain::Result<QMap<QString, int>> parseTaxRates(const QString& text);
    static QString taxRatesText(const QMap<QString, int>& rates);

private:
    client::Outbox& m_outbox;
};

} // namespace tp::backoffice
