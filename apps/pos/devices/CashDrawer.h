#pragma once

#include <functional>
#include <memory>

#include <QDateTime>
#include <QObject>
#include <QString>

#include "CashDrawerCommand.h"
#include "PrinterStatus.h"
#include "PrinterTransport.h"

namespace tp::pos::devices {

class CashDrawerWorker;

// Why the drawer was opened. Every open is audited, and a no-sale open is the one a manager
// looks at first.
enum class DrawerOpenReason { Sale, Refund, CashIn, CashOut, NoSale, FloatCount, Test };

// The audit-log name of a reason: "sale", "refund", "cash_in", "cash_out", "no_sale",
// "float_count", "test".
QString toString(DrawerOpenReason reason);

// One request to open the drawer, as the audit log records it, whether or not it worked.
struct DrawerOpenEvent {
    quint64 id = 0;
    DrawerOpenReason reason = DrawerOpenReason::Sale;
    QString staffId;
    QDateTime requestedAt;
    bool opened = false;
    QString error; // why the kick could not be sent, when it could not
};

struct CashDrawerConfig {
    DrawerConnection connection = DrawerConnection::PrinterKick;
    DrawerPulse pulse;
    DrawerSensorPolarity polarity = DrawerSensorPolarity::OpenWhenHigh;
    int statusTimeoutMs = 1000;
};

// The cash drawer of one till: opens it (a kick through the printer's connector, or BEL to a
// serial drawer) and reads its sensor through the printer's status where the hardware reports
// it. Everything runs on a worker thread, so a drawer on a dead printer never blocks the sale;
// results come back as signals, and every request — successful or not — becomes a
// DrawerOpenEvent for the audit log.
class CashDrawer : public QObject {
    Q_OBJECT

public:
    using TransportMaker = std::function<std::unique_ptr<PrinterTransport>()>;
    using Clock = std::function<QDateTime()>;

    CashDrawer(TransportMaker makeTransport, CashDrawerConfig config, Clock clock = {}, QObject* parent = nullptr);
    ~CashDrawer() override;

    // Sends the kick and returns the event id at once.
    quint64 open(DrawerOpenReason reason, const QString& staffId);
    // Asks the printer for the drawer sensor; answers with stateKnown or stateUnknown.
    void refreshState();

signals:
    void openRequested(const tp::pos::devices::DrawerOpenEvent& event); // on every request, for the audit log
    void opened(const tp::pos::devices::DrawerOpenEvent& event);
    void openFailed(const tp::pos::devices::DrawerOpenEvent& event);
    void stateKnown(bool open);
    void stateUnknown(const QString& why);

private:
    std::unique_ptr<CashDrawerWorker> m_worker;
    CashDrawerConfig m_config;
    Clock m_clock;
    quint64 m_nextId = 1;
};

} // namespace tp::pos::devices

Q_DECLARE_METATYPE(tp::pos::devices::DrawerOpenEvent)
