#include "sync/Mutation.h"

namespace tp::server::sync {

tp::domain::Result<void> MutationScope::checkStoreAllowed(const std::string& storeId, const std::string& field) const {
    if (pusher.kind == http::Principal::Kind::Device && storeId != pusher.storeId)
        return tp::domain::makeError("forbidden", field + ": this register belongs to another store");
    return {};
}

} // namespace tp::server::sync
