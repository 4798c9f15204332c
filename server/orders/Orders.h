#pragma once

#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "core/ServerContext.h"
#include "domain/core/Result.h"
#include "orders/OrderRecords.h"

namespace tp::server::orders {

// Reading orders of every channel for staff (writes arrive as sync mutations).
class Orders {
public:
    explicit Orders(ServerContext& context)
        : m_context(context) {}

    tp::domain::Result<Poco::JSON::Object::Ptr> get(const std::string& tenantId, const std::string& id);
    tp::domain::Result<std::vector<ListedOrder>> list(const std::string& tenantId, const OrderQuery& query);

private:
    ServerContext& m_context;
};

} // namespace tp::server::orders
