#include "ui/OrdersScreen.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "domain/orders/OrderStatus.h"
#include "models/orders/OrderActions.h"
#include "models/orders/OrderListModel.h"
#include "ui/OrderDetailView.h"
#include "ui/RefundDialog.h"

namespace tp::backoffice::ui {

OrdersScreen::OrdersScreen(OrderListModel& orders, OrderActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_orders(orders)
    , m_actions(actions)
    , m_channel(new QComboBox(this))
    , m_store(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_useDates(new QCheckBox(tr("From"), this))
    , m_from(new QDateEdit(QDate::currentDate().addDays(-30), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_detail(new OrderDetailView(actions, this)) {
    m_channel->setObjectName(QStringLiteral("channelFilter"));
    m_channel->addItem(tr("All channels"), QString());
    for (const char* channel : {"pos", "online", "external"})
        m_channel->addItem(OrderListModel::channelText(QString::fromLatin1(channel)), QString::fromLatin1(channel));
    m_store->setObjectName(QStringLiteral("storeFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"), QString());
    for (domain::OrderStatus status : domain::kAllOrderStatuses) {
        const QString name =
            QString::fromLatin1(domain::toString(status).data(), qsizetype(domain::toString(status).size()));
        m_status->addItem(OrderListModel::statusText(name), name);
    }
    m_useDates->setObjectName(QStringLiteral("useDates"));
    for (QDateEdit* date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_search->setPlaceholderText(tr("Number, e-mail or phone (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("orders"));
    m_table->setModel(&m_orders);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OrderListModel::Date, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OrderListModel::Customer, QHeaderView::Stretch);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_channel);
    filters->addWidget(m_store);
    filters->addWidget(m_status);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    for (QComboBox* combo : {m_channel, m_store, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &OrdersScreen::applyFilter);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &OrdersScreen::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &OrdersScreen::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &OrdersScreen::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { choose(current.row()); });
    connect(&m_orders, &QAbstractItemModel::modelReset, this, [this] {
        // The list was read again: keep showing the open order if it is still listed.
        const QString open = m_detail->order() ? m_detail->order()->id : QString();
        for (int row = 0; row < m_orders.rowCount(); ++row)
            if (m_orders.orderId(row) == open) {
                m_table->selectRow(row);
                return;
            }
    });
    connect(m_detail, &OrderDetailView::changed, this, &OrdersScreen::refresh);
    connect(m_detail, &OrderDetailView::refundRequested, this, &OrdersScreen::openRefund);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    fillStores();
}

void OrdersScreen::fillStores() {
    const QString chosen = m_store->currentData().toString();
    QSignalBlocker quiet(m_store);
    m_store->clear();
    m_store->addItem(tr("All stores"), QString());
    if (auto stores = m_orders.stores())
        for (const auto& [id, name] : *stores)
            m_store->addItem(name, id);
    m_store->setCurrentIndex(std::max(0, m_store->findData(chosen)));
}

void OrdersScreen::applyFilter() {
    OrderFilter filter;
    filter.channel = m_channel->currentData().toString();
    filter.storeId = m_store->currentData().toString();
    filter.status = m_status->currentData().toString();
    if (m_useDates->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    filter.search = m_search->text();
    m_orders.setFilter(filter);
    (void)m_orders.reload(); // a replica that cannot be read keeps the list as it was
}

void OrdersScreen::refresh() {
    fillStores();
    (void)m_orders.reload();
    if (m_detail->order()) {
        if (auto order = m_orders.load(m_detail->order()->id))
            m_detail->showOrder(*order);
    }
}

void OrdersScreen::choose(int row) {
    const QString id = m_orders.orderId(row);
    if (id.isEmpty()) {
        m_detail->clear();
        return;
    }
    auto order = m_orders.load(id);
    if (order)
        m_detail->showOrder(*order);
    else
        m_detail->clear();
}

void OrdersScreen::openRefund() {
    if (!m_detail->order())
        return;
    auto* dialog = new RefundDialog(m_actions, *m_detail->order(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &OrdersScreen::refresh);
    dialog->open();
}

} // namespace tp::backoffice::ui
