#include "ui/ConflictsDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "client/outbox/OutboxMutation.h"
#include "ui/MessageLine.h"

namespace tp::backoffice::ui {

namespace {

QTableWidget* table(QWidget* parent, const char* name, const QStringList& headers) {
    auto* view = new QTableWidget(0, int(headers.size()), parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setHorizontalHeaderLabels(headers);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

QTableWidgetItem* cell(const QString& text) {
    return new QTableWidgetItem(text);
}

} // namespace

ConflictsDialog::ConflictsDialog(ProductEdits& edits, QWidget* parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_conflictList(table(this, "conflicts", {tr("Product"), tr("Server version")}))
    , m_fields(
          table(this, "conflictFields", {tr("Field"), tr("This office"), tr("The server"), tr("Keep this office's")}))
    , m_refusals(table(this, "refusals", {tr("What"), tr("Why")}))
    , m_message(new QLabel(this)) {
    setWindowTitle(tr("Needs attention"));
    resize(900, 640);
    m_message->setObjectName(QStringLiteral("conflictMessage"));
    m_message->setWordWrap(true);
    auto* theirs = new QPushButton(tr("Keep &theirs"), this);
    theirs->setObjectName(QStringLiteral("keepTheirs"));
    auto* mine = new QPushButton(tr("Keep &mine"), this);
    mine->setObjectName(QStringLiteral("keepMine"));
    auto* merged = new QPushButton(tr("&Merge (ticked fields mine)"), this);
    merged->setObjectName(QStringLiteral("mergeConflict"));
    auto* dismiss = new QPushButton(tr("&Dismiss"), this);
    dismiss->setObjectName(QStringLiteral("dismissRefusal"));
    auto* conflictButtons = new QHBoxLayout;
    conflictButtons->addWidget(theirs);
    conflictButtons->addWidget(mine);
    conflictButtons->addWidget(merged);
    conflictButtons->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Products someone else changed first"), this));
    layout->addWidget(m_conflictList, 1);
    layout->addWidget(m_fields, 2);
    layout->addLayout(conflictButtons);
    layout->addWidget(new QLabel(tr("Other changes the server refused"), this));
    layout->addWidget(m_refusals, 1);
    layout->addWidget(dismiss, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addWidget(close);
    connect(m_conflictList, &QTableWidget::currentCellChanged, this, [this](int row) { showConflict(row); });
    connect(theirs, &QPushButton::clicked, this, &ConflictsDialog::keepTheirs);
    connect(mine, &QPushButton::clicked, this, &ConflictsDialog::keepMine);
    connect(merged, &QPushButton::clicked, this, &ConflictsDialog::merge);
    connect(dismiss, &QPushButton::clicked, this, &ConflictsDialog::dismissSelected);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

void ConflictsDialog::refresh() {
    auto conflicts = m_edits.conflicts();
    auto others = m_edits.otherRefusals();
    if (!conflicts || !others) {
        say(QString::fromStdString((!conflicts ? conflicts.error() : others.error()).message), true);
        return;
    }
    m_conflicts = *conflicts;
    m_others = *others;
    m_conflictList->setRowCount(int(m_conflicts.size()));
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const EditConflict& conflict = m_conflicts.at(row);
        QString product = conflict.productId;
        for (const FieldConflict& field : conflict.fields)
            if (field.field == QLatin1String("name"))
                product = field.theirs;
        m_conflictList->setItem(row, 0, cell(product));
        m_conflictList->setItem(row, 1, cell(QString::number(conflict.serverVersion)));
    }
    m_refusals->setRowCount(int(m_others.size()));
    for (int row = 0; row < m_others.size(); ++row) {
        m_refusals->setItem(row, 0, cell(m_others.at(row).type));
        m_refusals->setItem(
            row, 1,
            cell(m_others.at(row).errorMessage.isEmpty() ? m_others.at(row).errorCode : m_others.at(row).errorMessage));
    }
    if (!m_conflicts.isEmpty())
        m_conflictList->setCurrentCell(0, 0);
    else
        showConflict(-1);
    if (m_conflicts.isEmpty() && m_others.isEmpty())
        say(tr("Nothing needs attention."), false);
}

void ConflictsDialog::showConflict(int row) {
    if (row < 0 || row >= m_conflicts.size()) {
        m_fields->setRowCount(0);
        return;
    }
    const EditConflict& conflict = m_conflicts.at(row);
    m_fields->setRowCount(int(conflict.fields.size()));
    for (int i = 0; i < conflict.fields.size(); ++i) {
        const FieldConflict& field = conflict.fields.at(i);
        m_fields->setItem(i, Field, cell(field.field));
        m_fields->setItem(i, Mine, cell(field.mine));
        m_fields->setItem(i, Theirs, cell(field.theirs));
        auto* keep = new QTableWidgetItem;
        keep->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        keep->setCheckState(Qt::Unchecked);
        m_fields->setItem(i, KeepMine, keep);
    }
}

bool ConflictsDialog::resolve(const QStringList& keepMine) {
    const int row = m_conflictList->currentRow();
    if (row < 0 || row >= m_conflicts.size()) {
        say(tr("Choose the product to settle."), true);
        return false;
    }
    if (auto settled = m_edits.resolve(m_conflicts.at(row), keepMine); !settled) {
        say(QString::fromStdString(settled.error().message), true);
        return false;
    }
    say(keepMine.isEmpty()
            ? tr("Settled: the server's values stay.")
            : tr("Settled: %1 sent again on top of the server's version.").arg(keepMine.join(QLatin1String(", "))),
        false);
    refresh();
    emit settled();
    return true;
}

bool ConflictsDialog::keepTheirs() {
    return resolve({});
}

bool ConflictsDialog::keepMine() {
    const int row = m_conflictList->currentRow();
    if (row < 0 || row >= m_conflicts.size())
        return resolve({});
    QStringList all;
    for (const FieldConflict& field : m_conflicts.at(row).fields)
        all << field.field;
    return resolve(all);
}

bool ConflictsDialog::merge() {
    QStringList ticked;
    for (int i = 0; i < m_fields->rowCount(); ++i)
        if (m_fields->item(i, KeepMine)->checkState() == Qt::Checked)
            ticked << m_fields->item(i, Field)->text();
    return resolve(ticked);
}

bool ConflictsDialog::dismissSelected() {
    const int row = m_refusals->currentRow();
    if (row < 0 || row >= m_others.size()) {
        say(tr("Choose the refusal you have read."), true);
        return false;
    }
    if (auto dismissed = m_edits.dismiss(m_others.at(row).mutationId); !dismissed) {
        say(QString::fromStdString(dismissed.error().message), true);
        return false;
    }
    refresh();
    emit settled();
    return true;
}

void ConflictsDialog::say(const QString& message, bool problem) {
    showMessage(m_message, message, problem);
}

} // namespace tp::backoffice::ui
