// bench_server_tenants: does one tenant's catalog listing slow down when the server holds many
// tenants? Lists a tenant's products (100) with one tenant on the server, then with 10,000
// tenants × 100 products, and reports the ratio (issue 3 target: within 20 %, i.e. ≥ 0.8).
// --scale sets the number of tenants; SQLite by default (--backends postgresql for the other).

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>

#include "BenchOptions.h"
#include "BenchReport.h"
#include "BenchServer.h"
#include "CatalogFiller.h"
#include "Wrk.h"
#include "auth/PasswordHasher.h"
#include "control/Tenants.h"

using namespace tp::bench;

namespace {

constexpr int kProductsPerTenant = 100;

// wrk script: each request lists the products of a random tenant with that tenant's token.
std::string writeTenantScript(const std::filesystem::path& dir, const std::vector<std::string>& tokens) {
    const auto tokensFile = dir / "tokens";
    std::ofstream out(tokensFile);
    for (const std::string& token : tokens)
        out << token << "\n";
    const auto script = dir / "tenants.lua";
    std::ofstream(script) << "local tokens = {}\n"
                             "for line in io.lines(\""
                          << tokensFile.string()
                          << "\") do tokens[#tokens + 1] = line end\n"
                             "math.randomseed(os.time())\n"
                             "request = function()\n"
                             "  local headers = {}\n"
                             "  headers[\"Authorization\"] = \"Bearer \" .. tokens[math.random(#tokens)]\n"
                             "  return wrk.format(\"GET\", \"/api/v1/products?limit=100\", headers)\n"
                             "end\n";
    return script.string();
}

} // namespace

int main(int argc, char** argv) try {
    BenchOptions options(argc, argv, 10000);
    if (argc == 1)
        options.backends = {"sqlite"};
    BenchReport report(options.scale);
    const auto work = std::filesystem::temp_directory_path() / ("tp-bench-tenants-" + std::to_string(::getpid()));
    std::filesystem::create_directories(work);

    for (const std::string& backend : options.backends) {
        BenchServer server(backend, work / backend, 0); // 0: the server chooses its loops
        auto& context = server.server().context();
        std::vector<std::string> tokens;
        const auto first = server.createTenant("tenant-0");
        fillCatalog(context, first.id, kProductsPerTenant, "SKU-");
        tokens.push_back(first.token);
        const auto one = runWrk(server.baseUrl() + "/", 16, options.seconds, writeTenantScript(work, tokens));
        std::printf("== %s: one tenant: %.0f req/s, p99 %.2f ms\n", backend.c_str(), one.requestsPerSecond, one.p99Ms);

        // The other tenants, each with its own 100 products; tokens for a random twentieth of
        // them (and the first 100) spread the listing over many tenants' rows.
        tp::server::control::Tenants tenants(context);
        const auto hash = tp::server::auth::PasswordHasher().hash("benchmark password");
        if (!hash)
            throw std::runtime_error("hashing the owner password failed: " + hash.error().message);
        const std::string ownerHash = hash.value();
        std::mt19937_64 random(11);
        for (long long t = 1; t < options.scale; ++t) {
            const std::string slug = "tenant-" + std::to_string(t);
            // Through the control plane's own code, as the API would, but with one owner
            // password hash for all: 10,000 hashes of 600,000 iterations would take most of an
            // hour and measure nothing this benchmark is about.
            tp::server::control::NewTenant fields{slug, "Bench " + slug, "enterprise", "owner@" + slug + ".example",
                                                  ownerHash};
            auto created = tenants.create(fields, "bench");
            if (!created)
                throw std::runtime_error("creating tenant " + slug + " failed: " + created.error().message);
            fillCatalog(context, created->id, kProductsPerTenant, "SKU-");
            if (random() % 20 == 0 || t <= 100) // a real login (a quarter of a second each)
                tokens.push_back(server.login(slug, "owner@" + slug + ".example", "benchmark password"));
            if (t % 1000 == 0)
                std::printf("   %lld tenants\n", t);
        }
        if (backend == "sqlite") {
            std::error_code ec;
            const auto bytes = std::filesystem::file_size(work / backend / "data" / "tillpoint.db", ec);
            if (!ec)
                std::printf("   database file: %.0f MiB\n", static_cast<double>(bytes) / (1024.0 * 1024.0));
        }
        const auto many = runWrk(server.baseUrl() + "/", 16, options.seconds, writeTenantScript(work, tokens));
        std::printf("== %s: %lld tenants: %.0f req/s, p99 %.2f ms\n", backend.c_str(), options.scale,
                    many.requestsPerSecond, many.p99Ms);

        report.add("server.tenant_list.one_tenant.rps." + backend, one.requestsPerSecond, "req/s", 0, "higher");
        report.add("server.tenant_list.one_tenant.p99." + backend, one.p99Ms, "ms");
        report.add("server.tenant_list.many_tenants.rps." + backend, many.requestsPerSecond, "req/s", 0, "higher");
        report.add("server.tenant_list.many_tenants.p99." + backend, many.p99Ms, "ms");
        report.add("server.tenant_list.many_to_one_ratio." + backend, many.requestsPerSecond / one.requestsPerSecond,
                   "ratio", 0.8, "higher");
    }
    report.print();
    std::filesystem::remove_all(work);
    return 0;
} catch (const std::exception& e) {
    std::fprintf(stderr, "bench_server_tenants: %s\n", e.what());
    return 1;
}
