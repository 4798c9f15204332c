#include "orders/OrderRoutes.h"

#include <Poco/JSON/Array.h>

#include "core/Envelopes.h"
#include "core/Pagination.h"

namespace tp::server::orders {

using http::Access;
using http::Request;
using http::Response;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

Result<Response> listOrders(Request& request, Orders& orders) {
    auto page = readPage(request);
    if (!page)
        return page.error();
    OrderQuery query;
    query.page = page.value();
    query.channel = request.queryValue("channel").value_or("");
    if (!query.channel.empty() && query.channel != "pos" && query.channel != "online" && query.channel != "external")
        return makeError("invalid_request", "channel must be pos, online or external");
    query.status = request.queryValue("status").value_or("");
    query.storeId = request.queryValue("store_id").value_or("");
    query.q = request.queryValue("q").value_or("");
    if (query.q.size() > 64)
        return makeError("invalid_request", "q must be at most 64 bytes long");
    auto list = orders.list(request.principal->tenantId, query);
    if (!list)
        return list.error();
    Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
    for (const ListedOrder& listed : list.value())
        items->add(listed.order);
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
    body->set("orders", items);
    setNextCursor(body, query.page, list->size(), list->empty() ? std::string() : list->back().cursorKey);
    return Response::json(200, body);
}

} // namespace

void addOrderRoutes(http::Router& router, Orders& orders) {
    router.add({"GET",
                "/api/v1/orders",
                Access::Staff,
                {},
                {},
                [&orders](Request& r) { return listOrders(r, orders); },
                "List orders of every channel, newest first: channel, status, store_id, q (number prefix), cursor, "
                "limit",
                "",
                "OrderList"});
    router.add({"GET",
                "/api/v1/orders/{id}",
                Access::Staff,
                {},
                {},
                [&orders](Request& r) -> Result<Response> {
                    auto order = orders.get(r.principal->tenantId, r.param("id"));
                    if (!order)
                        return order.error();
                    return Response::json(200, wrap("order", order.value()));
                },
                "Read an order with its lines, payments, flags and status history",
                "",
                "OrderEnvelope",
                200,
                true});
}

} // namespace tp::server::orders
