#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace tp::server::http {

// A few threads for the routes that would hold an event loop too long (password hashing takes
// a quarter of a second of CPU): the loop hands the request over and serves its other
// connections meanwhile.
class WorkerPool {
public:
    explicit WorkerPool(int threads);
    ~WorkerPool(); // runs what was queued, then joins

    void submit(std::function<void()> task);

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<std::function<void()>> m_tasks;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace tp::server::http
