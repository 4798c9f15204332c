#include "models/ProductEdits.h"

#include <QJsonArray>
#include <QJsonObject>

#include "client/outbox/LocalWrite.h"
#include "client/outbox/Outbox.h"
#include "client/outbox/OutboxMutation.h"
#include "client/replica/ReplicaDatabase.h"

namespace tp::backoffice {

namespace {

domain::Error refusal(const char* code, const QString& message) {
    return domain::makeError(code, message.toStdString());
}

// A field's value as people read it, for the conflict view.
QString shown(const QString& field, const QJsonValue& value) {
    if (field == QLatin1String("price")) {
        const QJsonObject money = value.toObject();
        return QStringLiteral("%1 %2")
            .arg(money.value(QLatin1String("amount")).toInteger())
            .arg(money.value(QLatin1String("currency")).toString());
    }
    QStringList parts;
    if (field == QLatin1String("options")) {
        // "Size: S, M; Colour: Red"
        for (const QJsonValue& option : value.toArray()) {
            QStringList values;
            for (const QJsonValue& entry : option.toObject().value(QLatin1String("values")).toArray())
                values << entry.toString();
            parts << option.toObject().value(QLatin1String("name")).toString() + QLatin1String(": ") +
                         values.join(QLatin1String(", "));
        }
        return parts.join(QLatin1String("; "));
    }
    if (field == QLatin1String("variants")) {
        // "TEE-S 19.99, TEE-M (archived)": the skus with what sets each apart.
        for (const QJsonValue& entry : value.toArray()) {
            const QJsonObject variant = entry.toObject();
            QString part = variant.value(QLatin1String("sku")).toString();
            if (variant.value(QLatin1String("price")).isObject())
                part += QLatin1Char(' ') + shown(QStringLiteral("price"), variant.value(QLatin1String("price")));
            if (variant.value(QLatin1String("status")).toString() == QLatin1String("archived"))
                part += QLatin1String(" (archived)");
            parts << part;
        }
        return parts.join(QLatin1String(", "));
    }
    if (value.isArray()) {
        for (const QJsonValue& entry : value.toArray())
            parts << entry.toString();
        return parts.join(QLatin1String(", "));
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
    if (edited.status != QLatin1String("active") && edited.status != QLatin1String("archived"))
        return refusal("invalid_status", tr("A product is either active or archived."));
    auto current = m_editor.load(original.id);
    if (!current)
        return current.error();
    // The edit starts from what was read then (its version), not from what the replica holds
    // now: a newer copy from the feed must not be overwritten unseen.
    ProductDocument before = *current;
    before.version = original.version;
    before.name = original.name;
    before.price = original.priceAmount;
    before.status = original.status;
    ProductDocument after = before;
    after.name = edited.name;
    after.price = edited.priceAmount;
    after.status = edited.status;
    return m_editor.save(before, after);
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
        for (const char* name : {"sku", "name", "description", "status", "price", "barcodes", "options", "variants"}) {
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

domain::Result<QList<client::RejectedMutation>> ProductEdits::otherRefusals() {
    auto rejected = m_outbox.needsAttention();
    if (!rejected)
        return rejected.error();
    QList<client::RejectedMutation> others;
    for (const client::RejectedMutation& mutation : *rejected)
        if (mutation.type != QLatin1String("product.upsert") || mutation.errorCode != QLatin1String("version_conflict"))
            others << mutation;
    return others;
}

domain::Result<void> ProductEdits::dismiss(const QString& mutationId) {
    return m_outbox.dismiss(mutationId);
}

} // namespace tp::backoffice
