#pragma once

#include <QObject>
#include <QString>

#include <memory>
#include <string>

#include "client/outbox/Outbox.h"
#include "client/replica/ReplicaDatabase.h"
#include "client/sync/AccessTokenSource.h"
#include "client/sync/ChangePuller.h"
#include "client/sync/OutboxUploader.h"
#include "client/sync/RetrySchedule.h"
#include "client/sync/SyncApi.h"
#include "client/sync/SyncEngine.h"
#include "client/sync/SyncState.h"
#include "domain/ids/UuidV7Generator.h"

namespace tp::test {

// A register as the sync proof needs it: the real client library (replica, outbox, uploader,
// puller, engine) over its own replica file, talking to `serverUrl` (a fault proxy) with a
// device token. Sales are recorded the way the register app will: the local record (table
// sim_sales) and the "order.create" mutation in one outbox write.
class SimulatedRegister {
public:
    SimulatedRegister(const QString& replicaPath, const QString& serverUrl, std::string deviceToken,
                      std::string storeId, std::string name);
    ~SimulatedRegister();

    bool open(QString* error); // opens the replica, creates sim_sales, wires the engine
    void start();              // the engine's timer (short intervals for the test)

    // Rings one sale of `qtyMilli` of `sku` at `unitPrice`, made at shop time `createdAt`
    // (RFC 3339). False (with the reason) only if the local write failed.
    bool ringSale(const std::string& sku, long long qtyMilli, long long unitPrice, const std::string& createdAt,
                  QString* error);

    int pending();          // outbox rows not yet acknowledged
    int needsAttention();   // rejected rows kept for a person
    bool cycleIdle() const; // no sync cycle running
    void syncNow();

    const std::string& storeId() const { return m_storeId; }
    const std::string& name() const { return m_name; }
    tp::client::ReplicaDatabase& replica() { return m_replica; }
    tp::client::SyncState& state() { return m_state; }

private:
    class StaticToken : public tp::client::AccessTokenSource {
    public:
        explicit StaticToken(QString token)
            : m_token(std::move(token)) {}
        QString accessToken() const override { return m_token; }
        void renewAccessToken(std::function<void(bool)> done) override { done(false); }

    private:
        QString m_token;
    };

    QString m_path;
    QString m_serverUrl;
    std::string m_storeId;
    std::string m_name;
    int m_sequence = 0;
    StaticToken m_token;
    tp::domain::UuidV7Generator m_ids;
    tp::client::ReplicaDatabase m_replica;
    tp::client::SyncState m_state;
    std::unique_ptr<tp::client::Outbox> m_outbox;
    std::unique_ptr<tp::client::SyncApi> m_api;
    std::unique_ptr<tp::client::RetrySchedule> m_retry;
    std::unique_ptr<tp::client::ChangePuller> m_puller;
    std::unique_ptr<tp::client::OutboxUploader> m_uploader;
    std::unique_ptr<tp::client::SyncEngine> m_engine;
};

} // namespace tp::test
