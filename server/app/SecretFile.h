#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "domain/core/Result.h"

namespace tp::server::app {

// A secret the server generates once and keeps in its data directory (admin token, JWT
// secret, demo password): read if the file exists, else generated and written with mode
// 0600 before anything uses it. `created` tells the caller whether to announce the path.
tp::domain::Result<std::string> loadOrCreateSecret(const std::filesystem::path& path,
                                                   const std::function<tp::domain::Result<std::string>()>& generate,
                                                   bool& created);

} // namespace tp::server::app
