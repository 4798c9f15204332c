#include "SimulatedRegister.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace tp::test {

using namespace std::chrono_literals;

SimulatedRegister::SimulatedRegister(const QString& replicaPath, const QString& serverUrl, std::string deviceToken,
                                     std::string storeId, std::string name)
    : m_path(replicaPath)
    , m_serverUrl(serverUrl)
    , m_storeId(std::move(storeId))
    , m_name(std::move(name))
    , m_token(QString::fromStdString(deviceToken))
    , m_ids(tp::domain::UuidV7Generator::systemClock(), tp::domain::UuidV7Generator::systemRandomSource()) {}

SimulatedRegister::~SimulatedRegister() {
    if (m_engine)
        m_engine->stop();
}

bool SimulatedRegister::open(QString* error) {
    if (auto opened = m_replica.open(m_path); !opened) {
        *error = QString::fromStdString(opened.error().message);
        return false;
    }
    if (auto created = m_replica.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS sim_sales (order_id TEXT PRIMARY KEY, "
                                                     "number TEXT NOT NULL UNIQUE, sku TEXT NOT NULL, "
                                                     "qty_milli INTEGER NOT NULL, created_at TEXT NOT NULL)"));
        !created) {
        *error = QString::fromStdString(created.error().message);
        return false;
    }
    auto counted = m_replica.select(QStringLiteral("SELECT COUNT(*) FROM sim_sales"));
    if (counted && !counted->isEmpty())
        m_sequence = counted->first().value(0).toInt();
    m_outbox = std::make_unique<tp::client::Outbox>(m_replica, m_ids);
    m_api = std::make_unique<tp::client::SyncApi>(QUrl(m_serverUrl), m_token);
    m_api->setTimeout(2s);
    // Short waits: the test has minutes, not hours, to watch registers recover.
    tp::client::RetryPolicy policy;
    policy.initialDelay = 50ms;
    policy.maxDelay = 1s;
    m_retry = std::make_unique<tp::client::RetrySchedule>(m_replica, QStringLiteral("push"), policy);
    m_puller = std::make_unique<tp::client::ChangePuller>(m_replica, *m_api);
    m_puller->setPageSize(500);
    m_uploader = std::make_unique<tp::client::OutboxUploader>(*m_outbox, *m_api, *m_retry);
    m_uploader->setBatchSize(20); // small batches: more requests for the faults to hit
    m_engine = std::make_unique<tp::client::SyncEngine>(*m_outbox, *m_puller, *m_uploader, *m_retry, m_state);
    m_engine->setInterval(300ms);
    m_engine->setWriteDelay(20ms);
    return true;
}

void SimulatedRegister::start() {
    m_engine->start();
}

bool SimulatedRegister::ringSale(const std::string& sku, long long qtyMilli, long long unitPrice,
                                 const std::string& createdAt, QString* error) {
    const QString orderId = m_ids.next().toString().c_str();
    const QString number =
        QString::fromStdString(m_name) + QStringLiteral("-%1").arg(m_sequence + 1, 6, 10, QChar('0'));
    const long long total = qtyMilli * unitPrice / 1000;
    QJsonObject line{{"sku", QString::fromStdString(sku)},
                     {"qty_milli", qtyMilli},
                     {"unit_price", unitPrice},
                     {"discount", 0},
                     {"tax", 0},
                     {"total", total}};
    QJsonObject order{{"id", orderId},
                      {"number", number},
                      {"store_id", QString::fromStdString(m_storeId)},
                      {"channel", "pos"},
                      {"created_at", QString::fromStdString(createdAt)},
                      {"currency", "EUR"},
                      {"lines", QJsonArray{line}},
                      {"payments", QJsonArray{QJsonObject{{"method", "cash"}, {"amount", total}}}},
                      {"totals", QJsonObject{{"subtotal", total}, {"discount", 0}, {"tax", 0}, {"total", total}}}};
    auto written = m_outbox->write([&](tp::client::LocalWrite& write) {
        write.exec(QStringLiteral("INSERT INTO sim_sales (order_id, number, sku, qty_milli, created_at) "
                                  "VALUES (?, ?, ?, ?, ?)"),
                   {orderId, number, QString::fromStdString(sku), qtyMilli, QString::fromStdString(createdAt)});
        write.enqueue(QStringLiteral("order.create"), order);
    });
    if (!written) {
        *error = QString::fromStdString(written.error().message);
        return false;
    }
    ++m_sequence;
    return true;
}

int SimulatedRegister::pending() {
    auto count = m_outbox->pendingCount();
    return count ? count.value() : -1;
}

int SimulatedRegister::needsAttention() {
    auto count = m_outbox->needsAttentionCount();
    return count ? count.value() : -1;
}

bool SimulatedRegister::cycleIdle() const {
    return !m_engine->isCycleRunning();
}

void SimulatedRegister::syncNow() {
    m_engine->syncNow();
}

} // namespace tp::test
