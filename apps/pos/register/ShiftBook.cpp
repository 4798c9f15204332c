#include "register/ShiftBook.h"

#include <QJsonDocument>

#include "client/MoneyText.h"
#include "client/outbox/LocalWrite.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ReplicaDatabase.h"
#include "domain/ids/UuidV7Generator.h"
#include "register/RegisterAudit.h"

namespace tp::pos {

namespace {

domain::Error refusal(const char* code, const QString& message) {
    return domain::makeError(code, message.toStdString());
}

QString isoText(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant& text) {
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

} // namespace

QJsonObject ZReport::toJson() const {
    QJsonObject json = totals.toJson();
    json.insert(QStringLiteral("counted_cash"), countedCash);
    json.insert(QStringLiteral("over_short"), overShort());
    json.insert(QStringLiteral("opened_at"), isoText(openedAt));
    json.insert(QStringLiteral("closed_at"), isoText(closedAt));
    json.insert(QStringLiteral("opened_by"), openedBy);
    json.insert(QStringLiteral("closed_by"), closedBy);
    return json;
}

ShiftBook::ShiftBook(client::Outbox& outbox, domain::UuidV7Generator& ids, RegisterAudit& audit, QString storeId,
                     QString registerId, domain::Currency currency)
    : m_outbox(outbox)
    , m_ids(ids)
    , m_audit(audit)
    , m_storeId(std::move(storeId))
    , m_registerId(std::move(registerId))
    , m_currency(currency) {}

domain::Result<std::optional<OpenShift>> ShiftBook::current() {
    auto rows = m_outbox.database().select(
        QStringLiteral("SELECT id, opened_at, opened_by, opening_float FROM register_shifts WHERE closed_at IS NULL"));
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<OpenShift>{};
    const auto& row = rows->first();
    return std::optional<OpenShift>(
        OpenShift{row.at(0).toString(), fromIso(row.at(1)), row.at(2).toString(), row.at(3).toLongLong()});
}

domain::Result<OpenShift> ShiftBook::requireOpen() {
    auto shift = current();
    if (!shift)
        return shift.error();
    if (!shift.value())
        return refusal("no_open_shift", tr("No shift is open; open one with the float in the drawer first."));
    return **shift;
}

domain::Result<OpenShift> ShiftBook::open(const StaffSession& by, qint64 openingFloat, const QDateTime& at) {
    if (openingFloat < 0)
        return refusal("invalid_amount", tr("The float cannot be below zero."));
    auto shift = current();
    if (!shift)
        return shift.error();
    if (shift.value())
        return refusal("shift_already_open",
                       tr("A shift is open already (since %1); close it first.")
                           .arg(QLocale().toString(shift.value()->openedAt.toLocalTime(), QLocale::ShortFormat)));
    const OpenShift opened{QString::fromStdString(m_ids.next().toString()), at, by.name, openingFloat};
    auto stored = m_outbox.database().exec(
        QStringLiteral("INSERT INTO register_shifts(id, currency, opened_at, opened_by, opening_float) "
                       "VALUES(?, ?, ?, ?, ?)"),
        {opened.id, QString::fromStdString(m_currency.code()), isoText(at), by.name, openingFloat});
    if (!stored)
        return stored.error();
    if (auto audited = m_audit.append(
            QStringLiteral("shift_opened"),
            {{"shift_id", opened.id}, {"by", RegisterAudit::person(by)}, {"opening_float", openingFloat}}, at);
        !audited)
        return audited.error();
    return opened;
}

domain::Result<void> ShiftBook::cashIn(const StaffSession& by, qint64 amount, const QString& reason,
                                       const QDateTime& at) {
    return moveCash(by, "in", amount, reason, at);
}

domain::Result<void> ShiftBook::cashOut(const StaffSession& by, qint64 amount, const QString& reason,
                                        const QDateTime& at) {
    return moveCash(by, "out", amount, reason, at);
}

domain::Result<void> ShiftBook::moveCash(const StaffSession& by, const char* kind, qint64 amount, const QString& reason,
                                         const QDateTime& at) {
    auto shift = requireOpen();
    if (!shift)
        return shift.error();
    if (amount <= 0)
        return refusal("invalid_amount", tr("Enter an amount above zero."));
    if (reason.trimmed().isEmpty())
        return refusal("reason_required", tr("Say why the cash goes in or out."));
    const bool out = QLatin1String(kind) == QLatin1String("out");
    if (out) {
        auto totals = totalsOf(*shift);
        if (!totals)
            return totals.error();
        if (amount > totals->expectedCash())
            return refusal("not_enough_cash", tr("The drawer should hold only %1; %2 cannot be taken out.")
                                                  .arg(client::moneyText(totals->expectedCash(), m_currency),
                                                       client::moneyText(amount, m_currency)));
    }
    const QString id = QString::fromStdString(m_ids.next().toString());
    auto stored = m_outbox.database().transaction([&]() -> domain::Result<void> {
        auto inserted = m_outbox.database().exec(
            QStringLiteral("INSERT INTO cash_movements(id, shift_id, at, kind, amount, reason, staff_id, staff_name) "
                           "VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, shift->id, isoText(at), QString::fromLatin1(kind), amount, reason.trimmed(), by.staffId, by.name});
        if (!inserted)
            return inserted.error();
        return m_audit.append(out ? QStringLiteral("cash_out") : QStringLiteral("cash_in"),
                              {{"shift_id", shift->id},
                               {"by", RegisterAudit::person(by)},
                               {"amount", amount},
                               {"reason", reason.trimmed()}},
                              at);
    });
    return stored;
}

domain::Result<ShiftTotals> ShiftBook::totalsOf(const OpenShift& shift) {
    client::ReplicaDatabase& db = m_outbox.database();
    ShiftTotals totals;
    totals.openingFloat = shift.openingFloat;
    auto orders = db.select(QStringLiteral("SELECT data FROM local_orders WHERE shift_id = ?"), {shift.id});
    if (!orders)
        return orders.error();
    for (const client::SqlRow& row : *orders)
        totals.addOrder(QJsonDocument::fromJson(row.at(0).toString().toUtf8()).object());
    auto refunds = db.select(QStringLiteral("SELECT data FROM local_refunds WHERE shift_id = ?"), {shift.id});
    if (!refunds)
        return refunds.error();
    for (const client::SqlRow& row : *refunds)
        totals.addRefund(QJsonDocument::fromJson(row.at(0).toString().toUtf8()).object());
    auto cash = db.select(QStringLiteral("SELECT coalesce(sum(CASE kind WHEN 'in' THEN amount END), 0), "
                                         "coalesce(sum(CASE kind WHEN 'out' THEN amount END), 0) "
                                         "FROM cash_movements WHERE shift_id = ?"),
                          {shift.id});
    if (!cash)
        return cash.error();
    totals.cashIn = cash->first().value(0).toLongLong();
    totals.cashOut = cash->first().value(1).toLongLong();
    return totals;
}

domain::Result<ShiftTotals> ShiftBook::xReport(const StaffSession& by) {
    if (!by.canApprove())
        return refusal("x_report_needs_manager",
                       tr("The X report shows the cash expected in the drawer; a manager reads it, so that the "
                          "count at the close stays blind."));
    auto shift = requireOpen();
    if (!shift)
        return shift.error();
    return totalsOf(*shift);
}

domain::Result<ZReport> ShiftBook::close(const StaffSession& by, qint64 countedCash, const QDateTime& at) {
    if (countedCash < 0)
        return refusal("invalid_amount", tr("The counted cash cannot be below zero."));
    auto shift = requireOpen();
    if (!shift)
        return shift.error();
    auto totals = totalsOf(*shift);
    if (!totals)
        return totals.error();
    ZReport report{shift->id, *totals, countedCash, shift->openedAt, at, shift->openedBy, by.name};
    const QJsonObject z = report.toJson();
    QJsonObject data{{"shift_id", shift->id},
                     {"store_id", m_storeId},
                     {"opened_at", isoText(shift->openedAt)},
                     {"closed_at", isoText(at)},
                     {"z_report", z}};
    if (!m_registerId.isEmpty())
        data.insert(QStringLiteral("register_id"), m_registerId);
    auto written = m_outbox.write([&](client::LocalWrite& write) {
        write.exec(QStringLiteral("UPDATE register_shifts SET closed_at = ?, closed_by = ?, counted_cash = ?, "
                                  "z_report = ? WHERE id = ? AND closed_at IS NULL"),
                   {isoText(at), by.name, countedCash,
                    QString::fromUtf8(QJsonDocument(z).toJson(QJsonDocument::Compact)), shift->id});
        RegisterAudit::appendTo(write, QStringLiteral("shift_closed"),
                                QJsonObject{{"shift_id", shift->id},
                                            {"by", RegisterAudit::person(by)},
                                            {"counted_cash", countedCash},
                                            {"over_short", report.overShort()}},
                                at);
        write.enqueue(QStringLiteral("shift.close"), data);
    });
    if (!written)
        return written.error();
    return report;
}

} // namespace tp::pos
