#include "models/ProductEdits.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "client/outbox/LocalWrite.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ReplicaDatabase.h"

namespace tp::backoffice {

namespace {

domain::Error refusal(const char* code, const QString& message) {
    return domain::makeError(code, message.toStdString());
}

QJsonObject price(qint64 amount, const QString& currency) {
    return QJsonObject{{"amount", amount}, {"currency", currency}};
}

// A field's value as people read it, for the conflict view.
QString shown(const QString& field, const QJsonValue& value) {
    if (field == QLatin1String("price")) {
        const QJsonObject money = value.toObject();
        return QStringLiteral("%1 %2")
            .arg(money.value(QLatin1String("amount")).toInteger())
            .arg(money.value(QLatin1String("currency")).toString());
    }
    return value.toString();
}

} // namespace

domain::Result<ProductDraft> ProductEdits::load(const QString& productId) {
    auto rows =
        m_outbox.database().select(QStringLiteral("SELECT id, version, sku, name, price_amount, price_currency, "
                                                  "status FROM products WHERE id = ?"),
                                   {productId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return refusal("not_found", tr("This product is not in the catalog here (yet)."));
    const client::SqlRow& row = rows->first();
    return ProductDraft{row.at(0).toString(),   row.at(1).toLongLong(), row.at(2).toString(), row.at(3).toString(),
                        row.at(4).toLongLong(), row.at(5).toString(),   row.at(6).toString()};
}

domain::Result<void> ProductEdits::save(const ProductDraft& original, const ProductDraft& edited) {
    QJsonObject data{{"id", original.id}, {"version", original.version}};
    if (edited.name.trimmed() != original.name) {
        if (edited.name.trimmed().isEmpty())
            return refusal("invalid_name", tr("A product needs a name."));
        data.insert(QStringLiteral("name"), edited.name.trimmed());
    }
    if (edited.priceAmount != original.priceAmount) {
        if (edited.priceAmount < 0)
            return refusal("invalid_price", tr("A price cannot be below zero."));
        data.insert(QStringLiteral("price"), price(edited.priceAmount, original.priceCurrency));
    }
    if (edited.status != original.status) {
        if (edited.status != QLatin1String("active") && edited.status != QLatin1String("archived"))
            return refusal("invalid_status", tr("A product is either active or archived."));
        data.insert(QStringLiteral("status"), edited.status);
    }
    if (data.size() == 2)
        return refusal("nothing_changed", tr("Nothing was changed."));
    auto written = m_outbox.write([&](client::LocalWrite& write) {
        // This office sees its edit at once; the server's copy replaces it when the feed brings it.
        write.exec(QStringLiteral("UPDATE products SET name = ?, price_amount = ?, status = ? WHERE id = ?"),
                   {edited.name.trimmed(), edited.priceAmount, edited.status, original.id});
        write.enqueue(QStringLiteral("product.upsert"), data);
    });
    if (!written)
        return written.error();
    return {};
}

domain::Result<QList<EditConflict>> ProductEdits::conflicts() {
    auto rejected = m_outbox.needsAttention();
    if (!rejected)
        return rejected.error();
    QList<EditConflict> found;
    for (const client::RejectedMutation& mutation : *rejected) {
        if (mutation.type != QLatin1String("product.upsert") || mutation.errorCode != QLatin1String("version_conflict"))
            continue;
        EditConflict conflict{mutation.mutationId,
                              mutation.data.value(QLatin1String("id")).toString(),
                              mutation.serverCopy.value(QLatin1String("version")).toInteger(),
                              {}};
        for (const char* name : {"name", "price", "status"}) {
            const QString field = QString::fromLatin1(name);
            if (mutation.data.contains(field))
                conflict.fields << FieldConflict{field, shown(field, mutation.data.value(field)),
                                                 shown(field, mutation.serverCopy.value(field))};
        }
        found << conflict;
    }
    return found;
}

domain::Result<void> ProductEdits::resolve(const EditConflict& conflict, const QStringList& keepMine) {
    auto rejected = m_outbox.needsAttention();
    if (!rejected)
        return rejected.error();
    QJsonObject mine;
    for (const client::RejectedMutation& mutation : *rejected)
        if (mutation.mutationId == conflict.mutationId)
            mine = mutation.data;
    if (mine.isEmpty())
        return refusal("not_found", tr("This conflict was settled already."));
    // The edit again, on top of the server's version now, with only the fields kept.
    QJsonObject again{{"id", conflict.productId}, {"version", conflict.serverVersion}};
    for (const QString& field : keepMine)
        if (mine.contains(field))
            again.insert(field, mine.value(field));
    // The new edit and the end of the conflict in one transaction: a crash between them could
    // otherwise send the edit twice or lose the conflict.
    auto settled = m_outbox.write([&](client::LocalWrite& write) {
        if (again.size() > 2)
            write.enqueue(QStringLiteral("product.upsert"), again);
        write.exec(QStringLiteral("DELETE FROM needs_attention WHERE mutation_id = ?"), {conflict.mutationId});
    });
    if (!settled)
        return settled.error();
    return {};
}

} // namespace tp::backoffice
