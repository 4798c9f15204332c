#include "ui/CustomersScreen.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/customers/CustomerActions.h"
#include "models/customers/CustomerListModel.h"
#include "models/orders/OrderListModel.h"
#include "ui/ListTable.h"
#include "ui/MessageLine.h"
#include "ui/SortableItem.h"

namespace tp::backoffice::ui {

namespace {

QString when(const QString& rfc3339) {
    const QDateTime at = QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : rfc3339;
}

QStringList lines(const QString& text) {
    QStringList list;
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            list << line.trimmed();
    return list;
}

} // namespace

CustomersScreen::CustomersScreen(CustomerListModel& customers, CustomerActions& actions, Load load, QWidget* parent)
    : QWidget(parent)
    , m_customers(customers)
    , m_actions(actions)
    , m_load(std::move(load))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_addresses(new QPlainTextEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_points(new QLabel(this))
    , m_history(new QTableWidget(0, 4, this))
    , m_export(new QPushButton(tr("E&xport data…"), this))
    , m_anonymize(new QPushButton(tr("A&nonymize…"), this))
    , m_message(new QLabel(this)) {
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Name, e-mail, phone or order number (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("customers"));
    m_table->setModel(&m_customers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CustomerListModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(CustomerListModel::Name, QHeaderView::Stretch);
    m_name->setObjectName(QStringLiteral("customerName"));
    m_email->setObjectName(QStringLiteral("customerEmail"));
    m_phone->setObjectName(QStringLiteral("customerPhone"));
    m_tags->setObjectName(QStringLiteral("customerTags"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_addresses->setObjectName(QStringLiteral("customerAddresses"));
    m_addresses->setPlaceholderText(tr("One address per line"));
    m_notes->setObjectName(QStringLiteral("customerNotes"));
    for (QPlainTextEdit* edit : {m_addresses, m_notes}) {
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 4);
    }
    m_points->setObjectName(QStringLiteral("customerPoints"));
    m_history->setObjectName(QStringLiteral("customerHistory"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Order"), tr("What"), tr("Details")});
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSortingEnabled(true);
    m_export->setObjectName(QStringLiteral("exportCustomer"));
    m_anonymize->setObjectName(QStringLiteral("anonymizeCustomer"));
    m_message->setObjectName(QStringLiteral("customerMessage"));
    m_message->setWordWrap(true);
    auto* newButton = new QPushButton(tr("&New customer"), this);
    newButton->setObjectName(QStringLiteral("newCustomer"));
    auto* saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(QStringLiteral("saveCustomer"));
    saveButton->setToolTip(tr("Save (Ctrl+S)"));

    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("E-mail"), m_email);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Tags"), m_tags);
    form->addRow(tr("Addresses"), m_addresses);
    form->addRow(tr("Notes"), m_notes);
    form->addRow(tr("Loyalty"), m_points);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(saveButton);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_anonymize);
    auto* profile = new QWidget(this);
    auto* profileLayout = new QVBoxLayout(profile);
    profileLayout->addLayout(form);
    profileLayout->addLayout(buttons);
    profileLayout->addWidget(m_message);
    profileLayout->addWidget(new QLabel(tr("History"), profile));
    m_historyFilter = makeFilterBox(m_history, tr("Filter the history"), QStringLiteral("customerHistoryFilter"), this);
    profileLayout->addWidget(m_historyFilter);
    profileLayout->addWidget(m_history, 1);
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(newButton);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(profile);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_customers.setSearch(text);
        (void)m_customers.reload();
        if (m_customers.rowCount() == 1)
            choose(0); // one match: customer service wants it open
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { choose(current.row()); });
    connect(newButton, &QPushButton::clicked, this, &CustomersScreen::newCustomer);
    connect(saveButton, &QPushButton::clicked, this, &CustomersScreen::save);
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (!m_profile)
            return;
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export the customer's data"),
                                         QDir(documents).filePath(tr("customer-data.json")), tr("JSON files (*.json)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_anonymize, &QPushButton::clicked, this, [this] {
        if (!m_profile)
            return;
        const auto answer = QMessageBox::warning(
            this, tr("Anonymize %1?").arg(m_profile->name),
            tr("Name, e-mail, phone, addresses, tags and notes of %1 are erased for good, here and on the server. "
               "Their orders stay, without their name. This cannot be undone.")
                .arg(m_profile->name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        anonymize(answer == QMessageBox::Yes);
    });
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, &CustomersScreen::save);
    auto* newKey = new QShortcut(QKeySequence::New, this);
    connect(newKey, &QShortcut::activated, this, &CustomersScreen::newCustomer);
    showProfile(m_actions.create()); // ready for a new customer until one is chosen
}

void CustomersScreen::refresh() {
    (void)m_customers.reload();
    if (m_profile && m_profile->version > 0)
        if (auto again = m_load(m_profile->id))
            showProfile(*again);
}

void CustomersScreen::choose(int row) {
    const QString id = m_customers.customerId(row);
    if (id.isEmpty())
        return;
    if (auto profile = m_load(id))
        showProfile(*profile);
    else
        say(QString::fromStdString(profile.error().message), true);
}

void CustomersScreen::newCustomer() {
    showProfile(m_actions.create());
    m_name->setFocus();
}

void CustomersScreen::showProfile(const CustomerProfile& profile) {
    m_profile = profile;
    m_name->setText(profile.name);
    m_email->setText(profile.email);
    m_phone->setText(profile.phone);
    m_tags->setText(profile.tags.join(QLatin1String(", ")));
    m_addresses->setPlainText(profile.addresses.join(QLatin1Char('\n')));
    m_notes->setPlainText(profile.notes);
    m_points->setText(tr("%1 points").arg(profile.points));
    for (QWidget* field : std::initializer_list<QWidget*>{m_name, m_email, m_phone, m_tags, m_addresses, m_notes})
        field->setEnabled(!profile.anonymized);
    m_export->setEnabled(profile.version > 0);
    m_anonymize->setEnabled(profile.version > 0 && !profile.anonymized);
    const QList<CustomerHistoryEntry> history = profile.history();
    m_history->setSortingEnabled(false);
    m_history->setRowCount(int(history.size()));
    for (int row = 0; row < history.size(); ++row) {
        const CustomerHistoryEntry& entry = history.at(row);
        QString what = entry.kind == QLatin1String("created")  ? tr("Bought")
                       : entry.kind == QLatin1String("refund") ? tr("Refund")
                       : entry.kind == QLatin1String("note")   ? tr("Note")
                                                               : OrderListModel::statusText(entry.status);
        m_history->setItem(row, 0, new SortableItem(when(entry.at), entry.at));
        m_history->setItem(row, 1, new SortableItem(entry.orderNumber, entry.orderNumber));
        m_history->setItem(row, 2, new SortableItem(what, what));
        m_history->setItem(row, 3, new SortableItem(entry.details, entry.details));
    }
    m_history->setSortingEnabled(true);
    filterTableRows(m_history, m_historyFilter->text());
    m_history->sortItems(0, Qt::DescendingOrder);
    say(profile.anonymized ? tr("Anonymized at the customer's request.") : QString(), false);
}

bool CustomersScreen::save() {
    if (!m_profile)
        return false;
    CustomerProfile edited = *m_profile;
    edited.name = m_name->text();
    edited.email = m_email->text();
    edited.phone = m_phone->text();
    edited.tags.clear();
    for (const QString& tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty())
            edited.tags << tag.trimmed();
    edited.addresses = lines(m_addresses->toPlainText());
    edited.notes = m_notes->toPlainText();
    if (auto saved = m_actions.save(*m_profile, edited); !saved) {
        say(QString::fromStdString(saved.error().message), true);
        return false;
    }
    refresh();
    if (auto again = m_load(edited.id))
        showProfile(*again);
    say(tr("Saved. The server hears of it with the next sync."), false);
    return true;
}

bool CustomersScreen::exportTo(const QString& path) {
    if (!m_profile)
        return false;
    if (auto written = m_actions.exportData(*m_profile, path); !written) {
        say(QString::fromStdString(written.error().message), true);
        return false;
    }
    say(tr("The customer's data is in %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

bool CustomersScreen::anonymize(bool confirmed) {
    if (!m_profile || !confirmed)
        return false;
    if (auto done = m_actions.anonymize(*m_profile); !done) {
        say(QString::fromStdString(done.error().message), true);
        return false;
    }
    const QString id = m_profile->id;
    (void)m_customers.reload();
    if (auto again = m_load(id))
        showProfile(*again);
    return true;
}

void CustomersScreen::say(const QString& message, bool problem) {
    showMessage(m_message, message, problem);
}

} // namespace tp::backoffice::ui
