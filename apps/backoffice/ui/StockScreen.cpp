#include "ui/StockScreen.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include "client/TypedInput.h"
#include "models/stock/CountSheetModel.h"
#include "models/stock/StockActions.h"
#include "models/stock/StockLevelModel.h"
#include "ui/MessageLine.h"
#include "ui/StockHistoryDialog.h"

namespace tp::backoffice::ui {

namespace {

constexpr int kLineRows = 12;

QLabel* messageLabel(QWidget* parent, const char* name) {
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    return label;
}

} // namespace

StockScreen::StockScreen(StockLevelModel& levels, CountSheetModel& sheet, StockActions& actions,
                         std::function<QList<std::pair<QString, QString>>()> stores, QWidget* parent)
    : QWidget(parent)
    , m_levels(levels)
    , m_sheet(sheet)
    , m_actions(actions)
    , m_stores(std::move(stores)) {
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("stockTabs"));
    tabs->addTab(levelsPage(), tr("Levels"));
    tabs->addTab(movementPage(), tr("Receive, transfer, write off"));
    tabs->addTab(countPage(), tr("Count"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    fillStores();
}

QWidget* StockScreen::levelsPage() {
    auto* page = new QWidget(this);
    m_levelStore = new QComboBox(page);
    m_levelStore->setObjectName(QStringLiteral("levelStore"));
    m_lowOnly = new QCheckBox(tr("Only what is low"), page);
    m_lowOnly->setObjectName(QStringLiteral("lowOnly"));
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("stockSearch"));
    m_search->setPlaceholderText(tr("SKU or name"));
    m_search->setClearButtonEnabled(true);
    m_levelTable = new QTableView(page);
    m_levelTable->setObjectName(QStringLiteral("stockLevels"));
    m_levelTable->setModel(&m_levels);
    m_levelTable->setSortingEnabled(true);
    m_levelTable->sortByColumn(StockLevelModel::Item, Qt::AscendingOrder);
    m_levelTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_levelTable->verticalHeader()->hide();
    m_levelTable->horizontalHeader()->setSectionResizeMode(StockLevelModel::Item, QHeaderView::Stretch);
    m_historyButton = new QPushButton(tr("&History…"), page);
    m_historyButton->setObjectName(QStringLiteral("stockHistoryButton"));
    m_historyButton->setEnabled(false);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_levelStore);
    filters->addWidget(m_lowOnly);
    filters->addWidget(m_historyButton);
    connect(m_historyButton, &QPushButton::clicked, this, &StockScreen::showHistory);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(m_levelTable);
    connect(m_levelStore, &QComboBox::currentIndexChanged, this, &StockScreen::applyFilter);
    connect(m_lowOnly, &QCheckBox::toggled, this, &StockScreen::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &StockScreen::applyFilter);
    return page;
}

QWidget* StockScreen::movementPage() {
    auto* page = new QWidget(this);
    m_movement = new QComboBox(page);
    m_movement->setObjectName(QStringLiteral("movementKind"));
    m_movement->addItem(tr("Goods received"), Receive);
    m_movement->addItem(tr("Transfer to another store"), Transfer);
    m_movement->addItem(tr("Write off damaged goods"), WriteOff);
    m_fromStore = new QComboBox(page);
    m_fromStore->setObjectName(QStringLiteral("fromStore"));
    m_toStore = new QComboBox(page);
    m_toStore->setObjectName(QStringLiteral("toStore"));
    m_lines = new QTableWidget(kLineRows, 2, page);
    m_lines->setObjectName(QStringLiteral("movementLines"));
    m_lines->setHorizontalHeaderLabels({tr("SKU"), tr("Quantity")});
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_movementMessage = messageLabel(page, "movementMessage");
    auto* submit = new QPushButton(tr("&Book"), page);
    submit->setObjectName(QStringLiteral("bookMovement"));
    auto* form = new QFormLayout;
    form->addRow(tr("What"), m_movement);
    form->addRow(tr("Store"), m_fromStore);
    form->addRow(tr("To store"), m_toStore);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_movementMessage);
    layout->addWidget(submit, 0, Qt::AlignRight);
    const auto showTarget = [this, form] {
        const bool transfer = m_movement->currentData().toInt() == Transfer;
        form->setRowVisible(m_toStore, transfer);
    };
    connect(m_movement, &QComboBox::currentIndexChanged, this, showTarget);
    connect(submit, &QPushButton::clicked, this, &StockScreen::submitMovement);
    showTarget();
    return page;
}

QWidget* StockScreen::countPage() {
    auto* page = new QWidget(this);
    m_countStore = new QComboBox(page);
    m_countStore->setObjectName(QStringLiteral("countStore"));
    m_category = new QComboBox(page);
    m_category->setObjectName(QStringLiteral("countCategory"));
    m_blind = new QCheckBox(tr("Blind count (hide what is expected)"), page);
    m_blind->setObjectName(QStringLiteral("blindCount"));
    m_blind->setChecked(true);
    auto* make = new QPushButton(tr("&Make sheet"), page);
    make->setObjectName(QStringLiteral("makeSheet"));
    m_sheetTable = new QTableView(page);
    m_sheetTable->setObjectName(QStringLiteral("countSheet"));
    m_sheetTable->setModel(&m_sheet);
    m_sheetTable->verticalHeader()->hide();
    m_sheetTable->horizontalHeader()->setSectionResizeMode(CountSheetModel::Item, QHeaderView::Stretch);
    m_countMessage = messageLabel(page, "countMessage");
    auto* send = new QPushButton(tr("&Send count"), page);
    send->setObjectName(QStringLiteral("sendCount"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_countStore);
    top->addWidget(m_category, 1);
    top->addWidget(m_blind);
    top->addWidget(make);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_sheetTable, 1);
    layout->addWidget(m_countMessage);
    layout->addWidget(send, 0, Qt::AlignRight);
    connect(make, &QPushButton::clicked, this, &StockScreen::makeSheet);
    connect(send, &QPushButton::clicked, this, &StockScreen::sendCount);
    return page;
}

void StockScreen::fillStores() {
    const QList<std::pair<QString, QString>> stores = m_stores();
    for (QComboBox* combo : {m_levelStore, m_fromStore, m_toStore, m_countStore}) {
        const QString chosen = combo->currentData().toString();
        QSignalBlocker quiet(combo);
        combo->clear();
        if (combo == m_levelStore)
            combo->addItem(tr("All stores"), QString());
        for (const auto& [id, name] : stores)
            combo->addItem(name, id);
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    }
    const QString category = m_category->currentData().toString();
    QSignalBlocker quiet(m_category);
    m_category->clear();
    m_category->addItem(tr("Every item"), QString());
    if (auto categories = m_sheet.categories())
        for (const auto& [id, name] : *categories)
            m_category->addItem(name, id);
    m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
}

void StockScreen::setHistory(StockHistory& history) {
    m_history = &history;
    m_historyButton->setEnabled(true);
}

QDialog* StockScreen::showHistory() {
    const int row = m_levelTable->currentIndex().row();
    if (!m_history || row < 0)
        return nullptr;
    const QString title = QStringLiteral("%1 (%2), %3")
                              .arg(m_levels.index(row, StockLevelModel::Item).data().toString(), m_levels.skuAt(row),
                                   m_levels.index(row, StockLevelModel::Store).data().toString());
    auto* dialog = new StockHistoryDialog(*m_history, m_levels.storeIdAt(row), m_levels.skuAt(row), title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void StockScreen::applyFilter() {
    m_levels.setStore(m_levelStore->currentData().toString());
    m_levels.setLowOnly(m_lowOnly->isChecked());
    m_levels.setSearch(m_search->text());
    (void)m_levels.reload(); // a replica that cannot be read keeps the list as it was
}

void StockScreen::refresh() {
    fillStores();
    applyFilter();
}

bool StockScreen::submitMovement() {
    QList<StockLine> lines;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const QString sku = m_lines->item(row, 0) ? m_lines->item(row, 0)->text().trimmed() : QString();
        const QString typed = m_lines->item(row, 1) ? m_lines->item(row, 1)->text().trimmed() : QString();
        if (sku.isEmpty() && typed.isEmpty())
            continue;
        auto qty = client::TypedInput::quantity(typed.isEmpty() ? QStringLiteral("1") : typed);
        if (!qty) {
            say(m_movementMessage, tr("Line %1: %2").arg(row + 1).arg(QString::fromStdString(qty.error().message)),
                true);
            return false;
        }
        lines << StockLine{sku, *qty};
    }
    const QString from = m_fromStore->currentData().toString();
    domain::Result<void> done;
    switch (m_movement->currentData().toInt()) {
    case Receive:
        done = m_actions.receive(from, lines);
        break;
    case Transfer:
        done = m_actions.transfer(from, m_toStore->currentData().toString(), lines);
        break;
    default:
        done = m_actions.adjust(from, lines, QStringLiteral("damage"));
        break;
    }
    if (!done) {
        say(m_movementMessage, QString::fromStdString(done.error().message), true);
        return false;
    }
    m_lines->clearContents();
    say(m_movementMessage, tr("Booked: %1 lines. The server hears of it with the next sync.").arg(lines.size()), false);
    applyFilter();
    return true;
}

bool StockScreen::makeSheet() {
    if (auto built = m_sheet.build(m_countStore->currentData().toString(), m_category->currentData().toString(),
                                   m_blind->isChecked());
        !built) {
        say(m_countMessage, QString::fromStdString(built.error().message), true);
        return false;
    }
    say(m_countMessage,
        tr("%1 items to count. Leave a line empty if it was not counted; type 0 for none.").arg(m_sheet.rowCount()),
        false);
    return true;
}

bool StockScreen::sendCount() {
    const QList<StockLine> counted = m_sheet.counted();
    if (auto sent = m_actions.count(m_sheet.storeId(), counted, QDateTime::currentDateTimeUtc()); !sent) {
        say(m_countMessage, QString::fromStdString(sent.error().message), true);
        return false;
    }
    say(m_countMessage, tr("Count of %1 items sent.").arg(counted.size()), false);
    (void)m_sheet.build(m_sheet.storeId(), m_category->currentData().toString(), m_sheet.isBlind());
    applyFilter();
    return true;
}

void StockScreen::say(QLabel* where, const QString& message, bool problem) {
    showMessage(where, message, problem);
}

} // namespace tp::backoffice::ui
