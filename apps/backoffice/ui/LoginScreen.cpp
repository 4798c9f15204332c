#include "ui/LoginScreen.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tp::backoffice::ui {

LoginScreen::LoginScreen(QWidget* parent)
    : QWidget(parent)
    , m_server(new QLineEdit(this))
    , m_shop(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_logIn(new QPushButton(tr("Log in"), this))
    , m_message(new QLabel(this)) {
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setPlaceholderText(QStringLiteral("https://shop.example.com"));
    m_shop->setObjectName(QStringLiteral("shop"));
    m_email->setObjectName(QStringLiteral("email"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_logIn->setObjectName(QStringLiteral("logIn"));
    m_logIn->setDefault(true);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Server"), m_server);
    form->addRow(tr("Shop"), m_shop);
    form->addRow(tr("E-mail"), m_email);
    form->addRow(tr("Password"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addLayout(form);
    layout->addWidget(m_logIn);
    layout->addWidget(m_message);
    layout->addStretch();
    connect(m_logIn, &QPushButton::clicked, this, &LoginScreen::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginScreen::submit);
}

void LoginScreen::prefill(const QUrl& server, const QString& shop, const QString& email) {
    m_server->setText(server.toString());
    m_shop->setText(shop);
    m_email->setText(email);
    (email.isEmpty() ? m_server : m_password)->setFocus();
}

void LoginScreen::setBusy(bool busy) {
    m_logIn->setEnabled(!busy);
    if (busy)
        say(tr("Logging in…"));
}

void LoginScreen::say(const QString& message) {
    m_message->setText(message);
}

void LoginScreen::submit() {
    const QUrl server = QUrl::fromUserInput(m_server->text().trimmed());
    if (m_shop->text().trimmed().isEmpty() || m_email->text().trimmed().isEmpty() || m_password->text().isEmpty())
        return say(tr("Fill in the shop, your e-mail address and your password."));
    const QString password = m_password->text();
    m_password->clear(); // not kept on the screen longer than it takes to send it
    emit loginRequested(server, m_shop->text().trimmed(), m_email->text().trimmed(), password);
}

} // namespace tp::backoffice::ui
