#include "ui/AdminScreen.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
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
    , m_staff(new QTableWidget(0, 3, this))
    , m_email(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_pin(new QLineEdit(this))
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
    m_staff->setObjectName(QStringLiteral("staff"));
    m_staff->setHorizontalHeaderLabels({tr("E-mail"), tr("Role"), tr("Status")});
    m_staff->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_staff->verticalHeader()->hide();
    m_staff->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_staff->setSelectionMode(QAbstractItemView::SingleSelection);
    m_staff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_staff->setSortingEnabled(true);
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
    m_staffMessage->setObjectName(QStringLiteral("staffMessage"));
    m_staffMessage->setWordWrap(true);
    auto* make = new QPushButton(tr("&Make enrolment code"), this);
    make->setObjectName(QStringLiteral("makeCode"));
    auto* add = new QPushButton(tr("&Add staff member"), this);
    add->setObjectName(QStringLiteral("addStaff"));
    auto* pin = new QPushButton(tr("Set register &PIN"), this);
    pin->setObjectName(QStringLiteral("setPin"));

    auto* registers = new QGroupBox(tr("New register"), this);
    auto* registerForm = new QFormLayout(registers);
    registerForm->addRow(tr("Store"), m_store);
    registerForm->addRow(tr("Register's name"), m_registerName);
    registerForm->addRow(QString(), make);
    registerForm->addRow(m_code);
    registerForm->addRow(m_codeMessage);
    auto* staff = new QGroupBox(tr("Staff"), this);
    auto* staffLayout = new QVBoxLayout(staff);
    staffLayout->addWidget(m_staff, 1);
    auto* staffForm = new QFormLayout;
    staffForm->addRow(tr("E-mail"), m_email);
    staffForm->addRow(tr("Role"), m_role);
    staffForm->addRow(tr("Password"), m_password);
    staffForm->addRow(QString(), add);
    staffForm->addRow(tr("PIN for the selected"), m_pin);
    staffForm->addRow(QString(), pin);
    staffLayout->addLayout(staffForm);
    staffLayout->addWidget(m_staffMessage);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(registers, 1);
    layout->addWidget(staff, 1);
    connect(make, &QPushButton::clicked, this, &AdminScreen::makeCode);
    connect(add, &QPushButton::clicked, this, &AdminScreen::addStaff);
    connect(pin, &QPushButton::clicked, this, &AdminScreen::setPin);
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
        m_staff->setItem(row, 1, new QTableWidgetItem(member.role));
        m_staff->setItem(row, 2, new QTableWidgetItem(member.status));
    }
    m_staff->setSortingEnabled(true);
}

void AdminScreen::makeCode() {
    QPointer<AdminScreen> self(this); // the answer may come after the screen is gone
    m_admin.makeEnrolmentCode(
        m_store->currentData().toString(), m_registerName->text(), [self](domain::Result<EnrolmentCode> code) {
            if (!self)
                return;
            if (!code) {
                self->m_code->clear();
                self->say(self->m_codeMessage, QString::fromStdString(code.error().message), true);
                return;
            }
            self->m_code->setText(code->code);
            self->say(self->m_codeMessage,
                      tr("On the new register: start Tillpoint, enter this server's address "
                         "and this code. It works once, until %1.")
                          .arg(QLocale().toString(code->expiresAt.toLocalTime(), QLocale::ShortFormat)),
                      false);
        });
}

void AdminScreen::addStaff() {
    QPointer<AdminScreen> self(this);
    m_admin.addStaff(
        m_email->text(), m_password->text(), m_role->currentData().toString(), [self](domain::Result<QString> added) {
            if (!self)
                return;
            if (!added) {
                self->say(self->m_staffMessage, QString::fromStdString(added.error().message), true);
                return;
            }
            self->m_password->clear();
            self->say(
                self->m_staffMessage,
                tr("%1 can log in now; the list shows them after the next sync.").arg(self->m_email->text().trimmed()),
                false);
        });
}

void AdminScreen::setPin() {
    const int row = m_staff->currentRow();
    if (row < 0) {
        say(m_staffMessage, tr("Select the staff member first."), true);
        return;
    }
    const QString id = m_staff->item(row, 0)->data(Qt::UserRole).toString();
    QPointer<AdminScreen> self(this);
    m_admin.setPin(id, m_pin->text(), [self](domain::Result<void> done) {
        if (!self)
            return;
        if (!done) {
            self->say(self->m_staffMessage, QString::fromStdString(done.error().message), true);
            return;
        }
        self->m_pin->clear();
        self->say(self->m_staffMessage, tr("PIN set. The registers know it after their next sync."), false);
    });
}

void AdminScreen::say(QLabel* where, const QString& message, bool problem) {
    where->setText(message);
    where->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    emit answered(message);
}

} // namespace tp::backoffice::ui
