#include "storedvalue/StoredValueRoutes.h"

#include <Poco/JSON/Array.h>

#include "core/Envelopes.h"
#include "core/Validation.h"
#include "storedvalue/StoredValueLedger.h"

namespace tp::server::storedvalue {

using http::Access;
using http::Request;
using http::Response;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

Result<Response> giftCard(Request& request, ServerContext& context) {
    const std::string& tenantId = request.principal->tenantId;
    const std::string code = StoredValueLedger::normaliseCode(request.param("code"));
    auto card = context.database.transact<std::optional<StoredValueAccount>>(
        db::Scope::tenant(tenantId), db::TransactionKind::Read,
        [&](db::Connection& connection) { return StoredValueLedger::giftCard(connection, tenantId, code); });
    if (!card)
        return card.error();
    if (!card.value())
        return makeError("not_found", "no gift card has the code " + code);
    return Response::json(200, wrap("gift_card", card.value()->toJson()));
}

Result<Response> storeCredit(Request& request, ServerContext& context) {
    const std::string& tenantId = request.principal->tenantId;
    const std::string customerId = request.param("id");
    if (!looksLikeId(customerId))
        return makeError("not_found", "no customer with id " + customerId);
    auto accounts = context.database.transact<std::optional<std::vector<StoredValueAccount>>>(
        db::Scope::tenant(tenantId), db::TransactionKind::Read,
        [&](db::Connection& connection) -> Result<std::optional<std::vector<StoredValueAccount>>> {
            auto customer =
                connection.execute("SELECT 1 FROM customers WHERE tenant_id = ? AND id = ?", {tenantId, customerId});
            if (!customer)
                return customer.error();
            if (customer->empty())
                return std::optional<std::vector<StoredValueAccount>>{};
            auto credit = StoredValueLedger::storeCredit(connection, tenantId, customerId);
            if (!credit)
                return credit.error();
            return std::optional<std::vector<StoredValueAccount>>(std::move(credit).value());
        });
    if (!accounts)
        return accounts.error();
    if (!accounts.value())
        return makeError("not_found", "no customer with id " + customerId);
    Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
    for (const StoredValueAccount& account : *accounts.value())
        items->add(account.toJson());
    return Response::json(200, wrap("store_credit", items));
}

} // namespace

void addStoredValueRoutes(http::Router& router, ServerContext& context) {
    router.add({"GET",
                "/api/v1/gift-cards/{code}",
                Access::StaffOrDevice,
                {},
                {},
                [&context](Request& r) { return giftCard(r, context); },
                "A gift card's balance and status, by its code (spaces and case ignored)",
                "",
                "GiftCardEnvelope",
                200,
                true});
    router.add({"GET",
                "/api/v1/customers/{id}/store-credit",
                Access::StaffOrDevice,
                {},
                {},
                [&context](Request& r) { return storeCredit(r, context); },
                "A customer's store credit, one balance per currency",
                "",
                "StoreCreditList",
                200,
                true});
}

} // namespace tp::server::storedvalue
