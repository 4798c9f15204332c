#include "SyncTestSupport.h"

#include <QTest>
#include <QUuid>

#include <Poco/JSON/Array.h>

namespace tp::test {

std::string newClientId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

std::string posOrderData(const std::string& orderId, const std::string& number, const std::string& storeId,
                         const std::vector<TestLine>& lines, const std::string& shiftId, const std::string& createdAt) {
    std::string linesJson;
    long long total = 0;
    for (const TestLine& line : lines) {
        const long long lineTotal = line.qtyMilli * line.unitPrice / 1000;
        total += lineTotal;
        if (!linesJson.empty())
            linesJson += ",";
        linesJson += "{\"sku\":\"" + line.sku + "\",\"qty_milli\":" + std::to_string(line.qtyMilli) +
                     ",\"unit_price\":" + std::to_string(line.unitPrice) +
                     ",\"discount\":0,\"tax\":0,\"total\":" + std::to_string(lineTotal) + "}";
    }
    const std::string amount = std::to_string(total);
    return "{\"id\":\"" + orderId + "\",\"number\":\"" + number + "\",\"store_id\":\"" + storeId + "\"," +
           (shiftId.empty() ? std::string() : "\"shift_id\":\"" + shiftId + "\",") +
           "\"channel\":\"pos\",\"created_at\":\"" + createdAt + "\",\"currency\":\"EUR\",\"lines\":[" + linesJson +
           "],\"payments\":[{\"method\":\"cash\",\"amount\":" + amount + "}],\"totals\":{\"subtotal\":" + amount +
           ",\"discount\":0,\"tax\":0,\"total\":" + amount + "}}";
}

std::string mutationJson(const std::string& mutationId, const std::string& type, const std::string& data) {
    return "{\"mutation_id\":\"" + mutationId + "\",\"type\":\"" + type + "\",\"data\":" + data + "}";
}

ApiResponse push(const ApiTestServer& server, const std::string& token, const std::vector<std::string>& mutations) {
    std::string body = "{\"mutations\":[";
    for (std::size_t i = 0; i < mutations.size(); ++i)
        body += (i == 0 ? "" : ",") + mutations[i];
    body += "]}";
    return server.post("/api/v1/sync/push", body, token);
}

Poco::JSON::Array::Ptr resultsOf(const ApiResponse& response) {
    if (response.status != 200 || !response.json)
        return nullptr;
    return response.json->getArray("results");
}

std::vector<Poco::JSON::Object::Ptr> pullAll(const ApiTestServer& server, const std::string& token,
                                             const std::string& since, int limit) {
    std::vector<Poco::JSON::Object::Ptr> changes;
    std::string cursor = since;
    for (int page = 0; page < 100000; ++page) {
        const ApiResponse answer =
            server.get("/api/v1/sync/changes?since=" + cursor + "&limit=" + std::to_string(limit), token);
        if (answer.status != 200 || !answer.json) {
            QTest::qFail(("pulling changes failed: " + answer.body).c_str(), __FILE__, __LINE__);
            return changes;
        }
        const auto items = answer.json->getArray("changes");
        for (std::size_t i = 0; i < items->size(); ++i)
            changes.push_back(items->getObject(static_cast<unsigned>(i)));
        cursor = answer.json->getValue<std::string>("cursor");
        if (!answer.json->getValue<bool>("has_more"))
            break;
    }
    return changes;
}

std::map<std::string, int> orderNumbers(const ApiTestServer& server, const std::string& token,
                                        const std::string& prefix) {
    std::map<std::string, int> numbers;
    std::string cursor;
    for (;;) {
        const ApiResponse page = server.get("/api/v1/orders?limit=500" + (prefix.empty() ? "" : "&q=" + prefix) +
                                                (cursor.empty() ? "" : "&cursor=" + cursor),
                                            token);
        if (page.status != 200 || !page.json) {
            QTest::qFail(("listing orders failed: " + page.body).c_str(), __FILE__, __LINE__);
            return numbers;
        }
        const auto orders = page.json->getArray("orders");
        for (std::size_t i = 0; i < orders->size(); ++i)
            ++numbers[orders->getObject(static_cast<unsigned>(i))->getValue<std::string>("number")];
        if (page.json->isNull("next_cursor"))
            return numbers;
        cursor = page.json->getValue<std::string>("next_cursor");
    }
}

std::string enrolDevice(const ApiTestServer& server, const ApiTestServer::Tenant& tenant, const std::string& storeId) {
    const ApiResponse enrolled =
        server.post("/api/v1/devices", "{\"store_id\":\"" + storeId + "\",\"name\":\"Till\"}", tenant.ownerToken);
    if (enrolled.status != 201 || !enrolled.json) {
        QTest::qFail(("enrolling a device failed: " + enrolled.body).c_str(), __FILE__, __LINE__);
        return {};
    }
    return enrolled.json->getValue<std::string>("device_token");
}

Poco::JSON::Object::Ptr pushOne(const ApiTestServer& server, const std::string& token, const std::string& type,
                                const std::string& data) {
    const ApiResponse pushed = push(server, token, {mutationJson(newClientId(), type, data)});
    const auto results = resultsOf(pushed);
    if (pushed.status != 200 || !results || results->size() != 1) {
        QTest::qFail(("pushing " + type + " failed: " + pushed.body).c_str(), __FILE__, __LINE__);
        return {};
    }
    return results->getObject(0);
}

std::string statusOf(const Poco::JSON::Object::Ptr& result) {
    return result ? result->getValue<std::string>("status") : std::string("(no result)");
}

std::string errorOf(const Poco::JSON::Object::Ptr& result, const std::string& part) {
    if (!result || !result->has("error"))
        return {};
    return result->getObject("error")->getValue<std::string>(part);
}

std::string oneLineOrder(const std::string& orderId, const std::string& number, const std::string& storeId,
                         const std::string& sku, long long unitPrice, long long qtyMilli,
                         const std::string& paymentsJson, const std::string& customerId, const std::string& createdAt) {
    const std::string total = std::to_string(qtyMilli * unitPrice / 1000);
    const std::string payments =
        paymentsJson.empty() ? "[{\"method\":\"cash\",\"amount\":" + total + "}]" : paymentsJson;
    return "{\"id\":\"" + orderId + "\",\"number\":\"" + number + "\",\"store_id\":\"" + storeId + "\"," +
           (customerId.empty() ? std::string() : "\"customer_id\":\"" + customerId + "\",") +
           "\"channel\":\"pos\",\"created_at\":\"" + createdAt + "\",\"currency\":\"EUR\",\"lines\":[{\"sku\":\"" +
           sku + "\",\"qty_milli\":" + std::to_string(qtyMilli) + ",\"unit_price\":" + std::to_string(unitPrice) +
           ",\"discount\":0,\"tax\":0,\"total\":" + total + "}],\"payments\":" + payments +
           ",\"totals\":{\"subtotal\":" + total + ",\"discount\":0,\"tax\":0,\"total\":" + total + "}}";
}

} // namespace tp::test
