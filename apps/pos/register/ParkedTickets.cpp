#include "register/ParkedTickets.h"

#include <QJsonDocument>

#include "client/replica/ReplicaDatabase.h"
#include "domain/ids/UuidV7Generator.h"
#include "register/SaleRecorder.h"

namespace tp::pos {

domain::Result<QString> ParkedTickets::park(const Sale& sale, const QString& label, const QDateTime& at) {
    if (sale.isEmpty())
        return domain::makeError("sale_empty", tr("Nothing has been rung up to park.").toStdString());
    if (!sale.tenders().isEmpty())
        return domain::makeError(
            "tender_in_progress",
            tr("Payment has started; finish or remove the payments before parking.").toStdString());
    auto priced = sale.priced();
    const qint64 total = priced ? priced->totals.total : 0;
    const QString id = QString::fromStdString(m_ids.next().toString());
    auto stored = m_db.transaction([&]() -> domain::Result<void> {
        auto inserted = m_db.exec(
            QStringLiteral(
                "INSERT INTO parked_tickets(id, label, parked_at, lines, total, data) VALUES(?, ?, ?, ?, ?, ?)"),
            {id, label.trimmed(), at.toUTC().toString(Qt::ISODateWithMs), int(sale.lines().size()), total,
             QString::fromUtf8(QJsonDocument(sale.toJson()).toJson(QJsonDocument::Compact))});
        if (!inserted)
            return inserted.error();
        // Parked, it is no longer the till's open sale (one copy, never two).
        auto forgotten = m_db.exec(QString::fromLatin1(kForgetOpenSale));
        if (!forgotten)
            return forgotten.error();
        return {};
    });
    if (!stored)
        return stored.error();
    return id;
}

domain::Result<QList<ParkedTickets::Summary>> ParkedTickets::list() {
    auto rows = m_db.select(
        QStringLiteral("SELECT id, label, parked_at, lines, total FROM parked_tickets ORDER BY parked_at, id"));
    if (!rows)
        return rows.error();
    QList<Summary> parked;
    for (const client::SqlRow& row : *rows)
        parked << Summary{row.at(0).toString(), row.at(1).toString(),
                          QDateTime::fromString(row.at(2).toString(), Qt::ISODateWithMs), row.at(3).toInt(),
                          row.at(4).toLongLong()};
    return parked;
}

domain::Result<Sale> ParkedTickets::recall(const QString& id, const StoreProfile& store) {
    auto rows = m_db.select(QStringLiteral("SELECT data FROM parked_tickets WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return domain::makeError("parked_ticket_unknown",
                                 tr("That parked sale is not here any more (recalled already?).").toStdString());
    const QJsonDocument data = QJsonDocument::fromJson(rows->first().value(0).toString().toUtf8());
    auto sale = Sale::fromJson(store, data.object());
    if (!sale)
        return sale.error(); // left on the shelf: nothing is lost by a recall that failed
    // Off the shelf and onto the till in one transaction: it becomes the till's open sale (the
    // copy a restart brings back), so a crash in between can neither lose it nor double it.
    auto moved = m_db.transaction([&]() -> domain::Result<void> {
        auto removed = m_db.exec(QStringLiteral("DELETE FROM parked_tickets WHERE id = ?"), {id});
        if (!removed)
            return removed.error();
        return m_db.setStateValue(
            QStringLiteral("open_sale"),
            QString::fromUtf8(QJsonDocument(sale->toJsonWithTenders()).toJson(QJsonDocument::Compact)));
    });
    if (!moved)
        return moved.error();
    return sale;
}

} // namespace tp::pos
