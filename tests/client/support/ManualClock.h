#pragma once

#include <QDateTime>
#include <memory>

#include "client/sync/RetrySchedule.h"

namespace tp::client::testing {

// A clock tests move by hand, shareable with RetrySchedule (which copies its Clock function).
class ManualClock {
public:
    ManualClock()
        : m_now(std::make_shared<QDateTime>(QDateTime::fromString("2024-05-01T08:00:00Z", Qt::ISODate))) {}

    QDateTime now() const { return *m_now; }
    void advance(qint64 ms) { *m_now = m_now->addMSecs(ms); }
    void set(const QDateTime& time) { *m_now = time; }
    RetrySchedule::Clock function() const {
        return [now = m_now] {
            return *now;
        };
    }

private:
    std::shared_ptr<QDateTime> m_now;
};

} // namespace tp::client::testing
