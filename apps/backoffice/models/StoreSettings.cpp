#include "models/StoreSettings.h"

#include <QJsonDocument>

#include "client/outbox/LocalWrite.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ReplicaDatabase.h"

namespace tp::backoffice {

domain::Result<QList<StoreReceiptTexts>> StoreSettings::stores() {
    auto rows = m_outbox.database().select(QStringLiteral("SELECT id, data FROM entities WHERE entity = 'store' ORDER "
                                                          "BY json_extract(data, '$.name') COLLATE NOCASE, id"));
    if (!rows)
        return rows.error();
    QList<StoreReceiptTexts> stores;
    for (const client::SqlRow& row : *rows) {
        const QJsonObject json = QJsonDocument::fromJson(row.at(1).toByteArray()).object();
        stores << StoreReceiptTexts{row.at(0).toString(),
                                    json.value(QLatin1String("version")).toInteger(),
                                    json.value(QLatin1String("name")).toString(),
                                    json.value(QLatin1String("currency")).toString(),
                                    json.value(QLatin1String("receipt_header")).toString(),
                                    json.value(QLatin1String("receipt_footer")).toString()};
    }
    return stores;
}

domain::Result<void> StoreSettings::saveReceiptTexts(const StoreReceiptTexts& original, const QString& header,
                                                     const QString& footer) {
    if (header.toUtf8().size() > kMaxText || footer.toUtf8().size() > kMaxText)
        return domain::makeError(
            "text_too_long",
            tr("A receipt's header and footer may each be %1 characters long at most.").arg(kMaxText).toStdString());
    if (header == original.header && footer == original.footer)
        return domain::makeError("nothing_changed", tr("Nothing was changed.").toStdString());
    const QJsonObject mutation{{"id", original.storeId},
                               {"version", original.version},
                               {"receipt_header", header},
                               {"receipt_footer", footer}};
    auto written = m_outbox.write([&](client::LocalWrite& write) {
        write.enqueue(QStringLiteral("store.update"), mutation);
        // The replica's copy at once, at the version the server will give it.
        write.exec(QStringLiteral("UPDATE entities SET data = json_set(data, '$.receipt_header', ?, "
                                  "'$.receipt_footer', ?, '$.version', ?) WHERE entity = 'store' AND id = ?"),
                   {header, footer, original.version + 1, original.storeId});
    });
    if (!written)
        return written.error();
    return {};
}

} // namespace tp::backoffice
