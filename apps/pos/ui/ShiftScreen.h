#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tp::pos {
class Till;
struct ShiftTotals;
} // namespace tp::pos

namespace tp::pos::ui {

// Opening the day with the float, cash in and out with a reason, the X report (managers) and
// the close: the drawer is counted blind — the count is typed before the expected amount is
// shown — and the Z report follows with the over/short.
class ShiftScreen : public QWidget {
    Q_OBJECT

public:
    ShiftScreen(Till& till, QWidget* parent = nullptr);
    void refresh();

signals:
    void backToSale();

private:
    void openShift();
    void moveCash(bool in);
    void showXReport();
    void closeShift();
    QString reportText(const QList<QPair<QString, QString>>& rows) const;
    void say(const QString& message);

    Till& m_till;
    QLabel* m_state;
    QLineEdit* m_amount;
    QLineEdit* m_reason;
    QLabel* m_report;
    QLabel* m_message;
    QPushButton* m_open;
    QPushButton* m_back;
    QList<QPushButton*> m_whileOpen;
};

} // namespace tp::pos::ui
