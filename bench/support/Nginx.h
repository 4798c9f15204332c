#pragma once

#include <filesystem>
#include <string>

namespace tp::bench {

// nginx serving one static file from a temporary directory on a loopback port: the machine's
// limit for "answer a small JSON document over HTTP", measured in the same run as the server.
class Nginx {
public:
    // Writes `body` as <dir>/product.json and starts nginx (2 workers, no access log) in the
    // foreground-less master mode with its own prefix. Throws std::runtime_error on failure.
    Nginx(const std::filesystem::path& dir, const std::string& body, int port);
    ~Nginx();

    std::string url() const;

private:
    std::filesystem::path m_dir;
    int m_port;
};

} // namespace tp::bench
