#include "register/DrawerControl.h"

#include <QJsonObject>

#include "register/RegisterAudit.h"

namespace tp::pos {

DrawerControl::DrawerControl(std::unique_ptr<devices::CashDrawer> drawer, RegisterAudit& audit, QObject* parent)
    : QObject(parent)
    , m_drawer(std::move(drawer))
    , m_audit(audit) {
    const auto record = [this](const devices::DrawerOpenEvent& event) {
        QJsonObject detail{
            {"reason", devices::toString(event.reason)}, {"staff_id", event.staffId}, {"opened", event.opened}};
        if (!event.error.isEmpty())
            detail.insert(QStringLiteral("error"), event.error);
        if (auto audited = m_audit.append(QStringLiteral("drawer_opened"), detail, event.requestedAt); !audited)
            emit notice(QString::fromStdString(audited.error().message));
    };
    connect(m_drawer.get(), &devices::CashDrawer::opened, this, record);
    connect(m_drawer.get(), &devices::CashDrawer::openFailed, this,
            [this, record](const devices::DrawerOpenEvent& event) {
                record(event);
                emit notice(
                    tr("The cash drawer did not open (%1). Open it with its key; the sale is saved.").arg(event.error));
            });
}

DrawerControl::~DrawerControl() = default;

void DrawerControl::open(devices::DrawerOpenReason reason, const StaffSession& by) {
    m_drawer->open(reason, by.staffId);
}

} // namespace tp::pos
