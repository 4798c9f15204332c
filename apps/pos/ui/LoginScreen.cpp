#include "ui/LoginScreen.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "register/Till.h"
#include "ui/UiStyle.h"

namespace tp::pos::ui {

LoginScreen::LoginScreen(Till& till, QWidget* parent)
    : QWidget(parent)
    , m_till(till)
    , m_staff(new QListWidget(this))
    , m_pin(new QLineEdit(this))
    , m_message(new QLabel(this)) {
    auto* title = new QLabel(tr("Who is working?"), this);
    title->setFont(totalFont());
    m_staff->setObjectName(QStringLiteral("staffList"));
    m_staff->setStyleSheet(QStringLiteral("QListWidget::item { min-height: %1px; }").arg(kTouchTarget));
    m_pin->setObjectName(QStringLiteral("pinEntry"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(tr("PIN"));
    m_pin->setMinimumHeight(kTouchTarget);
    m_pin->setMaxLength(8);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);

    auto* keypad = new QGridLayout;
    for (int digit = 1; digit <= 10; ++digit) {
        const QString text = QString::number(digit % 10);
        auto* key = new QPushButton(text, this);
        key->setMinimumSize(kTouchTarget * 2, kTouchTarget);
        key->setFocusPolicy(Qt::NoFocus);
        connect(key, &QPushButton::clicked, this, [this, text] { m_pin->insert(text); });
        keypad->addWidget(key, (digit - 1) / 3, (digit - 1) % 3 + (digit == 10 ? 1 : 0));
    }
    auto* enter = new QPushButton(tr("Log in"), this);
    enter->setObjectName(QStringLiteral("loginButton"));
    enter->setMinimumHeight(kTouchTarget);
    connect(enter, &QPushButton::clicked, this, &LoginScreen::logIn);
    connect(m_pin, &QLineEdit::returnPressed, this, &LoginScreen::logIn);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_staff, 1);
    layout->addWidget(m_pin);
    layout->addLayout(keypad);
    layout->addWidget(enter);
    layout->addWidget(m_message);
    refresh();
}

void LoginScreen::refresh() {
    m_staff->clear();
    m_pin->clear();
    auto staff = m_till.staff();
    if (!staff) {
        m_message->setText(QString::fromStdString(staff.error().message));
        return;
    }
    for (const StaffMember& member : *staff) {
        auto* item = new QListWidgetItem(member.name, m_staff);
        item->setData(Qt::UserRole, member.id);
    }
    if (staff->isEmpty())
        m_message->setText(tr("Nobody can log in here yet: set staff PINs in the backoffice, then wait for the sync."));
    else
        m_staff->setCurrentRow(0);
    m_pin->setFocus();
}

void LoginScreen::logIn() {
    const QListWidgetItem* chosen = m_staff->currentItem();
    if (!chosen) {
        m_message->setText(tr("Pick your name first."));
        return;
    }
    const QString pin = m_pin->text();
    m_pin->clear();
    auto loggedIn = m_till.logIn(chosen->data(Qt::UserRole).toString(), pin);
    m_message->setText(loggedIn ? QString() : QString::fromStdString(loggedIn.error().message));
}

} // namespace tp::pos::ui
