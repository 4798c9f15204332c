#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "domain/core/Result.h"
#include "models/ProductEditor.h"

namespace tp::backoffice {

// Changes to a selection of products at once, offline like every edit and all or none: prices
// raised or lowered by a percentage, a status set (archiving, publishing drafts). Each product
// becomes one product.upsert with the version it was read at, so an edit someone else got to
// first comes back as a conflict of that product alone.
class BulkProductEdits {
    Q_DECLARE_TR_FUNCTIONS(tp::backoffice::BulkProductEdits)

public:
    explicit BulkProductEdits(ProductEditor& editor)
        : m_editor(editor) {}

    // `basisPoints`: +1000 raises by 10 %, -2500 lowers by 25 %; the product's price and every
    // variant price of its own change, each rounded half up to the currency's minor unit.
    // Error "invalid_percent" below -100 %.
    domain::Result<void> changePrices(const QStringList& productIds, qint64 basisPoints);
    // "active", "draft" or "archived"; products that have it already are left as they are.
    domain::Result<void> setStatus(const QStringList& productIds, const QString& status);

    static qint64 changedPrice(qint64 price, qint64 basisPoints);

private:
    domain::Result<QList<ProductEditor::Edit>> edits(const QStringList& productIds,
                                                     const std::function<void(ProductDocument&)>& change);

    ProductEditor& m_editor;
};

} // namespace tp::backoffice
