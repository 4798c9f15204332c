#pragma once

#include <string>

#include "http/Principal.h"

namespace tp::server {

// How the audit log names whoever acted: "platform_admin", "user:<id>", "device:<id>".
inline std::string actorOf(const http::Principal& principal) {
    switch (principal.kind) {
    case http::Principal::Kind::PlatformAdmin:
        return "platform_admin";
    case http::Principal::Kind::Staff:
        return "user:" + principal.userId;
    case http::Principal::Kind::Device:
        return "device:" + principal.deviceId;
    }
    return "unknown";
}

} // namespace tp::server
