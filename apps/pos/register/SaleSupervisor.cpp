#include "register/SaleSupervisor.h"

#include <QLocale>

#include <cstdlib>

#include "register/RegisterAudit.h"
#include "register/Sale.h"

namespace tp::pos {

namespace {

// `part` of `whole` in basis points, rounded up (so 10.01 % is over a 10 % limit).
qint64 shareOf(qint64 part, qint64 whole) {
    part = std::llabs(part);
    whole = std::llabs(whole);
    if (part == 0)
        return 0;
    if (whole == 0)
        return 10000;
    return (part * 10000 + whole - 1) / whole;
}

QString percentText(qint64 basisPoints) {
    return QLocale().toString(double(basisPoints) / 100.0, 'f', basisPoints % 100 == 0 ? 0 : 2) + QStringLiteral(" %");
}

QJsonObject discountJson(domain::Discount discount) {
    return QJsonObject{{"kind", discount.kind == domain::Discount::Kind::Percent ? QStringLiteral("percent")
                                                                                 : QStringLiteral("amount")},
                       {"value", qint64(discount.value)}};
}

} // namespace

domain::Result<void> SaleSupervisor::setLineDiscount(Sale& sale, const StaffSession& by, int line,
                                                     domain::Discount discount,
                                                     const std::optional<Approval>& approval) {
    Sale trial = sale;
    if (auto set = trial.setLineDiscount(line, discount); !set)
        return set;
    auto priced = trial.priced();
    if (!priced)
        return priced.error();
    const auto& pricedLine = priced->lines.at(std::size_t(line));
    const qint64 share = shareOf(pricedLine.lineDiscount, pricedLine.amount);
    QJsonObject detail{{"line", Sale::lineJson(trial.lines().at(line))},
                       {"discount", discountJson(discount)},
                       {"amount_off", qint64(pricedLine.lineDiscount)}};
    return commit(sale, std::move(trial), by,
                  {"line_discount", share, m_policy.cashierDiscountLimit,
                   tr("A discount of %1 on a line is more than a cashier may give alone (%2): a manager's PIN is "
                      "needed.")
                       .arg(percentText(share), percentText(m_policy.cashierDiscountLimit)),
                   detail, false},
                  approval);
}

domain::Result<void> SaleSupervisor::setTicketDiscount(Sale& sale, const StaffSession& by, domain::Discount discount,
                                                       const std::optional<Approval>& approval) {
    Sale trial = sale;
    if (auto set = trial.setTicketDiscount(discount); !set)
        return set;
    auto priced = trial.priced();
    if (!priced)
        return priced.error();
    qint64 off = 0;
    qint64 worth = 0;
    for (const auto& line : priced->lines) {
        off += line.ticketDiscount;
        worth += line.amount - line.lineDiscount;
    }
    const qint64 share = shareOf(off, worth);
    QJsonObject detail{{"discount", discountJson(discount)}, {"amount_off", off}};
    return commit(sale, std::move(trial), by,
                  {"ticket_discount", share, m_policy.cashierDiscountLimit,
                   tr("A discount of %1 on the sale is more than a cashier may give alone (%2): a manager's PIN is "
                      "needed.")
                       .arg(percentText(share), percentText(m_policy.cashierDiscountLimit)),
                   detail, false},
                  approval);
}

domain::Result<void> SaleSupervisor::addReturn(Sale& sale, const StaffSession& by, const SellableItem& item,
                                               qint64 qtyMilli, const std::optional<Approval>& approval) {
    if (qtyMilli <= 0)
        return domain::makeError("invalid_quantity", tr("Say how many come back.").toStdString());
    Sale trial = sale;
    if (auto added = trial.add(item, -qtyMilli); !added)
        return added;
    const QJsonObject detail{{"item", item.sku}, {"name", item.name}, {"qty_milli", qtyMilli}};
    return commit(sale, std::move(trial), by,
                  {"return_without_receipt", 10000, 0,
                   tr("An item coming back without its receipt needs a manager's PIN."), detail, true},
                  approval);
}

domain::Result<void> SaleSupervisor::overridePrice(Sale& sale, const StaffSession& by, int line, qint64 unitPrice,
                                                   const QString& reason, const std::optional<Approval>& approval) {
    Sale trial = sale;
    if (auto set = trial.overridePrice(line, unitPrice, reason); !set)
        return set;
    const Sale::Line& before = sale.lines().at(line);
    const qint64 listPrice = before.listPrice.value_or(before.item.unitPrice);
    const qint64 share = unitPrice < listPrice ? shareOf(listPrice - unitPrice, listPrice) : 0;
    QJsonObject detail{{"line", Sale::lineJson(trial.lines().at(line))},
                       {"price_before", before.item.unitPrice},
                       {"list_price", listPrice},
                       {"price", unitPrice},
                       {"override_reason", reason.trimmed()}};
    const QString refusal =
        m_policy.cashierPriceCutLimit == 0
            ? tr("A cashier may not lower a price alone: a manager's PIN is needed.")
            : tr("Lowering the price by %1 is more than a cashier may alone (%2): a manager's PIN is needed.")
                  .arg(percentText(share), percentText(m_policy.cashierPriceCutLimit));
    return commit(sale, std::move(trial), by,
                  {"price_override", share, m_policy.cashierPriceCutLimit, refusal, detail, true}, approval);
}

domain::Result<void> SaleSupervisor::commit(Sale& sale, Sale trial, const StaffSession& by, Change change,
                                            const std::optional<Approval>& approval) {
    const bool needsManager = change.share > change.limit && !by.canApprove();
    if (needsManager && !approval)
        return domain::makeError("approval_required", change.refusal.toStdString());
    if (needsManager || change.alwaysAudited) {
        QJsonObject detail = change.detail;
        detail.insert(QStringLiteral("action"), QString::fromLatin1(change.action));
        detail.insert(QStringLiteral("by"), RegisterAudit::person(by));
        detail.insert(QStringLiteral("share_bp"), change.share);
        if (needsManager) {
            detail.insert(QStringLiteral("approved_by"),
                          RegisterAudit::person(approval->managerId, approval->managerName));
            detail.insert(QStringLiteral("approval_reason"), approval->reason);
        }
        const QString event = needsManager ? QStringLiteral("approved") : QString::fromLatin1(change.action);
        if (auto audited = m_audit.append(event, detail, m_clock()); !audited)
            return audited; // unaudited, undone: the sale stays as it was
    }
    sale = std::move(trial);
    return {};
}

} // namespace tp::pos
