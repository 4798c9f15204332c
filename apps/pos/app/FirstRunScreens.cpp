#include "app/FirstRunScreens.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

#include "ui/UiStyle.h"

namespace tp::pos::app {

EnrolmentScreen::EnrolmentScreen(QWidget* parent)
    : QWidget(parent)
    , m_server(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_enrol(new QPushButton(tr("Enrol this register"), this))
    , m_message(new QLabel(this)) {
    auto* title = new QLabel(tr("Set up this register"), this);
    title->setFont(ui::totalFont());
    auto* help = new QLabel(tr("In the backoffice, make an enrolment code for this till (Registers → New register). "
                               "Type the server's address and the code here."),
                            this);
    help->setWordWrap(true);
    m_server->setObjectName(QStringLiteral("serverUrl"));
    m_server->setPlaceholderText(QStringLiteral("https://shop.example.com"));
    m_server->setMinimumHeight(ui::kTouchTarget);
    m_code->setObjectName(QStringLiteral("enrolmentCode"));
    m_code->setPlaceholderText(QStringLiteral("ABCDE-FGHJK"));
    m_code->setMinimumHeight(ui::kTouchTarget);
    m_enrol->setMinimumHeight(ui::kTouchTarget);
    m_message->setObjectName(QStringLiteral("enrolmentMessage"));
    m_message->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Server"), m_server);
    form->addRow(tr("Enrolment code"), m_code);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(help);
    layout->addLayout(form);
    layout->addWidget(m_enrol);
    layout->addWidget(m_message);
    layout->addStretch();
    const auto request = [this] {
        emit enrolRequested(m_server->text().trimmed(), m_code->text().trimmed());
    };
    connect(m_enrol, &QPushButton::clicked, this, request);
    connect(m_code, &QLineEdit::returnPressed, this, request);
}

void EnrolmentScreen::fill(const QString& server, const QString& code) {
    m_server->setText(server);
    m_code->setText(code);
}

void EnrolmentScreen::say(const QString& message) {
    m_message->setText(message);
}

void EnrolmentScreen::setBusy(bool busy) {
    m_enrol->setEnabled(!busy);
    if (busy)
        m_message->setText(tr("Asking the server…"));
}

FirstSyncScreen::FirstSyncScreen(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Stop"), this))
    , m_resume(new QPushButton(tr("Go on"), this)) {
    auto* title = new QLabel(tr("Bringing the shop's catalog to this register"), this);
    title->setFont(ui::totalFont());
    title->setWordWrap(true);
    m_label->setObjectName(QStringLiteral("firstSyncLabel"));
    m_label->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("firstSyncProgress"));
    m_progress->setRange(0, 0); // busy until the first page says how far the feed reaches
    m_progress->setMinimumHeight(ui::kTouchTarget);
    m_cancel->setMinimumHeight(ui::kTouchTarget);
    m_resume->setMinimumHeight(ui::kTouchTarget);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_progress);
    layout->addWidget(m_label);
    layout->addWidget(m_cancel);
    layout->addWidget(m_resume);
    layout->addStretch();
    connect(m_cancel, &QPushButton::clicked, this, &FirstSyncScreen::cancelRequested);
    connect(m_resume, &QPushButton::clicked, this, &FirstSyncScreen::resumeRequested);
    m_resume->hide();
}

void FirstSyncScreen::started() {
    m_progress->setRange(0, 0);
    m_cancel->show();
    m_resume->hide();
    m_label->setText(tr("%1 changes so far.").arg(QLocale().toString(m_changes)));
}

void FirstSyncScreen::progressed(qint64 changes) {
    m_changes += changes;
    m_label->setText(tr("%1 changes so far.").arg(QLocale().toString(m_changes)));
}

void FirstSyncScreen::positioned(qint64 cursor, qint64 latest) {
    // Per mille of the log's seqs: a register skips other stores' entries, so the bar may
    // jump ahead; it never goes back.
    constexpr int kSteps = 1000;
    const int reached = latest > 0 ? int(std::min<qint64>(kSteps, cursor * kSteps / latest)) : kSteps;
    m_progress->setRange(0, kSteps);
    m_progress->setValue(std::max(reached, m_progress->value()));
    m_label->setText(tr("%1 changes so far (%2 %).")
                         .arg(QLocale().toString(m_changes), QLocale().toString(m_progress->value() / 10)));
}

void FirstSyncScreen::stopped(const QString& why) {
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_cancel->hide();
    m_resume->show();
    m_label->setText(why);
}

} // namespace tp::pos::app
