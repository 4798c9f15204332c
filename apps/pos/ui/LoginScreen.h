#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace tp::pos {
class Till;
}

namespace tp::pos::ui {

// Pick your name, type your PIN, Enter. Wrong PINs and lockouts are said in words.
class LoginScreen : public QWidget {
    Q_OBJECT

public:
    LoginScreen(Till& till, QWidget* parent = nullptr);

    // Reloads who may log in (after a sync brought staff) and clears the PIN.
    void refresh();

private:
    void logIn();

    Till& m_till;
    QListWidget* m_staff;
    QLineEdit* m_pin;
    QLabel* m_message;
};

} // namespace tp::pos::ui
