#include "ui/ReceiptTemplateEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

#include "DocumentPrinting.h"
#include "PrinterProfile.h"
#include "ReceiptLayout.h"
#include "domain/pricing/TicketPricing.h"
#include "domain/tax/TaxTable.h"
#include "ui/MessageLine.h"

namespace tp::backoffice::ui {

namespace {

// A sale like any: two mugs and a tee at the standard rate, paid by card.
pos::devices::ReceiptData sampleReceipt(const domain::Currency& currency) {
    domain::Ticket ticket{currency, {}, {}, std::nullopt, {}, {}};
    ticket.lines.push_back({"MUG-1", {}, "standard", 1250 * currency.minorPerMajor() / 100, 2000, {}});
    ticket.lines.push_back({"TEE-1", {}, "standard", 1990 * currency.minorPerMajor() / 100, 1000, {}});
    domain::TaxTable taxes;
    (void)taxes.setRate("standard", 1900);
    auto priced = domain::priceTicket(ticket, taxes, domain::TaxPolicy{});
    pos::devices::ReceiptData receipt;
    receipt.currency = currency;
    receipt.receiptNumber = QStringLiteral("B1-R1-000123");
    receipt.issuedAt = QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    receipt.cashier = ReceiptTemplateEditor::tr("Sample cashier");
    if (!priced)
        return receipt;
    const QStringList names{ReceiptTemplateEditor::tr("Mug"), ReceiptTemplateEditor::tr("Organic tee")};
    for (std::size_t i = 0; i < ticket.lines.size(); ++i)
        receipt.lines << pos::devices::ReceiptLine{
            names.at(qsizetype(i)), ticket.lines[i].qtyMilli, ticket.lines[i].unitPrice, false, QString(),
            priced->lines[i]};
    receipt.totals = priced->totals;
    receipt.vat = priced->vat;
    receipt.tenders << pos::devices::ReceiptTender{ReceiptTemplateEditor::tr("Card"), priced->totals.total};
    return receipt;
}

} // namespace

ReceiptTemplateEditor::ReceiptTemplateEditor(StoreSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_store(new QComboBox(this))
    , m_paper(new QComboBox(this))
    , m_header(new QPlainTextEdit(this))
    , m_footer(new QPlainTextEdit(this))
    , m_preview(new QLabel(this))
    , m_message(new QLabel(this)) {
    m_store->setObjectName(QStringLiteral("receiptStore"));
    m_paper->setObjectName(QStringLiteral("receiptPaper"));
    for (const pos::devices::PrinterProfile& profile : pos::devices::PrinterProfile::builtIn())
        m_paper->addItem(tr("%1 characters a line (%2)").arg(profile.columns).arg(profile.id), profile.id);
    m_header->setObjectName(QStringLiteral("receiptHeader"));
    m_header->setPlaceholderText(tr("Address, VAT number, phone — one per line"));
    m_footer->setObjectName(QStringLiteral("receiptFooter"));
    m_footer->setPlaceholderText(tr("Thank you, return policy, opening hours — one per line"));
    m_preview->setObjectName(QStringLiteral("receiptPreview"));
    m_preview->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_message->setObjectName(QStringLiteral("receiptMessage"));
    m_message->setWordWrap(true);
    auto* saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(QStringLiteral("saveReceipt"));
    saveButton->setToolTip(tr("Save (Ctrl+S)"));
    auto* form = new QFormLayout;
    form->addRow(tr("Store"), m_store);
    form->addRow(tr("Paper"), m_paper);
    form->addRow(tr("Header"), m_header);
    form->addRow(tr("Footer"), m_footer);
    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_message);
    left->addWidget(saveButton, 0, Qt::AlignRight);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_preview);
    scroll->setWidgetResizable(true);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(scroll, 1);
    connect(m_store, &QComboBox::currentIndexChanged, this, &ReceiptTemplateEditor::chooseStore);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ReceiptTemplateEditor::updatePreview);
    connect(m_header, &QPlainTextEdit::textChanged, this, &ReceiptTemplateEditor::updatePreview);
    connect(m_footer, &QPlainTextEdit::textChanged, this, &ReceiptTemplateEditor::updatePreview);
    connect(saveButton, &QPushButton::clicked, this, &ReceiptTemplateEditor::save);
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, &ReceiptTemplateEditor::save);
}

void ReceiptTemplateEditor::refresh() {
    auto stores = m_settings.stores();
    if (!stores) {
        say(QString::fromStdString(stores.error().message), true);
        return;
    }
    const QString chosen = m_store->currentData().toString();
    m_stores = *stores;
    QSignalBlocker quiet(m_store);
    m_store->clear();
    for (const StoreReceiptTexts& store : std::as_const(m_stores))
        m_store->addItem(store.name, store.storeId);
    const int index = std::max(0, m_store->findData(chosen));
    m_store->setCurrentIndex(index);
    chooseStore(index);
}

void ReceiptTemplateEditor::chooseStore(int index) {
    if (index < 0 || index >= m_stores.size())
        return;
    const StoreReceiptTexts& store = m_stores.at(index);
    QSignalBlocker quietHeader(m_header);
    QSignalBlocker quietFooter(m_footer);
    m_header->setPlainText(store.header);
    m_footer->setPlainText(store.footer);
    updatePreview();
}

void ReceiptTemplateEditor::updatePreview() {
    const int index = m_store->currentIndex();
    if (index < 0 || index >= m_stores.size())
        return;
    const StoreReceiptTexts& store = m_stores.at(index);
    auto currency = domain::Currency::fromCode(store.currency.toStdString());
    const pos::devices::ReceiptLayout layout(
        pos::devices::ReceiptTemplate::forStore(store.name, m_header->toPlainText(), m_footer->toPlainText()),
        QLocale());
    const pos::devices::PrinterProfile profile = pos::devices::PrinterProfile::named(m_paper->currentData().toString())
                                                     .value_or(pos::devices::PrinterProfile::defaultProfile());
    const auto document =
        layout.layout(sampleReceipt(currency ? *currency : *domain::Currency::fromCode("EUR")), profile.columns);
    m_previewImage = pos::devices::renderPreview(document, profile);
    m_preview->setPixmap(QPixmap::fromImage(m_previewImage));
}

bool ReceiptTemplateEditor::save() {
    const int index = m_store->currentIndex();
    if (index < 0 || index >= m_stores.size())
        return false;
    auto saved = m_settings.saveReceiptTexts(m_stores.at(index), m_header->toPlainText().trimmed(),
                                             m_footer->toPlainText().trimmed());
    if (!saved) {
        say(QString::fromStdString(saved.error().message), true);
        return false;
    }
    refresh();
    say(tr("Saved. The registers print it after their next sync."), false);
    return true;
}

void ReceiptTemplateEditor::say(const QString& message, bool problem) {
    showMessage(m_message, message, problem);
}

} // namespace tp::backoffice::ui
