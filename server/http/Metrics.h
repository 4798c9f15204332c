#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <initializer_list>
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tp::server::http {

namespace detail {
struct MetricsShard;
}

// The server's Prometheus metrics: what the HTTP edge records for every request, plus counters,
// gauges and histograms any module may add (`increment("tillpoint_sync_mutations_total",
// {{"status", "applied"}})`). renderPrometheus() is the body of GET /metrics.
//
// Thread-safe. Counters and histograms are sharded: each thread writes to one of a few shards
// (a mutex and a hash map each), picked once per thread, so request threads rarely wait for
// each other; rendering locks one shard at a time and adds them up. A series is found by its
// rendered name and labels, built in a per-thread buffer, so recording an existing series
// allocates nothing. Gauges are set, not added, and live in one map of their own.
//
// Names are made valid for Prometheus (other characters become '_'); labels are sorted by
// name, so the order a caller lists them in does not matter; values are escaped. A name used
// with two types is rendered with the type its alphabetically first series has; the other
// series are left out rather than producing an exposition Prometheus would reject.
class Metrics {
public:
    using Label = std::pair<std::string_view, std::string_view>;

    // A view of labels: write `{{"route", "/x"}, {"status", "200"}}` or pass a span.
    class Labels {
    public:
        Labels() = default;
        Labels(std::initializer_list<Label> labels)
            : m_labels(labels.begin(), labels.size()) {}
        Labels(std::span<const Label> labels)
            : m_labels(labels) {}
        std::span<const Label> items() const { return m_labels; }

    private:
        std::span<const Label> m_labels;
    };

    enum class Type { Counter, Gauge, Histogram };

    // Seconds; Prometheus's usual latency buckets from 0.5 ms to 5 s.
    static constexpr std::array<double, 13> latencyBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                           0.1,    0.25,  0.5,    1.0,   2.5,  5.0};

    Metrics();
    ~Metrics();
    Metrics(const Metrics&) = delete;
    Metrics& operator=(const Metrics&) = delete;

    // The HELP line of a family. Optional: without it the HELP line repeats the name.
    void describe(std::string_view name, std::string_view help);

    // Adds `value` (≥ 0, by Prometheus's rules for counters) to a counter. Counter names should
    // end in "_total".
    void increment(std::string_view name, Labels labels = {}, double value = 1);
    void setGauge(std::string_view name, Labels labels, double value);
    void addToGauge(std::string_view name, Labels labels, double delta);
    // Records one observation in a histogram with latencyBuckets (so: seconds).
    void observe(std::string_view name, Labels labels, double value);

    // What the HTTP edge records once per request: tillpoint_http_requests_total{method, route,
    // status}, tillpoint_http_request_duration_seconds{method, route} and, when the tenant is
    // known, tillpoint_http_tenant_requests_total{tenant}. `route` is the route's pattern, never
    // the raw path, so the number of series stays bounded.
    void recordRequest(std::string_view method, std::string_view route, int status, std::string_view tenantId,
                       std::chrono::nanoseconds duration);

    // Prometheus text exposition format 0.0.4 (Content-Type "text/plain; version=0.0.4").
    std::string renderPrometheus() const;

    static constexpr std::string_view contentType = "text/plain; version=0.0.4; charset=utf-8";

private:
    detail::MetricsShard& shardForThisThread();

    std::unique_ptr<detail::MetricsShard[]> m_shards;
    std::unique_ptr<detail::MetricsShard> m_gauges;
    mutable std::mutex m_helpMutex;
    std::map<std::string, std::string, std::less<>> m_help;
};

} // namespace tp::server::http
