#include "ui/StoresScreen.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include "ui/ListTable.h"
#include "ui/MessageLine.h"
#include "ui/SortableItem.h"

namespace tp::backoffice::ui {

namespace {

// An editable list of the IANA time zones this machine knows.
void fillTimeZones(QComboBox* box) {
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        box->addItem(QString::fromUtf8(id));
}

} // namespace

StoresScreen::StoresScreen(StoreProfiles& profiles, OfficeAdmin& admin, QWidget* parent)
    : QWidget(parent)
    , m_profiles(profiles)
    , m_admin(admin)
    , m_filter(new QLineEdit(this))
    , m_table(new QTableWidget(0, Columns, this))
    , m_name(new QLineEdit(this))
    , m_line1(new QLineEdit(this))
    , m_line2(new QLineEdit(this))
    , m_postalCode(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_country(new QLineEdit(this))
    , m_timezone(new QComboBox(this))
    , m_pricesIncludeTax(new QCheckBox(tr("Prices include tax"), this))
    , m_taxRates(new QLineEdit(this))
    , m_loyalty(new QSpinBox(this))
    , m_message(new QLabel(this))
    , m_newCode(new QLineEdit(this))
    , m_newName(new QLineEdit(this))
    , m_newCurrency(new QLineEdit(this))
    , m_newTimezone(new QComboBox(this))
    , m_newMessage(new QLabel(this)) {
    m_filter->setObjectName(QStringLiteral("storeFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, code or city (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("stores"));
    setUpListTable(m_table, {tr("Name"), tr("Code"), tr("Currency"), tr("City"), tr("Time zone")}, Name);
    m_name->setObjectName(QStringLiteral("storeName"));
    m_line1->setObjectName(QStringLiteral("storeLine1"));
    m_line2->setObjectName(QStringLiteral("storeLine2"));
    m_postalCode->setObjectName(QStringLiteral("storePostalCode"));
    m_city->setObjectName(QStringLiteral("storeCity"));
    m_country->setObjectName(QStringLiteral("storeCountry"));
    m_country->setPlaceholderText(tr("e.g. DE"));
    m_country->setMaxLength(2);
    m_timezone->setObjectName(QStringLiteral("storeTimezone"));
    fillTimeZones(m_timezone);
    m_pricesIncludeTax->setObjectName(QStringLiteral("storePricesIncludeTax"));
    m_taxRates->setObjectName(QStringLiteral("storeTaxRates"));
    m_taxRates->setPlaceholderText(tr("e.g. standard 19 %, reduced 7 %, zero 0 %"));
    m_loyalty->setObjectName(QStringLiteral("storeLoyalty"));
    m_loyalty->setRange(0, 1000);
    m_loyalty->setSpecialValueText(tr("No loyalty points"));
    m_message->setObjectName(QStringLiteral("storeMessage"));
    m_message->setWordWrap(true);
    m_newCode->setObjectName(QStringLiteral("newStoreCode"));
    m_newCode->setPlaceholderText(tr("e.g. hamburg"));
    m_newName->setObjectName(QStringLiteral("newStoreName"));
    m_newCurrency->setObjectName(QStringLiteral("newStoreCurrency"));
    m_newCurrency->setText(QStringLiteral("EUR"));
    m_newCurrency->setMaxLength(3);
    m_newTimezone->setObjectName(QStringLiteral("newStoreTimezone"));
    fillTimeZones(m_newTimezone);
    m_newTimezone->setCurrentText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    m_newMessage->setObjectName(QStringLiteral("newStoreMessage"));
    m_newMessage->setWordWrap(true);
    auto* saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(QStringLiteral("saveStore"));
    saveButton->setToolTip(tr("Save (Ctrl+S)"));
    auto* addButton = new QPushButton(tr("&Add store"), this);
    addButton->setObjectName(QStringLiteral("addStore"));

    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Address"), m_line1);
    form->addRow(QString(), m_line2);
    auto* place = new QHBoxLayout;
    place->addWidget(m_postalCode, 1);
    place->addWidget(m_city, 3);
    place->addWidget(m_country, 1);
    form->addRow(tr("Postal code, city, country"), place);
    form->addRow(tr("Time zone"), m_timezone);
    form->addRow(QString(), m_pricesIncludeTax);
    form->addRow(tr("Tax rates"), m_taxRates);
    form->addRow(tr("Loyalty points per unit"), m_loyalty);
    auto* newStore = new QGroupBox(tr("New store (needs the server)"), this);
    auto* newForm = new QFormLayout(newStore);
    newForm->addRow(tr("Code"), m_newCode);
    newForm->addRow(tr("Name"), m_newName);
    newForm->addRow(tr("Currency"), m_newCurrency);
    newForm->addRow(tr("Time zone"), m_newTimezone);
    newForm->addRow(QString(), addButton);
    newForm->addRow(m_newMessage);
    auto* editor = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->addLayout(form);
    editorLayout->addWidget(m_message);
    editorLayout->addWidget(saveButton, 0, Qt::AlignRight);
    editorLayout->addWidget(newStore);
    editorLayout->addStretch(1);
    auto* list = new QWidget(this);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_table);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(list);
    splitter->addWidget(editor);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, this, &StoresScreen::refresh);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { choose(row); });
    connect(saveButton, &QPushButton::clicked, this, &StoresScreen::save);
    connect(addButton, &QPushButton::clicked, this, &StoresScreen::addStore);
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, &StoresScreen::save);
    auto* newKey = new QShortcut(QKeySequence::New, this);
    connect(newKey, &QShortcut::activated, m_newCode, qOverload<>(&QWidget::setFocus));
    auto* findKey = new QShortcut(QKeySequence::Find, this);
    connect(findKey, &QShortcut::activated, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
}

void StoresScreen::refresh() {
    auto stores = m_profiles.list();
    if (!stores) {
        showMessage(m_message, QString::fromStdString(stores.error().message), true);
        return;
    }
    const QString filter = m_filter->text().trimmed();
    m_list.clear();
    for (const StoreProfile& store : *stores)
        if (filter.isEmpty() || store.name.contains(filter, Qt::CaseInsensitive) ||
            store.code.contains(filter, Qt::CaseInsensitive) || store.city.contains(filter, Qt::CaseInsensitive))
            m_list << store;
    QSignalBlocker quiet(m_table);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_list.size()));
    int current = -1;
    for (int row = 0; row < m_list.size(); ++row) {
        const StoreProfile& store = m_list.at(row);
        auto* name = new SortableItem(store.name, store.name.toLower());
        name->setData(Qt::UserRole + 1, row); // the row of m_list, whatever the sort
        m_table->setItem(row, Name, name);
        m_table->setItem(row, Code, new SortableItem(store.code, store.code));
        m_table->setItem(row, Currency, new SortableItem(store.currency, store.currency));
        m_table->setItem(row, City, new SortableItem(store.city, store.city));
        m_table->setItem(row, TimeZone, new SortableItem(store.timezone, store.timezone));
        if (store.storeId == m_editing.storeId)
            current = row;
    }
    m_table->setSortingEnabled(true);
    if (current < 0 && !m_list.isEmpty() && m_editing.storeId.isEmpty())
        current = 0; // the first time: the first store
    if (current < 0)
        return;
    // The store being edited stays selected where the sort put it, and shows its saved copy.
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Name)->data(Qt::UserRole + 1).toInt() == current)
            m_table->setCurrentCell(row, Name);
    showStore(m_list.at(current));
}

void StoresScreen::choose(int row) {
    if (row < 0 || !m_table->item(row, Name))
        return;
    const int index = m_table->item(row, Name)->data(Qt::UserRole + 1).toInt();
    if (index >= 0 && index < m_list.size())
        showStore(m_list.at(index));
}

void StoresScreen::showStore(const StoreProfile& store) {
    m_editing = store;
    m_name->setText(store.name);
    m_line1->setText(store.line1);
    m_line2->setText(store.line2);
    m_postalCode->setText(store.postalCode);
    m_city->setText(store.city);
    m_country->setText(store.country);
    m_timezone->setCurrentText(store.timezone);
    m_pricesIncludeTax->setChecked(store.pricesIncludeTax);
    m_taxRates->setText(StoreProfiles::taxRatesText(store.taxRates));
    m_loyalty->setValue(int(store.loyaltyPointsPerUnit));
    showMessage(m_message, QString(), false);
}

bool StoresScreen::readForm(StoreProfile& store) {
    store.name = m_name->text();
    store.line1 = m_line1->text().trimmed();
    store.line2 = m_line2->text().trimmed();
    store.postalCode = m_postalCode->text().trimmed();
    store.city = m_city->text().trimmed();
    store.country = m_country->text().trimmed().toUpper();
    store.timezone = m_timezone->currentText().trimmed();
    store.pricesIncludeTax = m_pricesIncludeTax->isChecked();
    auto rates = StoreProfiles::parseTaxRates(m_taxRates->text());
    if (!rates) {
        showMessage(m_message, QString::fromStdString(rates.error().message), true);
        m_taxRates->setFocus();
        return false;
    }
    store.taxRates = rates.value();
    store.loyaltyPointsPerUnit = m_loyalty->value();
    return true;
}

bool StoresScreen::save() {
    if (m_editing.storeId.isEmpty()) {
        showMessage(m_message, tr("Choose a store first."), true);
        return false;
    }
    StoreProfile store = m_editing;
    if (!readForm(store))
        return false;
    auto saved = m_profiles.save(m_editing, store);
    if (!saved) {
        showMessage(m_message, QString::fromStdString(saved.error().message), true);
        return false;
    }
    refresh();
    showMessage(m_message, tr("Saved. The registers use the new settings after their next sync."), false);
    return true;
}

void StoresScreen::addStore() {
    QPointer<StoresScreen> self(this); // the answer may come after the screen is gone
    const QString name = m_newName->text().trimmed();
    m_admin.addStore(m_newCode->text(), name, m_newCurrency->text(), m_newTimezone->currentText().trimmed(),
                     [self, name](domain::Result<QString> added) {
                         if (!self)
                             return;
                         if (!added) {
                             showMessage(self->m_newMessage, QString::fromStdString(added.error().message), true);
                             return;
                         }
                         self->m_newCode->clear();
                         self->m_newName->clear();
                         showMessage(self->m_newMessage,
                                     tr("%1 is made; it shows in the list after the next sync. Enrol its registers "
                                        "under Registers & staff.")
                                         .arg(name),
                                     false);
                         emit self->storeAdded(added.value());
                     });
}

} // namespace tp::backoffice::ui
