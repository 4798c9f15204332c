#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "domain/core/Result.h"

namespace tp::client {
class Outbox;
}

namespace tp::backoffice {

// A store's receipt texts as the office edits them: the header under the store's name
// (address, VAT number, phone) and the footer (thanks, return policy, opening hours).
struct StoreReceiptTexts {
    QString storeId;
    qint64 version = 0;
    QString name;
    QString currency;
    QString header;
    QString footer;
};

// The stores of the shop from the replica and their receipt texts, edited offline: the replica
// at once, store.update with the version it started from in the outbox (the registers print
// the new texts after their next sync).
class StoreSettings {
    Q_DECLARE_TR_FUNCTIONS(tp::backoffice::StoreSettings)

public:
    static constexpr qsizetype kMaxText = 2000; // the server's limit for each text

    explicit StoreSettings(client::Outbox& outbox)
        : m_outbox(outbox) {}

    // By name.
    domain::Result<QList<StoreReceiptTexts>> stores();
    // Errors: "text_too_long", "nothing_changed".
    domain::Result<void> saveReceiptTexts(const StoreReceiptTexts& original, const QString& header,
                                          const QString& footer);

private:
    client::Outbox& m_outbox;
};

} // namespace tp::backoffice
