#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tp::backoffice::ui {

// The backoffice's door: the server, the shop (its short name), e-mail and password. The
// password goes to the server and nowhere else.
class LoginScreen : public QWidget {
    Q_OBJECT

public:
    explicit LoginScreen(QWidget* parent = nullptr);

    void prefill(const QUrl& server, const QString& shop, const QString& email);
    void setBusy(bool busy);
    void say(const QString& message);

signals:
    void loginRequested(const QUrl& server, const QString& shop, const QString& email, const QString& password);

private:
    void submit();

    QLineEdit* m_server;
    QLineEdit* m_shop;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QPushButton* m_logIn;
    QLabel* m_message;
};

} // namespace tp::backoffice::ui
