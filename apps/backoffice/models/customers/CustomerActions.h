#pragma once

#include <QCoreApplication>
#include <QString>

#include "domain/core/Result.h"
#include "models/customers/CustomerProfile.h"

namespace tp::client {
class Outbox;
}
namespace tp::domain {
class UuidV7Generator;
}

namespace tp::backoffice {

// What the office does for a customer, offline like everything else: a new customer or an
// edit of one (customer.upsert with the version it started from), the customer's own data
// written to a file they can be given (a privacy request), and their personal data erased for
// good (customer.anonymize).
class CustomerActions {
    Q_DECLARE_TR_FUNCTIONS(tp::backoffice::CustomerActions)

public:
    CustomerActions(client::Outbox& outbox, domain::UuidV7Generator& ids)
        : m_outbox(outbox)
        , m_ids(ids) {}

    // A profile to fill in for a new customer.
    CustomerProfile create();
    // Errors: "invalid_name", "invalid_email", "invalid_phone", "customer_anonymized",
    // "nothing_changed".
    domain::Result<void> save(const CustomerProfile& original, const CustomerProfile& edited);
    // Everything this office holds about the customer — details, orders with their lines,
    // payments and history, loyalty points — as one JSON file. Error "write_failed".
    domain::Result<void> exportData(const CustomerProfile& profile, const QString& path);
    // Error "customer_anonymized" when it was done already.
    domain::Result<void> anonymize(const CustomerProfile& profile);

private:
    client::Outbox& m_outbox;
    domain::UuidV7Generator& m_ids;
};

} // namespace tp::backoffice
