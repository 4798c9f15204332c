#include "storedvalue/StoredValueMutations.h"

#include <algorithm>

#include "core/Validation.h"
#include "domain/money/Currency.h"
#include "protocol/JsonFields.h"
#include "storedvalue/StoredValueLedger.h"

namespace tp::server::storedvalue {

using protocol::invalidField;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

// Far more than any card; keeps sums of many cards far from overflowing.
constexpr std::int64_t kMaxCardAmount = 100'000'000'000;

Result<Poco::JSON::Object::Ptr> issueGiftCard(sync::MutationScope& scope) {
    const http::Principal& pusher = scope.pusher;
    if (auto allowed = scope.requireOwnerOrManager("issue gift cards"); !allowed)
        return allowed.error();
    const protocol::JsonFields fields(scope.mutation.data, "data");
    auto id = fields.requiredString("id", 64);
    if (!id)
        return id.error();
    if (!looksLikeId(id.value()))
        return invalidField("data.id", "must be an id (UUID text)");
    auto typed = fields.requiredString("code", 64);
    if (!typed)
        return typed.error();
    const std::string code = StoredValueLedger::normaliseCode(typed.value());
    if (code.size() < 5 || code.size() > 32 || !std::all_of(code.begin(), code.end(), [](char c) {
            return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        }))
        return invalidField("data.code", "must be 5 to 32 letters, digits or -");
    auto amount = fields.requiredInteger("amount");
    if (!amount)
        return amount.error();
    if (amount.value() <= 0 || amount.value() > kMaxCardAmount)
        return invalidField("data.amount", "must be more than 0 minor units (and not absurdly many)");
    auto currency = fields.requiredString("currency", 3);
    if (!currency)
        return currency.error();
    if (!tp::domain::Currency::fromCode(currency.value()))
        return invalidField("data.currency", "must be an ISO 4217 code such as EUR");
    auto card = StoredValueLedger::issueGiftCard(
        scope.connection, pusher.tenantId, id.value(), code, currency.value(), amount.value(),
        [&scope] { return scope.newId(); }, scope.now);
    if (!card) {
        if (card.error().code == "unique_violation") // the id itself was used for another card
            return makeError("conflict", "data.id: a gift card with id " + id.value() + " exists already");
        return card.error();
    }
    Poco::JSON::Object::Ptr result = card->toJson();
    result->set("gift_card_id", card->id);
    return result;
}

} // namespace

void registerStoredValueMutations(sync::MutationRegistry& registry) {
    registry.add("gift_card.issue", issueGiftCard);
}

} // namespace tp::server::storedvalue
