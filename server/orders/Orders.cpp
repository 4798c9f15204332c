#include "orders/Orders.h"

namespace tp::server::orders {

using tp::domain::Result;

Result<Poco::JSON::Object::Ptr> Orders::get(const std::string& tenantId, const std::string& id) {
    return m_context.database.transact<Poco::JSON::Object::Ptr>(
        db::Scope::tenant(tenantId), db::TransactionKind::Read,
        [&](db::Connection& connection) { return OrderRecords::load(connection, tenantId, id); });
}

Result<std::vector<ListedOrder>> Orders::list(const std::string& tenantId, const OrderQuery& query) {
    return m_context.database.transact<std::vector<ListedOrder>>(
        db::Scope::tenant(tenantId), db::TransactionKind::Read,
        [&](db::Connection& connection) { return OrderRecords::list(connection, tenantId, query); });
}

} // namespace tp::server::orders
