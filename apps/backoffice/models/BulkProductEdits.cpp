#include "models/BulkProductEdits.h"

#include "domain/core/Rounding.h"

namespace tp::backoffice {

qint64 BulkProductEdits::changedPrice(qint64 price, qint64 basisPoints) {
    return domain::divideRounded(domain::Int128(price) * (10000 + basisPoints), 10000, domain::RoundingMode::HalfUp);
}

domain::Result<QList<ProductEditor::Edit>>
BulkProductEdits::edits(const QStringList& productIds, const std::function<void(ProductDocument&)>& change) {
    QList<ProductEditor::Edit> edits;
    for (const QString& id : productIds) {
        auto document = m_editor.load(id);
        if (!document)
            return document.error();
        ProductEditor::Edit edit{*document, *document};
        change(edit.edited);
        edits << edit;
    }
    return edits;
}

domain::Result<void> BulkProductEdits::changePrices(const QStringList& productIds, qint64 basisPoints) {
    if (basisPoints < -10000)
        return domain::makeError("invalid_percent", tr("A price can be lowered by 100 % at most.").toStdString());
    auto planned = edits(productIds, [basisPoints](ProductDocument& product) {
        product.price = changedPrice(product.price, basisPoints);
        for (VariantDraft& variant : product.variants)
            if (variant.price)
                variant.price = changedPrice(*variant.price, basisPoints);
    });
    if (!planned)
        return planned.error();
    return m_editor.saveAll(*planned);
}

domain::Result<void> BulkProductEdits::setStatus(const QStringList& productIds, const QString& status) {
    auto planned = edits(productIds, [&status](ProductDocument& product) { product.status = status; });
    if (!planned)
        return planned.error();
    return m_editor.saveAll(*planned);
}

} // namespace tp::backoffice
