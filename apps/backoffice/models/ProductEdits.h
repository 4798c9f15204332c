#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

#include "client/outbox/OutboxMutation.h"
#include "domain/core/Result.h"
#include "models/ProductEditor.h"

namespace tp::client {
class Outbox;
} // namespace tp::client

namespace tp::backoffice {

// The fields of a product the office edits here, as the replica has them, with the version
// they were read at (ARCHITECTURE rule 4: an edit names the version it started from).
struct ProductDraft {
    QString id;
    qint64 version = 0;
    QString sku;
    QString name;
    qint64 priceAmount = 0;
    QString priceCurrency;
    QString status; // active | archived
};

// One field of a product two people changed: what this office has, what the server has.
struct FieldConflict {
    QString field; // the product.upsert field: name, price, status, sku, description, options, variants, barcodes
    QString mine;
    QString theirs;
};

// An edit the server refused because someone else changed the product first.
struct EditConflict {
    QString mutationId; // of the refused edit (needs-attention list)
    QString productId;
    qint64 serverVersion = 0;
    QList<FieldConflict> fields; // only the fields this office changed
};

// Quick edits of name, price and status from the list, and the conflicts of every product
// edit. A save goes through ProductEditor: the replica changes at once (the lists show it) and
// product.upsert is queued with only the fields that changed and the version they started
// from, in one transaction. When someone else got there first, the server refuses with its copy
// (version_conflict); conflicts() shows each such edit field by field beside the server's, and
// resolve() settles it: for each field, this office's value or the server's — never a silent
// overwrite of either.
class ProductEdits {
    Q_DECLARE_TR_FUNCTIONS(tp::backoffice::ProductEdits)

public:
    ProductEdits(client::Outbox& outbox, domain::UuidV7Generator& ids)
        : m_outbox(outbox)
        , m_editor(outbox, ids) {}

    domain::Result<ProductDraft> load(const QString& productId);
    // Errors: "nothing_changed", "invalid_name", "invalid_price", "invalid_status".
    domain::Result<void> save(const ProductDraft& original, const ProductDraft& edited);

    domain::Result<QList<EditConflict>> conflicts();
    // `keepMine`: the fields whose value is this office's; every other field keeps the server's.
    // Keeping none of mine just closes the conflict (the replica has the server's already).
    domain::Result<void> resolve(const EditConflict& conflict, const QStringList& keepMine);

    // Every other change the server refused (a coupon code taken, a stale store or category
    // edit, a customer erased meanwhile …), for a person to read and then dismiss: nothing
    // refused is ever dropped silently.
    domain::Result<QList<client::RejectedMutation>> otherRefusals();
    domain::Result<void> dismiss(const QString& mutationId);

private:
    client::Outbox& m_outbox;
    ProductEditor m_editor;
};

} // namespace tp::backoffice
