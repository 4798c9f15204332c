#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QDialog;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace tp::backoffice {
class CountSheetModel;
class OrderListModel;
class StockActions;
class StockHistory;
class StockLevelModel;
} // namespace tp::backoffice

namespace tp::backoffice::ui {

// Stock: the levels per store (filtered by store, by what is low, by SKU or name; sorted by any
// column); goods received, moved to another store or written off, typed as SKU and quantity
// lines; and count sheets per category, blind if wanted, whose counted lines are sent as counts.
class StockScreen : public QWidget {
    Q_OBJECT

public:
    enum Movement { Receive, Transfer, WriteOff };

    StockScreen(StockLevelModel& levels, CountSheetModel& sheet, StockActions& actions,
                std::function<QList<std::pair<QString, QString>>()> stores, QWidget* parent = nullptr);

    void refresh();
    // The History… button asks the server once it has this.
    void setHistory(StockHistory& history);
    // The movement history of the selected level (none selected: nullptr).
    QDialog* showHistory();
    // The movement form's action, as its buttons do it (the lines as typed).
    bool submitMovement();
    bool makeSheet();
    bool sendCount();

private:
    QWidget* levelsPage();
    QWidget* movementPage();
    QWidget* countPage();
    void fillStores();
    void applyFilter();
    void say(QLabel* where, const QString& message, bool problem);

    StockLevelModel& m_levels;
    CountSheetModel& m_sheet;
    StockActions& m_actions;
    std::function<QList<std::pair<QString, QString>>()> m_stores;
    QComboBox* m_levelStore = nullptr;
    QCheckBox* m_lowOnly = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_levelTable = nullptr;
    QPushButton* m_historyButton = nullptr;
    StockHistory* m_history = nullptr;
    QComboBox* m_movement = nullptr;
    QComboBox* m_fromStore = nullptr;
    QComboBox* m_toStore = nullptr;
    QTableWidget* m_lines = nullptr;
    QLabel* m_movementMessage = nullptr;
    QComboBox* m_countStore = nullptr;
    QComboBox* m_category = nullptr;
    QCheckBox* m_blind = nullptr;
    QTableView* m_sheetTable = nullptr;
    QLabel* m_countMessage = nullptr;
};

} // namespace tp::backoffice::ui
