#include "mail/ReceiptEmails.h"

#include "core/Validation.h"
#include "protocol/JsonFields.h"

namespace tp::server::mail {

using protocol::invalidField;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

Result<Poco::JSON::Object::Ptr> emailReceipt(sync::MutationScope& scope,
                                             const std::shared_ptr<const MailSpool>& spool) {
    const std::string& tenantId = scope.pusher.tenantId;
    const protocol::JsonFields fields(scope.mutation.data, "data");
    auto orderId = fields.requiredString("order_id", 64);
    if (!orderId)
        return orderId.error();
    auto to = fields.requiredString("email", 254);
    if (!to)
        return to.error();
    if (auto valid = checkEmail(to.value(), "data.email"); !valid)
        return valid.error();
    auto subject = fields.requiredString("subject", 200);
    if (!subject)
        return subject.error();
    auto text = fields.requiredString("text", 20000);
    if (!text)
        return text.error();
    if (text.value().empty())
        return invalidField("data.text", "must not be empty");
    if (!looksLikeId(orderId.value()))
        return makeError("not_found", "data.order_id: no order with id " + orderId.value());
    auto order = scope.connection.execute("SELECT store_id FROM orders WHERE tenant_id = ? AND id = ?",
                                          {tenantId, orderId.value()});
    if (!order)
        return order.error();
    if (order->empty())
        return makeError("not_found", "data.order_id: no order with id " + orderId.value());
    if (auto allowed = scope.checkStoreAllowed(order->first().text(0), "data.order_id"); !allowed)
        return allowed.error();

    const OutboundEmail email{tenantId, scope.newId(), to.value(), subject.value(), text.value(), scope.now};
    auto queued = scope.connection.execute(
        "INSERT INTO outbound_emails (tenant_id, id, kind, order_id, to_address, subject, body, status, created_at) "
        "VALUES (?, ?, 'receipt', ?, ?, ?, ?, 'queued', ?)",
        {tenantId, email.id, orderId.value(), email.to, email.subject, email.body, email.createdAt});
    if (!queued)
        return queued.error();
    // Spooled once the queueing is committed; a failure leaves it queued for the next start.
    ServerContext& context = scope.context;
    scope.connection.afterCommit([spool, email, &context] { (void)spool->deliver(context, email); });
    Poco::JSON::Object::Ptr result = new Poco::JSON::Object;
    result->set("email_id", email.id);
    result->set("status", "queued");
    return result;
}

} // namespace

void registerReceiptEmails(sync::MutationRegistry& registry, std::shared_ptr<const MailSpool> spool) {
    registry.add("receipt.email", [spool](sync::MutationScope& scope) { return emailReceipt(scope, spool); });
}

} // namespace tp::server::mail
