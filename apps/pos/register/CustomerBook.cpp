#include "register/CustomerBook.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

#include "client/outbox/LocalWrite.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ReplicaDatabase.h"
#include "domain/ids/UuidV7Generator.h"

namespace tp::pos {

namespace {

domain::Error refusal(const char* code, const QString& message) {
    return domain::makeError(code, message.toStdString());
}

QString folded(QString text) {
    return text.remove(QLatin1Char(' ')).toLower();
}

} // namespace

domain::Result<qint64> CustomerBook::points(const QString& customerId) {
    auto rows = m_outbox.database().select(
        QStringLiteral("SELECT json_extract(data, '$.points') FROM entities WHERE entity = 'loyalty' AND id = ?"),
        {customerId});
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? 0 : rows->first().at(0).toLongLong();
}

domain::Result<QList<CustomerCard>> CustomerBook::search(const QString& typed, int limit) {
    const QString needle = folded(typed.trimmed());
    QList<CustomerCard> found;
    if (needle.size() < 2)
        return found;
    // The replica keeps customers as the feed sent them; a scan of that table is quick for
    // the customers of one shop (a projection with an index comes when shops have many).
    auto rows = m_outbox.database().select(QStringLiteral("SELECT id, data FROM entities WHERE entity = 'customer'"));
    if (!rows)
        return rows.error();
    for (const client::SqlRow& row : *rows) {
        const QJsonObject data = QJsonDocument::fromJson(row.at(1).toString().toUtf8()).object();
        const CustomerCard card{row.at(0).toString(), data.value(QLatin1String("name")).toString(),
                                data.value(QLatin1String("email")).toString(),
                                data.value(QLatin1String("phone")).toString()};
        if (folded(card.name).contains(needle) || folded(card.email).contains(needle) ||
            folded(card.phone).contains(needle))
            found << card;
    }
    std::sort(found.begin(), found.end(), [](const CustomerCard& a, const CustomerCard& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

domain::Result<CustomerCard> CustomerBook::create(const QString& typed) {
    QStringList parts = typed.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& part : parts)
        part = part.trimmed();
    if (parts.isEmpty() || parts.first().isEmpty())
        return refusal("name_required", tr("Type the customer's name (then, with commas, an e-mail or a phone)."));
    CustomerCard card{QString::fromStdString(m_ids.next().toString()), parts.takeFirst(), {}, {}};
    for (const QString& part : parts) {
        if (part.contains(QLatin1Char('@'))) {
            if (part.count(QLatin1Char('@')) != 1 || part.startsWith(QLatin1Char('@')) ||
                part.endsWith(QLatin1Char('@')))
                return refusal("invalid_email", tr("\"%1\" is not an e-mail address.").arg(part));
            card.email = part;
        } else {
            card.phone = part;
        }
    }
    QJsonObject data{{"id", card.id}, {"name", card.name}, {"version", 0}};
    if (!card.email.isEmpty())
        data.insert(QStringLiteral("email"), card.email);
    if (!card.phone.isEmpty())
        data.insert(QStringLiteral("phone"), card.phone);
    auto written = m_outbox.write([&](client::LocalWrite& write) {
        // On this register at once (seq 0: the server's copy replaces it when the feed brings it).
        write.exec(QStringLiteral("INSERT INTO entities(entity, id, data, seq) VALUES('customer', ?, ?, 0)"),
                   {card.id, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))});
        write.enqueue(QStringLiteral("customer.upsert"), data);
    });
    if (!written)
        return written.error();
    return card;
}

} // namespace tp::pos
