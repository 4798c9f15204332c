#pragma once

#include <QAbstractTableModel>

#include "domain/money/Currency.h"
#include "models/csv/ShopifyProductCsv.h"

namespace tp::backoffice {

// An import's preview as a table: a row per product, whether it is new or updates one of the
// catalog, its variants and its first variant's price. Qt::UserRole gives each cell's raw
// value (numbers as numbers) for sorting.
class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Handle, Title, Action, Status, Variants, Price, ColumnCount };

    explicit ImportPreviewModel(QObject* parent = nullptr)
        : QAbstractTableModel(parent) {}

    void show(const ImportPlan& plan, domain::Currency currency);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportedProduct> m_products;
    std::optional<domain::Currency> m_currency;
};

// The rows an import leaves out: line of the file, column, what is wrong.
class ImportErrorsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Line, Column, Problem, ColumnCount };

    explicit ImportErrorsModel(QObject* parent = nullptr)
        : QAbstractTableModel(parent) {}

    void show(const QList<CsvRowError>& errors);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CsvRowError> m_errors;
};

} // namespace tp::backoffice
