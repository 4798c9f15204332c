#include "Nginx.h"

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <thread>

namespace tp::bench {

Nginx::Nginx(const std::filesystem::path& dir, const std::string& body, int port)
    : m_dir(dir)
    , m_port(port) {
    std::filesystem::create_directories(dir / "www");
    std::filesystem::create_directories(dir / "logs");
    std::ofstream(dir / "www" / "product.json") << body;
    // Workers run as nobody when started by root: the files must be readable by them.
    std::filesystem::permissions(dir, std::filesystem::perms::others_exec | std::filesystem::perms::group_exec,
                                 std::filesystem::perm_options::add);
    std::filesystem::permissions(dir / "www", std::filesystem::perms::others_exec | std::filesystem::perms::others_read,
                                 std::filesystem::perm_options::add);
    std::filesystem::permissions(dir / "www" / "product.json", std::filesystem::perms::others_read,
                                 std::filesystem::perm_options::add);
    std::ofstream(dir / "nginx.conf") << "worker_processes 2;\n"
                                         "pid "
                                      << (dir / "nginx.pid").string()
                                      << ";\n"
                                         "error_log "
                                      << (dir / "logs" / "error.log").string()
                                      << ";\n"
                                         "events { worker_connections 1024; }\n"
                                         "http {\n"
                                         "  access_log off;\n"
                                         "  default_type application/json;\n"
                                         "  keepalive_requests 1000000;\n"
                                         "  client_body_temp_path "
                                      << (dir / "tmp").string()
                                      << ";\n"
                                         "  server {\n"
                                         "    listen 127.0.0.1:"
                                      << port
                                      << ";\n"
                                         "    location / { root "
                                      << (dir / "www").string() << "; }\n  }\n}\n";
    const std::string command = "nginx -p " + dir.string() + " -c " + (dir / "nginx.conf").string();
    if (std::system(command.c_str()) != 0)
        throw std::runtime_error("nginx did not start (install it with scripts/setup.sh --bench): " + command);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
}

Nginx::~Nginx() {
    const std::string command =
        "nginx -p " + m_dir.string() + " -c " + (m_dir / "nginx.conf").string() + " -s stop >/dev/null 2>&1";
    [[maybe_unused]] const int ignored = std::system(command.c_str());
}

std::string Nginx::url() const {
    return "http://127.0.0.1:" + std::to_string(m_port) + "/product.json";
}

} // namespace tp::bench
