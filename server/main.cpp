#include <csignal>
#include <iostream>

#include <Poco/AutoPtr.h>
#include <Poco/Logger.h>

#include "app/BufferedLineChannel.h"

#include "app/ServerConfig.h"
#include "app/TillpointServer.h"

// tillpoint-server: parse the configuration, start, wait for SIGTERM/SIGINT, stop gracefully
// (in-flight requests finish; see HttpServer::stop).
int main(int argc, char* argv[]) {
    using tp::server::app::ServerConfig;
    auto config = ServerConfig::fromArguments(std::vector<std::string>(argv + 1, argv + argc),
                                              tp::server::app::tillpointEnvironment());
    if (!config) {
        std::cerr << "tillpoint-server: " << config.error().message << "\n";
        return 2;
    }
    if (config->help) {
        std::cout << ServerConfig::helpText();
        return 0;
    }

    // Logs go to standard output, one line each (journald and docker collect it there): the
    // access log lines are JSON already; failures name their source. Written in batches (see
    // BufferedLineChannel). Set before any logger is created, since Poco loggers take their
    // channel from the root when they are made.
    Poco::AutoPtr<tp::server::app::BufferedLineChannel> logLines(new tp::server::app::BufferedLineChannel(std::cout));
    Poco::Logger::root().setChannel(logLines);
    Poco::Logger::root().setLevel(Poco::Message::PRIO_INFORMATION);

    // Block the stop signals in every thread (the server's threads inherit this mask) and
    // receive them here with sigwait, so shutdown runs on this thread, not in a handler.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    auto server = tp::server::app::TillpointServer::start(config.value(), {});
    if (!server) {
        logLines->close();
        std::cerr << "tillpoint-server: cannot start: " << server.error().message << "\n";
        return 1;
    }
    std::cout << "tillpoint-server: listening on http://" << config->listenHost << ":" << server.value()->port()
              << " (database " << (config->database.empty() ? "SQLite in " + config->dataDir : "from --database") << ")"
              << std::endl;

    int received = 0;
    sigwait(&stopSignals, &received);
    std::cout << "tillpoint-server: " << (received == SIGTERM ? "SIGTERM" : "SIGINT")
              << " received, finishing in-flight requests" << std::endl;
    server.value()->stop();
    logLines->close(); // every buffered line out before the last word
    std::cout << "tillpoint-server: stopped" << std::endl;
    return 0;
}
