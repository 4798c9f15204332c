#include "ui/ProductEditorDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include "client/MoneyText.h"
#include "client/TypedInput.h"
#include "models/ProductEditor.h"
#include "ui/MessageLine.h"
#include "ui/ProductImagesEditor.h"

namespace tp::backoffice::ui {

namespace {

QStringList splitList(const QString& text) {
    QStringList parts;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        parts << part.trimmed();
    return parts;
}

QStringList splitValues(const QString& text) {
    QStringList values;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            values << part.trimmed();
    return values;
}

} // namespace

ProductEditorDialog::ProductEditorDialog(ProductEditor& editor, ProductDocument product, QWidget* parent,
                                         ProductImages* images, ImageSync* imageSync)
    : QDialog(parent)
    , m_editor(editor)
    , m_saved(product)
    , m_working(product)
    , m_sku(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_status(new QComboBox(this))
    , m_price(new QLineEdit(this))
    , m_template(new QComboBox(this))
    , m_attributes(new QFormLayout)
    , m_variants(new QTableWidget(0, VariantColumns, this))
    , m_storePrices(new QTableWidget(0, 3, this))
    , m_message(new QLabel(this)) {
    if (auto currency = domain::Currency::fromCode(product.currency.toStdString()))
        m_currency = *currency;
    else
        m_currency = *domain::Currency::fromCode("EUR");
    resize(960, 720);
    m_sku->setObjectName(QStringLiteral("sku"));
    m_name->setObjectName(QStringLiteral("name"));
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 5); // the variants need the room
    m_status->setObjectName(QStringLiteral("status"));
    m_status->addItem(tr("Draft"), QStringLiteral("draft"));
    m_status->addItem(tr("Active"), QStringLiteral("active"));
    m_status->addItem(tr("Archived"), QStringLiteral("archived"));
    m_price->setObjectName(QStringLiteral("price"));
    m_message->setObjectName(QStringLiteral("editorMessage"));
    m_message->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&SKU"), m_sku);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Description"), m_description);
    form->addRow(tr("S&tatus"), m_status);
    form->addRow(tr("&Price (%1)").arg(product.currency), m_price);
    if (images) {
        m_images = new ProductImagesEditor(*images, imageSync, this);
        form->addRow(tr("Images"), m_images);
        connect(m_images, &ProductImagesEditor::problem, this, [this](const QString& message) { say(message, true); });
    }
    m_template->setObjectName(QStringLiteral("attributeTemplate"));
    m_template->addItem(tr("No template"), QString());
    if (auto templates = m_editor.templates()) {
        m_templates = *templates;
        for (const AttributeTemplate& set : std::as_const(m_templates))
            m_template->addItem(set.name, set.id);
    }
    form->addRow(tr("Te&mplate"), m_template);
    form->addRow(m_attributes);

    auto* options = new QGroupBox(tr("Options (values separated by commas)"), this);
    auto* optionGrid = new QGridLayout(options);
    for (int k = 0; k < kOptionRows; ++k) {
        auto* name = new QLineEdit(options);
        name->setObjectName(QStringLiteral("option%1Name").arg(k + 1));
        name->setPlaceholderText(k == 0 ? tr("e.g. Size") : k == 1 ? tr("e.g. Colour") : QString());
        auto* values = new QLineEdit(options);
        values->setObjectName(QStringLiteral("option%1Values").arg(k + 1));
        values->setPlaceholderText(k == 0 ? tr("e.g. S, M, L") : k == 1 ? tr("e.g. Red, Blue") : QString());
        optionGrid->addWidget(name, k, 0);
        optionGrid->addWidget(values, k, 1);
        m_optionNames << name;
        m_optionValues << values;
    }
    optionGrid->setColumnStretch(1, 3);
    auto* make = new QPushButton(tr("&Make variants"), options);
    make->setObjectName(QStringLiteral("makeVariants"));
    optionGrid->addWidget(make, kOptionRows, 1, Qt::AlignRight);

    m_variants->setObjectName(QStringLiteral("variants"));
    m_variants->setHorizontalHeaderLabels({tr("SKU"), tr("Options"), tr("Own price"), tr("Barcodes"), tr("Sold")});
    m_variants->horizontalHeader()->setSectionResizeMode(VariantBarcodes, QHeaderView::Stretch);
    m_variants->verticalHeader()->hide();
    m_variants->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_variants->setSelectionMode(QAbstractItemView::SingleSelection);
    m_storePrices->setObjectName(QStringLiteral("storePrices"));
    m_storePrices->setHorizontalHeaderLabels({tr("SKU"), tr("Store"), tr("Price in the store")});
    m_storePrices->horizontalHeader()->setStretchLastSection(true);
    m_storePrices->verticalHeader()->hide();
    auto* barcode = new QPushButton(tr("New in-store &barcode"), this);
    barcode->setObjectName(QStringLiteral("newBarcode"));
    barcode->setToolTip(tr("Gives the selected variant a new EAN-13 for goods without one (GS1 in-store "
                           "prefix 20)."));

    auto* buttons = new QDialogButtonBox(this);
    auto* saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("saveProduct"));
    saveButton->setToolTip(tr("Save (Ctrl+S)"));
    auto* archive = buttons->addButton(tr("&Archive"), QDialogButtonBox::ActionRole);
    archive->setObjectName(QStringLiteral("archiveProduct"));
    auto* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeProduct"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(options);
    layout->addWidget(m_variants, 1);
    layout->addWidget(barcode, 0, Qt::AlignLeft);
    layout->addWidget(new QLabel(tr("Prices per store (empty: the usual price)"), this));
    layout->addWidget(m_storePrices);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_template, &QComboBox::currentIndexChanged, this, [this] {
        ProductDocument product = m_working;
        readTemplate(product); // keeps what was typed for attributes the new template shares
        product.attributeSetId = m_template->currentData().toString();
        showTemplate(product);
    });
    connect(make, &QPushButton::clicked, this, &ProductEditorDialog::makeVariants);
    connect(barcode, &QPushButton::clicked, this, &ProductEditorDialog::newBarcode);
    connect(saveButton, &QPushButton::clicked, this, &ProductEditorDialog::save);
    connect(archive, &QPushButton::clicked, this, [this] {
        m_status->setCurrentIndex(m_status->findData(QStringLiteral("archived")));
        save();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, &ProductEditorDialog::save);
    showProduct(product);
}

void ProductEditorDialog::showProduct(const ProductDocument& product) {
    setWindowTitle(product.isNew() ? tr("New product") : tr("Product %1").arg(product.name));
    m_sku->setText(product.sku);
    m_name->setText(product.name);
    m_description->setPlainText(product.description);
    if (m_images)
        m_images->setImages(product.images);
    m_status->setCurrentIndex(std::max(0, m_status->findData(product.status)));
    m_price->setText(product.isNew() && product.price == 0 ? QString()
                                                           : client::amountText(product.price, *m_currency));
    {
        QSignalBlocker quiet(m_template);
        m_template->setCurrentIndex(std::max(0, m_template->findData(product.attributeSetId)));
    }
    showTemplate(product);
    for (int k = 0; k < kOptionRows; ++k) {
        m_optionNames[k]->setText(k < product.options.size() ? product.options.at(k).name : QString());
        m_optionValues[k]->setText(k < product.options.size() ? product.options.at(k).values.join(QLatin1String(", "))
                                                              : QString());
    }
    showVariants(product);
}

void ProductEditorDialog::showVariants(const ProductDocument& product) {
    m_variants->setRowCount(int(product.variants.size()));
    for (int row = 0; row < product.variants.size(); ++row) {
        const VariantDraft& variant = product.variants.at(row);
        QStringList options;
        for (const ProductOptionDraft& option : product.options)
            options << variant.options.value(option.name);
        auto* sku = new QTableWidgetItem(product.isSimple() ? product.sku : variant.sku);
        if (product.isSimple())
            sku->setFlags(sku->flags() & ~Qt::ItemIsEditable); // the product's own
        auto* optionCell = new QTableWidgetItem(options.join(QLatin1String(" / ")));
        optionCell->setFlags(optionCell->flags() & ~Qt::ItemIsEditable);
        auto* price = new QTableWidgetItem(variant.price ? client::amountText(*variant.price, *m_currency) : QString());
        if (product.isSimple())
            price->setFlags(price->flags() & ~Qt::ItemIsEditable);
        auto* sold = new QTableWidgetItem;
        sold->setFlags((sold->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
        sold->setCheckState(variant.status == QLatin1String("archived") ? Qt::Unchecked : Qt::Checked);
        m_variants->setItem(row, VariantSku, sku);
        m_variants->setItem(row, VariantOptions, optionCell);
        m_variants->setItem(row, VariantPrice, price);
        m_variants->setItem(row, VariantBarcodes, new QTableWidgetItem(variant.barcodes.join(QLatin1String(", "))));
        m_variants->setItem(row, VariantSold, sold);
    }
    showStorePrices(product);
}

void ProductEditorDialog::showStorePrices(const ProductDocument& product) {
    const QStringList stores = product.storeCurrencies.keys();
    m_storePrices->setRowCount(int(product.variants.size() * stores.size()));
    int row = 0;
    for (const VariantDraft& variant : product.variants)
        for (const QString& store : stores) {
            auto* sku = new QTableWidgetItem(product.isSimple() ? product.sku : variant.sku);
            sku->setFlags(sku->flags() & ~Qt::ItemIsEditable);
            auto* name = new QTableWidgetItem(
                QStringLiteral("%1 (%2)").arg(product.storeNames.value(store), product.storeCurrencies.value(store)));
            name->setFlags(name->flags() & ~Qt::ItemIsEditable);
            name->setData(Qt::UserRole, store);
            QString price;
            if (variant.storePrices.contains(store))
                if (auto currency = domain::Currency::fromCode(product.storeCurrencies.value(store).toStdString()))
                    price = client::amountText(variant.storePrices.value(store), *currency);
            m_storePrices->setItem(row, 0, sku);
            m_storePrices->setItem(row, 1, name);
            m_storePrices->setItem(row, 2, new QTableWidgetItem(price));
            ++row;
        }
}

bool ProductEditorDialog::readStorePrices(ProductDocument& product) {
    const QStringList stores = product.storeCurrencies.keys();
    if (stores.isEmpty())
        return true; // no stores known here (yet): the prices stay as they are
    for (qsizetype v = 0; v < product.variants.size(); ++v) {
        VariantDraft& variant = product.variants[v];
        variant.storePrices.clear();
        for (qsizetype k = 0; k < stores.size(); ++k) {
            const QTableWidgetItem* cell = m_storePrices->item(int(v * stores.size() + k), 2);
            const QString typed = cell ? cell->text().trimmed() : QString();
            if (typed.isEmpty())
                continue;
            auto currency = domain::Currency::fromCode(product.storeCurrencies.value(stores.at(k)).toStdString());
            auto amount = currency ? client::TypedInput::money(typed, *currency)
                                   : domain::Result<qint64>(domain::makeError("invalid_amount", "no currency"));
            if (!amount) {
                say(tr("%1 in %2: %3")
                        .arg(variant.sku, product.storeNames.value(stores.at(k)),
                             QString::fromStdString(amount.error().message)),
                    true);
                return false;
            }
            variant.storePrices.insert(stores.at(k), *amount);
        }
    }
    return true;
}

void ProductEditorDialog::showTemplate(const ProductDocument& product) {
    while (m_attributes->rowCount() > 0)
        m_attributes->removeRow(0);
    const auto set = std::find_if(m_templates.begin(), m_templates.end(),
                                  [&](const AttributeTemplate& t) { return t.id == product.attributeSetId; });
    if (set == m_templates.end())
        return;
    for (const AttributeField& field : set->fields) {
        const QJsonValue value = product.attributes.value(field.code);
        QWidget* editor = nullptr;
        if (field.type == QLatin1String("boolean")) {
            auto* box = new QCheckBox(this);
            box->setChecked(value.toBool());
            editor = box;
        } else if (field.type == QLatin1String("enum")) {
            auto* choice = new QComboBox(this);
            choice->addItem(QString(), QString());
            for (const QString& allowed : field.values)
                choice->addItem(allowed, allowed);
            choice->setCurrentIndex(std::max(0, choice->findData(value.toString())));
            editor = choice;
        } else {
            auto* line = new QLineEdit(this);
            line->setText(value.isDouble() ? QString::number(value.toInteger()) : value.toString());
            editor = line;
        }
        editor->setObjectName(QStringLiteral("attribute_%1").arg(field.code));
        m_attributes->addRow((field.name.isEmpty() ? field.code : field.name) +
                                 (field.required ? QStringLiteral(" *") : QString()),
                             editor);
    }
}

bool ProductEditorDialog::readTemplate(ProductDocument& product) {
    product.attributeSetId = m_template->currentData().toString();
    product.attributes = QJsonObject{};
    const auto set = std::find_if(m_templates.begin(), m_templates.end(),
                                  [&](const AttributeTemplate& t) { return t.id == product.attributeSetId; });
    if (set == m_templates.end())
        return true;
    for (const AttributeField& field : set->fields) {
        QWidget* editor = findChild<QWidget*>(QStringLiteral("attribute_%1").arg(field.code));
        if (auto* box = qobject_cast<QCheckBox*>(editor)) {
            product.attributes.insert(field.code, box->isChecked());
        } else if (auto* choice = qobject_cast<QComboBox*>(editor)) {
            if (!choice->currentData().toString().isEmpty())
                product.attributes.insert(field.code, choice->currentData().toString());
        } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
            const QString typed = line->text().trimmed();
            if (typed.isEmpty())
                continue;
            if (field.type == QLatin1String("integer")) {
                bool ok = false;
                const qint64 number = typed.toLongLong(&ok);
                if (!ok) {
                    say(tr("%1 is a whole number.").arg(field.name.isEmpty() ? field.code : field.name), true);
                    return false;
                }
                product.attributes.insert(field.code, number);
            } else {
                product.attributes.insert(field.code, typed);
            }
        }
    }
    return true;
}

bool ProductEditorDialog::readForm(ProductDocument& product) {
    product.sku = m_sku->text().trimmed();
    product.name = m_name->text();
    product.description = m_description->toPlainText();
    product.status = m_status->currentData().toString();
    if (m_images)
        product.images = m_images->images();
    auto price = client::TypedInput::money(m_price->text().trimmed().isEmpty() ? QStringLiteral("0") : m_price->text(),
                                           *m_currency);
    if (!price) {
        say(tr("Price: %1").arg(QString::fromStdString(price.error().message)), true);
        m_price->setFocus();
        return false;
    }
    product.price = *price;
    if (!readTemplate(product))
        return false;
    product.options.clear();
    for (int k = 0; k < kOptionRows; ++k) {
        const QString name = m_optionNames[k]->text().trimmed();
        const QStringList values = splitValues(m_optionValues[k]->text());
        if (!name.isEmpty() || !values.isEmpty())
            product.options << ProductOptionDraft{name, values};
    }
    return true;
}

bool ProductEditorDialog::readVariants(ProductDocument& product) {
    for (int row = 0; row < m_variants->rowCount() && row < product.variants.size(); ++row) {
        VariantDraft& variant = product.variants[row];
        variant.sku = m_variants->item(row, VariantSku)->text().trimmed();
        const QString typed = m_variants->item(row, VariantPrice)->text().trimmed();
        if (typed.isEmpty()) {
            variant.price.reset();
        } else {
            auto price = client::TypedInput::money(typed, *m_currency);
            if (!price) {
                say(tr("Variant %1: %2").arg(variant.sku, QString::fromStdString(price.error().message)), true);
                m_variants->setCurrentCell(row, VariantPrice);
                return false;
            }
            variant.price = *price;
        }
        variant.barcodes = splitList(m_variants->item(row, VariantBarcodes)->text());
        variant.status = m_variants->item(row, VariantSold)->checkState() == Qt::Checked ? QStringLiteral("active")
                                                                                         : QStringLiteral("archived");
    }
    return true;
}

void ProductEditorDialog::makeVariants() {
    // What was typed into the table so far is kept for the combinations that stay.
    ProductDocument product = m_working;
    if (!readForm(product) || !readVariants(product) || !readStorePrices(product))
        return;
    if (auto made = m_editor.generateVariants(product); !made) {
        say(QString::fromStdString(made.error().message), true);
        return;
    }
    m_working = product;
    showVariants(product);
    say(tr("%1 variants. Set their prices and barcodes, then save.").arg(product.variants.size()), false);
}

void ProductEditorDialog::newBarcode() {
    const int row = m_variants->currentRow();
    if (row < 0) {
        say(tr("Select the variant that needs a barcode."), true);
        return;
    }
    ProductDocument product = m_working;
    if (!readVariants(product))
        return;
    auto code = m_editor.newInStoreBarcode(product);
    if (!code) {
        say(QString::fromStdString(code.error().message), true);
        return;
    }
    QTableWidgetItem* cell = m_variants->item(row, VariantBarcodes);
    QStringList codes = splitList(cell->text());
    codes << *code;
    cell->setText(codes.join(QLatin1String(", ")));
    say(tr("Barcode %1 given to %2.").arg(*code, m_variants->item(row, VariantSku)->text()), false);
}

bool ProductEditorDialog::save() {
    ProductDocument product = m_working;
    if (!readForm(product) || !readVariants(product) || !readStorePrices(product))
        return false;
    // Options changed without "Make variants": the variants follow them now.
    QList<ProductOptionDraft> before = m_working.options;
    if (product.options != before) {
        if (auto made = m_editor.generateVariants(product); !made) {
            say(QString::fromStdString(made.error().message), true);
            return false;
        }
    }
    if (auto saved = m_editor.save(m_saved, product); !saved) {
        say(QString::fromStdString(saved.error().message), true);
        return false;
    }
    auto reloaded = m_editor.load(product.id);
    m_saved = reloaded ? *reloaded : product;
    m_working = m_saved;
    showProduct(m_saved);
    say(tr("Saved. The change reaches the server with the next sync."), false);
    emit saved(m_saved.id);
    return true;
}

void ProductEditorDialog::say(const QString& message, bool problem) {
    showMessage(m_message, message, problem);
}

} // namespace tp::backoffice::ui
