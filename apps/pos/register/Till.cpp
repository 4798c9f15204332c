#include "register/Till.h"

#include <QJsonDocument>
#include <QPointer>

#include "client/MoneyText.h"
#include "client/outbox/LocalWrite.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ReplicaDatabase.h"
#include "register/BalanceCheck.h"
#include "register/DrawerControl.h"
#include "register/ItemLookup.h"
#include "register/PendingStoredValue.h"
#include "register/ReceiptDesk.h"
#include "register/RegisterAudit.h"
#include "register/SaleSupervisor.h"
#include "register/ScaleLabels.h"
#include "register/ShiftReportRows.h"
#include "register/StaffLogin.h"

namespace tp::pos {

namespace {

domain::Error refusal(const char* code, const QString& message) {
    return domain::makeError(code, message.toStdString());
}

// GS1's common scale layouts (weight 21, price 23), prices in the store currency's decimals.
domain::VariableMeasureNomenclature scaleRulesFor(const domain::Currency& currency) {
    auto rules = domain::VariableMeasureNomenclature::create(domain::VariableMeasureNomenclature::defaults().rules(),
                                                             currency.exponent());
    return rules ? *rules : domain::VariableMeasureNomenclature::defaults();
}

} // namespace

domain::Result<std::unique_ptr<Till>> Till::start(Setup setup) {
    auto store = StoreProfile::load(setup.db, setup.storeId);
    if (!store)
        return store.error();
    std::unique_ptr<Till> till(new Till(std::move(setup), std::move(store).value()));
    auto shift = till->m_shifts->current();
    if (!shift)
        return shift.error();
    till->m_shift = shift.value();
    if (auto restored = till->restoreOpenSale(); !restored)
        return restored.error();
    return till;
}

Till::Till(Setup setup, StoreProfile store)
    : m_setup(std::move(setup))
    , m_store(std::move(store))
    , m_audit(std::make_unique<RegisterAudit>(m_setup.db))
    , m_login(std::make_unique<StaffLogin>(m_setup.db, *m_audit, m_setup.clock))
    , m_supervisor(std::make_unique<SaleSupervisor>(*m_audit, m_setup.policy, m_setup.clock))
    , m_shifts(std::make_unique<ShiftBook>(m_setup.outbox, m_setup.ids, *m_audit, m_setup.storeId, m_setup.registerId,
                                           m_store.currency))
    , m_lookup(std::make_unique<ItemLookup>(m_setup.db, m_setup.storeId, m_setup.clock))
    , m_parked(m_setup.db, m_setup.ids)
    , m_returns(m_setup.outbox, m_setup.ids, *m_audit)
    , m_customers(m_setup.outbox, m_setup.ids)
    , m_coupons(m_setup.db)
    , m_recorder(m_setup.outbox, m_setup.ids, m_setup.registerId, m_setup.receiptPrefix)
    , m_sale(m_store)
    , m_scaleRules(scaleRulesFor(m_store.currency))
    , m_keepTimer(new QTimer(this)) {
    m_keepTimer->setSingleShot(true);
    m_keepTimer->setInterval(250);
    connect(m_keepTimer, &QTimer::timeout, this, [this] { keepOpenSale(true); });
    // Every change to the sale is kept; a tender is kept before its answer reaches the cashier.
    connect(this, &Till::saleChanged, this, [this] { keepOpenSale(!m_sale.tenders().isEmpty()); });
}

Till::~Till() {
    if (m_keepTimer->isActive())
        keepOpenSale(true); // an orderly exit keeps the last edits too
}

void Till::keepOpenSale(bool now) {
    if (!now) {
        m_keepTimer->start();
        return;
    }
    m_keepTimer->stop();
    const QString kept =
        m_sale.isEmpty() && m_sale.voidedLines().isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(m_sale.toJsonWithTenders()).toJson(QJsonDocument::Compact));
    if (auto stored = m_setup.db.setStateValue(QStringLiteral("open_sale"), kept); !stored)
        emit notice(tr("The sale on the screen could not be kept on disk (%1); finish it soon.")
                        .arg(QString::fromStdString(stored.error().message)));
}

domain::Result<void> Till::restoreOpenSale() {
    auto kept = m_setup.db.stateValue(QStringLiteral("open_sale"));
    if (!kept)
        return kept.error();
    if (kept->isEmpty())
        return {};
    auto sale = Sale::fromJson(m_store, QJsonDocument::fromJson(kept->toUtf8()).object());
    if (!sale)
        return sale.error();
    replaceSale(std::move(sale).value());
    return {};
}

domain::Result<QList<StaffMember>> Till::staff() {
    return m_login->staff();
}

domain::Result<void> Till::logIn(const QString& staffId, const QString& pin) {
    auto session = m_login->login(staffId, pin);
    if (!session)
        return session.error();
    m_session = session.value();
    emit sessionChanged();
    return {};
}

void Till::logOut() {
    // The sale on the screen stays for whoever logs in next (or is parked by them).
    m_session.reset();
    emit sessionChanged();
}

domain::Result<Approval> Till::approve(const QString& managerId, const QString& pin, const QString& reason) {
    return m_login->approve(managerId, pin, reason);
}

domain::Result<void> Till::openShift(qint64 openingFloat) {
    if (!m_session)
        return refusal("not_logged_in", tr("Log in with your PIN first."));
    auto opened = m_shifts->open(*m_session, openingFloat, m_setup.clock());
    if (!opened)
        return opened.error();
    m_shift = opened.value();
    emit shiftChanged();
    return {};
}

domain::Result<void> Till::cashIn(qint64 amount, const QString& reason) {
    if (!m_session)
        return refusal("not_logged_in", tr("Log in with your PIN first."));
    auto moved = m_shifts->cashIn(*m_session, amount, reason, m_setup.clock());
    if (moved)
        openDrawer(int(devices::DrawerOpenReason::CashIn));
    return moved;
}

domain::Result<void> Till::cashOut(qint64 amount, const QString& reason) {
    if (!m_session)
        return refusal("not_logged_in", tr("Log in with your PIN first."));
    auto moved = m_shifts->cashOut(*m_session, amount, reason, m_setup.clock());
    if (moved)
        openDrawer(int(devices::DrawerOpenReason::CashOut));
    return moved;
}

domain::Result<ShiftTotals> Till::xReport() {
    if (!m_session)
        return refusal("not_logged_in", tr("Log in with your PIN first."));
    return m_shifts->xReport(*m_session);
}

domain::Result<ZReport> Till::closeShift(qint64 countedCash) {
    if (!m_session)
        return refusal("not_logged_in", tr("Log in with your PIN first."));
    if (!m_sale.isEmpty())
        return refusal("sale_in_progress", tr("Finish, park or void the sale on the screen before closing the shift."));
    auto report = m_shifts->close(*m_session, countedCash, m_setup.clock());
    if (!report)
        return report.error();
    m_shift.reset();
    emit shiftChanged();
    // The Z report prints by itself; the shift is closed whatever the printer does.
    if (m_receipts && m_receipts->hasPrinter()) {
        if (auto printed = m_receipts->printReport(tr("Z report"), ShiftReportRows::of(*report, m_store.currency));
            !printed)
            emit notice(QString::fromStdString(printed.error().message));
    }
    return report;
}

domain::Result<void> Till::printXReport() {
    auto totals = xReport();
    if (!totals)
        return totals.error();
    if (!m_receipts)
        return refusal("no_printer", tr("No receipt printer is set up."));
    return m_receipts->printReport(tr("X report"), ShiftReportRows::of(*totals, m_store.currency));
}

domain::Result<void> Till::requireSelling() const {
    if (!m_session)
        return refusal("not_logged_in", tr("Log in with your PIN first."));
    if (!m_shift)
        return refusal("no_open_shift", tr("Open a shift with the float in the drawer first."));
    return {};
}

domain::Result<void> Till::changed(domain::Result<void> result) {
    if (result)
        emit saleChanged();
    return result;
}

domain::Result<SellableItem> Till::find(const QString& code) {
    const QString trimmed = code.trimmed();
    auto item = m_lookup->byBarcode(trimmed);
    if (item && !item.value())
        item = m_lookup->bySku(trimmed);
    if (!item)
        return item.error();
    if (!item.value())
        return refusal("item_not_found", tr("No item has the code %1.").arg(trimmed));
    return *item.value();
}

domain::Result<void> Till::scan(const QString& code, qint64 qtyMilli) {
    if (auto selling = requireSelling(); !selling)
        return selling;
    // A scale's label: the item by its base code (or its PLU as sku), with the label's weight,
    // or the label's price charged for one.
    if (const auto label = readScaleLabel(code, m_scaleRules)) {
        auto item = find(label->baseBarcode);
        if (!item && item.error().code == "item_not_found")
            item = find(label->itemCode);
        if (!item)
            return refusal("item_not_found", tr("The scale label %1 names item %2, which this register does not know.")
                                                 .arg(code.trimmed(), label->itemCode));
        SellableItem sold = *item;
        if (label->priceMinor) // the label's price is the item's price (the scale weighed it)
            sold.unitPrice = *label->priceMinor;
        return changed(m_sale.add(sold, label->qtyMilli.value_or(1000)));
    }
    auto item = find(code);
    if (!item && item.error().code == "item_not_found" && qtyMilli == 1000) {
        // Printed coupons carry their code as a barcode: one that is no item may be a coupon.
        if (auto coupon = m_coupons.find(code, m_sale.customerId(), m_setup.clock()))
            return putCoupon(std::move(coupon).value());
    }
    if (!item)
        return item.error();
    return changed(m_sale.add(*item, qtyMilli));
}

domain::Result<void> Till::applyCoupon(const QString& code) {
    if (auto selling = requireSelling(); !selling)
        return selling;
    auto coupon = m_coupons.find(code, m_sale.customerId(), m_setup.clock());
    if (!coupon)
        return coupon.error();
    return putCoupon(std::move(coupon).value());
}

domain::Result<void> Till::putCoupon(AppliedCoupon coupon) {
    const QString applied = coupon.code;
    if (auto set = m_sale.setCoupon(std::move(coupon)); !set)
        return set;
    if (auto audited = m_audit->append(QStringLiteral("coupon_applied"),
                                       QJsonObject{{"code", applied}, {"by", m_session->name}}, m_setup.clock());
        !audited)
        return audited;
    return changed({});
}

domain::Result<void> Till::removeCoupon() {
    if (auto selling = requireSelling(); !selling)
        return selling;
    if (!m_sale.coupon())
        return refusal("no_coupon", tr("The sale has no coupon."));
    const QString code = m_sale.coupon()->code;
    if (auto removed = m_sale.removeCoupon(); !removed)
        return removed;
    if (auto audited = m_audit->append(QStringLiteral("coupon_removed"),
                                       QJsonObject{{"code", code}, {"by", m_session->name}}, m_setup.clock());
        !audited)
        return audited;
    return changed({});
}

void Till::recountCoupon() {
    if (!m_sale.coupon())
        return;
    const AppliedCoupon before = *m_sale.coupon();
    auto counts = m_coupons.countUses(before.id, m_sale.customerId());
    AppliedCoupon recounted = before;
    if (counts)
        recounted.counts = counts.value();
    (void)m_sale.removeCoupon(); // no tenders yet: the customer could change
    if (auto set = m_sale.setCoupon(recounted); !set) {
        emit notice(
            tr("The coupon %1 was taken off: %2").arg(before.code, QString::fromStdString(set.error().message)));
        (void)m_audit->append(QStringLiteral("coupon_removed"),
                              QJsonObject{{"code", before.code}, {"reason", QString::fromStdString(set.error().code)}},
                              m_setup.clock());
    }
}

domain::Result<void> Till::returnWithoutReceipt(const QString& code, qint64 qtyMilli,
                                                const std::optional<Approval>& approval) {
    if (auto selling = requireSelling(); !selling)
        return selling;
    auto item = find(code);
    if (!item)
        return item.error();
    return changed(m_supervisor->addReturn(m_sale, *m_session, *item, qtyMilli, approval));
}

void Till::replaceSale(Sale sale) {
    m_sale = std::move(sale);
    ++m_saleSerial; // a balance answer for the sale before must not pay this one
}

void Till::setBalanceCheck(BalanceCheck* check, qint64 offlineLimit) {
    m_balances = check;
    m_offlineStoredValueLimit = std::max<qint64>(0, offlineLimit);
}

domain::Result<void> Till::acceptBalance(const BalanceAnswer& answer, qint64 amount, bool giftCard) const {
    const auto& currency = m_store.currency;
    switch (answer.kind) {
    case BalanceAnswer::Kind::NotFound:
        return giftCard ? refusal("gift_card_unknown", tr("No gift card has this code."))
                        : refusal("no_store_credit", tr("The customer has no store credit."));
    case BalanceAnswer::Kind::Unreachable:
        if (amount <= m_offlineStoredValueLimit)
            return {}; // the shop's offline policy: small amounts are taken unchecked
        if (m_offlineStoredValueLimit == 0)
            return refusal("balance_unchecked",
                           tr("The balance cannot be checked now (%1); take another payment.").arg(answer.problem));
        return refusal("balance_unchecked",
                       tr("The balance cannot be checked now (%1); without a check at most %2 can be taken.")
                           .arg(answer.problem, client::moneyText(m_offlineStoredValueLimit, currency)));
    case BalanceAnswer::Kind::Known:
        break;
    }
    if (!answer.active)
        return refusal("gift_card_disabled", tr("This gift card is blocked; ask the office."));
    if (answer.currency != QString::fromStdString(currency.code()))
        return refusal("currency_mismatch", tr("This gift card is in %1, this store sells in %2.")
                                                .arg(answer.currency, QString::fromStdString(currency.code())));
    if (answer.balance < amount)
        return refusal("balance_too_low",
                       giftCard ? tr("The gift card holds only %1.")
                                      .arg(client::moneyText(std::max<qint64>(0, answer.balance), currency))
                                : tr("The customer's store credit is only %1.")
                                      .arg(client::moneyText(std::max<qint64>(0, answer.balance), currency)));
    return {};
}

void Till::payStoredValue(bool giftCard, const QString& code, qint64 amount, TenderDone done) {
    if (auto selling = requireSelling(); !selling)
        return done(selling);
    // Whatever the sale itself would refuse (more than is due, no customer) is said before asking.
    Sale trial = m_sale;
    if (auto fits = giftCard ? trial.payGiftCard(amount, code) : trial.payStoreCredit(amount); !fits)
        return done(fits);
    const QString card = Sale::giftCardCode(code);
    const quint64 serial = m_saleSerial;
    QPointer<Till> self(this);
    auto settle = [self, giftCard, card, amount, serial, done](const BalanceAnswer& answer) {
        if (!self)
            return;
        if (serial != self->m_saleSerial)
            return done(refusal("sale_changed", tr("The sale changed while the balance was checked; take the "
                                                   "payment again.")));
        BalanceAnswer usable = answer;
        if (answer.kind == BalanceAnswer::Kind::Known) { // less what this till's waiting sales used
            auto waiting = giftCard ? PendingStoredValue::giftCard(self->m_setup.db, card)
                                    : PendingStoredValue::storeCredit(self->m_setup.db, self->m_sale.customerId());
            if (!waiting)
                return done(waiting.error());
            usable.balance -= waiting.value();
        }
        if (auto accepted = self->acceptBalance(usable, amount, giftCard); !accepted)
            return done(accepted);
        if (auto paid = giftCard ? self->m_sale.payGiftCard(amount, card) : self->m_sale.payStoreCredit(amount); !paid)
            return done(paid);
        QJsonObject detail{{"amount", amount}, {"checked", answer.kind == BalanceAnswer::Kind::Known}};
        if (giftCard)
            detail.insert(QStringLiteral("card_ends"), card.right(4));
        (void)self->m_audit->append(giftCard ? QStringLiteral("gift_card_taken") : QStringLiteral("store_credit_taken"),
                                    detail, self->m_setup.clock());
        emit self->saleChanged();
        done(self->finishIfSettled());
    };
    if (!m_balances) {
        BalanceAnswer none;
        none.problem = tr("this register has no server to ask");
        return settle(none);
    }
    if (giftCard)
        m_balances->giftCard(card, settle);
    else
        m_balances->storeCredit(m_sale.customerId(), QString::fromStdString(m_store.currency.code()), settle);
}

void Till::payGiftCard(const QString& code, qint64 amount, TenderDone done) {
    payStoredValue(true, code, amount, std::move(done));
}

void Till::payStoreCredit(qint64 amount, TenderDone done) {
    payStoredValue(false, QString(), amount, std::move(done));
}

domain::Result<qint64> Till::refundStoreCredit() {
    if (auto selling = requireSelling(); !selling)
        return selling.error();
    auto credited = m_sale.refundStoreCredit();
    if (!credited)
        return credited.error();
    emit saleChanged();
    if (auto finished = finishIfSettled(); !finished)
        return finished.error();
    return credited;
}

domain::Result<qint64> Till::refundCash() {
    if (auto selling = requireSelling(); !selling)
        return selling.error();
    auto paidOut = m_sale.refundCash();
    if (!paidOut)
        return paidOut.error();
    openDrawer(int(devices::DrawerOpenReason::Refund));
    emit saleChanged();
    if (auto finished = finishIfSettled(); !finished)
        return finished.error();
    return paidOut;
}

domain::Result<void> Till::finish() {
    if (auto selling = requireSelling(); !selling)
        return selling;
    if (!m_sale.isSettled())
        return refusal("sale_not_settled", tr("The sale is not settled yet."));
    return finishIfSettled();
}

domain::Result<void> Till::addItem(const SellableItem& item, qint64 qtyMilli) {
    if (auto selling = requireSelling(); !selling)
        return selling;
    return changed(m_sale.add(item, qtyMilli));
}

domain::Result<QList<CustomerCard>> Till::findCustomers(const QString& typed) {
    if (!m_session)
        return refusal("not_logged_in", tr("Log in with your PIN first."));
    return m_customers.search(typed);
}

domain::Result<CustomerCard> Till::createCustomer(const QString& typed) {
    if (!m_session)
        return refusal("not_logged_in", tr("Log in with your PIN first."));
    auto created = m_customers.create(typed);
    // Attached to the sale on the screen when one can be (a shift is open, nothing paid yet).
    if (created && requireSelling() && m_sale.tenders().isEmpty()) {
        m_sale.setCustomer(created->id, created->name);
        recountCoupon();
        emit saleChanged();
    }
    return created;
}

domain::Result<void> Till::attachCustomer(const CustomerCard& customer) {
    if (auto selling = requireSelling(); !selling)
        return selling;
    if (!m_sale.tenders().isEmpty())
        return refusal("tender_in_progress", tr("Payment has started; remove the payments to change the customer."));
    m_sale.setCustomer(customer.id, customer.name);
    recountCoupon();
    emit saleChanged();
    return {};
}

void Till::detachCustomer() {
    if (!m_sale.tenders().isEmpty())
        return; // the payment is for this customer's sale
    m_sale.setCustomer({}, {});
    recountCoupon();
    emit saleChanged();
}

std::optional<qint64> Till::customerPoints() {
    if (m_sale.customerId().isEmpty())
        return std::nullopt;
    auto points = m_customers.points(m_sale.customerId());
    if (!points)
        return std::nullopt;
    return points.value();
}

domain::Result<QList<client::CatalogHit>> Till::search(const QString& typed, int limit) {
    return client::CatalogSearch(m_setup.db).search(typed, limit);
}

domain::Result<QList<SellableItem>> Till::variantsOf(const QString& productId) {
    return m_lookup->variantsOf(productId);
}

domain::Result<void> Till::setQuantity(int line, qint64 qtyMilli) {
    if (auto selling = requireSelling(); !selling)
        return selling;
    return changed(m_sale.setQuantity(line, qtyMilli));
}

domain::Result<void> Till::voidLine(int line, const QString& reason) {
    if (auto selling = requireSelling(); !selling)
        return selling;
    return changed(m_sale.voidLine(line, reason));
}

domain::Result<void> Till::setLineDiscount(int line, domain::Discount discount,
                                           const std::optional<Approval>& approval) {
    if (auto selling = requireSelling(); !selling)
        return selling;
    return changed(m_supervisor->setLineDiscount(m_sale, *m_session, line, discount, approval));
}

domain::Result<void> Till::setTicketDiscount(domain::Discount discount, const std::optional<Approval>& approval) {
    if (auto selling = requireSelling(); !selling)
        return selling;
    return changed(m_supervisor->setTicketDiscount(m_sale, *m_session, discount, approval));
}

domain::Result<void> Till::overridePrice(int line, qint64 unitPrice, const QString& reason,
                                         const std::optional<Approval>& approval) {
    if (auto selling = requireSelling(); !selling)
        return selling;
    return changed(m_supervisor->overridePrice(m_sale, *m_session, line, unitPrice, reason, approval));
}

domain::Result<qint64> Till::payCash(qint64 tendered) {
    if (auto selling = requireSelling(); !selling)
        return selling.error();
    auto change = m_sale.payCash(tendered);
    if (!change)
        return change.error();
    openDrawer(int(devices::DrawerOpenReason::Sale)); // the cash goes in, the change comes out
    emit saleChanged();
    if (auto finished = finishIfSettled(); !finished)
        return finished.error();
    return change;
}

domain::Result<void> Till::payCard(qint64 amount, const QString& reference) {
    if (auto selling = requireSelling(); !selling)
        return selling;
    if (auto paid = m_sale.payCard(amount, reference); !paid)
        return paid;
    emit saleChanged();
    return finishIfSettled();
}

void Till::removeTenders() {
    m_sale.removeTenders();
    emit saleChanged();
}

domain::Result<void> Till::finishIfSettled() {
    if (!m_sale.isSettled())
        return {};
    // A failure here (the disk) leaves the paid sale on the screen: the next tender action or
    // a retry records it; nothing is lost and nothing is recorded twice.
    auto recorded = m_recorder.record(m_sale, m_setup.clock(), m_shift ? m_shift->id : QString(),
                                      m_session ? m_session->name : QString());
    if (!recorded)
        return recorded.error();
    m_lastSale = recorded.value();
    replaceSale(Sale(m_store));
    emit saleRecorded(*m_lastSale);
    emit saleChanged();
    // The sale is saved whatever the printer does; its trouble is a notice, not a failure.
    if (m_receipts) {
        if (auto printed = m_receipts->print(m_lastSale->number); !printed)
            emit notice(QString::fromStdString(printed.error().message));
    }
    return {};
}

domain::Result<void> Till::voidSale(const QString& reason) {
    if (auto selling = requireSelling(); !selling)
        return selling;
    if (auto voided = m_recorder.recordVoided(m_sale, reason, m_setup.clock()); !voided)
        return voided;
    replaceSale(Sale(m_store));
    emit saleChanged();
    return {};
}

domain::Result<QString> Till::park(const QString& label) {
    if (auto selling = requireSelling(); !selling)
        return selling.error();
    auto parked = m_parked.park(m_sale, label, m_setup.clock());
    if (!parked)
        return parked.error();
    replaceSale(Sale(m_store));
    emit saleChanged();
    return parked;
}

domain::Result<ReturnableSale> Till::findReceipt(const QString& receiptNumber) {
    if (auto selling = requireSelling(); !selling)
        return selling.error();
    return m_returns.find(receiptNumber);
}

domain::Result<RecordedRefund> Till::refund(const ReturnableSale& sale, const QList<ReturnedLine>& lines,
                                            const QString& reason, const QString& cardReference) {
    if (auto selling = requireSelling(); !selling)
        return selling.error();
    auto refunded = m_returns.refund(sale, lines, reason, *m_session, m_shift->id, cardReference, m_setup.clock());
    if (refunded) {
        for (const ReturnableSale::Payment& payment : refunded->payments) {
            if (payment.method == QLatin1String("cash")) {
                openDrawer(int(devices::DrawerOpenReason::Refund));
                break;
            }
        }
        emit shiftChanged(); // the drawer's expected cash changed
    }
    return refunded;
}

void Till::setReceiptDesk(ReceiptDesk* desk) {
    if (m_receipts)
        disconnect(m_receipts, nullptr, this, nullptr);
    m_receipts = desk;
    if (m_receipts)
        connect(m_receipts, &ReceiptDesk::printerTrouble, this, &Till::notice);
}

void Till::setDrawer(DrawerControl* drawer) {
    if (m_drawer)
        disconnect(m_drawer, nullptr, this, nullptr);
    m_drawer = drawer;
    if (m_drawer)
        connect(m_drawer, &DrawerControl::notice, this, &Till::notice);
}

void Till::openDrawer(int reason) {
    if (m_drawer && m_session)
        m_drawer->open(static_cast<devices::DrawerOpenReason>(reason), *m_session);
}

domain::Result<void> Till::openDrawerNoSale() {
    if (!m_session)
        return refusal("not_logged_in", tr("Log in with your PIN first."));
    if (!m_drawer)
        return refusal("no_drawer", tr("No cash drawer is set up."));
    openDrawer(int(devices::DrawerOpenReason::NoSale));
    return {};
}

domain::Result<void> Till::reprint(const QString& receiptNumber) {
    if (!m_session)
        return refusal("not_logged_in", tr("Log in with your PIN first."));
    if (!m_receipts)
        return refusal("no_printer", tr("No receipt printer is set up."));
    return receiptNumber.trimmed().isEmpty() ? m_receipts->reprintLast() : m_receipts->print(receiptNumber);
}

domain::Result<void> Till::emailReceipt(const QString& receiptNumber, const QString& email) {
    if (!m_session)
        return refusal("not_logged_in", tr("Log in with your PIN first."));
    const QString to = email.trimmed();
    const qsizetype at = to.indexOf(QLatin1Char('@'));
    if (at <= 0 || to.indexOf(QLatin1Char('.'), at) < 0 || to.contains(QLatin1Char(' ')))
        return refusal("invalid_email", tr("\"%1\" is not an e-mail address.").arg(to));
    if (!m_receipts)
        return refusal("no_receipts", tr("This register keeps no receipts to send."));
    QString number = receiptNumber.trimmed();
    if (number.isEmpty()) {
        if (!m_lastSale)
            return refusal("receipt_unknown", tr("No sale has been rung on this register yet."));
        number = m_lastSale->number;
    }
    auto order = m_setup.db.select(QStringLiteral("SELECT id FROM local_orders WHERE number = ?"), {number});
    if (!order)
        return order.error();
    auto text = m_receipts->text(number);
    if (!text)
        return text.error();
    const QString orderId = order->isEmpty() ? QString() : order->first().at(0).toString();
    const QJsonObject data{{"order_id", orderId},
                           {"email", to},
                           {"subject", tr("Your receipt %1 from %2").arg(number, m_store.name)},
                           {"text", *text}};
    auto queued = m_setup.outbox.write([&](client::LocalWrite& write) {
        write.enqueue(QStringLiteral("receipt.email"), data);
        RegisterAudit::appendTo(write, QStringLiteral("receipt_emailed"),
                                QJsonObject{{"number", number}, {"by", m_session->name}}, m_setup.clock(), orderId);
    });
    if (!queued)
        return queued.error();
    return {};
}

domain::Result<QList<ParkedTickets::Summary>> Till::parked() {
    return m_parked.list();
}

domain::Result<void> Till::recall(const QString& parkedId) {
    if (auto selling = requireSelling(); !selling)
        return selling;
    if (!m_sale.isEmpty())
        return refusal("sale_in_progress", tr("Park or finish the sale on the screen before recalling another."));
    auto recalled = m_parked.recall(parkedId, m_store);
    if (!recalled)
        return recalled.error();
    replaceSale(std::move(recalled).value());
    emit saleChanged();
    return {};
}

} // namespace tp::pos
