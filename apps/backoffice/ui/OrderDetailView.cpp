#include "ui/OrderDetailView.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "client/MoneyText.h"
#include "domain/money/Currency.h"
#include "models/orders/OrderActions.h"
#include "models/orders/OrderListModel.h"
#include "ui/MessageLine.h"
#include "ui/SortableItem.h"

namespace tp::backoffice::ui {

namespace {

QTableWidgetItem* cell(const QString& text) {
    return new SortableItem(text, text);
}

QTableWidgetItem* number(const QString& text, qint64 value) {
    return new SortableItem(text, value, true);
}

QString when(const QString& rfc3339) {
    const QDateTime at = QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : rfc3339;
}

QTableWidget* table(QWidget* parent, const char* name, const QStringList& headers) {
    auto* view = new QTableWidget(0, int(headers.size()), parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setHorizontalHeaderLabels(headers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSortingEnabled(true);
    return view;
}

} // namespace

OrderDetailView::OrderDetailView(OrderActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_lines(
          table(this, "orderLines", {tr("SKU"), tr("Item"), tr("Quantity"), tr("Price"), tr("Discount"), tr("Total")}))
    , m_totals(new QLabel(this))
    , m_history(table(this, "orderHistory", {tr("When"), tr("What"), tr("Who"), tr("Details")}))
    , m_nextStatus(new QComboBox(this))
    , m_tracking(new QLineEdit(this))
    , m_applyStatus(new QPushButton(tr("Change s&tatus"), this))
    , m_note(new QPlainTextEdit(this))
    , m_refund(new QPushButton(tr("&Refund…"), this))
    , m_message(new QLabel(this)) {
    m_title->setObjectName(QStringLiteral("orderTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_facts->setObjectName(QStringLiteral("orderFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setObjectName(QStringLiteral("orderTotals"));
    m_totals->setAlignment(Qt::AlignRight);
    m_nextStatus->setObjectName(QStringLiteral("nextStatus"));
    m_nextStatus->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tracking->setObjectName(QStringLiteral("tracking"));
    m_tracking->setPlaceholderText(tr("Tracking number (for a shipment)"));
    m_applyStatus->setObjectName(QStringLiteral("applyStatus"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("An internal note: customers never see it"));
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 4);
    m_note->setTabChangesFocus(true);
    auto* addNote = new QPushButton(tr("Add &note"), this);
    addNote->setObjectName(QStringLiteral("addNote"));
    m_refund->setObjectName(QStringLiteral("refundOrder"));
    m_message->setObjectName(QStringLiteral("orderMessage"));
    m_message->setWordWrap(true);

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_nextStatus);
    statusRow->addWidget(m_tracking, 1);
    statusRow->addWidget(m_applyStatus);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(addNote, 0, Qt::AlignTop);
    auto* actionsBox = new QGroupBox(tr("Actions"), this);
    auto* actionsLayout = new QVBoxLayout(actionsBox);
    actionsLayout->addLayout(statusRow);
    actionsLayout->addLayout(noteRow);
    actionsLayout->addWidget(m_refund, 0, Qt::AlignLeft);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_lines, 2);
    layout->addWidget(m_totals);
    layout->addWidget(new QLabel(tr("History"), this));
    layout->addWidget(m_history, 2);
    layout->addWidget(actionsBox);
    layout->addWidget(m_message);

    connect(m_applyStatus, &QPushButton::clicked, this, &OrderDetailView::applyStatus);
    connect(addNote, &QPushButton::clicked, this, &OrderDetailView::addNote);
    connect(m_refund, &QPushButton::clicked, this, [this] {
        if (m_order)
            emit refundRequested(*m_order);
    });
    clear();
}

void OrderDetailView::clear() {
    m_order.reset();
    m_title->setText(tr("No order chosen"));
    m_facts->clear();
    m_lines->setRowCount(0);
    m_history->setRowCount(0);
    m_totals->clear();
    m_nextStatus->clear();
    setEnabled(false);
}

void OrderDetailView::showOrder(const OrderView& order) {
    m_order = order;
    setEnabled(true);
    const auto currency = domain::Currency::fromCode(order.currency.toStdString());
    const auto money = [&currency](qint64 amount) {
        return currency ? client::moneyText(amount, *currency) : QString::number(amount);
    };
    m_title->setText(tr("Order %1 — %2").arg(order.number, OrderListModel::statusText(order.status)));
    QStringList facts;
    facts << tr("%1, %2, %3").arg(OrderListModel::channelText(order.channel), order.storeName, when(order.createdAt));
    if (!order.customerName.isEmpty() || !order.customerEmail.isEmpty())
        facts << tr("Customer: %1")
                     .arg(QStringList{order.customerName, order.customerEmail, order.customerPhone}
                              .filter(QRegularExpression(QStringLiteral("\\S")))
                              .join(QLatin1String(", ")));
    QStringList paid;
    for (const OrderPaymentView& payment : order.payments)
        paid << QStringLiteral("%1 %2").arg(payment.method, money(payment.amount));
    facts << tr("Paid: %1").arg(paid.join(QLatin1String(", ")));
    if (!order.flags.isEmpty())
        facts << tr("Flags: %1").arg(order.flags.join(QLatin1String(", ")));
    m_facts->setText(facts.join(QLatin1Char('\n')));

    m_lines->setSortingEnabled(false);
    m_lines->setRowCount(int(order.lines.size()));
    for (int row = 0; row < order.lines.size(); ++row) {
        const OrderLineView& line = order.lines.at(row);
        m_lines->setItem(row, 0, cell(line.sku));
        m_lines->setItem(row, 1, cell(line.name));
        m_lines->setItem(row, 2, number(QLocale().toString(double(line.qtyMilli) / 1000.0, 'g', 12), line.qtyMilli));
        m_lines->setItem(row, 3, number(money(line.unitPrice), line.unitPrice));
        m_lines->setItem(row, 4, number(line.discount ? money(-line.discount) : QString(), line.discount));
        m_lines->setItem(row, 5, number(money(line.total), line.total));
    }
    m_lines->setSortingEnabled(true);
    m_lines->resizeColumnsToContents();
    QString totals = tr("Total %1").arg(money(order.total));
    if (order.tax)
        totals += tr(" (tax %1)").arg(money(order.tax));
    if (order.refunded)
        totals += tr(" · refunded %1").arg(money(order.refunded));
    m_totals->setText(totals);

    m_history->setSortingEnabled(false);
    m_history->setRowCount(int(order.history.size()));
    for (int row = 0; row < order.history.size(); ++row) {
        const OrderEventView& event = order.history.at(row);
        QString what;
        QString details;
        if (event.kind == QLatin1String("created"))
            what = tr("Placed");
        else if (event.kind == QLatin1String("status"))
            what = OrderListModel::statusText(event.status);
        else if (event.kind == QLatin1String("refund"))
            what = tr("Refund");
        else if (event.kind == QLatin1String("note"))
            what = tr("Note");
        else
            what = event.kind;
        if (!event.tracking.isEmpty())
            details = tr("Tracking %1").arg(event.tracking);
        else if (event.kind == QLatin1String("refund"))
            details = money(event.amount);
        else
            details = event.text;
        if (event.pending)
            details += tr(" (not yet confirmed by the server)");
        m_history->setItem(row, 0, new SortableItem(when(event.at), event.at)); // RFC 3339 sorts as text
        m_history->setItem(row, 1, cell(what));
        m_history->setItem(row, 2, cell(event.actor));
        m_history->setItem(row, 3, cell(details));
    }
    m_history->setSortingEnabled(true);
    m_history->sortItems(0, Qt::AscendingOrder); // oldest first, as it happened
    m_history->resizeColumnsToContents();

    m_nextStatus->clear();
    for (const QString& status : order.nextStatuses())
        m_nextStatus->addItem(OrderListModel::statusText(status), status);
    const bool canMove = m_nextStatus->count() > 0;
    m_nextStatus->setEnabled(canMove);
    m_tracking->setEnabled(canMove);
    m_applyStatus->setEnabled(canMove);
    m_applyStatus->setToolTip(canMove ? QString() : tr("Sales at the till are completed there: they can be refunded"));
    m_refund->setEnabled(order.refundable() > 0);
}

void OrderDetailView::applyStatus() {
    if (!m_order || m_nextStatus->currentIndex() < 0)
        return;
    if (auto done = m_actions.changeStatus(*m_order, m_nextStatus->currentData().toString(), m_tracking->text());
        !done) {
        say(QString::fromStdString(done.error().message), true);
        return;
    }
    m_tracking->clear();
    say(tr("Status changed. The server hears of it with the next sync."), false);
    emit changed(m_order->id);
}

void OrderDetailView::addNote() {
    if (!m_order)
        return;
    if (auto done = m_actions.addNote(*m_order, m_note->toPlainText()); !done) {
        say(QString::fromStdString(done.error().message), true);
        return;
    }
    m_note->clear();
    say(tr("Note added."), false);
    emit changed(m_order->id);
}

void OrderDetailView::say(const QString& message, bool problem) {
    showMessage(m_message, message, problem);
}

} // namespace tp::backoffice::ui
