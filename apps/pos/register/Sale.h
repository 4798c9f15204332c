#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

#include "domain/core/Result.h"
#include "domain/pricing/Discount.h"
#include "domain/pricing/PricedTicket.h"
#include "register/AppliedCoupon.h"
#include "register/SellableItem.h"
#include "register/StoreProfile.h"

namespace tp::pos {

// The ticket a cashier is ringing: its lines, discounts and tenders, priced by the domain's
// rules (priceTicket) with the store's tax table. Nothing here waits on a network or a disk:
// a sale is rung offline exactly as online, and SaleRecorder makes it durable at the end.
//
// Rules a cashier meets: scanning the item of the last line again adds one to that line; a
// quantity is never 0 (void the line instead, with a reason, which is kept for the audit);
// a negative quantity is an item coming back (an exchange); once a tender is taken the
// lines are fixed until the tenders are removed; cash may exceed what is due (the rest is
// change), a card payment may not.
class Sale {
    Q_DECLARE_TR_FUNCTIONS(tp::pos::Sale)

public:
    struct Line {
        SellableItem item; // item.unitPrice: the price charged (overridden or as looked up)
        qint64 qtyMilli = 1000;
        domain::Discount discount;
        // Set when the cashier overrode the price: the catalog's price and why.
        std::optional<qint64> listPrice;
        QString overrideReason;
    };
    struct VoidedLine {
        Line line;
        QString reason;
    };
    struct Tender {
        enum class Method { Cash, Card, GiftCard, StoreCredit };
        Method method = Method::Cash;
        qint64 amount = 0;   // what it pays of the sale
        qint64 tendered = 0; // cash: what the customer handed over (amount + change)
        QString reference;   // card: the terminal's reference for the payment; gift card: its code
    };

    explicit Sale(StoreProfile store)
        : m_store(std::move(store)) {}

    const StoreProfile& store() const { return m_store; }
    const QList<Line>& lines() const { return m_lines; }
    const QList<VoidedLine>& voidedLines() const { return m_voided; }
    const QList<Tender>& tenders() const { return m_tenders; }
    domain::Discount ticketDiscount() const { return m_ticketDiscount; }
    // The customer the sale is for (none: a walk-in); it goes with the order.
    const QString& customerId() const { return m_customerId; }
    const QString& customerName() const { return m_customerName; }
    void setCustomer(const QString& id, const QString& name) {
        m_customerId = id;
        m_customerName = name;
    }
    bool isEmpty() const { return m_lines.isEmpty(); }

    // One coupon per sale, checked when it goes on (status, currency, validity, limits); its
    // minimum order and its scope are judged as the lines stand, so a coupon may sit on the
    // sale taking nothing off yet (couponProblem() says why) — it never blocks the sale.
    domain::Result<void> setCoupon(AppliedCoupon coupon);
    domain::Result<void> removeCoupon();
    const std::optional<AppliedCoupon>& coupon() const { return m_coupon; }
    // Why the coupon takes nothing off now ("coupon_minimum_not_met", "coupon_not_applicable").
    std::optional<domain::Error> couponProblem() const;
    // What the coupon takes off the sale as it stands.
    qint64 couponDiscount() const;
    // The loyalty points the sale earns its customer as it stands (the store's rate; none
    // without a customer; negative for a sale that gives money back).
    qint64 loyaltyPoints() const;

    domain::Result<void> add(const SellableItem& item, qint64 qtyMilli = 1000);
    domain::Result<void> setQuantity(int line, qint64 qtyMilli);
    domain::Result<void> setLineDiscount(int line, domain::Discount discount);
    domain::Result<void> setTicketDiscount(domain::Discount discount);
    domain::Result<void> voidLine(int line, const QString& reason);
    // Charges another unit price on a line (damaged box, price match), with a reason; the
    // catalog's price stays on the line for the audit and the receipt.
    domain::Result<void> overridePrice(int line, qint64 unitPrice, const QString& reason);

    // Every amount of the ticket as it stands (errors: the domain's pricing refusals).
    domain::Result<domain::PricedTicket> priced() const;
    // What is still to pay: the total less the tenders taken.
    domain::Result<qint64> due() const;

    // Takes cash; answers the change to hand back. The amount must be positive.
    domain::Result<qint64> payCash(qint64 tendered);
    // A card payment the external terminal approved, with its reference (no card data).
    domain::Result<void> payCard(qint64 amount, const QString& reference);
    // When the sale owes the customer (returns without a receipt, an exchange for less): the
    // cash paid out, as a negative cash tender. Answers the amount to hand over.
    domain::Result<qint64> refundCash();
    // Gift cards and store credit (the till checks the balance first): at most what is due;
    // store credit is the attached customer's ("customer_required").
    domain::Result<void> payGiftCard(qint64 amount, const QString& code);
    domain::Result<void> payStoreCredit(qint64 amount);
    // What the sale owes the customer, onto their store credit instead of cash.
    domain::Result<qint64> refundStoreCredit();
    // A gift card's code as printed or typed, the way it is kept: no spaces, upper case.
    static QString giftCardCode(const QString& typed);
    void removeTenders() { m_tenders.clear(); }
    qint64 change() const;
    // Lines rung, nothing left to pay.
    bool isSettled() const;

    // The lines as rung (items with their prices), the discounts and the voided lines, not
    // the tenders: what a parked sale keeps. fromJson rebuilds it ("sale_unreadable").
    QJsonObject toJson() const;
    // toJson with the tenders taken so far: the open sale as the till keeps it against a crash
    // (a card payment already approved must not be forgotten). fromJson reads them back.
    QJsonObject toJsonWithTenders() const;
    // One line as toJson writes it (item, price as rung, quantity, discount); the audit too.
    static QJsonObject lineJson(const Line& line);
    static domain::Result<Sale> fromJson(StoreProfile store, const QJsonObject& json);

    // The sale as API.md's order.create data; only for a settled sale ("sale_not_settled").
    domain::Result<QJsonObject> orderData(const QString& orderId, const QString& number, const QString& registerId,
                                          const QDateTime& createdAt) const;

private:
    domain::Result<void> checkEditable(int line) const;
    // What is due when a tender is offered: refused for an empty sale or nothing left to pay.
    domain::Result<qint64> dueForTender() const;
    domain::Result<domain::PricedTicket> priceWith(bool coupon) const;

    StoreProfile m_store;
    QList<Line> m_lines;
    QList<VoidedLine> m_voided;
    QList<Tender> m_tenders;
    domain::Discount m_ticketDiscount;
    QString m_customerId;
    QString m_customerName;
    std::optional<AppliedCoupon> m_coupon;
};

} // namespace tp::pos
