#include "ui/CampaignsScreen.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "client/MoneyText.h"
#include "client/TypedInput.h"
#include "ui/ListTable.h"
#include "ui/MessageLine.h"
#include "ui/SortableItem.h"

namespace tp::backoffice::ui {

namespace {

// "19/11/2026" for a campaign that starts or ends at midnight (most do), else with the minute.
QString shortTime(const QDateTime& at) {
    const QDateTime local = at.toLocalTime();
    const QString date = QLocale().toString(local.date(), QLocale::ShortFormat);
    return local.time() == QTime(0, 0) ? date
                                       : date + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
}

} // namespace

CampaignsScreen::CampaignsScreen(CampaignEdits& campaigns, std::function<domain::Currency()> currency,
                                 std::function<QList<std::pair<QString, QString>>()> stores, QWidget* parent)
    : QWidget(parent)
    , m_campaigns(campaigns)
    , m_currency(std::move(currency))
    , m_stores(std::move(stores))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableWidget(0, Columns, this))
    , m_name(new QLineEdit(this))
    , m_from(new QDateTimeEdit(this))
    , m_until(new QDateTimeEdit(this))
    , m_storeList(new QListWidget(this))
    , m_prices(new QTableWidget(0, PriceColumns, this))
    , m_percent(new QSpinBox(this))
    , m_status(new QComboBox(this))
    , m_message(new QLabel(this)) {
    m_filter->setObjectName(QStringLiteral("campaignFilter"));
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("campaigns"));
    setUpListTable(m_table, {tr("Name"), tr("From"), tr("Until"), tr("Items"), tr("Stores"), tr("Now")}, Name);
    m_name->setObjectName(QStringLiteral("campaignName"));
    m_name->setPlaceholderText(tr("e.g. Summer sale"));
    for (QDateTimeEdit* date : {m_from, m_until}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm"));
    }
    m_from->setObjectName(QStringLiteral("campaignFrom"));
    m_until->setObjectName(QStringLiteral("campaignUntil"));
    m_storeList->setObjectName(QStringLiteral("campaignStores"));
    m_storeList->setMaximumHeight(m_storeList->fontMetrics().lineSpacing() * 5);
    m_storeList->setToolTip(tr("None ticked: every store."));
    m_prices->setObjectName(QStringLiteral("campaignPrices"));
    m_prices->setHorizontalHeaderLabels({tr("SKU"), tr("Item"), tr("Regular price"), tr("Campaign price")});
    m_prices->horizontalHeader()->setSectionResizeMode(Item, QHeaderView::Stretch);
    m_prices->verticalHeader()->hide();
    m_prices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_percent->setObjectName(QStringLiteral("campaignPercent"));
    m_percent->setRange(1, 99);
    m_percent->setValue(20);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_status->setObjectName(QStringLiteral("campaignStatus"));
    m_status->addItem(tr("Active"), QStringLiteral("active"));
    m_status->addItem(tr("Archived (withdrawn)"), QStringLiteral("archived"));
    m_message->setObjectName(QStringLiteral("campaignMessage"));
    m_message->setWordWrap(true);
    auto* newButton = new QPushButton(tr("&New campaign"), this);
    newButton->setObjectName(QStringLiteral("newCampaign"));
    auto* saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(QStringLiteral("saveCampaign"));
    saveButton->setToolTip(tr("Save (Ctrl+S)"));
    auto* addButton = new QPushButton(tr("&Add item"), this);
    addButton->setObjectName(QStringLiteral("addCampaignItem"));
    auto* removeButton = new QPushButton(tr("&Remove item"), this);
    removeButton->setObjectName(QStringLiteral("removeCampaignItem"));
    auto* percentButton = new QPushButton(tr("Set all to this much &off"), this);
    percentButton->setObjectName(QStringLiteral("applyPercentOff"));

    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("until"), this));
    dates->addWidget(m_until);
    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("From"), dates);
    auto* storeBox = new QVBoxLayout;
    storeBox->addWidget(m_storeList);
    auto* everyStore = new QLabel(tr("None ticked: every store."), this);
    everyStore->setEnabled(false); // a hint, in grey
    storeBox->addWidget(everyStore);
    form->addRow(tr("Stores"), storeBox);
    form->addRow(tr("Status"), m_status);
    auto* priceButtons = new QHBoxLayout;
    priceButtons->addWidget(addButton);
    priceButtons->addWidget(removeButton);
    priceButtons->addStretch(1);
    priceButtons->addWidget(m_percent);
    priceButtons->addWidget(percentButton);
    auto* editor = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->addLayout(form);
    editorLayout->addWidget(m_prices, 1);
    editorLayout->addLayout(priceButtons);
    editorLayout->addWidget(m_message);
    editorLayout->addWidget(saveButton, 0, Qt::AlignRight);
    auto* list = new QWidget(this);
    auto* listLayout = new QVBoxLayout(list);
    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(newButton);
    listLayout->addLayout(top);
    listLayout->addWidget(m_table);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(list);
    splitter->addWidget(editor);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({520, 760}); // the list's six columns need the room
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, this, &CampaignsScreen::refresh);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { choose(row); });
    connect(m_prices, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (column == Sku)
            describeLine(row);
    });
    connect(newButton, &QPushButton::clicked, this, &CampaignsScreen::newCampaign);
    connect(saveButton, &QPushButton::clicked, this, &CampaignsScreen::save);
    connect(addButton, &QPushButton::clicked, this, &CampaignsScreen::addItem);
    connect(removeButton, &QPushButton::clicked, this, &CampaignsScreen::removeItem);
    connect(percentButton, &QPushButton::clicked, this, &CampaignsScreen::applyPercentOff);
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, &CampaignsScreen::save);
    auto* findKey = new QShortcut(QKeySequence::Find, this);
    connect(findKey, &QShortcut::activated, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    auto* newKey = new QShortcut(QKeySequence::New, this);
    connect(newKey, &QShortcut::activated, this, &CampaignsScreen::newCampaign);
    newCampaign();
}

QString CampaignsScreen::phaseText(const QString& phase) const {
    if (phase == QLatin1String("planned"))
        return tr("Planned");
    if (phase == QLatin1String("running"))
        return tr("Running");
    if (phase == QLatin1String("ended"))
        return tr("Ended");
    return tr("Archived");
}

void CampaignsScreen::refresh() {
    auto campaigns = m_campaigns.list();
    if (!campaigns) {
        say(QString::fromStdString(campaigns.error().message), true);
        return;
    }
    const QList<std::pair<QString, QString>> stores = m_stores();
    {
        // Ticks kept for the campaign being edited.
        QSignalBlocker quiet(m_storeList);
        m_storeList->clear();
        for (const auto& [id, name] : stores) {
            auto* item = new QListWidgetItem(name, m_storeList);
            item->setData(Qt::UserRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(m_editing.storeIds.contains(id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    QHash<QString, QString> storeNames;
    for (const auto& [id, name] : stores)
        storeNames.insert(id, name);
    const QString filter = m_filter->text().trimmed();
    m_list.clear();
    for (const CampaignDraft& campaign : *campaigns)
        if (filter.isEmpty() || campaign.name.contains(filter, Qt::CaseInsensitive))
            m_list << campaign;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSignalBlocker quiet(m_table);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_list.size()));
    for (int row = 0; row < m_list.size(); ++row) {
        const CampaignDraft& campaign = m_list.at(row);
        QStringList names;
        for (const QString& id : campaign.storeIds)
            names << storeNames.value(id, id);
        const QString phase = campaign.phase(now);
        auto* name = new SortableItem(campaign.name, campaign.name);
        name->setData(Qt::UserRole + 1, row); // the row of m_list, whatever the sort
        m_table->setItem(row, Name, name);
        m_table->setItem(row, From, new SortableItem(shortTime(campaign.startsAt), campaign.startsAt));
        m_table->setItem(row, Until, new SortableItem(shortTime(campaign.endsAt), campaign.endsAt));
        m_table->setItem(row, Items,
                         new SortableItem(QString::number(campaign.prices.size()), int(campaign.prices.size()), true));
        const QString storesText = names.isEmpty() ? tr("All stores") : names.join(QLatin1String(", "));
        m_table->setItem(row, Stores, new SortableItem(storesText, storesText));
        m_table->setItem(row, Phase, new SortableItem(phaseText(phase), phase));
    }
    m_table->setSortingEnabled(true);
}

void CampaignsScreen::choose(int row) {
    if (row < 0 || !m_table->item(row, Name))
        return;
    const int index = m_table->item(row, Name)->data(Qt::UserRole + 1).toInt();
    if (index >= 0 && index < m_list.size())
        showCampaign(m_list.at(index));
}

void CampaignsScreen::newCampaign() {
    CampaignDraft campaign;
    const QDate tomorrow = QDate::currentDate().addDays(1);
    campaign.startsAt = QDateTime(tomorrow, QTime(0, 0));
    campaign.endsAt = QDateTime(tomorrow.addDays(14), QTime(0, 0));
    showCampaign(campaign);
    m_name->setFocus();
}

void CampaignsScreen::showCampaign(const CampaignDraft& campaign) {
    m_editing = campaign;
    m_name->setText(campaign.name);
    m_from->setDateTime(campaign.startsAt.toLocalTime());
    m_until->setDateTime(campaign.endsAt.toLocalTime());
    for (int i = 0; i < m_storeList->count(); ++i) {
        QListWidgetItem* item = m_storeList->item(i);
        item->setCheckState(campaign.storeIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                            : Qt::Unchecked);
    }
    m_status->setCurrentIndex(std::max(0, m_status->findData(campaign.status)));
    {
        QSignalBlocker quiet(m_prices);
        m_prices->setRowCount(0);
        m_prices->setRowCount(int(campaign.prices.size()));
        for (int row = 0; row < campaign.prices.size(); ++row)
            showPriceLine(row, campaign.prices.at(row));
    }
    for (int row = 0; row < m_prices->rowCount(); ++row)
        describeLine(row);
    say(campaign.id.isEmpty() ? tr("A new campaign: add its items and their campaign prices.") : QString(), false);
}

void CampaignsScreen::showPriceLine(int row, const CampaignPriceLine& line) {
    const auto currency = domain::Currency::fromCode(line.currency.toStdString());
    m_prices->setItem(row, Sku, new QTableWidgetItem(line.sku));
    auto* price = new QTableWidgetItem(currency ? client::amountText(line.amount, *currency) : QString());
    price->setData(Qt::UserRole, line.currency);
    price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_prices->setItem(row, SalePrice, price);
}

void CampaignsScreen::describeLine(int row) {
    const QTableWidgetItem* skuCell = m_prices->item(row, Sku);
    const QString sku = skuCell ? skuCell->text().trimmed() : QString();
    QString name;
    QString regular;
    qint64 regularAmount = -1;
    if (!sku.isEmpty()) {
        auto found = m_campaigns.item(sku);
        if (found && found.value()) {
            name = found.value()->name;
            const auto currency = domain::Currency::fromCode(found.value()->currency.toStdString());
            if (found.value()->regularPrice && currency) {
                regularAmount = *found.value()->regularPrice;
                regular = client::moneyText(regularAmount, *currency);
            }
        } else if (found) {
            name = tr("No item with this SKU");
        }
    }
    QSignalBlocker quiet(m_prices);
    auto* nameCell = new QTableWidgetItem(name);
    nameCell->setFlags(nameCell->flags() & ~Qt::ItemIsEditable);
    m_prices->setItem(row, Item, nameCell);
    auto* regularCell = new QTableWidgetItem(regular);
    regularCell->setFlags(regularCell->flags() & ~Qt::ItemIsEditable);
    regularCell->setData(Qt::UserRole, regularAmount);
    regularCell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_prices->setItem(row, Regular, regularCell);
    if (!m_prices->item(row, SalePrice))
        m_prices->setItem(row, SalePrice, new QTableWidgetItem);
}

void CampaignsScreen::addItem() {
    const int row = m_prices->rowCount();
    m_prices->insertRow(row);
    describeLine(row);
    {
        QSignalBlocker quiet(m_prices);
        m_prices->setItem(row, Sku, new QTableWidgetItem);
    }
    m_prices->setCurrentCell(row, Sku);
    m_prices->editItem(m_prices->item(row, Sku));
}

void CampaignsScreen::removeItem() {
    const int row = m_prices->currentRow();
    if (row < 0) {
        say(tr("Select the item to remove first."), true);
        return;
    }
    m_prices->removeRow(row);
}

void CampaignsScreen::applyPercentOff() {
    const domain::Currency currency = m_currency();
    QSignalBlocker quiet(m_prices);
    int without = 0;
    for (int row = 0; row < m_prices->rowCount(); ++row) {
        const QTableWidgetItem* regular = m_prices->item(row, Regular);
        const qint64 amount = regular ? regular->data(Qt::UserRole).toLongLong() : -1;
        if (amount < 0) {
            ++without;
            continue;
        }
        auto* price =
            new QTableWidgetItem(client::amountText(CampaignEdits::percentOff(amount, m_percent->value()), currency));
        price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_prices->setItem(row, SalePrice, price);
    }
    if (without > 0)
        say(tr("Lines without a known regular price were left as they were: %1.").arg(without), true);
    else
        say(QString(), false);
}

bool CampaignsScreen::readForm(CampaignDraft& campaign) {
    campaign.name = m_name->text();
    campaign.startsAt = m_from->dateTime().toUTC();
    campaign.endsAt = m_until->dateTime().toUTC();
    campaign.storeIds.clear();
    for (int i = 0; i < m_storeList->count(); ++i)
        if (m_storeList->item(i)->checkState() == Qt::Checked)
            campaign.storeIds << m_storeList->item(i)->data(Qt::UserRole).toString();
    campaign.status = m_status->currentData().toString();
    campaign.prices.clear();
    const QString shopCurrency = QString::fromStdString(m_currency().code());
    for (int row = 0; row < m_prices->rowCount(); ++row) {
        const QTableWidgetItem* sku = m_prices->item(row, Sku);
        const QTableWidgetItem* price = m_prices->item(row, SalePrice);
        const QString skuText = sku ? sku->text().trimmed() : QString();
        const QString priceText = price ? price->text().trimmed() : QString();
        if (skuText.isEmpty() && priceText.isEmpty())
            continue; // an empty line added and not used
        const QString code = price && !price->data(Qt::UserRole).toString().isEmpty()
                                 ? price->data(Qt::UserRole).toString()
                                 : shopCurrency;
        const auto currency = domain::Currency::fromCode(code.toStdString());
        if (!currency) {
            say(tr("The currency %1 is unknown here.").arg(code), true);
            return false;
        }
        auto amount = client::TypedInput::money(priceText, *currency);
        if (skuText.isEmpty() || !amount) {
            say(tr("Line %1: give the SKU and its campaign price (%2).")
                    .arg(row + 1)
                    .arg(amount ? tr("the SKU is missing") : QString::fromStdString(amount.error().message)),
                true);
            m_prices->setCurrentCell(row, skuText.isEmpty() ? Sku : SalePrice);
            return false;
        }
        campaign.prices << CampaignPriceLine{skuText, *amount, code};
    }
    return true;
}

bool CampaignsScreen::save() {
    CampaignDraft campaign = m_editing;
    if (!readForm(campaign))
        return false;
    auto saved = m_campaigns.save(campaign);
    if (!saved) {
        say(QString::fromStdString(saved.error().message), true);
        return false;
    }
    refresh();
    for (const CampaignDraft& listed : std::as_const(m_list))
        if (listed.id == *saved)
            showCampaign(listed);
    say(tr("Saved. The registers sell at these prices from the start, after their next sync."), false);
    return true;
}

void CampaignsScreen::say(const QString& message, bool problem) {
    showMessage(m_message, message, problem);
}

} // namespace tp::backoffice::ui
