#include "ui/ShiftScreen.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "client/MoneyText.h"
#include "client/TypedInput.h"
#include "register/ShiftReportRows.h"
#include "register/Till.h"
#include "ui/UiStyle.h"

namespace tp::pos::ui {

ShiftScreen::ShiftScreen(Till& till, QWidget* parent)
    : QWidget(parent)
    , m_till(till)
    , m_state(new QLabel(this))
    , m_amount(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_report(new QLabel(this))
    , m_message(new QLabel(this)) {
    m_state->setObjectName(QStringLiteral("shiftState"));
    m_state->setFont(totalFont());
    m_state->setWordWrap(true);
    m_amount->setObjectName(QStringLiteral("shiftAmount"));
    m_amount->setPlaceholderText(tr("Amount"));
    m_amount->setMinimumHeight(kTouchTarget);
    m_reason->setObjectName(QStringLiteral("shiftReason"));
    m_reason->setPlaceholderText(tr("Reason (cash in or out)"));
    m_reason->setMinimumHeight(kTouchTarget);
    m_report->setObjectName(QStringLiteral("shiftReport"));
    m_report->setTextFormat(Qt::PlainText);
    m_report->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QFont monospace(QStringLiteral("DejaVu Sans Mono"));
    monospace.setStyleHint(QFont::Monospace);
    m_report->setFont(monospace);
    m_message->setObjectName(QStringLiteral("shiftMessage"));
    m_message->setWordWrap(true);

    m_open = functionButton(QKeySequence(Qt::Key_F2), tr("Open shift with this float"), this);
    m_open->setObjectName(QStringLiteral("openShift"));
    auto* cashIn = functionButton(QKeySequence(Qt::Key_F3), tr("Cash in"), this);
    auto* cashOut = functionButton(QKeySequence(Qt::Key_F4), tr("Cash out"), this);
    auto* xReport = functionButton(QKeySequence(Qt::Key_F5), tr("X report"), this);
    auto* close = functionButton(QKeySequence(Qt::Key_F6), tr("Close shift with this count"), this);
    auto* printX = functionButton(QKeySequence(Qt::Key_F7), tr("Print X report"), this);
    connect(printX, &QPushButton::clicked, this, [this] {
        auto printed = m_till.printXReport();
        say(printed ? tr("The X report is printing.") : QString::fromStdString(printed.error().message));
    });
    close->setObjectName(QStringLiteral("closeShift"));
    m_back = functionButton(QKeySequence(Qt::Key_Escape), tr("Back to the sale"), this);
    m_whileOpen = {cashIn, cashOut, xReport, printX, close, m_back};
    connect(m_open, &QPushButton::clicked, this, &ShiftScreen::openShift);
    connect(cashIn, &QPushButton::clicked, this, [this] { moveCash(true); });
    connect(cashOut, &QPushButton::clicked, this, [this] { moveCash(false); });
    connect(xReport, &QPushButton::clicked, this, &ShiftScreen::showXReport);
    connect(close, &QPushButton::clicked, this, &ShiftScreen::closeShift);
    connect(m_back, &QPushButton::clicked, this, &ShiftScreen::backToSale);
    connect(m_amount, &QLineEdit::returnPressed, this, [this] {
        if (!m_till.shift())
            openShift();
    });

    auto* buttons = new QGridLayout;
    const QList<QPushButton*> all{m_open, cashIn, cashOut, xReport, printX, close, m_back};
    for (int i = 0; i < all.size(); ++i)
        buttons->addWidget(all[i], i / 3, i % 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_amount);
    layout->addWidget(m_reason);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_report, 1);
    refresh();
}

void ShiftScreen::refresh() {
    const auto& shift = m_till.shift();
    const auto& currency = m_till.store().currency;
    if (shift)
        m_state->setText(tr("Shift open since %1 (%2), float %3.")
                             .arg(QLocale().toString(shift->openedAt.toLocalTime(), QLocale::ShortFormat),
                                  shift->openedBy, client::moneyText(shift->openingFloat, currency)));
    else
        m_state->setText(tr("No shift is open. Count the float into the drawer and type it."));
    m_open->setVisible(!shift);
    for (QPushButton* button : m_whileOpen)
        button->setVisible(shift.has_value());
    m_amount->setFocus();
}

void ShiftScreen::say(const QString& message) {
    m_message->setText(message);
}

void ShiftScreen::openShift() {
    auto amount = client::TypedInput::money(m_amount->text(), m_till.store().currency);
    if (!amount)
        return say(QString::fromStdString(amount.error().message));
    auto opened = m_till.openShift(*amount);
    if (!opened)
        return say(QString::fromStdString(opened.error().message));
    m_amount->clear();
    m_report->clear();
    say(QString());
    refresh();
    emit backToSale();
}

void ShiftScreen::moveCash(bool in) {
    auto amount = client::TypedInput::money(m_amount->text(), m_till.store().currency);
    if (!amount)
        return say(QString::fromStdString(amount.error().message));
    auto moved = in ? m_till.cashIn(*amount, m_reason->text()) : m_till.cashOut(*amount, m_reason->text());
    if (!moved)
        return say(QString::fromStdString(moved.error().message));
    say(in ? tr("%1 put in the drawer.").arg(client::moneyText(*amount, m_till.store().currency))
           : tr("%1 taken out of the drawer.").arg(client::moneyText(*amount, m_till.store().currency)));
    m_amount->clear();
    m_reason->clear();
}

QString ShiftScreen::reportText(const QList<QPair<QString, QString>>& rows) const {
    QString text;
    for (const auto& [label, value] : rows)
        text +=
            label.leftJustified(24, QLatin1Char(' ')) + value.rightJustified(14, QLatin1Char(' ')) + QLatin1Char('\n');
    return text;
}

void ShiftScreen::showXReport() {
    auto totals = m_till.xReport();
    if (!totals)
        return say(QString::fromStdString(totals.error().message));
    say(QString());
    m_report->setText(tr("X report") + QLatin1Char('\n') +
                      reportText(ShiftReportRows::of(*totals, m_till.store().currency)));
}

void ShiftScreen::closeShift() {
    auto counted = client::TypedInput::money(m_amount->text(), m_till.store().currency);
    if (!counted)
        return say(tr("Count the drawer and type what is in it, then F6. (%1)")
                       .arg(QString::fromStdString(counted.error().message)));
    auto z = m_till.closeShift(*counted);
    if (!z)
        return say(QString::fromStdString(z.error().message));
    m_report->setText(tr("Z report") + QLatin1Char('\n') +
                      reportText(ShiftReportRows::of(*z, m_till.store().currency)));
    say(tr("The shift is closed and its Z report will reach the server with the next sync."));
    m_amount->clear();
    refresh();
}

} // namespace tp::pos::ui
