#include "sync/Mutation.h"

namespace tp::server::sync {

tp::domain::Result<void> MutationScope::checkStoreAllowed(const std::string& storeId, const std::string& field) const {
    if (pusher.kind == http::Principal::Kind::Device && storeId != pusher.storeId)
        return tp::domain::makeError("forbidden", field + ": this register belongs to another store");
    return {};
}

tp::domain::Result<void> MutationScope::requireOwnerOrManager(const std::string& doing) const {
    if (pusher.kind != http::Principal::Kind::Staff ||
        (pusher.role != http::StaffRole::Owner && pusher.role != http::StaffRole::Manager))
        return tp::domain::makeError("forbidden", "only owners and managers " + doing);
    return {};
}

} // namespace tp::server::sync
