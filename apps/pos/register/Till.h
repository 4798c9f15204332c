#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

#include "client/replica/CatalogSearch.h"
#include "domain/barcode/VariableMeasureNomenclature.h"
#include "domain/core/Result.h"
#include "register/ApprovalPolicy.h"
#include "register/CouponBook.h"
#include "register/CustomerBook.h"
#include "register/ParkedTickets.h"
#include "register/ReceiptReturns.h"
#include "register/Sale.h"
#include "register/SaleRecorder.h"
#include "register/ShiftBook.h"
#include "register/Staff.h"
#include "register/StoreProfile.h"

namespace tp::client {
class Outbox;
class ReplicaDatabase;
} // namespace tp::client
namespace tp::domain {
class UuidV7Generator;
}

namespace tp::pos {

class BalanceCheck;
struct BalanceAnswer;

class ItemLookup;
class DrawerControl;
class ReceiptDesk;
class RegisterAudit;
class SaleSupervisor;
class StaffLogin;

// The register as the cashier meets it, without widgets: who is logged in, the open shift,
// the sale being rung and everything done to it. Every button of the UI calls one function
// here and shows its answer; an error comes back in words and changes nothing. Selling
// needs a person logged in and a shift open.
class Till : public QObject {
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    struct Setup {
        client::ReplicaDatabase& db;
        client::Outbox& outbox;
        domain::UuidV7Generator& ids;
        QString storeId;
        QString registerId;    // "" before enrolment names it
        QString receiptPrefix; // receipt numbers read "<prefix>-000042"
        ApprovalPolicy policy;
        Clock clock;
    };

    // Reads the store's selling rules from the replica ("store_unknown" before the first sync).
    static domain::Result<std::unique_ptr<Till>> start(Setup setup);
    ~Till() override;

    const StoreProfile& store() const { return m_store; }
    RegisterAudit& audit() { return *m_audit; }

    // Staff.
    domain::Result<QList<StaffMember>> staff();
    domain::Result<void> logIn(const QString& staffId, const QString& pin);
    void logOut();
    const std::optional<StaffSession>& session() const { return m_session; }
    // A manager's approval for the next change that needs one (StaffLogin::approve).
    domain::Result<Approval> approve(const QString& managerId, const QString& pin, const QString& reason);

    // The shift.
    const std::optional<OpenShift>& shift() const { return m_shift; }
    domain::Result<void> openShift(qint64 openingFloat);
    domain::Result<void> cashIn(qint64 amount, const QString& reason);
    domain::Result<void> cashOut(qint64 amount, const QString& reason);
    domain::Result<ShiftTotals> xReport();
    // The X report on paper (managers, like the screen's).
    domain::Result<void> printXReport();
    // Refused while a sale is being rung ("sale_in_progress").
    domain::Result<ZReport> closeShift(qint64 countedCash);

    // The sale.
    const Sale& sale() const { return m_sale; }
    // A scanned barcode, or a typed sku when no barcode matches ("item_not_found").
    domain::Result<void> scan(const QString& code, qint64 qtyMilli = 1000);
    domain::Result<void> addItem(const SellableItem& item, qint64 qtyMilli = 1000);
    // Customers: found by name, e-mail or phone; created at the till (offline too); the sale
    // on the screen is for the one attached.
    domain::Result<QList<CustomerCard>> findCustomers(const QString& typed);
    domain::Result<CustomerCard> createCustomer(const QString& typed);
    domain::Result<void> attachCustomer(const CustomerCard& customer);
    void detachCustomer();
    // The attached customer's loyalty points as last synced (none without a customer).
    std::optional<qint64> customerPoints();
    // A coupon by its code, typed or scanned (a scan that is no item is tried as a coupon):
    // one per sale, refusals in words (unknown, expired, used up, …), audited. A coupon that is
    // limited per customer is counted again when the customer changes, and taken off (with a
    // notice) if that customer may not use it.
    domain::Result<void> applyCoupon(const QString& code);
    domain::Result<void> removeCoupon();

    // Search as you type (the replica's full-text index, best first), and the variants of a
    // product picked from the results.
    domain::Result<QList<client::CatalogHit>> search(const QString& typed, int limit = 50);
    domain::Result<QList<SellableItem>> variantsOf(const QString& productId);
    domain::Result<void> setQuantity(int line, qint64 qtyMilli);
    domain::Result<void> voidLine(int line, const QString& reason);
    domain::Result<void> setLineDiscount(int line, domain::Discount discount,
                                         const std::optional<Approval>& approval = std::nullopt);
    domain::Result<void> setTicketDiscount(domain::Discount discount,
                                           const std::optional<Approval>& approval = std::nullopt);
    domain::Result<void> overridePrice(int line, qint64 unitPrice, const QString& reason,
                                       const std::optional<Approval>& approval = std::nullopt);
    // An item coming back without its receipt (a manager approves): a negative line, so an
    // exchange is one ticket; what the sale then owes goes back in cash (refundCash).
    domain::Result<void> returnWithoutReceipt(const QString& code, qint64 qtyMilli,
                                              const std::optional<Approval>& approval = std::nullopt);
    // Pays out in cash what the sale owes the customer; answers the amount to hand over.
    domain::Result<qint64> refundCash();
    // Gift cards and store credit. The balance is asked of the server (setBalanceCheck) and the
    // tender taken when it holds enough; when the server cannot be asked, the shop's offline
    // policy decides: amounts up to the offline limit are taken unchecked (audited as such),
    // larger ones refused (limit 0: none). `done` comes later, after the sale is recorded when
    // the tender settles it; a sale that changed meanwhile is not paid ("sale_changed").
    using TenderDone = std::function<void(const domain::Result<void>&)>;
    void setBalanceCheck(BalanceCheck* check, qint64 offlineLimit);
    void payGiftCard(const QString& code, qint64 amount, TenderDone done);
    void payStoreCredit(qint64 amount, TenderDone done);
    // What the sale owes the customer, onto the attached customer's store credit.
    domain::Result<qint64> refundStoreCredit();
    // Records a sale that nets to nothing (an even exchange); tenders record the others.
    domain::Result<void> finish();
    // Tenders; once the sale is settled it is recorded and a new one begins (lastSale()).
    // payCash answers the change.
    domain::Result<qint64> payCash(qint64 tendered);
    domain::Result<void> payCard(qint64 amount, const QString& reference);
    void removeTenders();
    const std::optional<RecordedSale>& lastSale() const { return m_lastSale; }
    domain::Result<void> voidSale(const QString& reason);
    domain::Result<QString> park(const QString& label);
    domain::Result<QList<ParkedTickets::Summary>> parked();
    domain::Result<void> recall(const QString& parkedId);

    // Returns with the receipt (its number, as its barcode scans): what is left to return,
    // and the refund back to the original tenders.
    domain::Result<ReturnableSale> findReceipt(const QString& receiptNumber);
    domain::Result<RecordedRefund> refund(const ReturnableSale& sale, const QList<ReturnedLine>& lines,
                                          const QString& reason, const QString& cardReference = {});

    // Receipts: each recorded sale prints by itself when a desk is set; reprints of the last
    // sale ("" ) or any by its number.
    void setReceiptDesk(ReceiptDesk* desk);
    // The cash drawer opens by itself for cash sales, cash refunds and cash in or out, and on
    // request without a sale (audited).
    void setDrawer(DrawerControl* drawer);
    domain::Result<void> openDrawerNoSale();
    domain::Result<void> reprint(const QString& receiptNumber = {});
    // The receipt (the last sale's for "", or any of this register's by number) to the
    // customer's e-mail address: queued with the sales and sent when the register is online
    // ("receipt.email"), laid out as on paper. Audited.
    domain::Result<void> emailReceipt(const QString& receiptNumber, const QString& email);

signals:
    void sessionChanged();
    void shiftChanged();
    void saleChanged();
    // A sale was recorded (and its receipt can print).
    void saleRecorded(const tp::pos::RecordedSale& sale);
    // Something the cashier should read that is not the answer to what they did (the printer
    // ran out of paper while the receipt waited).
    void notice(const QString& message);

private:
    Till(Setup setup, StoreProfile store);
    domain::Result<void> requireSelling() const;
    // Every new sale on the screen goes through here (see m_saleSerial).
    void replaceSale(Sale sale);
    void payStoredValue(bool giftCard, const QString& code, qint64 amount, TenderDone done);
    domain::Result<void> acceptBalance(const BalanceAnswer& answer, qint64 amount, bool giftCard) const;
    // After the customer changed: the coupon's uses counted for the new one.
    void recountCoupon();
    // Puts a coupon found already on the sale, audited.
    domain::Result<void> putCoupon(AppliedCoupon coupon);
    // Keeps the open sale in the replica (state "open_sale") so a crash or a power cut loses
    // nothing rung: line edits a moment later (debounced), tenders at once.
    void keepOpenSale(bool now);
    domain::Result<void> restoreOpenSale();
    domain::Result<void> changed(domain::Result<void> result);
    // A scanned barcode, else a typed sku; "item_not_found" in words.
    domain::Result<SellableItem> find(const QString& code);
    // Records the sale when it is settled.
    domain::Result<void> finishIfSettled();

    Setup m_setup;
    StoreProfile m_store;
    std::unique_ptr<RegisterAudit> m_audit;
    std::unique_ptr<StaffLogin> m_login;
    std::unique_ptr<SaleSupervisor> m_supervisor;
    std::unique_ptr<ShiftBook> m_shifts;
    std::unique_ptr<ItemLookup> m_lookup;
    ParkedTickets m_parked;
    ReceiptReturns m_returns;
    CustomerBook m_customers;
    CouponBook m_coupons;
    SaleRecorder m_recorder;
    std::optional<StaffSession> m_session;
    std::optional<OpenShift> m_shift;
    Sale m_sale;
    quint64 m_saleSerial = 0; // counts the sales on the screen: an answer knows which it was for
    BalanceCheck* m_balances = nullptr;
    qint64 m_offlineStoredValueLimit = 0;
    std::optional<RecordedSale> m_lastSale;
    ReceiptDesk* m_receipts = nullptr;
    DrawerControl* m_drawer = nullptr;
    void openDrawer(int reason);                      // devices::DrawerOpenReason, when a drawer is set
    domain::VariableMeasureNomenclature m_scaleRules; // how scale labels read (ScaleLabels)
    QTimer* m_keepTimer = nullptr;
};

} // namespace tp::pos
