#include "register/Sale.h"

#include "domain/pricing/LoyaltyPoints.h"

#include <QJsonArray>

#include "domain/pricing/TicketPricing.h"

namespace tp::pos {

namespace {

domain::Error refusal(const char* code, const QString& message) {
    return domain::makeError(code, message.toStdString());
}

// The tender methods by their names in order.create (API.md).
constexpr std::pair<Sale::Tender::Method, const char*> kMethodNames[] = {
    {Sale::Tender::Method::Cash, "cash"},
    {Sale::Tender::Method::Card, "card"},
    {Sale::Tender::Method::GiftCard, "gift_card"},
    {Sale::Tender::Method::StoreCredit, "store_credit"},
};

QString methodName(Sale::Tender::Method method) {
    for (const auto& [known, name] : kMethodNames)
        if (known == method)
            return QString::fromLatin1(name);
    return QStringLiteral("cash");
}

std::optional<Sale::Tender::Method> methodNamed(const QString& text) {
    for (const auto& [method, name] : kMethodNames)
        if (text == QLatin1String(name))
            return method;
    return std::nullopt;
}

QJsonObject discountJson(domain::Discount discount) {
    if (discount.isNone())
        return {};
    return QJsonObject{{"kind", discount.kind == domain::Discount::Kind::Percent ? QStringLiteral("percent")
                                                                                 : QStringLiteral("amount")},
                       {"value", qint64(discount.value)}};
}

std::optional<domain::Discount> discountFromJson(const QJsonValue& value) {
    const QJsonObject json = value.toObject();
    if (json.isEmpty())
        return domain::Discount::none();
    const qint64 amount = json.value(QLatin1String("value")).toInteger(-1);
    if (amount < 0)
        return std::nullopt;
    const QString kind = json.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("percent"))
        return domain::Discount::percent(amount);
    if (kind == QLatin1String("amount"))
        return domain::Discount::amount(amount);
    return std::nullopt;
}

std::optional<Sale::Line> lineFromJson(const QJsonValue& value) {
    const QJsonObject json = value.toObject();
    const auto text = [&](const char* key) {
        return json.value(QLatin1String(key)).toString();
    };
    const auto discount = discountFromJson(json.value(QLatin1String("discount")));
    const qint64 qty = json.value(QLatin1String("qty_milli")).toInteger(0);
    const QJsonValue price = json.value(QLatin1String("unit_price"));
    if (!discount || qty == 0 || !price.isDouble() || text("sku").isEmpty())
        return std::nullopt;
    QStringList categories;
    for (const QJsonValue& category : json.value(QLatin1String("category_ids")).toArray())
        categories << category.toString();
    Sale::Line line{SellableItem{text("variant_id"), text("product_id"), text("sku"), text("name"), text("tax_class"),
                                 price.toInteger(), text("currency"), categories, text("campaign_id"),
                                 json.value(QLatin1String("regular_price")).toInteger()},
                    qty, *discount, std::nullopt, QString()};
    const QJsonValue listPrice = json.value(QLatin1String("list_price"));
    if (listPrice.isDouble()) {
        line.listPrice = listPrice.toInteger();
        line.overrideReason = text("override_reason");
    }
    return line;
}

// What the coupon took off a priced ticket, over all its lines.
qint64 couponShare(const domain::PricedTicket& ticket) {
    qint64 off = 0;
    for (const domain::PricedLine& line : ticket.lines)
        off += line.couponDiscount;
    return off;
}

bool isCouponRefusal(const domain::Error& error) {
    return error.code.rfind("coupon_", 0) == 0;
}

} // namespace

QJsonObject Sale::lineJson(const Line& line) {
    QJsonObject json{{"variant_id", line.item.variantId},
                     {"product_id", line.item.productId},
                     {"sku", line.item.sku},
                     {"name", line.item.name},
                     {"tax_class", line.item.taxClass},
                     {"unit_price", line.item.unitPrice},
                     {"currency", line.item.currency},
                     {"qty_milli", line.qtyMilli},
                     {"discount", discountJson(line.discount)}};
    if (!line.item.categoryIds.isEmpty())
        json.insert(QStringLiteral("category_ids"), QJsonArray::fromStringList(line.item.categoryIds));
    if (!line.item.campaignId.isEmpty()) {
        json.insert(QStringLiteral("campaign_id"), line.item.campaignId);
        json.insert(QStringLiteral("regular_price"), line.item.regularPrice);
    }
    if (line.listPrice) {
        json.insert(QStringLiteral("list_price"), *line.listPrice);
        json.insert(QStringLiteral("override_reason"), line.overrideReason);
    }
    return json;
}

QJsonObject Sale::toJson() const {
    QJsonArray lines;
    for (const Line& line : m_lines)
        lines.append(lineJson(line));
    QJsonArray voided;
    for (const VoidedLine& line : m_voided)
        voided.append(QJsonObject{{"line", lineJson(line.line)}, {"reason", line.reason}});
    QJsonObject json{{"store_id", m_store.storeId},
                     {"lines", lines},
                     {"ticket_discount", discountJson(m_ticketDiscount)},
                     {"voided", voided}};
    if (!m_customerId.isEmpty())
        json.insert("customer", QJsonObject{{"id", m_customerId}, {"name", m_customerName}});
    if (m_coupon)
        json.insert("coupon", m_coupon->toJson());
    return json;
}

QJsonObject Sale::toJsonWithTenders() const {
    QJsonObject json = toJson();
    QJsonArray tenders;
    for (const Tender& tender : m_tenders)
        tenders.append(QJsonObject{{"method", methodName(tender.method)},
                                   {"amount", tender.amount},
                                   {"tendered", tender.tendered},
                                   {"reference", tender.reference}});
    json.insert(QStringLiteral("tenders"), tenders);
    return json;
}

domain::Result<Sale> Sale::fromJson(StoreProfile store, const QJsonObject& json) {
    const auto unreadable = [] {
        return refusal("sale_unreadable", tr("The saved sale could not be read back."));
    };
    Sale sale(std::move(store));
    if (json.value(QLatin1String("store_id")).toString() != sale.m_store.storeId)
        return refusal("sale_other_store", tr("The saved sale belongs to another store."));
    for (const QJsonValue& value : json.value(QLatin1String("lines")).toArray()) {
        auto line = lineFromJson(value);
        if (!line)
            return unreadable();
        sale.m_lines.append(*line);
    }
    for (const QJsonValue& value : json.value(QLatin1String("voided")).toArray()) {
        auto line = lineFromJson(value.toObject().value(QLatin1String("line")));
        if (!line)
            return unreadable();
        sale.m_voided.append(VoidedLine{*line, value.toObject().value(QLatin1String("reason")).toString()});
    }
    const auto ticketDiscount = discountFromJson(json.value(QLatin1String("ticket_discount")));
    if (!ticketDiscount)
        return unreadable();
    sale.m_ticketDiscount = *ticketDiscount;
    for (const QJsonValue& value : json.value(QLatin1String("tenders")).toArray()) {
        const QJsonObject tender = value.toObject();
        const auto method = methodNamed(tender.value(QLatin1String("method")).toString());
        if (!method)
            return unreadable();
        sale.m_tenders.append(Tender{*method, tender.value(QLatin1String("amount")).toInteger(),
                                     tender.value(QLatin1String("tendered")).toInteger(),
                                     tender.value(QLatin1String("reference")).toString()});
    }
    const QJsonObject customer = json.value(QLatin1String("customer")).toObject();
    sale.setCustomer(customer.value(QLatin1String("id")).toString(), customer.value(QLatin1String("name")).toString());
    if (json.contains(QLatin1String("coupon"))) {
        auto coupon = AppliedCoupon::fromJson(json.value(QLatin1String("coupon")).toObject());
        if (!coupon)
            return unreadable();
        sale.m_coupon = std::move(coupon).value();
    }
    return sale;
}

domain::Result<void> Sale::checkEditable(int line) const {
    if (!m_tenders.isEmpty())
        return refusal("tender_in_progress", tr("Payment has started; remove the payments to change the sale."));
    if (line < 0 || line >= m_lines.size())
        return refusal("no_such_line", tr("There is no line %1 on this sale.").arg(line + 1));
    return {};
}

domain::Result<void> Sale::add(const SellableItem& item, qint64 qtyMilli) {
    if (!m_tenders.isEmpty())
        return refusal("tender_in_progress", tr("Payment has started; remove the payments to add items."));
    if (qtyMilli == 0)
        return refusal("invalid_quantity", tr("A quantity of 0 adds nothing."));
    if (item.currency != QString::fromStdString(m_store.currency.code()))
        return refusal("currency_mismatch",
                       tr("%1 is priced in %2, but this store sells in %3.")
                           .arg(item.name, item.currency, QString::fromStdString(m_store.currency.code())));
    // Scanning the same item again counts it on the line it is on, unless that line has a
    // discount of its own (a second one is rung at the full price on a line of its own).
    if (!m_lines.isEmpty()) {
        Line& last = m_lines.last();
        if (last.item == item && last.discount.isNone() && (last.qtyMilli > 0) == (qtyMilli > 0)) {
            last.qtyMilli += qtyMilli;
            return {};
        }
    }
    m_lines.append(Line{item, qtyMilli, domain::Discount::none(), std::nullopt, QString()});
    // An item the store cannot price (a tax class it has no rate for) is refused at the scan,
    // in words, not found out at the tender.
    if (auto checked = priced(); !checked) {
        m_lines.removeLast();
        return checked.error();
    }
    return {};
}

domain::Result<void> Sale::setQuantity(int line, qint64 qtyMilli) {
    if (auto editable = checkEditable(line); !editable)
        return editable;
    if (qtyMilli == 0)
        return refusal("invalid_quantity", tr("A quantity of 0 is not a sale; void the line instead."));
    m_lines[line].qtyMilli = qtyMilli;
    return {};
}

domain::Result<void> Sale::setLineDiscount(int line, domain::Discount discount) {
    if (auto editable = checkEditable(line); !editable)
        return editable;
    const domain::Discount before = m_lines.at(line).discount;
    m_lines[line].discount = discount;
    if (auto checked = priced(); !checked) { // e.g. more off than the line is worth
        m_lines[line].discount = before;
        return checked.error();
    }
    return {};
}

domain::Result<void> Sale::setTicketDiscount(domain::Discount discount) {
    if (!m_tenders.isEmpty())
        return refusal("tender_in_progress", tr("Payment has started; remove the payments to give a discount."));
    const domain::Discount before = m_ticketDiscount;
    m_ticketDiscount = discount;
    if (auto checked = priced(); !checked) {
        m_ticketDiscount = before;
        return checked.error();
    }
    return {};
}

domain::Result<void> Sale::voidLine(int line, const QString& reason) {
    if (auto editable = checkEditable(line); !editable)
        return editable;
    if (reason.trimmed().isEmpty())
        return refusal("reason_required", tr("Say why the line is voided."));
    m_voided.append(VoidedLine{m_lines.takeAt(line), reason.trimmed()});
    return {};
}

domain::Result<void> Sale::overridePrice(int line, qint64 unitPrice, const QString& reason) {
    if (auto editable = checkEditable(line); !editable)
        return editable;
    if (unitPrice < 0)
        return refusal("invalid_price", tr("A price cannot be below zero; ring the item as a return instead."));
    if (reason.trimmed().isEmpty())
        return refusal("reason_required", tr("Say why the price is changed."));
    Line& changed = m_lines[line];
    if (!changed.listPrice) // a second override still remembers the catalog's price
        changed.listPrice = changed.item.unitPrice;
    changed.item.unitPrice = unitPrice;
    changed.overrideReason = reason.trimmed();
    if (*changed.listPrice == unitPrice) { // back to the catalog's price: no override left
        changed.listPrice.reset();
        changed.overrideReason.clear();
    }
    return {};
}

domain::Result<void> Sale::setCoupon(AppliedCoupon coupon) {
    if (!m_tenders.isEmpty())
        return refusal("tender_in_progress", tr("Payment has started; remove the payments to use a coupon."));
    if (m_coupon)
        return refusal("coupon_already_applied", couponRefusalText("coupon_already_applied"));
    if (auto usable = coupon.checkUsable(QString::fromStdString(m_store.currency.code())); !usable)
        return usable;
    m_coupon = std::move(coupon);
    return {};
}

domain::Result<void> Sale::removeCoupon() {
    if (!m_tenders.isEmpty())
        return refusal("tender_in_progress", tr("Payment has started; remove the payments to change the sale."));
    m_coupon.reset();
    return {};
}

std::optional<domain::Error> Sale::couponProblem() const {
    if (!m_coupon)
        return std::nullopt;
    auto withCoupon = priceWith(true);
    if (!withCoupon && isCouponRefusal(withCoupon.error()))
        return withCoupon.error();
    return std::nullopt;
}

qint64 Sale::couponDiscount() const {
    auto ticket = priced();
    return ticket ? couponShare(*ticket) : 0;
}

qint64 Sale::loyaltyPoints() const {
    if (m_customerId.isEmpty())
        return 0;
    auto ticket = priced();
    if (!ticket)
        return 0;
    return domain::loyaltyPointsFor(ticket->totals.total, m_store.loyaltyPointsPerUnit,
                                    m_store.currency.minorPerMajor());
}

domain::Result<domain::PricedTicket> Sale::priced() const {
    auto withCoupon = priceWith(true);
    if (withCoupon || !m_coupon || !isCouponRefusal(withCoupon.error()))
        return withCoupon;
    return priceWith(false); // the coupon waits for the sale to qualify
}

domain::Result<domain::PricedTicket> Sale::priceWith(bool coupon) const {
    domain::Ticket ticket{m_store.currency, {}, m_ticketDiscount, std::nullopt, {}, {}};
    if (coupon && m_coupon) {
        ticket.coupon = m_coupon->rules;
        ticket.couponRedemptions = m_coupon->counts;
        ticket.pricedAt = domain::timestampFromUnixMillis(m_coupon->appliedAt.toMSecsSinceEpoch());
    }
    ticket.lines.reserve(std::size_t(m_lines.size()));
    for (const Line& line : m_lines) {
        std::vector<std::string> categories;
        categories.reserve(std::size_t(line.item.categoryIds.size()));
        for (const QString& category : line.item.categoryIds)
            categories.push_back(category.toStdString());
        ticket.lines.push_back(domain::TicketLine{line.item.sku.toStdString(), std::move(categories),
                                                  line.item.taxClass.toStdString(), line.item.unitPrice, line.qtyMilli,
                                                  line.discount});
    }
    return domain::priceTicket(ticket, m_store.taxes, m_store.policy);
}

domain::Result<qint64> Sale::due() const {
    auto ticket = priced();
    if (!ticket)
        return ticket.error();
    qint64 paid = 0;
    for (const Tender& tender : m_tenders)
        paid += tender.amount;
    return ticket->totals.total - paid;
}

domain::Result<qint64> Sale::dueForTender() const {
    auto owed = due();
    if (!owed)
        return owed.error();
    if (m_lines.isEmpty())
        return refusal("sale_empty", tr("Nothing has been rung up yet."));
    if (*owed <= 0)
        return refusal("nothing_due", tr("Nothing is left to pay."));
    return owed;
}

domain::Result<qint64> Sale::payCash(qint64 tendered) {
    auto owed = dueForTender();
    if (!owed)
        return owed.error();
    if (tendered <= 0)
        return refusal("invalid_amount", tr("The cash taken must be more than nothing."));
    const qint64 applied = std::min(tendered, *owed);
    m_tenders.append(Tender{Tender::Method::Cash, applied, tendered, QString()});
    return tendered - applied;
}

domain::Result<void> Sale::payCard(qint64 amount, const QString& reference) {
    auto owed = dueForTender();
    if (!owed)
        return owed.error();
    if (amount <= 0)
        return refusal("invalid_amount", tr("A card payment must be more than nothing."));
    if (amount > *owed)
        return refusal("overpayment", tr("A card pays at most what is due."));
    if (reference.trimmed().isEmpty())
        return refusal("reference_required", tr("Enter the card terminal's reference for this payment."));
    m_tenders.append(Tender{Tender::Method::Card, amount, amount, reference.trimmed()});
    return {};
}

QString Sale::giftCardCode(const QString& typed) {
    QString code;
    for (const QChar c : typed)
        if (!c.isSpace())
            code.append(c.toUpper());
    return code;
}

domain::Result<void> Sale::payGiftCard(qint64 amount, const QString& code) {
    auto owed = dueForTender();
    if (!owed)
        return owed.error();
    if (amount <= 0)
        return refusal("invalid_amount", tr("A gift card payment must be more than nothing."));
    if (amount > *owed)
        return refusal("overpayment", tr("A gift card pays at most what is due."));
    if (giftCardCode(code).isEmpty())
        return refusal("code_required", tr("Enter or scan the gift card's code."));
    m_tenders.append(Tender{Tender::Method::GiftCard, amount, amount, giftCardCode(code)});
    return {};
}

domain::Result<void> Sale::payStoreCredit(qint64 amount) {
    auto owed = dueForTender();
    if (!owed)
        return owed.error();
    if (m_customerId.isEmpty())
        return refusal("customer_required", tr("Store credit is a customer's: attach the customer first (Ctrl+K)."));
    if (amount <= 0)
        return refusal("invalid_amount", tr("A store credit payment must be more than nothing."));
    if (amount > *owed)
        return refusal("overpayment", tr("Store credit pays at most what is due."));
    m_tenders.append(Tender{Tender::Method::StoreCredit, amount, amount, QString()});
    return {};
}

domain::Result<qint64> Sale::refundStoreCredit() {
    auto owed = due();
    if (!owed)
        return owed.error();
    if (m_lines.isEmpty())
        return refusal("sale_empty", tr("Nothing has been rung up yet."));
    if (*owed >= 0)
        return refusal("nothing_to_refund", tr("Nothing is owed to the customer."));
    if (m_customerId.isEmpty())
        return refusal("customer_required", tr("Store credit is a customer's: attach the customer first (Ctrl+K)."));
    m_tenders.append(Tender{Tender::Method::StoreCredit, *owed, *owed, QString()});
    return -*owed;
}

domain::Result<qint64> Sale::refundCash() {
    auto owed = due();
    if (!owed)
        return owed.error();
    if (m_lines.isEmpty())
        return refusal("sale_empty", tr("Nothing has been rung up yet."));
    if (*owed >= 0)
        return refusal("nothing_to_refund", tr("Nothing is owed to the customer."));
    m_tenders.append(Tender{Tender::Method::Cash, *owed, *owed, QString()});
    return -*owed;
}

qint64 Sale::change() const {
    qint64 change = 0;
    for (const Tender& tender : m_tenders)
        change += tender.tendered - tender.amount;
    return change;
}

bool Sale::isSettled() const {
    auto owed = due();
    return !m_lines.isEmpty() && owed && *owed == 0;
}

domain::Result<QJsonObject> Sale::orderData(const QString& orderId, const QString& number, const QString& registerId,
                                            const QDateTime& createdAt) const {
    auto ticket = priced();
    if (!ticket)
        return ticket.error();
    if (!isSettled())
        return refusal("sale_not_settled", tr("The sale is not paid in full yet."));
    QJsonArray lines;
    for (std::size_t i = 0; i < ticket->lines.size(); ++i) {
        const Line& line = m_lines.at(qsizetype(i));
        const domain::PricedLine& price = ticket->lines.at(i);
        lines.append(QJsonObject{{"sku", line.item.sku},
                                 {"variant_id", line.item.variantId},
                                 {"name", line.item.name},
                                 {"qty_milli", line.qtyMilli},
                                 {"unit_price", line.item.unitPrice},
                                 {"discount", qint64(price.discount())},
                                 {"tax", qint64(price.tax)},
                                 {"total", qint64(price.total)}});
    }
    QJsonArray payments;
    for (const Tender& tender : m_tenders) {
        QJsonObject payment{{"method", methodName(tender.method)}, {"amount", tender.amount}};
        if (!tender.reference.isEmpty())
            payment.insert("reference", tender.reference);
        payments.append(payment);
    }
    QJsonObject order{{"id", orderId},
                      {"number", number},
                      {"store_id", m_store.storeId},
                      {"channel", "pos"},
                      {"created_at", createdAt.toUTC().toString(Qt::ISODateWithMs)},
                      {"currency", QString::fromStdString(m_store.currency.code())},
                      {"lines", lines},
                      {"payments", payments},
                      {"totals", QJsonObject{{"subtotal", qint64(ticket->totals.subtotal)},
                                             {"discount", qint64(ticket->totals.discount)},
                                             {"tax", qint64(ticket->totals.tax)},
                                             {"total", qint64(ticket->totals.total)}}}};
    if (!registerId.isEmpty())
        order.insert("register_id", registerId);
    if (!m_customerId.isEmpty())
        order.insert("customer_id", m_customerId);
    const qint64 couponOff = couponShare(*ticket);
    if (m_coupon && couponOff > 0)
        order.insert("coupon", QJsonObject{{"code", m_coupon->code}, {"discount", couponOff}});
    return order;
}

} // namespace tp::pos
