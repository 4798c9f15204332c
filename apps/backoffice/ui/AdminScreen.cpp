#include "ui/AdminScreen.h"
#include "ui/ListTable.h"
#include "ui/MessageLine.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tp::backoffice::ui {

AdminScreen::AdminScreen(OfficeAdmin& admin, std::function<QList<std::pair<QString, QString>>()> stores,
                         QWidget* parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_stores(std::move(stores))
    , m_store(new QComboBox(this))
    , m_registerName(new QLineEdit(this))
    , m_code(new QLabel(this))
    , m_codeMessage(new QLabel(this))
    , m_registerFilter(new QLineEdit(this))
    , m_registers(new QTableWidget(0, 6, this))
    , m_registersMessage(new QLabel(this))
    , m_staffFilter(new QLineEdit(this))
    , m_staff(new QTableWidget(0, 3, this))
    , m_email(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_pin(new QLineEdit(this))
    , m_newRole(new QComboBox(this))
    , m_access(new QPushButton(tr("&Disable"), this))
    , m_staffMessage(new QLabel(this)) {
    m_store->setObjectName(QStringLiteral("registerStore"));
    m_registerName->setObjectName(QStringLiteral("registerName"));
    m_registerName->setPlaceholderText(tr("e.g. Till 2"));
    m_code->setObjectName(QStringLiteral("enrolmentCode"));
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 2.5);
    big.setBold(true);
    m_code->setFont(big);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codeMessage->setObjectName(QStringLiteral("codeMessage"));
    m_codeMessage->setWordWrap(true);
    m_registerFilter->setObjectName(QStringLiteral("registerFilter"));
    m_registerFilter->setPlaceholderText(tr("Filter registers (Ctrl+F)"));
    m_registerFilter->setClearButtonEnabled(true);
    m_staffFilter->setObjectName(QStringLiteral("staffFilter"));
    m_staffFilter->setPlaceholderText(tr("Filter staff"));
    m_staffFilter->setClearButtonEnabled(true);
    m_registers->setObjectName(QStringLiteral("registers"));
    setUpListTable(m_registers,
                   {tr("Register"), tr("Store"), tr("Last seen"), tr("Version"), tr("Not sent yet"), tr("Status")}, 0);
    m_registersMessage->setObjectName(QStringLiteral("registersMessage"));
    m_registersMessage->setWordWrap(true);
    m_staff->setObjectName(QStringLiteral("staff"));
    setUpListTable(m_staff, {tr("E-mail"), tr("Role"), tr("Status")}, 0);
    m_email->setObjectName(QStringLiteral("staffEmail"));
    m_role->setObjectName(QStringLiteral("staffRole"));
    m_role->addItem(tr("Cashier"), QStringLiteral("cashier"));
    m_role->addItem(tr("Manager"), QStringLiteral("manager"));
    m_password->setObjectName(QStringLiteral("staffPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least 10 characters"));
    m_pin->setObjectName(QStringLiteral("staffPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(tr("4 to 8 digits"));
    m_newRole->setObjectName(QStringLiteral("newRole"));
    m_newRole->addItem(tr("Cashier"), QStringLiteral("cashier"));
    m_newRole->addItem(tr("Manager"), QStringLiteral("manager"));
    m_access->setObjectName(QStringLiteral("toggleAccess"));
    m_staffMessage->setObjectName(QStringLiteral("staffMessage"));
    m_staffMessage->setWordWrap(true);
    auto* make = new QPushButton(tr("&Make enrolment code"), this);
    make->setObjectName(QStringLiteral("makeCode"));
    auto* add = new QPushButton(tr("&Add staff member"), this);
    add->setObjectName(QStringLiteral("addStaff"));
    auto* pin = new QPushButton(tr("Set register &PIN"), this);
    pin->setObjectName(QStringLiteral("setPin"));

    auto* reload = new QPushButton(tr("&Refresh list"), this);
    reload->setObjectName(QStringLiteral("loadRegisters"));
    reload->setShortcut(QKeySequence::Refresh);
    auto* revoke = new QPushButton(tr("Re&voke…"), this);
    revoke->setObjectName(QStringLiteral("revokeRegister"));
    auto* role = new QPushButton(tr("Change &role"), this);
    role->setObjectName(QStringLiteral("changeRole"));

    auto* registers = new QGroupBox(tr("Registers"), this);
    auto* registersLayout = new QVBoxLayout(registers);
    registersLayout->addWidget(m_registerFilter);
    registersLayout->addWidget(m_registers, 1);
    auto* registerButtons = new QHBoxLayout;
    registerButtons->addWidget(reload);
    registerButtons->addWidget(revoke);
    registerButtons->addStretch(1);
    registersLayout->addLayout(registerButtons);
    registersLayout->addWidget(m_registersMessage);
    auto* newRegister = new QGroupBox(tr("New register"), this);
    auto* registerForm = new QFormLayout(newRegister);
    registerForm->addRow(tr("Store"), m_store);
    registerForm->addRow(tr("Register's name"), m_registerName);
    registerForm->addRow(QString(), make);
    registerForm->addRow(m_code);
    registerForm->addRow(m_codeMessage);
    auto* staff = new QGroupBox(tr("Staff"), this);
    auto* staffLayout = new QVBoxLayout(staff);
    staffLayout->addWidget(m_staffFilter);
    staffLayout->addWidget(m_staff, 1);
    auto* staffForm = new QFormLayout;
    staffForm->addRow(tr("E-mail"), m_email);
    staffForm->addRow(tr("Role"), m_role);
    staffForm->addRow(tr("Password"), m_password);
    staffForm->addRow(QString(), add);
    staffForm->addRow(tr("PIN for the selected"), m_pin);
    staffForm->addRow(QString(), pin);
    auto* roleRow = new QHBoxLayout;
    roleRow->addWidget(m_newRole, 1);
    roleRow->addWidget(role);
    staffForm->addRow(tr("Role of the selected"), roleRow);
    staffForm->addRow(QString(), m_access);
    staffLayout->addLayout(staffForm);
    staffLayout->addWidget(m_staffMessage);
    auto* left = new QVBoxLayout;
    left->addWidget(registers, 1);
    left->addWidget(newRegister);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(staff, 1);
    connect(make, &QPushButton::clicked, this, &AdminScreen::makeCode);
    connect(add, &QPushButton::clicked, this, &AdminScreen::addStaff);
    connect(pin, &QPushButton::clicked, this, &AdminScreen::setPin);
    connect(reload, &QPushButton::clicked, this, &AdminScreen::loadRegisters);
    connect(m_registerFilter, &QLineEdit::textChanged, this,
            [this](const QString& text) { filterTableRows(m_registers, text); });
    connect(m_staffFilter, &QLineEdit::textChanged, this,
            [this](const QString& text) { filterTableRows(m_staff, text); });
    auto* findKey = new QShortcut(QKeySequence::Find, this);
    connect(findKey, &QShortcut::activated, this, [this] {
        m_registerFilter->setFocus();
        m_registerFilter->selectAll();
    });
    connect(revoke, &QPushButton::clicked, this, &AdminScreen::revokeRegister);
    connect(role, &QPushButton::clicked, this, &AdminScreen::changeRole);
    connect(m_access, &QPushButton::clicked, this, &AdminScreen::toggleAccess);
    connect(m_staff, &QTableWidget::currentCellChanged, this, [this](int row) {
        const bool disabled =
            row >= 0 && m_staff->item(row, 2)->data(Qt::UserRole).toString() == QLatin1String("disabled");
        m_access->setText(disabled ? tr("&Enable") : tr("&Disable"));
    });
}

void AdminScreen::refresh() {
    const QString chosen = m_store->currentData().toString();
    {
        QSignalBlocker quiet(m_store);
        m_store->clear();
        for (const auto& [id, name] : m_stores())
            m_store->addItem(name, id);
        m_store->setCurrentIndex(std::max(0, m_store->findData(chosen)));
    }
    auto staff = m_admin.staff();
    if (!staff)
        return;
    m_staff->setSortingEnabled(false);
    m_staff->setRowCount(int(staff->size()));
    for (int row = 0; row < staff->size(); ++row) {
        const StaffMemberView& member = staff->at(row);
        auto* email = new QTableWidgetItem(member.email);
        email->setData(Qt::UserRole, member.id);
        m_staff->setItem(row, 0, email);
        m_staff->setItem(row, 1, new QTableWidgetItem(roleText(member.role)));
        auto* status = new QTableWidgetItem(member.status == QLatin1String("disabled") ? tr("Disabled") : tr("Active"));
        status->setData(Qt::UserRole, member.status);
        m_staff->setItem(row, 2, status);
    }
    m_staff->setSortingEnabled(true);
    filterTableRows(m_staff, m_staffFilter->text());
    loadRegisters();
}

void AdminScreen::loadRegisters() {
    m_admin.registers(whenAnswered<QList<RegisterView>>(
        m_registersMessage, [this](const QList<RegisterView>& registers) { showRegisters(registers); }));
}

void AdminScreen::showRegisters(const QList<RegisterView>& registers) {
    const QTableWidgetItem* current =
        m_registers->currentRow() >= 0 ? m_registers->item(m_registers->currentRow(), 0) : nullptr;
    const QString chosen = current ? current->data(Qt::UserRole).toString() : QString();
    QHash<QString, QString> storeNames;
    for (const auto& [id, name] : m_stores())
        storeNames.insert(id, name);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int attention = 0;
    m_registers->setSortingEnabled(false);
    m_registers->setRowCount(int(registers.size()));
    for (int row = 0; row < registers.size(); ++row) {
        const RegisterView& till = registers.at(row);
        auto* name = new QTableWidgetItem(till.name);
        name->setData(Qt::UserRole, till.id);
        auto* seen = new QTableWidgetItem(lastSeenText(till.lastSeenAt, now));
        if (till.lastSeenAt.isValid())
            seen->setToolTip(QLocale().toString(till.lastSeenAt.toLocalTime(), QLocale::LongFormat));
        auto* pending = new QTableWidgetItem;
        if (till.pendingUploads >= 0)
            pending->setData(Qt::DisplayRole, till.pendingUploads);
        const QList<QTableWidgetItem*> cells{
            name,    new QTableWidgetItem(storeNames.value(till.storeId, till.storeId)),
            seen,    new QTableWidgetItem(till.appVersion),
            pending, new QTableWidgetItem(till.revoked ? tr("Revoked") : tr("Active"))};
        const bool look = till.needsAttention(now);
        attention += look ? 1 : 0;
        for (int column = 0; column < cells.size(); ++column) {
            if (look)
                cells[column]->setForeground(QColor(0xb0, 0x00, 0x20));
            else if (till.revoked)
                cells[column]->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_registers->setItem(row, column, cells[column]);
        }
        if (till.id == chosen)
            m_registers->setCurrentCell(row, 0);
    }
    m_registers->setSortingEnabled(true);
    filterTableRows(m_registers, m_registerFilter->text());
    say(m_registersMessage,
        attention > 0 ? tr("Registers in red have not synced for a long time or hold sales they have not sent: "
                           "check that they are on and connected.")
                      : QString(),
        attention > 0);
}

void AdminScreen::revokeRegister() {
    const int row = m_registers->currentRow();
    if (row < 0) {
        say(m_registersMessage, tr("Select the register first."), true);
        return;
    }
    const QString id = m_registers->item(row, 0)->data(Qt::UserRole).toString();
    const QString name = m_registers->item(row, 0)->text();
    if (!confirmed(tr("Revoke \"%1\"? It stops syncing at once; sales it has not sent stay on it until it is "
                      "enrolled again.")
                       .arg(name)))
        return;
    m_admin.revokeRegister(id, whenAnswered<void>(m_registersMessage, [this, name] {
                               say(m_registersMessage, tr("%1 is revoked.").arg(name), false);
                               loadRegisters();
                           }));
}

std::pair<QString, QString> AdminScreen::selectedMember() {
    const int row = m_staff->currentRow();
    if (row < 0) {
        say(m_staffMessage, tr("Select the staff member first."), true);
        return {};
    }
    return {m_staff->item(row, 0)->data(Qt::UserRole).toString(), m_staff->item(row, 2)->data(Qt::UserRole).toString()};
}

void AdminScreen::changeRole() {
    const auto [id, status] = selectedMember();
    if (id.isEmpty())
        return;
    const QString role = m_newRole->currentData().toString();
    m_admin.changeStaff(
        id, role, {}, whenAnswered<void>(m_staffMessage, [this, role] {
            say(m_staffMessage,
                tr("Now %1; the list and the registers show it after their next sync.").arg(roleText(role)), false);
        }));
}

void AdminScreen::toggleAccess() {
    const auto [id, status] = selectedMember();
    if (id.isEmpty())
        return;
    const bool disable = status != QLatin1String("disabled");
    const QString email = m_staff->item(m_staff->currentRow(), 0)->text();
    if (disable && !confirmed(tr("Disable %1? They can no longer log in here or at the registers.").arg(email)))
        return;
    m_admin.changeStaff(id, {}, disable ? QStringLiteral("disabled") : QStringLiteral("active"),
                        whenAnswered<void>(m_staffMessage, [this, disable, email] {
                            say(m_staffMessage,
                                disable ? tr("%1 is disabled: logins are refused now, the registers refuse "
                                             "their PIN after their next sync.")
                                              .arg(email)
                                        : tr("%1 may log in again.").arg(email),
                                false);
                        }));
}

template <typename T, typename Then>
OfficeAdmin::Done<T> AdminScreen::whenAnswered(QLabel* where, Then then) {
    QPointer<AdminScreen> self(this); // the answer may come after the screen is gone
    return [self, where, then = std::move(then)](domain::Result<T> answer) mutable {
        if (!self)
            return;
        if (!answer) {
            self->say(where, QString::fromStdString(answer.error().message), true);
            return;
        }
        if constexpr (std::is_void_v<T>)
            then();
        else
            then(answer.value());
    };
}

bool AdminScreen::confirmed(const QString& question) {
    if (!m_confirm)
        return true;
    return QMessageBox::question(this, tr("Registers and staff"), question) == QMessageBox::Yes;
}

QString AdminScreen::roleText(const QString& role) {
    if (role == QLatin1String("owner"))
        return tr("Owner");
    if (role == QLatin1String("manager"))
        return tr("Manager");
    return tr("Cashier");
}

void AdminScreen::makeCode() {
    m_code->clear(); // an earlier code is not shown as if it were the new one
    m_admin.makeEnrolmentCode(m_store->currentData().toString(), m_registerName->text(),
                              whenAnswered<EnrolmentCode>(m_codeMessage, [this](const EnrolmentCode& code) {
                                  m_code->setText(code.code);
                                  say(m_codeMessage,
                                      tr("On the new register: start Tillpoint, enter this server's address "
                                         "and this code. It works once, until %1.")
                                          .arg(QLocale().toString(code.expiresAt.toLocalTime(), QLocale::ShortFormat)),
                                      false);
                              }));
}

void AdminScreen::addStaff() {
    m_admin.addStaff(
        m_email->text(), m_password->text(), m_role->currentData().toString(),
        whenAnswered<QString>(m_staffMessage, [this](const QString&) {
            m_password->clear();
            say(m_staffMessage,
                tr("%1 can log in now; the list shows them after the next sync.").arg(m_email->text().trimmed()),
                false);
        }));
}

void AdminScreen::setPin() {
    const auto [id, status] = selectedMember();
    if (id.isEmpty())
        return;
    m_admin.setPin(id, m_pin->text(), whenAnswered<void>(m_staffMessage, [this] {
                       m_pin->clear();
                       say(m_staffMessage, tr("PIN set. The registers know it after their next sync."), false);
                   }));
}

void AdminScreen::say(QLabel* where, const QString& message, bool problem) {
    showMessage(where, message, problem);
    emit answered(message);
}

} // namespace tp::backoffice::ui
