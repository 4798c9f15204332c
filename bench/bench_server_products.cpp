// bench_server_products: product read and list throughput and latency of tillpoint-server
// over a 100,000-product catalog, at 16 and 64 connections, on SQLite and PostgreSQL, with
// nginx serving a static file of the same size as the machine's limit (issue 3 targets:
// reads ≥ 50 % of nginx's req/s, p99 ≤ 10 ms at 64 connections).

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>

#include "BenchOptions.h"
#include "BenchReport.h"
#include "BenchServer.h"
#include "CatalogFiller.h"
#include "Nginx.h"
#include "Wrk.h"

using namespace tp::bench;

namespace {

// A Lua script for wrk that requests `pathPrefix` + a random line of `idsFile` each time.
std::string writeRandomPathScript(const std::filesystem::path& dir, const std::string& name,
                                  const std::vector<std::string>& ids, const std::string& pathPrefix,
                                  const std::string& pathSuffix) {
    const auto idsFile = dir / (name + ".ids");
    std::ofstream out(idsFile);
    for (const std::string& id : ids)
        out << id << "\n";
    const auto script = dir / (name + ".lua");
    std::ofstream(script) << "local ids = {}\n"
                             "for line in io.lines(\""
                          << idsFile.string()
                          << "\") do ids[#ids + 1] = line end\n"
                             "math.randomseed(os.time())\n"
                             "request = function()\n"
                             "  return wrk.format(\"GET\", \""
                          << pathPrefix << "\" .. ids[math.random(#ids)] .. \"" << pathSuffix
                          << "\")\n"
                             "end\n";
    return script.string();
}

} // namespace

int main(int argc, char** argv) try {
    const BenchOptions options(argc, argv, 100000);
    BenchReport report(options.scale);
    const auto work = std::filesystem::temp_directory_path() / ("tp-bench-products-" + std::to_string(::getpid()));
    std::filesystem::create_directories(work);

    std::string productBody;
    std::map<std::string, double> readRps;  // "<backend>.c<N>" → req/s, for the ratio to nginx
    std::map<std::string, double> floorRps; // the same for the 404 floor
    for (const std::string& backend : options.backends) {
        std::printf("== %s: %lld products\n", backend.c_str(), options.scale);
        BenchServer server(backend, work / backend, 0); // 0: the server chooses its loops
        const auto tenant = server.createTenant("bench-" + backend);
        const auto ids = fillCatalog(server.server().context(), tenant.id, static_cast<int>(options.scale), "SKU-");
        server.call("GET", "/api/v1/products/" + ids[ids.size() / 2], {}, tenant.token, &productBody);
        std::vector<std::string> sample;
        std::mt19937_64 random(7);
        for (int i = 0; i < 20000; ++i)
            sample.push_back(ids[random() % ids.size()]);
        const std::string readScript = writeRandomPathScript(work, backend + "-read", sample, "/api/v1/products/", "");
        const std::string listScript =
            writeRandomPathScript(work, backend + "-list", sample, "/api/v1/products?limit=50&cursor=", "");
        const std::vector<std::string> auth{"Authorization: Bearer " + tenant.token};
        // The first pass over the sample, reported on its own: each product's first read goes to
        // the database and fills the server's document cache; the measured runs below are the
        // steady state of a running server.
        const auto cold = runWrk(server.baseUrl() + "/", 16, options.seconds, readScript, auth);
        report.add("server.products.read.cold.rps." + backend + ".c16", cold.requestsPerSecond, "req/s", 0, "higher");
        report.add("server.products.read.cold.p99." + backend + ".c16", cold.p99Ms, "ms");
        for (const int connections : {16, 64}) {
            // The edge's floor: an unknown path, answered 404 by routing alone (no token, no
            // database), measures what Poco and the request pipeline cost before any work.
            const auto floor = runWrk(server.baseUrl() + "/no-such-path", connections, options.seconds);
            const auto read = runWrk(server.baseUrl() + "/", connections, options.seconds, readScript, auth);
            const auto list = runWrk(server.baseUrl() + "/", connections, options.seconds, listScript, auth);
            const std::string c = ".c" + std::to_string(connections);
            readRps[backend + c] = read.requestsPerSecond;
            floorRps[backend + c] = floor.requestsPerSecond;
            report.add("server.edge_floor.rps." + backend + c, floor.requestsPerSecond, "req/s", 0, "higher");
            report.add("server.products.read.rps." + backend + c, read.requestsPerSecond, "req/s", 0, "higher");
            report.add("server.products.read.p50." + backend + c, read.p50Ms, "ms");
            report.add("server.products.read.p99." + backend + c, read.p99Ms, "ms", connections == 64 ? 10.0 : 0);
            report.add("server.products.read.errors." + backend + c, static_cast<double>(read.errors), "count");
            report.add("server.products.list.rps." + backend + c, list.requestsPerSecond, "req/s", 0, "higher");
            report.add("server.products.list.p50." + backend + c, list.p50Ms, "ms");
            report.add("server.products.list.p99." + backend + c, list.p99Ms, "ms");
            report.add("server.products.list.errors." + backend + c, static_cast<double>(list.errors), "count");
        }
    }

    // The machine's limit, measured now on the same cores: nginx serving a file of the size of
    // one product answer.
    {
        Nginx nginx(work / "nginx", productBody, 18000 + ::getpid() % 1000);
        for (const int connections : {16, 64}) {
            const auto result = runWrk(nginx.url(), connections, options.seconds);
            const std::string c = ".c" + std::to_string(connections);
            report.add("nginx.static_json.rps" + c, result.requestsPerSecond, "req/s", 0, "higher");
            report.add("nginx.static_json.p99" + c, result.p99Ms, "ms");
            for (const std::string& backend : options.backends) {
                report.add("server.products.read.nginx_ratio." + backend + c,
                           readRps[backend + c] / result.requestsPerSecond, "ratio", 0.5, "higher");
                report.add("server.edge_floor.nginx_ratio." + backend + c,
                           floorRps[backend + c] / result.requestsPerSecond, "ratio", 0, "higher");
            }
        }
    }
    report.print();
    std::filesystem::remove_all(work);
    return 0;
} catch (const std::exception& e) {
    std::fprintf(stderr, "bench_server_products: %s\n", e.what());
    return 1;
}
