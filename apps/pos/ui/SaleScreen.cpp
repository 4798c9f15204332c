#include "ui/SaleScreen.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include "client/MoneyText.h"
#include "client/TypedInput.h"
#include "register/Till.h"
#include "ui/ItemPicker.h"
#include "ui/ReturnPanel.h"
#include "ui/UiStyle.h"

namespace tp::pos::ui {

namespace {

QString quantityText(qint64 qtyMilli) {
    if (qtyMilli % 1000 == 0)
        return QLocale().toString(qtyMilli / 1000);
    return QLocale().toString(double(qtyMilli) / 1000.0, 'f', 3);
}

QTableWidgetItem* cell(const QString& text, bool number) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

SaleScreen::SaleScreen(Till& till, QWidget* parent)
    : QWidget(parent)
    , m_till(till)
    , m_who(new QLabel(this))
    , m_entry(new QLineEdit(this))
    , m_lines(new QTableWidget(0, 5, this))
    , m_total(new QLabel(this))
    , m_due(new QLabel(this))
    , m_coupon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_approval(new QWidget(this))
    , m_approvalWhy(new QLabel(m_approval))
    , m_approver(new QComboBox(m_approval))
    , m_approverPin(new QLineEdit(m_approval))
    , m_approvalReason(new QLineEdit(m_approval))
    , m_quickCash(new QHBoxLayout)
    , m_returns(new ReturnPanel(till, this))
    , m_picker(new ItemPicker(till, this)) {
    m_who->setObjectName(QStringLiteral("who"));
    m_entry->setObjectName(QStringLiteral("entry"));
    m_entry->setPlaceholderText(tr("Scan or type a code, or type a number and press a function key"));
    m_entry->setMinimumHeight(kTouchTarget);
    m_lines->setObjectName(QStringLiteral("lines"));
    m_lines->setHorizontalHeaderLabels({tr("Item"), tr("Quantity"), tr("Price"), tr("Discount"), tr("Total")});
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lines->verticalHeader()->setDefaultSectionSize(kTouchTarget);
    m_lines->verticalHeader()->hide();
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setFocusPolicy(Qt::NoFocus);
    m_total->setObjectName(QStringLiteral("total"));
    m_total->setFont(totalFont());
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_due->setObjectName(QStringLiteral("due"));
    m_due->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont dueFont = m_due->font();
    dueFont.setPointSize(kTotalPointSize / 2);
    m_due->setFont(dueFont);
    m_coupon->setObjectName(QStringLiteral("coupon"));
    m_coupon->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_coupon->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);

    // The approval panel, hidden until a change needs it.
    m_approval->setObjectName(QStringLiteral("approvalPanel"));
    m_approvalWhy->setWordWrap(true);
    m_approver->setObjectName(QStringLiteral("approver"));
    m_approver->setMinimumHeight(kTouchTarget);
    m_approverPin->setObjectName(QStringLiteral("approverPin"));
    m_approverPin->setEchoMode(QLineEdit::Password);
    m_approverPin->setPlaceholderText(tr("Manager PIN"));
    m_approverPin->setMinimumHeight(kTouchTarget);
    m_approvalReason->setObjectName(QStringLiteral("approvalReason"));
    m_approvalReason->setPlaceholderText(tr("Reason"));
    m_approvalReason->setMinimumHeight(kTouchTarget);
    auto* approveButton = new QPushButton(tr("Approve"), m_approval);
    approveButton->setMinimumHeight(kTouchTarget);
    auto* cancelButton = new QPushButton(tr("Cancel"), m_approval);
    cancelButton->setMinimumHeight(kTouchTarget);
    connect(approveButton, &QPushButton::clicked, this, &SaleScreen::approve);
    connect(cancelButton, &QPushButton::clicked, this, &SaleScreen::cancelApproval);
    connect(m_approvalReason, &QLineEdit::returnPressed, this, &SaleScreen::approve);
    auto* approvalLayout = new QGridLayout(m_approval);
    approvalLayout->addWidget(m_approvalWhy, 0, 0, 1, 4);
    approvalLayout->addWidget(m_approver, 1, 0);
    approvalLayout->addWidget(m_approverPin, 1, 1);
    approvalLayout->addWidget(m_approvalReason, 1, 2);
    auto* approvalButtons = new QHBoxLayout;
    approvalButtons->addWidget(approveButton);
    approvalButtons->addWidget(cancelButton);
    approvalLayout->addLayout(approvalButtons, 1, 3);
    m_approval->hide();

    connect(m_entry, &QLineEdit::returnPressed, this, &SaleScreen::enter);
    connect(m_entry, &QLineEdit::textEdited, m_picker, &ItemPicker::search);
    connect(m_picker, &ItemPicker::picked, this, [this](const SellableItem& item) {
        m_entry->clear();
        done(m_till.addItem(item));
    });
    connect(m_picker, &ItemPicker::failed, this, &SaleScreen::say);
    struct Key {
        QKeySequence key;
        QString text;
        std::function<void()> action;
    };
    const QList<Key> keys{
        {Qt::Key_F2, tr("Quantity"),
         [this] {
             quantity();
         }},
        {Qt::Key_F3, tr("Discount"),
         [this] {
             discount(false);
         }},
        {QKeySequence(Qt::SHIFT | Qt::Key_F3), tr("Sale discount"),
         [this] {
             discount(true);
         }},
        {Qt::Key_F4, tr("Void line"),
         [this] {
             voidLine();
         }},
        {QKeySequence(Qt::SHIFT | Qt::Key_F4), tr("Return"),
         [this] {
             startReturn();
         }},
        {QKeySequence(Qt::CTRL | Qt::Key_F4), tr("Return, no receipt"),
         [this] {
             returnWithoutReceipt();
         }},
        {Qt::Key_F5, tr("Park"),
         [this] {
             park();
         }},
        {Qt::Key_F6, tr("Recall"),
         [this] {
             recall();
         }},
        {Qt::Key_F7, tr("Void sale"),
         [this] {
             voidSale();
         }},
        {Qt::Key_F8, tr("Cash"),
         [this] {
             cash(std::nullopt);
         }},
        {Qt::Key_F9, tr("Card"),
         [this] {
             card();
         }},
        {Qt::Key_F10, tr("Price"),
         [this] {
             price();
         }},
        {Qt::Key_F11, tr("Shift"),
         [this] {
             emit shiftRequested();
         }},
        {Qt::Key_F12, tr("Log out"),
         [this] {
             m_till.logOut();
         }},
    };
    auto* buttons = new QGridLayout;
    for (int i = 0; i < keys.size(); ++i) {
        QPushButton* button = functionButton(keys[i].key, keys[i].text, this);
        button->setObjectName(QStringLiteral("key") + keys[i].key.toString(QKeySequence::PortableText));
        connect(button, &QPushButton::clicked, this, keys[i].action);
        buttons->addWidget(button, i / 4, i % 4);
    }
    // Ctrl+K: the customer — typed name, e-mail or phone found and attached (Ctrl+Shift+K makes
    // a new one from "Name, e-mail, phone"; Ctrl+K with nothing typed takes them off).
    auto* customer = functionButton(QKeySequence(Qt::CTRL | Qt::Key_K), tr("Customer"), this);
    customer->setObjectName(QStringLiteral("keyCustomer"));
    connect(customer, &QPushButton::clicked, this, [this] { findCustomer(); });
    buttons->addWidget(customer, int(keys.size() + 1) / 4, int(keys.size() + 1) % 4);
    auto* newCustomer = functionButton(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), tr("New customer"), this);
    newCustomer->setObjectName(QStringLiteral("keyNewCustomer"));
    connect(newCustomer, &QPushButton::clicked, this, [this] {
        auto created = m_till.createCustomer(takeTyped());
        say(created ? tr("%1 is a new customer.").arg(created->name) : QString::fromStdString(created.error().message));
        refresh();
    });
    buttons->addWidget(newCustomer, int(keys.size() + 2) / 4, int(keys.size() + 2) % 4);
    // Ctrl+D opens the cash drawer without a sale (audited as such).
    auto* drawer = functionButton(QKeySequence(Qt::CTRL | Qt::Key_D), tr("Open drawer"), this);
    drawer->setObjectName(QStringLiteral("keyDrawer"));
    connect(drawer, &QPushButton::clicked, this, [this] {
        auto opened = m_till.openDrawerNoSale();
        say(opened ? tr("The drawer opens (recorded as a no-sale open).")
                   : QString::fromStdString(opened.error().message));
    });
    buttons->addWidget(drawer, int(keys.size() + 3) / 4, int(keys.size() + 3) % 4);
    // Ctrl+P reprints: the receipt whose number is typed, or the last one.
    auto* reprint = functionButton(QKeySequence(Qt::CTRL | Qt::Key_P), tr("Reprint"), this);
    reprint->setObjectName(QStringLiteral("keyReprint"));
    connect(reprint, &QPushButton::clicked, this, [this] {
        const QString number = takeTyped();
        auto printed = m_till.reprint(number);
        say(printed ? tr("Reprinting %1.").arg(number.isEmpty() ? tr("the last receipt") : number)
                    : QString::fromStdString(printed.error().message));
    });
    buttons->addWidget(reprint, int(keys.size()) / 4, int(keys.size()) % 4);
    // Ctrl+E: the receipt by e-mail — "anna@example.com" for the last sale, "R1-000042
    // anna@example.com" for another; sent with the next sync.
    auto* emailKey = functionButton(QKeySequence(Qt::CTRL | Qt::Key_E), tr("E-mail receipt"), this);
    emailKey->setObjectName(QStringLiteral("keyEmailReceipt"));
    connect(emailKey, &QPushButton::clicked, this, [this] {
        const QString typed = takeTyped();
        if (typed.isEmpty())
            return say(
                tr("Type the customer's e-mail address (a receipt number first for another sale), then Ctrl+E."));
        const qsizetype space = typed.lastIndexOf(QLatin1Char(' '));
        const QString number = space > 0 ? typed.left(space).trimmed() : QString();
        const QString email = space > 0 ? typed.mid(space + 1) : typed;
        auto queued = m_till.emailReceipt(number, email);
        say(queued ? tr("The receipt goes to %1 with the next sync.").arg(email.trimmed())
                   : QString::fromStdString(queued.error().message));
    });
    buttons->addWidget(emailKey, int(keys.size() + 7) / 4, int(keys.size() + 7) % 4);
    // Ctrl+U: the coupon whose code is typed (a scanned coupon needs no key); with nothing
    // typed, the sale's coupon comes off.
    auto* couponKey = functionButton(QKeySequence(Qt::CTRL | Qt::Key_U), tr("Coupon"), this);
    couponKey->setObjectName(QStringLiteral("keyCoupon"));
    connect(couponKey, &QPushButton::clicked, this, [this] { coupon(); });
    buttons->addWidget(couponKey, int(keys.size() + 4) / 4, int(keys.size() + 4) % 4);
    // Ctrl+G: a gift card ("CODE" pays what is due, "20.00 CODE" part of it); Ctrl+Shift+G:
    // the customer's store credit (an amount typed, or what is due; a sale that owes the
    // customer puts it onto their credit).
    auto* giftCardKey = functionButton(QKeySequence(Qt::CTRL | Qt::Key_G), tr("Gift card"), this);
    giftCardKey->setObjectName(QStringLiteral("keyGiftCard"));
    connect(giftCardKey, &QPushButton::clicked, this, [this] { giftCard(); });
    buttons->addWidget(giftCardKey, int(keys.size() + 5) / 4, int(keys.size() + 5) % 4);
    auto* creditKey = functionButton(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), tr("Store credit"), this);
    creditKey->setObjectName(QStringLiteral("keyStoreCredit"));
    connect(creditKey, &QPushButton::clicked, this, [this] { storeCredit(); });
    buttons->addWidget(creditKey, int(keys.size() + 6) / 4, int(keys.size() + 6) % 4);
    connect(&m_till, &Till::notice, this, &SaleScreen::say);
    // Up and down pick the line the next function key acts on, without leaving the entry.
    for (const auto& [key, step] : {std::pair{Qt::Key_Up, -1}, std::pair{Qt::Key_Down, 1}}) {
        // Only while the entry line has the keyboard: in the return panel's quantities, or
        // anywhere else, the arrows keep their usual meaning.
        auto* shortcut = new QShortcut(QKeySequence(key), m_entry);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, step = step] {
            if (m_picker->isOffering())
                return m_picker->step(step); // through the search's matches
            const int row = std::clamp(selectedLine() + step, 0, std::max(0, m_lines->rowCount() - 1));
            m_lines->selectRow(row);
        });
    }

    auto* totals = new QVBoxLayout;
    totals->addWidget(m_total);
    totals->addWidget(m_due);
    totals->addWidget(m_coupon);
    totals->addLayout(m_quickCash);
    totals->addStretch();
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_lines, 3);
    middle->addLayout(totals, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_who);
    layout->addWidget(m_entry);
    layout->addWidget(m_picker);
    layout->addLayout(middle, 1);
    layout->addWidget(m_approval);
    layout->addWidget(m_returns);
    connect(m_returns, &ReturnPanel::finished, this, [this](const QString& message) {
        say(message);
        refresh();
    });
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    refresh();
}

void SaleScreen::refresh() {
    const Sale& sale = m_till.sale();
    const auto& currency = m_till.store().currency;
    const auto& session = m_till.session();
    QString who = session ? tr("%1 — %2").arg(session->name, m_till.store().name) : QString();
    if (!sale.customerName().isEmpty()) {
        who += QStringLiteral(" — ") + tr("customer: %1").arg(sale.customerName());
        const qint64 earns = sale.loyaltyPoints();
        if (const auto points = m_till.customerPoints(); points && (*points != 0 || earns != 0))
            who += QStringLiteral(" — ") +
                   tr("%1 points, %2 with this sale")
                       .arg(QLocale().toString(*points),
                            (earns >= 0 ? QStringLiteral("+") : QString()) + QLocale().toString(earns));
    }
    m_who->setText(who);
    const int keep = selectedLine();
    const int before = m_lines->rowCount();
    m_lines->setRowCount(int(sale.lines().size()));
    auto priced = sale.priced();
    for (int i = 0; i < sale.lines().size(); ++i) {
        const Sale::Line& line = sale.lines().at(i);
        const qint64 lineTotal = priced ? priced->lines.at(std::size_t(i)).total : 0;
        const qint64 lineDiscount = priced ? priced->lines.at(std::size_t(i)).lineDiscount : 0;
        m_lines->setItem(i, 0, cell(line.item.name, false));
        m_lines->setItem(i, 1, cell(quantityText(line.qtyMilli), true));
        m_lines->setItem(i, 2, cell(client::moneyText(line.item.unitPrice, currency), true));
        m_lines->setItem(i, 3, cell(lineDiscount ? client::moneyText(-lineDiscount, currency) : QString(), true));
        m_lines->setItem(i, 4, cell(client::moneyText(lineTotal, currency), true));
    }
    // A new line is picked; otherwise the pick stays where the cashier put it.
    if (m_lines->rowCount() > 0)
        m_lines->selectRow(m_lines->rowCount() > before || keep < 0 ? m_lines->rowCount() - 1
                                                                    : std::min(keep, m_lines->rowCount() - 1));
    const qint64 total = priced ? priced->totals.total : 0;
    m_total->setText(client::moneyText(total, currency));
    auto due = sale.due();
    m_due->setText(!sale.tenders().isEmpty() && due ? tr("Still due: %1").arg(client::moneyText(*due, currency))
                                                    : QString());
    if (!sale.coupon())
        m_coupon->clear();
    else if (const auto problem = sale.couponProblem())
        m_coupon->setText(
            tr("Coupon %1: nothing off yet. %2").arg(sale.coupon()->code, couponRefusalText(problem->code)));
    else
        m_coupon->setText(
            tr("Coupon %1: %2").arg(sale.coupon()->code, client::moneyText(-sale.couponDiscount(), currency)));
    refreshQuickCash();
    m_entry->setFocus();
}

void SaleScreen::refreshQuickCash() {
    while (QLayoutItem* item = m_quickCash->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto due = m_till.sale().due();
    if (m_till.sale().isEmpty() || !due || *due <= 0)
        return;
    // Exact, then the next round notes above what is due (in major units of the currency).
    const qint64 major = m_till.store().currency.minorPerMajor();
    QList<qint64> amounts{*due};
    for (const qint64 note : {5, 10, 20, 50, 100}) {
        const qint64 step = note * major;
        const qint64 rounded = (*due + step - 1) / step * step;
        if (rounded > amounts.last() && amounts.size() < 4)
            amounts << rounded;
    }
    for (const qint64 amount : amounts) {
        auto* button = new QPushButton(client::moneyText(amount, m_till.store().currency), this);
        button->setObjectName(QStringLiteral("quickCash"));
        button->setMinimumHeight(kTouchTarget);
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, [this, amount] { cash(amount); });
        m_quickCash->addWidget(button);
    }
}

void SaleScreen::say(const QString& message) {
    m_message->setText(message);
}

int SaleScreen::selectedLine() const {
    const auto rows = m_lines->selectionModel() ? m_lines->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? m_lines->rowCount() - 1 : rows.first().row();
}

QString SaleScreen::takeTyped() {
    const QString typed = m_entry->text().trimmed();
    m_entry->clear();
    m_picker->close();
    return typed;
}

bool SaleScreen::done(const domain::Result<void>& result) {
    say(result ? QString() : QString::fromStdString(result.error().message));
    refresh();
    return result.ok();
}

void SaleScreen::scanned(const QString& code) {
    m_picker->close();
    done(m_till.scan(code));
}

void SaleScreen::enter() {
    // Enter picks the highlighted search match, if a search is showing; otherwise it scans.
    if (m_picker->pickCurrent())
        return;
    const QString code = takeTyped();
    m_picker->close();
    if (code.isEmpty())
        return;
    done(m_till.scan(code));
}

void SaleScreen::quantity() {
    auto qty = client::TypedInput::quantity(takeTyped());
    if (!qty)
        return say(QString::fromStdString(qty.error().message) + QLatin1Char(' ') + tr("Type the quantity, then F2."));
    done(m_till.setQuantity(selectedLine(), *qty));
}

void SaleScreen::discount(bool wholeTicket) {
    auto typed = client::TypedInput::discount(takeTyped(), m_till.store().currency);
    if (!typed)
        return say(QString::fromStdString(typed.error().message));
    const int line = selectedLine();
    const domain::Discount value = *typed;
    attempt([this, wholeTicket, line, value](const std::optional<Approval>& approval) {
        return wholeTicket ? m_till.setTicketDiscount(value, approval) : m_till.setLineDiscount(line, value, approval);
    });
}

void SaleScreen::price() {
    // "12.50 price match": the new price, then why.
    const QString typed = takeTyped();
    const qsizetype space = typed.indexOf(QLatin1Char(' '));
    auto amount = client::TypedInput::money(space < 0 ? typed : typed.left(space), m_till.store().currency);
    if (!amount)
        return say(QString::fromStdString(amount.error().message) + QLatin1Char(' ') +
                   tr("Type the new price and why (\"12.50 price match\"), then F10."));
    const QString reason = space < 0 ? QString() : typed.mid(space + 1);
    const int line = selectedLine();
    const qint64 unitPrice = *amount;
    attempt([this, line, unitPrice, reason](const std::optional<Approval>& approval) {
        return m_till.overridePrice(line, unitPrice, reason, approval);
    });
}

void SaleScreen::voidLine() {
    const QString reason = takeTyped();
    if (reason.isEmpty())
        return say(tr("Type why the line is voided, then F4."));
    done(m_till.voidLine(selectedLine(), reason));
}

void SaleScreen::park() {
    auto parked = m_till.park(takeTyped());
    say(parked ? tr("The sale is parked; F6 brings it back.") : QString::fromStdString(parked.error().message));
    refresh();
}

void SaleScreen::recall() {
    auto parked = m_till.parked();
    if (!parked)
        return say(QString::fromStdString(parked.error().message));
    if (parked->isEmpty())
        return say(tr("No sale is parked."));
    // The number typed picks one of several (1 = the oldest); nothing typed takes the oldest.
    const QString typed = takeTyped();
    const int pick = typed.isEmpty() ? 1 : typed.toInt();
    if (pick < 1 || pick > parked->size())
        return say(tr("%n sale(s) parked; type 1 to %n, then F6.", nullptr, int(parked->size())));
    done(m_till.recall(parked->at(pick - 1).id));
}

void SaleScreen::voidSale() {
    const QString reason = takeTyped();
    if (reason.isEmpty())
        return say(tr("Type why the whole sale is voided, then F7."));
    done(m_till.voidSale(reason));
}

void SaleScreen::findCustomer() {
    const QString typed = takeTyped();
    if (typed.isEmpty()) {
        m_till.detachCustomer();
        return say(tr("The sale is for no one in particular now."));
    }
    auto found = m_till.findCustomers(typed);
    if (!found)
        return say(QString::fromStdString(found.error().message));
    if (found->size() == 1) {
        auto attached = m_till.attachCustomer(found->first());
        return say(attached ? tr("The sale is for %1.").arg(found->first().name)
                            : QString::fromStdString(attached.error().message));
    }
    if (found->isEmpty())
        return say(
            tr("No customer matches \"%1\"; Ctrl+Shift+K makes a new one (\"Name, e-mail, phone\").").arg(typed));
    QStringList names;
    for (const CustomerCard& card : *found)
        names << card.name;
    say(tr("%n customer(s) match: %1. Type more of the name, e-mail or phone.", nullptr, int(found->size()))
            .arg(names.mid(0, 5).join(QStringLiteral(", "))));
}

void SaleScreen::coupon() {
    const QString code = takeTyped();
    if (code.isEmpty()) {
        if (!m_till.sale().coupon())
            return say(tr("Type or scan the coupon's code, then Ctrl+U."));
        auto removed = m_till.removeCoupon();
        say(removed ? tr("The coupon is off the sale.") : QString::fromStdString(removed.error().message));
        return refresh();
    }
    auto applied = m_till.applyCoupon(code);
    say(applied ? tr("Coupon %1 is on the sale.").arg(m_till.sale().coupon()->code)
                : QString::fromStdString(applied.error().message));
    refresh();
}

void SaleScreen::startReturn() {
    const QString number = takeTyped();
    if (number.isEmpty())
        return say(tr("Scan the receipt's barcode or type its number, then Shift+F4."));
    auto sale = m_till.findReceipt(number);
    if (!sale)
        return say(QString::fromStdString(sale.error().message));
    say(QString());
    m_returns->open(*sale);
}

void SaleScreen::returnWithoutReceipt() {
    const QString code = takeTyped();
    if (code.isEmpty())
        return say(tr("Scan or type the item that comes back, then Ctrl+F4."));
    attempt([this, code](const std::optional<Approval>& approval) {
        return m_till.returnWithoutReceipt(code, 1000, approval);
    });
}

void SaleScreen::settleOwed(qint64 due) {
    // The sale owes the customer (a return), or nets to nothing (an even exchange).
    if (due == 0) {
        if (done(m_till.finish()) && m_till.lastSale())
            say(tr("Sale %1 saved.").arg(m_till.lastSale()->number));
        return;
    }
    auto paidOut = m_till.refundCash();
    if (!paidOut) {
        say(QString::fromStdString(paidOut.error().message));
        return refresh();
    }
    say(tr("Give back %1 in cash — sale %2 saved.")
            .arg(client::moneyText(*paidOut, m_till.store().currency),
                 m_till.lastSale() ? m_till.lastSale()->number : QString()));
    refresh();
}

void SaleScreen::cash(std::optional<qint64> tendered) {
    const QString typed = takeTyped();
    if (!tendered) {
        if (typed.isEmpty()) {
            auto due = m_till.sale().due();
            if (!due)
                return say(QString::fromStdString(due.error().message));
            if (*due <= 0 && !m_till.sale().isEmpty())
                return settleOwed(*due);
            tendered = *due;
        } else {
            auto amount = client::TypedInput::money(typed, m_till.store().currency);
            if (!amount)
                return say(QString::fromStdString(amount.error().message));
            tendered = *amount;
        }
    }
    auto change = m_till.payCash(*tendered);
    if (!change) {
        say(QString::fromStdString(change.error().message));
        return refresh();
    }
    const auto& last = m_till.lastSale();
    if (m_till.sale().isEmpty() && last)
        say(tr("Change: %1 — sale %2 saved.").arg(client::moneyText(*change, m_till.store().currency), last->number));
    else
        say(QString());
    refresh();
}

void SaleScreen::card() {
    // The amount is keyed on the external terminal; what comes back here is the terminal's
    // reference for the payment: "A1B2C3" pays what is due, "20.00 A1B2C3" part of it.
    const QString typed = takeTyped();
    if (typed.isEmpty())
        return say(tr("Type the card terminal's reference (the amount first for part of the sale), then F9."));
    auto due = m_till.sale().due();
    if (!due)
        return say(QString::fromStdString(due.error().message));
    qint64 amount = *due;
    QString reference = typed;
    const qsizetype space = typed.indexOf(QLatin1Char(' '));
    if (space > 0) {
        if (auto part = client::TypedInput::money(typed.left(space), m_till.store().currency)) {
            amount = *part;
            reference = typed.mid(space + 1).trimmed();
        }
    }
    if (done(m_till.payCard(amount, reference)) && m_till.sale().isEmpty() && m_till.lastSale())
        say(tr("Sale %1 saved.").arg(m_till.lastSale()->number));
}

void SaleScreen::giftCard() {
    const QString typed = takeTyped();
    if (typed.isEmpty())
        return say(tr("Scan or type the gift card's code (the amount first for part of the sale), then Ctrl+G."));
    auto due = m_till.sale().due();
    if (!due)
        return say(QString::fromStdString(due.error().message));
    qint64 amount = *due;
    QString code = typed;
    const qsizetype space = typed.indexOf(QLatin1Char(' '));
    if (space > 0) {
        if (auto part = client::TypedInput::money(typed.left(space), m_till.store().currency)) {
            amount = *part;
            code = typed.mid(space + 1).trimmed();
        }
    }
    say(tr("Checking the gift card…"));
    QPointer<SaleScreen> self(this);
    m_till.payGiftCard(code, amount, [self](const domain::Result<void>& result) {
        if (self)
            self->tendered(result);
    });
}

void SaleScreen::storeCredit() {
    const QString typed = takeTyped();
    auto due = m_till.sale().due();
    if (!due)
        return say(QString::fromStdString(due.error().message));
    if (*due < 0 && typed.isEmpty()) { // the sale owes the customer: onto their credit
        auto credited = m_till.refundStoreCredit();
        say(credited
                ? tr("%1 onto %2's store credit.")
                      .arg(client::moneyText(*credited, m_till.store().currency),
                           m_till.sale().customerName().isEmpty() ? tr("the customer") : m_till.sale().customerName())
                : QString::fromStdString(credited.error().message));
        return refresh();
    }
    qint64 amount = *due;
    if (!typed.isEmpty()) {
        auto part = client::TypedInput::money(typed, m_till.store().currency);
        if (!part)
            return say(QString::fromStdString(part.error().message));
        amount = *part;
    }
    say(tr("Checking the store credit…"));
    QPointer<SaleScreen> self(this);
    m_till.payStoreCredit(amount, [self](const domain::Result<void>& result) {
        if (self)
            self->tendered(result);
    });
}

void SaleScreen::tendered(const domain::Result<void>& result) {
    if (!result)
        say(QString::fromStdString(result.error().message));
    else if (m_till.sale().isEmpty() && m_till.lastSale())
        say(tr("Sale %1 saved.").arg(m_till.lastSale()->number));
    else
        say(QString());
    refresh();
}

void SaleScreen::attempt(const Change& change) {
    auto result = change(std::nullopt);
    if (result || result.error().code != "approval_required") {
        done(result);
        return;
    }
    m_pending = change;
    m_approvalWhy->setText(QString::fromStdString(result.error().message));
    m_approver->clear();
    if (auto staff = m_till.staff()) {
        for (const StaffMember& member : *staff) {
            if (member.canApprove())
                m_approver->addItem(member.name, member.id);
        }
    }
    m_approverPin->clear();
    m_approvalReason->clear();
    m_approval->show();
    m_approverPin->setFocus();
}

void SaleScreen::approve() {
    if (!m_pending)
        return;
    auto approval =
        m_till.approve(m_approver->currentData().toString(), m_approverPin->text(), m_approvalReason->text());
    m_approverPin->clear();
    if (!approval) {
        m_approvalWhy->setText(QString::fromStdString(approval.error().message));
        return;
    }
    const Change change = *m_pending;
    cancelApproval();
    done(change(*approval));
}

void SaleScreen::cancelApproval() {
    m_pending.reset();
    m_approval->hide();
    m_entry->setFocus();
}

} // namespace tp::pos::ui
