#include "models/csv/ImportPlanModels.h"

#include "client/MoneyText.h"

namespace tp::backoffice {

void ImportPreviewModel::show(const ImportPlan& plan, domain::Currency currency) {
    beginResetModel();
    m_products = plan.products;
    m_currency = currency;
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_products.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_products.size() || (role != Qt::DisplayRole && role != Qt::UserRole))
        return {};
    const ImportedProduct& product = m_products.at(index.row());
    const bool raw = role == Qt::UserRole;
    switch (index.column()) {
    case Handle:
        return product.handle;
    case Title:
        return product.name;
    case Action:
        return product.existingId.isEmpty() ? tr("New") : tr("Update");
    case Status:
        if (product.status == QLatin1String("draft"))
            return tr("Draft");
        return product.status == QLatin1String("archived") ? tr("Archived") : tr("Active");
    case Variants:
        return int(product.variants.size());
    case Price: {
        const qint64 price = product.variants.isEmpty() ? 0 : product.variants.first().price;
        return raw ? QVariant(price) : QVariant(client::moneyText(price, *m_currency));
    }
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Handle:
        return tr("Handle");
    case Title:
        return tr("Title");
    case Action:
        return tr("Import as");
    case Status:
        return tr("Status");
    case Variants:
        return tr("Variants");
    case Price:
        return tr("Price");
    }
    return {};
}

void ImportErrorsModel::show(const QList<CsvRowError>& errors) {
    beginResetModel();
    m_errors = errors;
    endResetModel();
}

int ImportErrorsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_errors.size());
}

int ImportErrorsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportErrorsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_errors.size() || (role != Qt::DisplayRole && role != Qt::UserRole))
        return {};
    const CsvRowError& error = m_errors.at(index.row());
    switch (index.column()) {
    case Line:
        return error.line;
    case Column:
        return error.column;
    case Problem:
        return error.message;
    }
    return {};
}

QVariant ImportErrorsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case Column:
        return tr("Column");
    case Problem:
        return tr("Problem");
    }
    return {};
}

} // namespace tp::backoffice
