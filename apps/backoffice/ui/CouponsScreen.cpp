#include "ui/CouponsScreen.h"

#include <QCheckBox>
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

// An empty field is "no limit"; otherwise a whole number of at least 1.
std::optional<std::optional<qint64>> limit(const QString& text) {
    if (text.trimmed().isEmpty())
        return std::optional<qint64>{};
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < 1)
        return std::nullopt;
    return std::optional<qint64>{value};
}

} // namespace

CouponsScreen::CouponsScreen(CouponEdits& coupons, std::function<domain::Currency()> currency, QWidget* parent)
    : QWidget(parent)
    , m_coupons(coupons)
    , m_currency(std::move(currency))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableWidget(0, Columns, this))
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_minimum(new QLineEdit(this))
    , m_hasFrom(new QCheckBox(tr("From"), this))
    , m_from(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_hasUntil(new QCheckBox(tr("Until"), this))
    , m_until(new QDateTimeEdit(QDateTime::currentDateTime().addMonths(1), this))
    , m_maxUses(new QLineEdit(this))
    , m_maxPerCustomer(new QLineEdit(this))
    , m_skus(new QLineEdit(this))
    , m_categories(new QListWidget(this))
    , m_status(new QComboBox(this))
    , m_message(new QLabel(this)) {
    m_filter->setObjectName(QStringLiteral("couponFilter"));
    m_filter->setPlaceholderText(tr("Filter by code or name"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("coupons"));
    setUpListTable(m_table, {tr("Code"), tr("Name"), tr("Value"), tr("Valid"), tr("Status")}, Name);
    m_code->setObjectName(QStringLiteral("couponCode"));
    m_name->setObjectName(QStringLiteral("couponName"));
    m_type->setObjectName(QStringLiteral("couponType"));
    m_type->addItem(tr("Percent off"), QStringLiteral("percent"));
    m_type->addItem(tr("Amount off"), QStringLiteral("fixed"));
    m_value->setObjectName(QStringLiteral("couponValue"));
    m_minimum->setObjectName(QStringLiteral("couponMinimum"));
    m_minimum->setPlaceholderText(tr("No minimum"));
    for (QDateTimeEdit* date : {m_from, m_until})
        date->setCalendarPopup(true);
    m_hasFrom->setObjectName(QStringLiteral("couponHasFrom"));
    m_hasUntil->setObjectName(QStringLiteral("couponHasUntil"));
    m_from->setObjectName(QStringLiteral("couponFrom"));
    m_until->setObjectName(QStringLiteral("couponUntil"));
    m_maxUses->setObjectName(QStringLiteral("couponMaxUses"));
    m_maxUses->setPlaceholderText(tr("No limit"));
    m_maxPerCustomer->setObjectName(QStringLiteral("couponMaxPerCustomer"));
    m_maxPerCustomer->setPlaceholderText(tr("No limit"));
    m_skus->setObjectName(QStringLiteral("couponSkus"));
    m_skus->setPlaceholderText(tr("Every item; or SKUs separated by commas"));
    m_categories->setObjectName(QStringLiteral("couponCategories"));
    m_categories->setMaximumHeight(m_categories->fontMetrics().lineSpacing() * 6);
    m_status->setObjectName(QStringLiteral("couponStatus"));
    m_status->addItem(tr("In use"), QStringLiteral("active"));
    m_status->addItem(tr("Archived"), QStringLiteral("archived"));
    m_message->setObjectName(QStringLiteral("couponMessage"));
    m_message->setWordWrap(true);
    auto* newButton = new QPushButton(tr("&New coupon"), this);
    newButton->setObjectName(QStringLiteral("newCoupon"));
    auto* saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(QStringLiteral("saveCoupon"));
    saveButton->setToolTip(tr("Save (Ctrl+S)"));

    auto* validity = new QHBoxLayout;
    validity->addWidget(m_hasFrom);
    validity->addWidget(m_from);
    validity->addWidget(m_hasUntil);
    validity->addWidget(m_until);
    auto* form = new QFormLayout;
    form->addRow(tr("Code"), m_code);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Kind"), m_type);
    form->addRow(tr("Value"), m_value);
    form->addRow(tr("Minimum order"), m_minimum);
    form->addRow(tr("Valid"), validity);
    form->addRow(tr("Uses in all"), m_maxUses);
    form->addRow(tr("Uses per customer"), m_maxPerCustomer);
    form->addRow(tr("For"), m_skus);
    form->addRow(tr("Or categories"), m_categories);
    form->addRow(tr("Status"), m_status);
    auto* editor = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->addLayout(form);
    editorLayout->addWidget(m_message);
    editorLayout->addWidget(saveButton, 0, Qt::AlignRight);
    editorLayout->addStretch(1);
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
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, this, &CouponsScreen::refresh);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { choose(row); });
    connect(newButton, &QPushButton::clicked, this, &CouponsScreen::newCoupon);
    connect(saveButton, &QPushButton::clicked, this, &CouponsScreen::save);
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, &CouponsScreen::save);
    auto* findKey = new QShortcut(QKeySequence::Find, this);
    connect(findKey, &QShortcut::activated, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    auto* newKey = new QShortcut(QKeySequence::New, this);
    connect(newKey, &QShortcut::activated, this, &CouponsScreen::newCoupon);
    newCoupon();
}

QString CouponsScreen::valueText(const CouponDraft& coupon) const {
    if (coupon.type == QLatin1String("percent"))
        return QLocale().toString(double(coupon.value) / 100.0, 'g', 6) + QStringLiteral(" %");
    auto currency = domain::Currency::fromCode(coupon.currency.toStdString());
    return currency ? client::moneyText(coupon.value, *currency) : QString::number(coupon.value);
}

void CouponsScreen::refresh() {
    auto coupons = m_coupons.list();
    if (!coupons) {
        say(QString::fromStdString(coupons.error().message), true);
        return;
    }
    if (auto categories = m_coupons.categories()) {
        m_categories->clear();
        for (const auto& [id, name] : *categories) {
            auto* item = new QListWidgetItem(name, m_categories);
            item->setData(Qt::UserRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(m_editing.categoryIds.contains(id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    const QString filter = m_filter->text().trimmed();
    m_list.clear();
    for (const CouponDraft& coupon : *coupons)
        if (filter.isEmpty() || coupon.code.contains(filter, Qt::CaseInsensitive) ||
            coupon.name.contains(filter, Qt::CaseInsensitive))
            m_list << coupon;
    QSignalBlocker quiet(m_table);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_list.size()));
    for (int row = 0; row < m_list.size(); ++row) {
        const CouponDraft& coupon = m_list.at(row);
        QString valid;
        if (coupon.validFrom || coupon.validUntil)
            valid = tr("%1 – %2").arg(
                coupon.validFrom ? QLocale().toString(coupon.validFrom->date(), QLocale::ShortFormat) : QString(),
                coupon.validUntil ? QLocale().toString(coupon.validUntil->date(), QLocale::ShortFormat) : QString());
        auto* code = new SortableItem(coupon.code, coupon.code);
        code->setData(Qt::UserRole + 1, row); // the row of m_list, whatever the sort
        m_table->setItem(row, Code, code);
        m_table->setItem(row, Name, new SortableItem(coupon.name, coupon.name));
        m_table->setItem(row, Value, new SortableItem(valueText(coupon), coupon.value, true));
        m_table->setItem(
            row, Valid,
            new SortableItem(valid, coupon.validUntil ? coupon.validUntil->toString(Qt::ISODate) : QString()));
        m_table->setItem(
            row, Status,
            new SortableItem(coupon.status == QLatin1String("active") ? tr("In use") : tr("Archived"), coupon.status));
    }
    m_table->setSortingEnabled(true);
}

void CouponsScreen::choose(int row) {
    if (row < 0 || !m_table->item(row, Code))
        return;
    const int index = m_table->item(row, Code)->data(Qt::UserRole + 1).toInt();
    if (index >= 0 && index < m_list.size())
        showCoupon(m_list.at(index));
}

void CouponsScreen::newCoupon() {
    CouponDraft coupon;
    coupon.currency = QString::fromStdString(m_currency().code());
    showCoupon(coupon);
    m_code->setFocus();
}

void CouponsScreen::showCoupon(const CouponDraft& coupon) {
    m_editing = coupon;
    const auto currency = domain::Currency::fromCode(
        (coupon.currency.isEmpty() ? QString::fromStdString(m_currency().code()) : coupon.currency).toStdString());
    m_code->setText(coupon.code);
    m_name->setText(coupon.name);
    m_type->setCurrentIndex(std::max(0, m_type->findData(coupon.type)));
    if (coupon.id.isEmpty())
        m_value->clear();
    else
        m_value->setText(
            coupon.type == QLatin1String("percent")
                ? QLocale().toString(double(coupon.value) / 100.0, 'g', 6)
                : (currency ? client::amountText(coupon.value, *currency) : QString::number(coupon.value)));
    m_minimum->setText(coupon.minimumOrder > 0 && currency ? client::amountText(coupon.minimumOrder, *currency)
                                                           : QString());
    m_hasFrom->setChecked(coupon.validFrom.has_value());
    m_hasUntil->setChecked(coupon.validUntil.has_value());
    if (coupon.validFrom)
        m_from->setDateTime(coupon.validFrom->toLocalTime());
    if (coupon.validUntil)
        m_until->setDateTime(coupon.validUntil->toLocalTime());
    m_maxUses->setText(coupon.maxRedemptions ? QString::number(*coupon.maxRedemptions) : QString());
    m_maxPerCustomer->setText(coupon.maxRedemptionsPerCustomer ? QString::number(*coupon.maxRedemptionsPerCustomer)
                                                               : QString());
    m_skus->setText(coupon.skus.join(QLatin1String(", ")));
    for (int i = 0; i < m_categories->count(); ++i) {
        QListWidgetItem* item = m_categories->item(i);
        item->setCheckState(coupon.categoryIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                             : Qt::Unchecked);
    }
    m_status->setCurrentIndex(std::max(0, m_status->findData(coupon.status)));
    say(coupon.id.isEmpty() ? tr("A new coupon.") : QString(), false);
}

bool CouponsScreen::readForm(CouponDraft& coupon) {
    coupon.code = m_code->text();
    coupon.name = m_name->text().trimmed();
    coupon.type = m_type->currentData().toString();
    if (coupon.currency.isEmpty())
        coupon.currency = QString::fromStdString(m_currency().code());
    const auto currency = domain::Currency::fromCode(coupon.currency.toStdString());
    if (!currency) {
        say(tr("The coupon's currency %1 is unknown here.").arg(coupon.currency), true);
        return false;
    }
    if (coupon.type == QLatin1String("percent")) {
        QString typed = m_value->text().trimmed();
        if (!typed.endsWith(QLatin1Char('%')))
            typed += QLatin1Char('%');
        auto percent = client::TypedInput::discount(typed, *currency);
        if (!percent) {
            say(QString::fromStdString(percent.error().message), true);
            return false;
        }
        coupon.value = percent->value;
    } else {
        auto amount = client::TypedInput::money(m_value->text(), *currency);
        if (!amount) {
            say(QString::fromStdString(amount.error().message), true);
            return false;
        }
        coupon.value = *amount;
    }
    if (m_minimum->text().trimmed().isEmpty()) {
        coupon.minimumOrder = 0;
    } else {
        auto minimum = client::TypedInput::money(m_minimum->text(), *currency);
        if (!minimum) {
            say(tr("Minimum order: %1").arg(QString::fromStdString(minimum.error().message)), true);
            return false;
        }
        coupon.minimumOrder = *minimum;
    }
    coupon.validFrom = m_hasFrom->isChecked() ? std::optional<QDateTime>(m_from->dateTime().toUTC()) : std::nullopt;
    coupon.validUntil = m_hasUntil->isChecked() ? std::optional<QDateTime>(m_until->dateTime().toUTC()) : std::nullopt;
    const auto uses = limit(m_maxUses->text());
    const auto perCustomer = limit(m_maxPerCustomer->text());
    if (!uses || !perCustomer) {
        say(tr("A limit is a whole number of uses, at least 1; leave it empty for none."), true);
        return false;
    }
    coupon.maxRedemptions = *uses;
    coupon.maxRedemptionsPerCustomer = *perCustomer;
    coupon.skus.clear();
    for (const QString& sku : m_skus->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!sku.trimmed().isEmpty())
            coupon.skus << sku.trimmed();
    coupon.categoryIds.clear();
    for (int i = 0; i < m_categories->count(); ++i)
        if (m_categories->item(i)->checkState() == Qt::Checked)
            coupon.categoryIds << m_categories->item(i)->data(Qt::UserRole).toString();
    coupon.status = m_status->currentData().toString();
    return true;
}

bool CouponsScreen::save() {
    CouponDraft coupon = m_editing;
    if (!readForm(coupon))
        return false;
    auto saved = m_coupons.save(coupon);
    if (!saved) {
        say(QString::fromStdString(saved.error().message), true);
        return false;
    }
    refresh();
    for (const CouponDraft& listed : std::as_const(m_list))
        if (listed.id == *saved)
            showCoupon(listed);
    say(tr("Saved. The registers know the coupon after their next sync."), false);
    return true;
}

void CouponsScreen::say(const QString& message, bool problem) {
    showMessage(m_message, message, problem);
}

} // namespace tp::backoffice::ui
