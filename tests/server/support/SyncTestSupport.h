#pragma once

#include <map>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "ApiTestServer.h"

namespace tp::test {

// One line of a test order: qty in thousandths, prices in minor units (tax included).
struct TestLine {
    std::string sku;
    long long qtyMilli = 1000;
    long long unitPrice = 100;
};

// A new UUID text for client-made ids.
std::string newClientId();

// The data of an "order.create" mutation that adds up: lines at their unit price, no discount,
// tax included (the tests' stores keep prices_include_tax), paid in cash.
std::string posOrderData(const std::string& orderId, const std::string& number, const std::string& storeId,
                         const std::vector<TestLine>& lines, const std::string& shiftId = {},
                         const std::string& createdAt = "2026-05-01T10:00:00Z");

// {"mutation_id","type","data"} as JSON text, `data` being JSON text already.
std::string mutationJson(const std::string& mutationId, const std::string& type, const std::string& data);

// POST /api/v1/sync/push of these mutations (JSON texts).
ApiResponse push(const ApiTestServer& server, const std::string& token, const std::vector<std::string>& mutations);

// The results array of a push answer, or null.
Poco::JSON::Array::Ptr resultsOf(const ApiResponse& response);

// Pushes one mutation ({"mutation_id": new, type, data as JSON text}) and answers its result
// object; null, with the test failed, when the push itself was not answered 200.
Poco::JSON::Object::Ptr pushOne(const ApiTestServer& server, const std::string& token, const std::string& type,
                                const std::string& data);
// A push result's status ("applied", "duplicate", "rejected"), and its error's code or message
// ("" when it has none).
std::string statusOf(const Poco::JSON::Object::Ptr& result);
std::string errorOf(const Poco::JSON::Object::Ptr& result, const std::string& part = "code");

// The data of an order.create of `qtyMilli` of one sku (negative: coming back) at `unitPrice`,
// tax included, paid as `paymentsJson` says (a JSON array; empty: all in cash), for a customer
// when one is given.
std::string oneLineOrder(const std::string& orderId, const std::string& number, const std::string& storeId,
                         const std::string& sku, long long unitPrice, long long qtyMilli,
                         const std::string& paymentsJson = {}, const std::string& customerId = {},
                         const std::string& createdAt = "2026-05-01T10:00:00Z");

// Every change after `since` by paging GET /api/v1/sync/changes with `limit`; fails the test
// (and returns what it has) on a non-200 page.
std::vector<Poco::JSON::Object::Ptr> pullAll(const ApiTestServer& server, const std::string& token,
                                             const std::string& since = "0", int limit = 100);

// How often each order number occurs among the tenant's orders (all pages of GET /orders,
// numbers starting with `prefix`); fails the test on a non-200 page.
std::map<std::string, int> orderNumbers(const ApiTestServer& server, const std::string& token,
                                        const std::string& prefix = {});

// Enrols a register in `storeId` and returns its device token.
std::string enrolDevice(const ApiTestServer& server, const ApiTestServer::Tenant& tenant, const std::string& storeId);

} // namespace tp::test
