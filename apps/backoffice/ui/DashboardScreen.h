#pragma once

#include <QWidget>

#include <functional>

#include "models/dashboard/DashboardFigures.h"

class QChartView;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QLabel;
class QTableWidget;

namespace tp::backoffice::ui {

// The shop at a glance for a range of days (a preset or any two dates): revenue, orders and
// the average order; revenue and orders per day; the best-selling products; sales by channel
// and by store; and what is low in stock now. Qt Charts, from the replica (offline too).
class DashboardScreen : public QWidget {
    Q_OBJECT

public:
    using Compute = std::function<domain::Result<DashboardFigures>(const QDate& from, const QDate& to)>;

    explicit DashboardScreen(Compute compute, QWidget* parent = nullptr);

    void setRange(const QDate& from, const QDate& to);
    // After a sync: the figures as the replica has them now.
    void refresh();
    const DashboardFigures& figures() const { return m_figures; }

private:
    void applyPreset(int index);
    void showFigures();
    void showDays();
    void showShares(QChartView* view, const QString& title, const QList<SalesShare>& shares, bool pie);
    void showLowStock();
    QString money(qint64 amount) const;

    Compute m_compute;
    DashboardFigures m_figures;
    QComboBox* m_preset;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_summary;
    QChartView* m_days;
    QChartView* m_products;
    QChartView* m_channels;
    QChartView* m_stores;
    QTableWidget* m_lowStock;
    QLineEdit* m_lowStockFilter = nullptr;
};

} // namespace tp::backoffice::ui
