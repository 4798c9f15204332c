#pragma once

#include <QObject>

#include <memory>

#include "CashDrawer.h"
#include "register/Staff.h"

namespace tp::pos {

class RegisterAudit;

// The till's cash drawer: opened for a cash sale, a cash refund, cash in or out, and on
// request without a sale. Every request goes to the register's audit as it happened (who,
// why, whether the kick reached the drawer) — a no-sale open above all. A drawer that cannot
// be reached never holds up the till: the failure is a notice.
class DrawerControl : public QObject {
    Q_OBJECT

public:
    DrawerControl(std::unique_ptr<devices::CashDrawer> drawer, RegisterAudit& audit, QObject* parent = nullptr);
    ~DrawerControl() override;

    void open(devices::DrawerOpenReason reason, const StaffSession& by);

signals:
    void notice(const QString& message);

private:
    std::unique_ptr<devices::CashDrawer> m_drawer;
    RegisterAudit& m_audit;
};

} // namespace tp::pos
