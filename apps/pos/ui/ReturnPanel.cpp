#include "ui/ReturnPanel.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

#include "client/MoneyText.h"
#include "register/Till.h"
#include "ui/UiStyle.h"

namespace tp::pos::ui {

namespace {

QString pieces(qint64 qtyMilli) {
    return qtyMilli % 1000 == 0 ? QLocale().toString(qtyMilli / 1000)
                                : QLocale().toString(double(qtyMilli) / 1000.0, 'f', 3);
}

} // namespace

ReturnPanel::ReturnPanel(Till& till, QWidget* parent)
    : QWidget(parent)
    , m_till(till)
    , m_title(new QLabel(this))
    , m_lines(new QTableWidget(0, 4, this))
    , m_reason(new QLineEdit(this))
    , m_reference(new QLineEdit(this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("returnPanel"));
    m_lines->setObjectName(QStringLiteral("returnLines"));
    m_lines->setHorizontalHeaderLabels({tr("Item"), tr("Sold"), tr("Can come back"), tr("Comes back")});
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    m_lines->verticalHeader()->setDefaultSectionSize(kTouchTarget);
    m_reason->setObjectName(QStringLiteral("returnReason"));
    m_reason->setPlaceholderText(tr("Why does it come back?"));
    m_reason->setMinimumHeight(kTouchTarget);
    m_reference->setObjectName(QStringLiteral("returnReference"));
    m_reference->setPlaceholderText(tr("Card terminal's refund reference (for the card part)"));
    m_reference->setMinimumHeight(kTouchTarget);
    m_message->setObjectName(QStringLiteral("returnMessage"));
    m_message->setWordWrap(true);
    auto* refundButton = new QPushButton(tr("Refund"), this);
    refundButton->setObjectName(QStringLiteral("refundButton"));
    refundButton->setMinimumHeight(kTouchTarget);
    auto* cancel = new QPushButton(tr("Cancel"), this);
    cancel->setMinimumHeight(kTouchTarget);
    connect(refundButton, &QPushButton::clicked, this, &ReturnPanel::refund);
    connect(m_reference, &QLineEdit::returnPressed, this, &ReturnPanel::refund);
    connect(cancel, &QPushButton::clicked, this, [this] {
        hide();
        emit finished(QString());
    });
    auto* layout = new QGridLayout(this);
    layout->addWidget(m_title, 0, 0, 1, 2);
    layout->addWidget(m_lines, 1, 0, 1, 2);
    layout->addWidget(m_reason, 2, 0);
    layout->addWidget(m_reference, 2, 1);
    layout->addWidget(refundButton, 3, 0);
    layout->addWidget(cancel, 3, 1);
    layout->addWidget(m_message, 4, 0, 1, 2);
    hide();
}

void ReturnPanel::open(const ReturnableSale& sale) {
    m_sale = sale;
    m_title->setText(tr("Return from receipt %1").arg(sale.number));
    m_lines->setRowCount(int(sale.lines.size()));
    for (int i = 0; i < sale.lines.size(); ++i) {
        const ReturnableSale::Line& line = sale.lines.at(i);
        m_lines->setItem(i, 0, new QTableWidgetItem(line.name));
        m_lines->setItem(i, 1, new QTableWidgetItem(pieces(line.soldMilli)));
        m_lines->setItem(i, 2, new QTableWidgetItem(pieces(std::max<qint64>(0, line.returnableMilli()))));
        auto* back = new QDoubleSpinBox(m_lines);
        back->setDecimals(line.soldMilli % 1000 == 0 ? 0 : 3);
        back->setRange(0, double(std::max<qint64>(0, line.returnableMilli())) / 1000.0);
        back->setMinimumHeight(kTouchTarget);
        m_lines->setCellWidget(i, 3, back);
    }
    m_reason->clear();
    m_reference->clear();
    m_message->clear();
    show();
    if (m_lines->rowCount() > 0)
        m_lines->cellWidget(0, 3)->setFocus();
}

void ReturnPanel::refund() {
    QList<ReturnedLine> lines;
    for (int i = 0; i < m_lines->rowCount(); ++i) {
        const auto* back = qobject_cast<QDoubleSpinBox*>(m_lines->cellWidget(i, 3));
        const qint64 qtyMilli = back ? qRound64(back->value() * 1000.0) : 0;
        if (qtyMilli > 0)
            lines << ReturnedLine{i, qtyMilli};
    }
    auto refunded = m_till.refund(m_sale, lines, m_reason->text(), m_reference->text());
    if (!refunded) {
        m_message->setText(QString::fromStdString(refunded.error().message));
        return;
    }
    QStringList parts;
    for (const ReturnableSale::Payment& payment : refunded->payments)
        parts << tr("%1 %2").arg(client::moneyText(payment.amount, m_till.store().currency),
                                 payment.method == QLatin1String("cash") ? tr("in cash") : tr("to the card"));
    hide();
    emit finished(
        tr("Refunded %1: %2.")
            .arg(client::moneyText(refunded->amount, m_till.store().currency), parts.join(QStringLiteral(", "))));
}

} // namespace tp::pos::ui
