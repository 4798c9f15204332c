#pragma once

#include <QDateTime>

#include <memory>

#include "TempReplica.h"
#include "client/outbox/Outbox.h"
#include "domain/ids/UuidV7Generator.h"
#include "register/ReceiptDesk.h"
#include "register/Till.h"

namespace tp::pos::testing {

// A register's replica as the feed would leave it (the store, a few products, a cashier with
// PIN 4826 and a manager with PIN 1397, hashed outside Qt), and a Till over it with a receipt
// desk but no printer.
class RegisterUiFixture {
public:
    RegisterUiFixture();
    Till& till() { return *m_till; }
    client::ReplicaDatabase& db() { return m_replica.db(); }
    client::Outbox& outbox() { return *m_outbox; }

private:
    client::testing::TempReplica m_replica;
    domain::UuidV7Generator m_ids;
    std::unique_ptr<client::Outbox> m_outbox;
    std::unique_ptr<ReceiptDesk> m_receipts; // no printer: receipts are kept, and can be e-mailed
    std::unique_ptr<Till> m_till;
};

} // namespace tp::pos::testing
