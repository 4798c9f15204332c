#include "http/Metrics.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <unordered_map>

#include "http/Utf8.h"

namespace tp::server::http {

namespace detail {

// One series. Keyed by "<name>\n<labels>" where <labels> is already in exposition syntax
// (`method="GET",route="/x"`), so rendering only pastes text.
struct MetricsSeries {
    Metrics::Type type = Metrics::Type::Counter;
    double value = 0;                                                        // counter or gauge
    std::array<std::uint64_t, Metrics::latencyBuckets.size() + 1> buckets{}; // per bucket, not cumulative
    double sum = 0;
    std::uint64_t count = 0;
};

struct KeyHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view key) const noexcept { return std::hash<std::string_view>{}(key); }
};

// alignas: two shards never share a cache line, so their mutexes do not contend through it.
struct alignas(64) MetricsShard {
    std::mutex mutex;
    std::unordered_map<std::string, MetricsSeries, KeyHash, std::equal_to<>> series;

    MetricsSeries& find(std::string_view key, Metrics::Type type) {
        auto it = series.find(key);
        if (it == series.end())
            it = series.emplace(std::string(key), MetricsSeries{type}).first;
        return it->second;
    }
};

} // namespace detail

namespace {

using detail::MetricsSeries;
using detail::MetricsShard;

constexpr std::size_t shardCount = 8;

bool isNameChar(char c, bool allowColon) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           (allowColon && c == ':');
}

// Metric names: [a-zA-Z_:][a-zA-Z0-9_:]*; label names the same without ':'.
void appendName(std::string& out, std::string_view name, bool allowColon) {
    if (name.empty() || (name.front() >= '0' && name.front() <= '9'))
        out.push_back('_');
    const std::size_t start = out.size();
    out.append(name); // names are almost always valid already: fix up in place
    for (std::size_t i = start; i < out.size(); ++i) {
        if (!isNameChar(out[i], allowColon))
            out[i] = '_';
    }
}

void appendLabelValue(std::string& out, std::string_view value) {
    std::size_t i = 0;
    while (i < value.size()) {
        const char c = value[i];
        if (static_cast<unsigned char>(c) >= 0x80) {
            const std::size_t length = validUtf8SequenceLength(value.substr(i));
            if (length == 0) {
                out.append("\xEF\xBF\xBD");
                ++i;
            } else {
                out.append(value.substr(i, length));
                i += length;
            }
            continue;
        }
        if (c == '\\')
            out.append("\\\\");
        else if (c == '"')
            out.append("\\\"");
        else if (c == '\n')
            out.append("\\n");
        else
            out.push_back(c);
        ++i;
    }
}

// Builds "<name>\n<labels>" into `key`, labels sorted by name. Reuses the caller's buffers, so
// after the first call on a thread nothing is allocated.
void buildKey(std::string& key, std::vector<Metrics::Label>& scratch, std::string_view name,
              std::span<const Metrics::Label> labels) {
    key.clear();
    appendName(key, name, true);
    key.push_back('\n');
    scratch.assign(labels.begin(), labels.end());
    std::sort(scratch.begin(), scratch.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    bool first = true;
    for (const auto& [labelName, value] : scratch) {
        if (!first)
            key.push_back(',');
        first = false;
        appendName(key, labelName, false);
        key.append("=\"");
        appendLabelValue(key, value);
        key.push_back('"');
    }
}

struct KeyBuffers {
    std::string key;
    std::vector<Metrics::Label> scratch;
};

KeyBuffers& threadBuffers() {
    thread_local KeyBuffers buffers;
    return buffers;
}

void observeInto(MetricsSeries& series, double value) {
    const auto bucket = std::lower_bound(Metrics::latencyBuckets.begin(), Metrics::latencyBuckets.end(), value);
    ++series.buckets[static_cast<std::size_t>(bucket - Metrics::latencyBuckets.begin())];
    series.sum += value;
    ++series.count;
}

// Shortest round-trip text; `fixed` for bucket bounds, which read better as "0.0005".
void appendNumber(std::string& out, double value, bool fixed = false) {
    if (std::isnan(value)) {
        out.append("NaN");
        return;
    }
    if (std::isinf(value)) {
        out.append(value > 0 ? "+Inf" : "-Inf");
        return;
    }
    char buffer[32];
    const auto [end, error] = fixed ? std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed)
                                    : std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, error == std::errc() ? end : buffer);
}

void appendNumber(std::string& out, std::uint64_t value) {
    char buffer[24];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, error == std::errc() ? end : buffer);
}

void appendHelpText(std::string& out, std::string_view help) {
    for (const char c : help) {
        if (c == '\\')
            out.append("\\\\");
        else if (c == '\n')
            out.append("\\n");
        else
            out.push_back(c);
    }
}

std::string_view typeName(Metrics::Type type) {
    switch (type) {
    case Metrics::Type::Counter:
        return "counter";
    case Metrics::Type::Gauge:
        return "gauge";
    case Metrics::Type::Histogram:
        return "histogram";
    }
    return "untyped";
}

// `name{labels,extra}` (or without braces when both are empty), then a space.
void appendSeriesName(std::string& out, std::string_view name, std::string_view suffix, std::string_view labels,
                      std::string_view extraLabel = {}) {
    out.append(name);
    out.append(suffix);
    if (!labels.empty() || !extraLabel.empty()) {
        out.push_back('{');
        out.append(labels);
        if (!labels.empty() && !extraLabel.empty())
            out.push_back(',');
        out.append(extraLabel);
        out.push_back('}');
    }
    out.push_back(' ');
}

void renderSeries(std::string& out, std::string_view name, std::string_view labels, const MetricsSeries& series) {
    if (series.type != Metrics::Type::Histogram) {
        appendSeriesName(out, name, {}, labels);
        appendNumber(out, series.value);
        out.push_back('\n');
        return;
    }
    std::uint64_t cumulative = 0;
    std::string le;
    for (std::size_t i = 0; i < Metrics::latencyBuckets.size(); ++i) {
        cumulative += series.buckets[i];
        le.assign("le=\"");
        appendNumber(le, Metrics::latencyBuckets[i], true);
        le.push_back('"');
        appendSeriesName(out, name, "_bucket", labels, le);
        appendNumber(out, cumulative);
        out.push_back('\n');
    }
    appendSeriesName(out, name, "_bucket", labels, "le=\"+Inf\"");
    appendNumber(out, series.count);
    out.push_back('\n');
    appendSeriesName(out, name, "_sum", labels);
    appendNumber(out, series.sum);
    out.push_back('\n');
    appendSeriesName(out, name, "_count", labels);
    appendNumber(out, series.count);
    out.push_back('\n');
}

void mergeInto(MetricsSeries& total, const MetricsSeries& part) {
    total.value += part.value;
    for (std::size_t i = 0; i < total.buckets.size(); ++i)
        total.buckets[i] += part.buckets[i];
    total.sum += part.sum;
    total.count += part.count;
}

} // namespace

Metrics::Metrics()
    : m_shards(std::make_unique<MetricsShard[]>(shardCount))
    , m_gauges(std::make_unique<MetricsShard>()) {
    describe("tillpoint_http_requests_total", "HTTP requests answered, by method, route pattern and status.");
    describe("tillpoint_http_request_duration_seconds",
             "Time from reading a request to having sent its answer, by method and route pattern.");
    describe("tillpoint_http_tenant_requests_total", "HTTP requests answered, by tenant id.");
}

Metrics::~Metrics() = default;

MetricsShard& Metrics::shardForThisThread() {
    static std::atomic<std::size_t> nextShard{0};
    thread_local const std::size_t shard = nextShard.fetch_add(1, std::memory_order_relaxed) % shardCount;
    return m_shards[shard];
}

void Metrics::describe(std::string_view name, std::string_view help) {
    std::string key;
    appendName(key, name, true);
    const std::lock_guard lock(m_helpMutex);
    m_help.insert_or_assign(std::move(key), std::string(help));
}

void Metrics::increment(std::string_view name, Labels labels, double value) {
    KeyBuffers& buffers = threadBuffers();
    buildKey(buffers.key, buffers.scratch, name, labels.items());
    MetricsShard& shard = shardForThisThread();
    const std::lock_guard lock(shard.mutex);
    shard.find(buffers.key, Type::Counter).value += value;
}

void Metrics::setGauge(std::string_view name, Labels labels, double value) {
    KeyBuffers& buffers = threadBuffers();
    buildKey(buffers.key, buffers.scratch, name, labels.items());
    const std::lock_guard lock(m_gauges->mutex);
    m_gauges->find(buffers.key, Type::Gauge).value = value;
}

void Metrics::addToGauge(std::string_view name, Labels labels, double delta) {
    KeyBuffers& buffers = threadBuffers();
    buildKey(buffers.key, buffers.scratch, name, labels.items());
    const std::lock_guard lock(m_gauges->mutex);
    m_gauges->find(buffers.key, Type::Gauge).value += delta;
}

void Metrics::observe(std::string_view name, Labels labels, double value) {
    KeyBuffers& buffers = threadBuffers();
    buildKey(buffers.key, buffers.scratch, name, labels.items());
    MetricsShard& shard = shardForThisThread();
    const std::lock_guard lock(shard.mutex);
    observeInto(shard.find(buffers.key, Type::Histogram), value);
}

void Metrics::recordRequest(std::string_view method, std::string_view route, int status, std::string_view tenantId,
                            std::chrono::nanoseconds duration) {
    thread_local std::string requestsKey;
    thread_local std::string durationKey;
    thread_local std::string tenantKey;
    KeyBuffers& buffers = threadBuffers();
    char statusText[12];
    const auto [statusEnd, statusError] = std::to_chars(statusText, statusText + sizeof statusText, status);
    const std::string_view statusView(statusText, statusError == std::errc() ? statusEnd - statusText : 0);

    const Label requestLabels[] = {{"method", method}, {"route", route}, {"status", statusView}};
    buildKey(requestsKey, buffers.scratch, "tillpoint_http_requests_total", requestLabels);
    const Label durationLabels[] = {{"method", method}, {"route", route}};
    buildKey(durationKey, buffers.scratch, "tillpoint_http_request_duration_seconds", durationLabels);
    if (!tenantId.empty()) {
        const Label tenantLabels[] = {{"tenant", tenantId}};
        buildKey(tenantKey, buffers.scratch, "tillpoint_http_tenant_requests_total", tenantLabels);
    }
    const double seconds = std::chrono::duration<double>(duration).count();

    MetricsShard& shard = shardForThisThread();
    const std::lock_guard lock(shard.mutex);
    shard.find(requestsKey, Type::Counter).value += 1;
    observeInto(shard.find(durationKey, Type::Histogram), seconds);
    if (!tenantId.empty())
        shard.find(tenantKey, Type::Counter).value += 1;
}

std::string Metrics::renderPrometheus() const {
    // Sorted by key: "<name>\n" sorts before "<name>_more\n" because '\n' is below every name
    // character, so each family's series are contiguous.
    std::map<std::string, MetricsSeries, std::less<>> all;
    for (std::size_t i = 0; i < shardCount; ++i) {
        const std::lock_guard lock(m_shards[i].mutex);
        for (const auto& [key, series] : m_shards[i].series) {
            auto [it, inserted] = all.try_emplace(key, series);
            if (!inserted && it->second.type == series.type)
                mergeInto(it->second, series);
        }
    }
    {
        const std::lock_guard lock(m_gauges->mutex);
        for (const auto& [key, series] : m_gauges->series)
            all.try_emplace(key, series); // a counter with the same name and labels keeps its place
    }
    std::map<std::string, std::string, std::less<>> help;
    {
        const std::lock_guard lock(m_helpMutex);
        help = m_help;
    }

    std::string out;
    out.reserve(all.size() * 96);
    std::string_view family;
    Type familyType = Type::Counter;
    for (const auto& [key, series] : all) {
        const std::size_t newline = key.find('\n');
        const std::string_view name = std::string_view(key).substr(0, newline);
        const std::string_view labels = std::string_view(key).substr(newline + 1);
        if (name != family) {
            family = name;
            familyType = series.type;
            out.append("# HELP ");
            out.append(name);
            out.push_back(' ');
            const auto text = help.find(name);
            appendHelpText(out, text == help.end() ? name : std::string_view(text->second));
            out.append("\n# TYPE ");
            out.append(name);
            out.push_back(' ');
            out.append(typeName(series.type));
            out.push_back('\n');
        }
        if (series.type == familyType)
            renderSeries(out, name, labels, series);
    }
    return out;
}

} // namespace tp::server::http
