#include "storedvalue/StoredValueLedger.h"

#include <algorithm>
#include <cctype>

namespace tp::server::storedvalue {

using tp::domain::makeError;
using tp::domain::Result;

namespace {

constexpr const char* kColumns = "id, kind, code, customer_id, currency, balance, status";

StoredValueAccount fromRow(const db::SqlRow& row) {
    StoredValueAccount account;
    account.id = row.text(0);
    account.kind = row.text(1);
    if (!row.isNull(2))
        account.code = row.text(2);
    if (!row.isNull(3))
        account.customerId = row.text(3);
    account.currency = row.text(4);
    account.balance = row.integer(5);
    account.status = row.text(6);
    return account;
}

Result<std::vector<StoredValueAccount>> select(db::Connection& connection, const std::string& where,
                                               const db::SqlParams& params) {
    auto rows =
        connection.execute(std::string("SELECT ") + kColumns + " FROM stored_value_accounts WHERE " + where, params);
    if (!rows)
        return rows.error();
    std::vector<StoredValueAccount> accounts;
    for (const db::SqlRow& row : rows->rows())
        accounts.push_back(fromRow(row));
    return accounts;
}

Result<void> insertAccount(db::Connection& connection, const std::string& tenantId, const StoredValueAccount& account,
                           std::int64_t nowMillis) {
    auto inserted = connection.execute(
        "INSERT INTO stored_value_accounts (tenant_id, id, kind, code, customer_id, currency, balance, status, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
        {tenantId, account.id, account.kind, db::sqlText(account.code), db::sqlText(account.customerId),
         account.currency, account.status, nowMillis, nowMillis});
    if (!inserted) {
        if (inserted.error().code == "unique_violation" && account.code)
            return makeError("code_taken", "data.code: another gift card has the code " + *account.code);
        return inserted.error();
    }
    return {};
}

} // namespace

Poco::JSON::Object::Ptr StoredValueAccount::toJson() const {
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    json->set("kind", kind);
    if (code)
        json->set("code", *code);
    if (customerId)
        json->set("customer_id", *customerId);
    json->set("currency", currency);
    json->set("balance", balance);
    json->set("status", status);
    return json;
}

std::string StoredValueLedger::normaliseCode(std::string_view typed) {
    std::string code;
    for (const char c : typed) {
        if (std::isspace(static_cast<unsigned char>(c)))
            continue; // printed in groups, typed with or without the spaces
        code.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
    return code;
}

Result<std::optional<StoredValueAccount>> StoredValueLedger::giftCard(db::Connection& connection,
                                                                      const std::string& tenantId,
                                                                      const std::string& normalisedCode) {
    auto found = select(connection, "tenant_id = ? AND code = ? AND kind = 'gift_card'", {tenantId, normalisedCode});
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<StoredValueAccount>{};
    return std::optional<StoredValueAccount>(found->front());
}

Result<std::vector<StoredValueAccount>>
StoredValueLedger::storeCredit(db::Connection& connection, const std::string& tenantId, const std::string& customerId) {
    return select(connection, "tenant_id = ? AND kind = 'store_credit' AND customer_id = ? ORDER BY currency",
                  {tenantId, customerId});
}

Result<StoredValueAccount> StoredValueLedger::storeCreditAccount(db::Connection& connection,
                                                                 const std::string& tenantId,
                                                                 const std::string& customerId,
                                                                 const std::string& currency, const NewId& newId,
                                                                 std::int64_t nowMillis) {
    auto found = select(connection, "tenant_id = ? AND kind = 'store_credit' AND customer_id = ? AND currency = ?",
                        {tenantId, customerId, currency});
    if (!found)
        return found.error();
    if (!found->empty())
        return found->front();
    StoredValueAccount account;
    account.id = newId();
    account.kind = "store_credit";
    account.customerId = customerId;
    account.currency = currency;
    account.status = "active";
    if (auto inserted = insertAccount(connection, tenantId, account, nowMillis); !inserted)
        return inserted.error();
    return account;
}

Result<StoredValueAccount> StoredValueLedger::issueGiftCard(db::Connection& connection, const std::string& tenantId,
                                                            const std::string& id, const std::string& code,
                                                            const std::string& currency, std::int64_t amount,
                                                            const NewId& newId, std::int64_t nowMillis) {
    StoredValueAccount card;
    card.id = id;
    card.kind = "gift_card";
    card.code = code;
    card.currency = currency;
    card.status = "active";
    if (auto inserted = insertAccount(connection, tenantId, card, nowMillis); !inserted)
        return inserted.error();
    if (auto loaded = move(connection, tenantId, id, amount, "issue", std::nullopt, nowMillis, newId); !loaded)
        return loaded.error();
    card.balance = amount;
    return card;
}

Result<void> StoredValueLedger::move(db::Connection& connection, const std::string& tenantId,
                                     const std::string& accountId, std::int64_t delta, const std::string& reason,
                                     const std::optional<std::string>& orderId, std::int64_t at, const NewId& newId) {
    auto moved = connection.execute("INSERT INTO stored_value_movements (tenant_id, id, account_id, delta, reason, "
                                    "order_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                    {tenantId, newId(), accountId, delta, reason, db::sqlText(orderId), at});
    if (!moved)
        return moved.error();
    auto balance = connection.execute(
        "UPDATE stored_value_accounts SET balance = balance + ?, updated_at = ? WHERE tenant_id = ? AND id = ?",
        {delta, at, tenantId, accountId});
    if (!balance)
        return balance.error();
    return {};
}

} // namespace tp::server::storedvalue
