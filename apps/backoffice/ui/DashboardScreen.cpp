#include "ui/DashboardScreen.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include "client/MoneyText.h"
#include "domain/money/Currency.h"
#include "ui/ListTable.h"
#include "ui/SortableItem.h"

namespace tp::backoffice::ui {

namespace {

QChartView* chartView(QWidget* parent, const char* name) {
    auto* view = new QChartView(new QChart, parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

// Minor units per major unit of `code` (charts draw major units: 12.50, not 1250).
qint64 unitOf(const QString& code) {
    auto currency = domain::Currency::fromCode(code.toStdString());
    return currency ? currency->minorPerMajor() : 100;
}

double major(qint64 minor, qint64 unit) {
    return double(minor) / double(unit);
}

} // namespace

DashboardScreen::DashboardScreen(Compute compute, QWidget* parent)
    : QWidget(parent)
    , m_compute(std::move(compute))
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_summary(new QLabel(this))
    , m_days(chartView(this, "revenueChart"))
    , m_products(chartView(this, "topProductsChart"))
    , m_channels(chartView(this, "channelChart"))
    , m_stores(chartView(this, "storeChart"))
    , m_lowStock(new QTableWidget(0, 4, this)) {
    m_preset->setObjectName(QStringLiteral("rangePreset"));
    m_preset->addItems({tr("Last 7 days"), tr("Last 30 days"), tr("This month"), tr("Last month"), tr("Other dates")});
    for (QDateEdit* date : {m_from, m_to})
        date->setCalendarPopup(true);
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_summary->setFont(big);
    m_lowStock->setObjectName(QStringLiteral("lowStock"));
    m_lowStock->setHorizontalHeaderLabels({tr("SKU"), tr("Item"), tr("Store"), tr("Available")});
    m_lowStock->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_lowStock->verticalHeader()->hide();
    m_lowStock->setSortingEnabled(true);

    auto* range = new QHBoxLayout;
    range->addWidget(m_preset);
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    range->addStretch(1);
    auto* lowBox = new QVBoxLayout;
    lowBox->addWidget(new QLabel(tr("Low in stock"), this));
    m_lowStockFilter = makeFilterBox(m_lowStock, tr("Filter low stock"), QStringLiteral("lowStockFilter"), this);
    lowBox->addWidget(m_lowStockFilter);
    lowBox->addWidget(m_lowStock);
    auto* grid = new QGridLayout;
    grid->addWidget(m_days, 0, 0, 1, 2);
    grid->addWidget(m_products, 1, 0);
    grid->addLayout(lowBox, 1, 1);
    grid->addWidget(m_channels, 2, 0);
    grid->addWidget(m_stores, 2, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(range);
    layout->addWidget(m_summary);
    layout->addLayout(grid, 1);

    connect(m_preset, &QComboBox::activated, this, &DashboardScreen::applyPreset);
    const auto typed = [this] {
        m_preset->setCurrentIndex(m_preset->count() - 1); // other dates
        refresh();
    };
    connect(m_from, &QDateEdit::editingFinished, this, typed);
    connect(m_to, &QDateEdit::editingFinished, this, typed);
    applyPreset(1);
}

void DashboardScreen::applyPreset(int index) {
    const QDate today = QDate::currentDate();
    QDate from;
    QDate to = today;
    switch (index) {
    case 0:
        from = today.addDays(-6);
        break;
    case 1:
        from = today.addDays(-29);
        break;
    case 2:
        from = QDate(today.year(), today.month(), 1);
        break;
    case 3:
        from = QDate(today.year(), today.month(), 1).addMonths(-1);
        to = QDate(today.year(), today.month(), 1).addDays(-1);
        break;
    default:
        return; // the dates as typed
    }
    m_preset->setCurrentIndex(index);
    setRange(from, to);
}

void DashboardScreen::setRange(const QDate& from, const QDate& to) {
    QSignalBlocker quietFrom(m_from);
    QSignalBlocker quietTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

void DashboardScreen::refresh() {
    QDate from = m_from->date();
    QDate to = m_to->date();
    if (to < from)
        std::swap(from, to);
    auto figures = m_compute(from, to);
    if (!figures) {
        m_summary->setText(QString::fromStdString(figures.error().message));
        return;
    }
    m_figures = *figures;
    showFigures();
}

QString DashboardScreen::money(qint64 amount) const {
    auto currency = domain::Currency::fromCode(m_figures.currency.toStdString());
    return currency ? client::moneyText(amount, *currency) : QString::number(amount);
}

void DashboardScreen::showFigures() {
    QString summary = tr("Revenue %1 · %2 orders · %3 per order")
                          .arg(money(m_figures.revenue))
                          .arg(m_figures.orders)
                          .arg(money(m_figures.averageOrder));
    if (m_figures.otherCurrencyOrders > 0)
        summary += tr(" · %1 orders in other currencies not counted").arg(m_figures.otherCurrencyOrders);
    m_summary->setText(summary);
    showDays();
    showShares(m_products, tr("Top products"), m_figures.topProducts, false);
    showShares(m_channels, tr("Sales by channel"), m_figures.byChannel, true);
    showShares(m_stores, tr("Sales by store"), m_figures.byStore, false);
    showLowStock();
}

void DashboardScreen::showDays() {
    const qint64 currency = unitOf(m_figures.currency);
    QChart* chart = m_days->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(tr("Revenue and orders per day"));
    auto* revenue = new QLineSeries(chart);
    revenue->setName(tr("Revenue (%1)").arg(m_figures.currency));
    auto* orders = new QBarSeries(chart);
    auto* orderSet = new QBarSet(tr("Orders"), orders);
    QStringList days;
    double highest = 0;
    int most = 0;
    for (int i = 0; i < m_figures.days.size(); ++i) {
        const DayFigure& day = m_figures.days.at(i);
        revenue->append(i, major(day.revenue, currency));
        *orderSet << day.orders;
        days << QLocale().toString(day.day, QStringLiteral("d MMM"));
        highest = std::max(highest, major(day.revenue, currency));
        most = std::max(most, day.orders);
    }
    orders->append(orderSet);
    chart->addSeries(orders);
    chart->addSeries(revenue);
    auto* dayAxis = new QBarCategoryAxis(chart);
    dayAxis->append(days);
    dayAxis->setLabelsAngle(days.size() > 14 ? -90 : 0);
    chart->addAxis(dayAxis, Qt::AlignBottom);
    auto* moneyAxis = new QValueAxis(chart);
    moneyAxis->setRange(0, highest > 0 ? highest * 1.1 : 1);
    moneyAxis->setTitleText(m_figures.currency);
    chart->addAxis(moneyAxis, Qt::AlignLeft);
    auto* countAxis = new QValueAxis(chart);
    countAxis->setRange(0, std::max(1, most + 1));
    countAxis->setLabelFormat(QStringLiteral("%d"));
    countAxis->setTitleText(tr("Orders"));
    chart->addAxis(countAxis, Qt::AlignRight);
    orders->attachAxis(dayAxis);
    orders->attachAxis(countAxis);
    // The revenue line runs over the same day categories (0, 1, 2 …).
    auto* lineAxis = new QValueAxis(chart);
    lineAxis->setRange(-0.5, std::max<qsizetype>(0, days.size() - 1) + 0.5);
    lineAxis->setVisible(false);
    chart->addAxis(lineAxis, Qt::AlignBottom);
    revenue->attachAxis(lineAxis);
    revenue->attachAxis(moneyAxis);
}

void DashboardScreen::showShares(QChartView* view, const QString& title, const QList<SalesShare>& shares, bool pie) {
    const qint64 currency = unitOf(m_figures.currency);
    QChart* chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(title);
    if (pie) {
        auto* series = new QPieSeries(chart);
        for (const SalesShare& share : shares)
            series->append(QStringLiteral("%1 %2").arg(share.name, money(share.revenue)),
                           major(share.revenue, currency));
        series->setLabelsVisible(true);
        chart->addSeries(series);
        chart->legend()->hide();
        return;
    }
    auto* series = new QHorizontalBarSeries(chart);
    auto* set = new QBarSet(tr("Revenue (%1)").arg(m_figures.currency), series);
    QStringList names;
    double highest = 0;
    // Largest on top: a horizontal bar chart draws its first category at the bottom.
    for (qsizetype i = shares.size() - 1; i >= 0; --i) {
        *set << major(shares.at(i).revenue, currency);
        names << shares.at(i).name;
        highest = std::max(highest, major(shares.at(i).revenue, currency));
    }
    series->append(set);
    chart->addSeries(series);
    auto* nameAxis = new QBarCategoryAxis(chart);
    nameAxis->append(names);
    chart->addAxis(nameAxis, Qt::AlignLeft);
    auto* valueAxis = new QValueAxis(chart);
    valueAxis->setRange(0, highest > 0 ? highest * 1.1 : 1);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(nameAxis);
    series->attachAxis(valueAxis);
    chart->legend()->hide();
}

void DashboardScreen::showLowStock() {
    m_lowStock->setSortingEnabled(false);
    m_lowStock->setRowCount(int(m_figures.lowStock.size()));
    for (int row = 0; row < m_figures.lowStock.size(); ++row) {
        const LowStockLine& line = m_figures.lowStock.at(row);
        const QString available = QLocale().toString(double(line.availableMilli) / 1000.0, 'g', 12);
        m_lowStock->setItem(row, 0, new SortableItem(line.sku, line.sku));
        m_lowStock->setItem(row, 1, new SortableItem(line.name, line.name));
        m_lowStock->setItem(row, 2, new SortableItem(line.store, line.store));
        m_lowStock->setItem(row, 3, new SortableItem(available, line.availableMilli, true));
    }
    m_lowStock->setSortingEnabled(true);
    filterTableRows(m_lowStock, m_lowStockFilter->text());
}

} // namespace tp::backoffice::ui
