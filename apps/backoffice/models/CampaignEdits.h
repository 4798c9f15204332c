#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "domain/core/Result.h"

namespace tp::client {
class Outbox;
}
namespace tp::domain {
class UuidV7Generator;
}

namespace tp::backoffice {

// One sale price of a campaign, in minor units of `currency`.
struct CampaignPriceLine {
    QString sku;
    qint64 amount = 0;
    QString currency;

    friend bool operator==(const CampaignPriceLine&, const CampaignPriceLine&) = default;
};

// A price campaign as the office defines it (API additions: campaign.upsert): sale prices
// from `startsAt` until `endsAt` in the listed stores (none: every store).
struct CampaignDraft {
    QString id; // empty: a new campaign
    qint64 version = 0;
    QString name;
    QDateTime startsAt;
    QDateTime endsAt;
    QStringList storeIds;
    QList<CampaignPriceLine> prices;
    QString status = QStringLiteral("active"); // active | archived

    // What the campaign is at `now`: "planned", "running", "ended" or "archived".
    QString phase(const QDateTime& now) const;
};

// A variant as a campaign line shows it: its name and what it sells for without the campaign.
struct CampaignItem {
    QString name;
    std::optional<qint64> regularPrice; // minor units of `currency`
    QString currency;
};

// The shop's price campaigns in the backoffice, from its replica (feed entity "campaign"), and
// their edits, offline like every edit: checked here in words first (the server checks again),
// seen in the list at once, queued as campaign.upsert with the version they started from.
class CampaignEdits {
    Q_DECLARE_TR_FUNCTIONS(tp::backoffice::CampaignEdits)

public:
    CampaignEdits(client::Outbox& outbox, domain::UuidV7Generator& ids)
        : m_outbox(outbox)
        , m_ids(ids) {}

    // Newest start first.
    domain::Result<QList<CampaignDraft>> list();
    // Errors: "invalid_name", "invalid_dates" (ends before it starts), "no_prices",
    // "invalid_price" (below 0), "unknown_sku" (not in the catalog here), "duplicate_sku".
    // Answers the campaign's id.
    domain::Result<QString> save(const CampaignDraft& campaign);
    // `regular` less `percent` % (0–100), to the minor unit, half up: 1999 less 25 % is 1499.
    static qint64 percentOff(qint64 regular, int percent);
    // Empty when the sku is not in the catalog here.
    domain::Result<std::optional<CampaignItem>> item(const QString& sku);

private:
    domain::Result<void> check(const CampaignDraft& campaign);

    client::Outbox& m_outbox;
    domain::UuidV7Generator& m_ids;
};

} // namespace tp::backoffice
