#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace tp::pos {
class Till;
}

namespace tp::pos::ui {

class LoginScreen;
class SaleScreen;
class ShiftScreen;

// The register's one window: the login, the shift and the sale, whichever the till's state
// calls for, with the sync's state in the status bar (setSyncStatus).
class RegisterWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit RegisterWindow(Till& till, QWidget* parent = nullptr);

    LoginScreen* loginScreen() const { return m_login; }
    SaleScreen* saleScreen() const { return m_sale; }
    ShiftScreen* shiftScreen() const { return m_shift; }

    // A code from a serial scanner: rung on the sale screen like a typed scan; elsewhere (the
    // login, the shift) it is not for anything and is dropped.
    void scanned(const QString& code);

public slots:
    // "Online — 3 sales waiting to upload — last sync 10:42" and the like, from the sync engine.
    void setSyncStatus(const QString& text);

private:
    void follow();
    void showShift();

    Till& m_till;
    QStackedWidget* m_pages;
    LoginScreen* m_login;
    SaleScreen* m_sale;
    ShiftScreen* m_shift;
    QLabel* m_syncStatus;
};

} // namespace tp::pos::ui
