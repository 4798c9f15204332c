#pragma once

#include <memory>

#include "mail/MailSpool.h"
#include "sync/Mutation.h"

namespace tp::server::mail {

// Push mutation "receipt.email" {"order_id","email","subject","text"}: a register (or staff)
// asks for an order's receipt to go to the customer by e-mail — queued at the till while it is
// offline, sent when this arrives. The text is the receipt as the register laid it out for
// paper. The message is kept in outbound_emails in the mutation's transaction and handed to
// the spool once it commits. A register may only send receipts of its own store's orders.
void registerReceiptEmails(sync::MutationRegistry& registry, std::shared_ptr<const MailSpool> spool);

} // namespace tp::server::mail
