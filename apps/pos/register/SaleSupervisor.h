#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <functional>
#include <optional>

#include "domain/core/Result.h"
#include "domain/pricing/Discount.h"
#include "register/ApprovalPolicy.h"
#include "register/SellableItem.h"
#include "register/Staff.h"

namespace tp::pos {

class RegisterAudit;
class Sale;

// The changes to a sale that are a matter of trust — discounts and price overrides — made
// for a logged-in person under the store's ApprovalPolicy. Beyond what a cashier may do
// alone, the change is refused with "approval_required" (its message says why, in words)
// until it is offered again with a manager's Approval (StaffLogin::approve); the approved
// change is audited with both names and the reason. Every price override is audited, approved
// or not. A refused change leaves the sale as it was.
class SaleSupervisor {
    Q_DECLARE_TR_FUNCTIONS(tp::pos::SaleSupervisor)

public:
    using Clock = std::function<QDateTime()>;

    SaleSupervisor(RegisterAudit& audit, ApprovalPolicy policy, Clock clock)
        : m_audit(audit)
        , m_policy(policy)
        , m_clock(std::move(clock)) {}

    const ApprovalPolicy& policy() const { return m_policy; }

    domain::Result<void> setLineDiscount(Sale& sale, const StaffSession& by, int line, domain::Discount discount,
                                         const std::optional<Approval>& approval = std::nullopt);
    domain::Result<void> setTicketDiscount(Sale& sale, const StaffSession& by, domain::Discount discount,
                                           const std::optional<Approval>& approval = std::nullopt);
    // An item coming back without a receipt (rung as a negative quantity): a manager's
    // matter, always audited.
    domain::Result<void> addReturn(Sale& sale, const StaffSession& by, const SellableItem& item, qint64 qtyMilli,
                                   const std::optional<Approval>& approval = std::nullopt);
    domain::Result<void> overridePrice(Sale& sale, const StaffSession& by, int line, qint64 unitPrice,
                                       const QString& reason, const std::optional<Approval>& approval = std::nullopt);

private:
    struct Change {
        const char* action; // as the audit names it
        qint64 share = 0;   // basis points of what it was worth
        qint64 limit = 0;
        QString refusal; // the approval_required message
        QJsonObject detail;
        bool alwaysAudited = false;
    };
    // Puts `trial` in place of `sale` when `by` may make the change (or a manager approved it),
    // auditing it when it needs that.
    domain::Result<void> commit(Sale& sale, Sale trial, const StaffSession& by, Change change,
                                const std::optional<Approval>& approval);

    RegisterAudit& m_audit;
    ApprovalPolicy m_policy;
    Clock m_clock;
};

} // namespace tp::pos
