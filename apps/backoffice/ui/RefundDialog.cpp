#include "ui/RefundDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "client/MoneyText.h"
#include "client/TypedInput.h"
#include "domain/money/Currency.h"
#include "models/orders/OrderActions.h"

namespace tp::backoffice::ui {

namespace {

QString quantityText(qint64 milli) {
    return QLocale().toString(double(milli) / 1000.0, 'g', 12);
}

} // namespace

RefundDialog::RefundDialog(OrderActions& actions, OrderView order, QWidget* parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_order(std::move(order))
    , m_lines(new QTableWidget(int(m_order.lines.size()), Columns, this))
    , m_method(new QComboBox(this))
    , m_restock(new QCheckBox(tr("Put the goods back in stock"), this))
    , m_reason(new QLineEdit(this))
    , m_amount(new QLabel(this))
    , m_message(new QLabel(this)) {
    setWindowTitle(tr("Refund order %1").arg(m_order.number));
    m_lines->setObjectName(QStringLiteral("refundLines"));
    m_lines->setHorizontalHeaderLabels({tr("Item"), tr("Sold"), tr("Coming back"), tr("Refund")});
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(Item, QHeaderView::Stretch);
    for (int row = 0; row < m_order.lines.size(); ++row) {
        const OrderLineView& line = m_order.lines.at(row);
        auto* item = new QTableWidgetItem(line.name.isEmpty() ? line.sku : line.name);
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        auto* sold = new QTableWidgetItem(quantityText(line.qtyMilli));
        sold->setFlags(sold->flags() & ~Qt::ItemIsEditable);
        auto* amount = new QTableWidgetItem;
        amount->setFlags(amount->flags() & ~Qt::ItemIsEditable);
        m_lines->setItem(row, Item, item);
        m_lines->setItem(row, Sold, sold);
        m_lines->setItem(row, Back, new QTableWidgetItem(QStringLiteral("0")));
        m_lines->setItem(row, Amount, amount);
    }
    m_method->setObjectName(QStringLiteral("refundMethod"));
    QStringList offered;
    for (const OrderPaymentView& payment : m_order.payments)
        if ((payment.method == QLatin1String("cash") || payment.method == QLatin1String("card")) &&
            !offered.contains(payment.method))
            offered << payment.method;
    for (const QString& method : offered)
        m_method->addItem(method == QLatin1String("cash") ? tr("Cash") : tr("Card"), method);
    if (!m_order.customerId.isEmpty())
        m_method->addItem(tr("Store credit of %1").arg(m_order.customerName), QStringLiteral("store_credit"));
    m_restock->setObjectName(QStringLiteral("restock"));
    m_restock->setChecked(true);
    m_reason->setObjectName(QStringLiteral("refundReason"));
    m_amount->setObjectName(QStringLiteral("refundAmount"));
    m_message->setObjectName(QStringLiteral("refundMessage"));
    m_message->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Money back by"), m_method);
    form->addRow(tr("Reason"), m_reason);
    form->addRow(QString(), m_restock);
    auto* buttons = new QDialogButtonBox(this);
    auto* refundButton = buttons->addButton(tr("&Refund"), QDialogButtonBox::AcceptRole);
    refundButton->setObjectName(QStringLiteral("confirmRefund"));
    buttons->addButton(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_lines);
    layout->addWidget(m_amount);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_lines, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == Back)
            updateAmount();
    });
    connect(refundButton, &QPushButton::clicked, this, [this] {
        if (refund())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateAmount();
}

QList<RefundLine> RefundDialog::lines(bool* ok) const {
    QList<RefundLine> back;
    *ok = true;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        auto qty = client::TypedInput::quantity(m_lines->item(row, Back)->text());
        if (!qty) {
            *ok = false;
            continue;
        }
        back << RefundLine{row, *qty};
    }
    return back;
}

void RefundDialog::updateAmount() {
    const auto currency = domain::Currency::fromCode(m_order.currency.toStdString());
    const auto money = [&currency](qint64 amount) {
        return currency ? client::moneyText(amount, *currency) : QString::number(amount);
    };
    bool ok = false;
    const QList<RefundLine> back = lines(&ok);
    qint64 total = 0;
    QSignalBlocker quiet(m_lines);
    for (const RefundLine& line : back) {
        const qint64 share = OrderActions::lineShare(m_order.lines.at(line.line), line.qtyMilli);
        m_lines->item(line.line, Amount)->setText(line.qtyMilli ? money(share) : QString());
        total += share;
    }
    m_amount->setText(tr("Refund %1 of %2 still refundable").arg(money(total), money(m_order.refundable())));
}

bool RefundDialog::refund() {
    bool ok = false;
    const QList<RefundLine> back = lines(&ok);
    if (!ok) {
        m_message->setText(tr("Write each quantity coming back as a number."));
        return false;
    }
    auto done =
        m_actions.refund(m_order, back, m_method->currentData().toString(), m_reason->text(), m_restock->isChecked());
    if (!done) {
        m_message->setText(QString::fromStdString(done.error().message));
        return false;
    }
    return true;
}

} // namespace tp::backoffice::ui
