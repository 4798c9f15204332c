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

// A coupon as the office defines it (API additions: coupon.upsert). Percent values are in
// basis points (1500 = 15 %), fixed values and the minimum order in minor units of `currency`.
struct CouponDraft {
    QString id; // empty: a new coupon
    qint64 version = 0;
    QString code;
    QString name;
    QString type = QStringLiteral("percent"); // percent | fixed
    qint64 value = 0;
    QString currency;
    qint64 minimumOrder = 0;
    std::optional<QDateTime> validFrom;
    std::optional<QDateTime> validUntil;
    std::optional<qint64> maxRedemptions;
    std::optional<qint64> maxRedemptionsPerCustomer;
    QStringList skus;
    QStringList categoryIds;
    QString status = QStringLiteral("active");
};

// The shop's coupons in the backoffice, from its replica (feed entity "coupon"), and their
// edits, offline like every edit: checked here in words first (the server checks again), seen
// in the list at once, queued as coupon.upsert with the version they started from.
class CouponEdits {
    Q_DECLARE_TR_FUNCTIONS(tp::backoffice::CouponEdits)

public:
    CouponEdits(client::Outbox& outbox, domain::UuidV7Generator& ids)
        : m_outbox(outbox)
        , m_ids(ids) {}

    // By code.
    domain::Result<QList<CouponDraft>> list();
    // Errors: "invalid_code", "invalid_value", "currency_required", "invalid_validity",
    // "invalid_limit", "code_taken" (another coupon here has it). Answers the coupon's id.
    domain::Result<QString> save(const CouponDraft& coupon);
    // (id, name) of every category, by name: what a coupon can be limited to.
    domain::Result<QList<std::pair<QString, QString>>> categories();

private:
    domain::Result<void> check(const CouponDraft& coupon);

    client::Outbox& m_outbox;
    domain::UuidV7Generator& m_ids;
};

} // namespace tp::backoffice
