#include "CashDrawer.h"

#include <QCoreApplication>
#include <QThread>

#include "StatusQuery.h"

namespace tp::pos::devices {

QString toString(DrawerOpenReason reason) {
    switch (reason) {
    case DrawerOpenReason::Sale:
        return QStringLiteral("sale");
    case DrawerOpenReason::Refund:
        return QStringLiteral("refund");
    case DrawerOpenReason::CashIn:
        return QStringLiteral("cash_in");
    case DrawerOpenReason::CashOut:
        return QStringLiteral("cash_out");
    case DrawerOpenReason::NoSale:
        return QStringLiteral("no_sale");
    case DrawerOpenReason::FloatCount:
        return QStringLiteral("float_count");
    case DrawerOpenReason::Test:
        return QStringLiteral("test");
    }
    return QStringLiteral("unknown");
}

// The thread the drawer's blocking I/O runs on.
class CashDrawerWorker {
public:
    explicit CashDrawerWorker(CashDrawer::TransportMaker makeTransport)
        : m_makeTransport(std::move(makeTransport)) {
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.setObjectName(QStringLiteral("tillpoint-cash-drawer"));
        m_thread.start();
    }

    ~CashDrawerWorker() {
        m_thread.quit();
        m_thread.wait();
    }

    void run(std::function<void(PrinterTransport&)> work) {
        QMetaObject::invokeMethod(
            m_context,
            [this, work = std::move(work)] {
                const std::unique_ptr<PrinterTransport> transport = m_makeTransport();
                work(*transport);
                transport->close();
            },
            Qt::QueuedConnection);
    }

private:
    CashDrawer::TransportMaker m_makeTransport;
    QThread m_thread;
    QObject* m_context = nullptr;
};

CashDrawer::CashDrawer(TransportMaker makeTransport, CashDrawerConfig config, Clock clock, QObject* parent)
    : QObject(parent)
    , m_worker(std::make_unique<CashDrawerWorker>(std::move(makeTransport)))
    , m_config(config)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); })) {
    qRegisterMetaType<DrawerOpenEvent>();
}

CashDrawer::~CashDrawer() = default;

quint64 CashDrawer::open(DrawerOpenReason reason, const QString& staffId) {
    DrawerOpenEvent event;
    event.id = m_nextId++;
    event.reason = reason;
    event.staffId = staffId;
    event.requestedAt = m_clock();
    emit openRequested(event);
    const QByteArray command = drawerOpenCommand(m_config.connection, m_config.pulse);
    m_worker->run([this, event, command](PrinterTransport& transport) mutable {
        const auto written = transport.write(command);
        event.opened = written.ok();
        if (!written) {
            event.error = QString::fromStdString(written.error().message);
            emit openFailed(event);
            return;
        }
        emit opened(event);
    });
    return event.id;
}

void CashDrawer::refreshState() {
    if (m_config.connection == DrawerConnection::SerialBell) {
        emit stateUnknown(tr("A serial drawer does not report whether it is open."));
        return;
    }
    const DrawerSensorPolarity polarity = m_config.polarity;
    const int timeoutMs = m_config.statusTimeoutMs;
    m_worker->run([this, polarity, timeoutMs](PrinterTransport& transport) {
        const auto status = queryStatus(transport, timeoutMs);
        if (!status) {
            emit stateUnknown(QString::fromStdString(status.error().message));
            return;
        }
        emit stateKnown(status->drawerOpen(polarity).value_or(false));
    });
}

} // namespace tp::pos::devices
