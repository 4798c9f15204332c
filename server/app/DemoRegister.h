#pragma once

#include <filesystem>
#include <ostream>

#include "core/ServerContext.h"
#include "domain/core/Result.h"
#include "identity/Devices.h"
#include "identity/RegisterPins.h"

namespace tp::server::app {

// `--demo`, the register's half: the demo owner gets the register PIN 2468 (unless they set
// another), and each start makes a fresh enrolment code for a till in Berlin, printed and
// written to <data-dir>/demo-register-code, which scripts/run.sh hands to tillpoint-pos.
inline constexpr const char* kDemoRegisterPin = "2468";

tp::domain::Result<void> prepareDemoRegister(ServerContext& context, identity::Devices& devices,
                                             identity::RegisterPins& pins, const std::filesystem::path& dataDir,
                                             std::ostream& out);

} // namespace tp::server::app
