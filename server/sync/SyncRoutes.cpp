#include "sync/SyncRoutes.h"

#include <charconv>

#include <Poco/JSON/Array.h>

#include "protocol/JsonFields.h"
#include "protocol/JsonText.h"

namespace tp::server::sync {

using http::Access;
using http::Request;
using http::Response;
using protocol::invalidField;
using protocol::JsonFields;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

Result<std::int64_t> readSince(const Request& request) {
    const auto since = request.queryValue("since");
    if (!since || since->empty())
        return std::int64_t{0};
    std::int64_t value = -1;
    const auto [end, ec] = std::from_chars(since->data(), since->data() + since->size(), value);
    if (ec != std::errc{} || end != since->data() + since->size() || value < 0)
        return makeError("invalid_request", "since must be a cursor this server handed out (or 0 for a first sync)");
    return value;
}

Result<int> readLimit(const Request& request) {
    const auto limit = request.queryValue("limit");
    if (!limit || limit->empty())
        return ChangeFeed::kDefaultLimit;
    int value = 0;
    const auto [end, ec] = std::from_chars(limit->data(), limit->data() + limit->size(), value);
    if (ec != std::errc{} || end != limit->data() + limit->size() || value < 1 || value > ChangeFeed::kMaxLimit)
        return makeError("invalid_request",
                         "limit must be an integer from 1 to " + std::to_string(ChangeFeed::kMaxLimit));
    return value;
}

bool isMutationIdText(const std::string& id) {
    return !id.empty() && id.size() <= 128 &&
           id.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-") ==
               std::string::npos;
}

// {"mutations":[{"mutation_id","type","data"}]}; a malformed entry refuses the whole push
// (its answer could not be matched to it), naming the entry's field.
Result<std::vector<Mutation>> readBatch(const Request& request) {
    auto body = request.jsonObject();
    if (!body)
        return body.error();
    const JsonFields fields(body.value());
    auto list = fields.optionalArray("mutations");
    if (!list)
        return list.error();
    if (!list.value())
        return invalidField("mutations", "is required (a list of {\"mutation_id\", \"type\", \"data\"})");
    const auto& array = *list.value();
    if (array.size() > SyncPush::kMaxMutations)
        return invalidField("mutations", "holds " + std::to_string(array.size()) + " entries; send at most " +
                                             std::to_string(SyncPush::kMaxMutations) + " per push");
    std::vector<Mutation> batch;
    batch.reserve(array.size());
    for (std::size_t i = 0; i < array.size(); ++i) {
        const std::string path = "mutations[" + std::to_string(i) + "]";
        auto entry = array.getObject(static_cast<unsigned>(i));
        if (!entry)
            return invalidField(path, "must be an object");
        const JsonFields item(entry, path);
        auto id = item.requiredString("mutation_id", 128);
        if (!id)
            return id.error();
        if (!isMutationIdText(id.value()))
            return invalidField(path + ".mutation_id", "must be 1 to 128 letters, digits, '.', '_', ':' or '-'");
        auto type = item.requiredString("type", 64);
        if (!type)
            return type.error();
        auto data = item.requiredObject("data");
        if (!data)
            return data.error();
        batch.push_back({id.value(), type.value(), data.value()});
    }
    return batch;
}

} // namespace

void addSyncRoutes(http::Router& router, ChangeFeed& feed, SyncPush& push, identity::DevicePresence& presence) {
    router.add({"GET",
                "/api/v1/sync/changes",
                Access::StaffOrDevice,
                {},
                {},
                [&feed, &presence](Request& r) -> Result<Response> {
                    presence.record(r);
                    auto since = readSince(r);
                    if (!since)
                        return since.error();
                    auto limit = readLimit(r);
                    if (!limit)
                        return limit.error();
                    auto page = feed.page(*r.principal, since.value(), limit.value());
                    if (!page)
                        return page.error();
                    return Response::jsonText(200, std::move(page.value()));
                },
                "The tenant's changes after a cursor (since=0 first), oldest first, filtered to what the caller "
                "may see",
                "",
                "SyncChanges"});
    router.add({"POST",
                "/api/v1/sync/push",
                Access::StaffOrDevice,
                {},
                {},
                [&push, &presence](Request& r) -> Result<Response> {
                    presence.record(r);
                    auto batch = readBatch(r);
                    if (!batch)
                        return batch.error();
                    auto results = push.push(*r.principal, batch.value());
                    if (!results)
                        return results.error();
                    Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
                    body->set("results", results.value());
                    return Response::json(200, body);
                },
                "Apply client mutations in order, each exactly once: applied, duplicate or rejected per mutation",
                "SyncPush",
                "SyncPushResults"});
}

} // namespace tp::server::sync
