#include "DemoReceipt.h"

#include "domain/barcode/ScannedBarcode.h"
#include "domain/money/Money.h"
#include "domain/pricing/TicketPricing.h"

namespace tp::demo {

namespace {

constexpr int kWidth = 42;

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

// "label ........ amount": one receipt row, the amount right-aligned in the last column.
QString row(const QString& label, const QString& amount) {
    const int room = kWidth - static_cast<int>(amount.size()) - 1;
    return label.left(room).leftJustified(room) + QLatin1Char(' ') + amount;
}

QString rule() {
    return QString(kWidth, QLatin1Char('-'));
}

} // namespace

DemoReceipt::DemoReceipt(const DemoStore& store, QLocale locale)
    : m_store(store)
    , m_locale(std::move(locale)) {}

QStringList DemoReceipt::demoBasket() {
    return {
        QStringLiteral("4006381333931"),     // highlighter
        QStringLiteral("4006381333931"),     // scanned again: quantity 2
        QStringLiteral("4008400402222"),     // hazelnut spread
        QStringLiteral("5901234123457"),     // Riesling (the coupon's scope)
        QStringLiteral("2100042007505"),     // scale label: 0.750 kg mountain cheese
        QStringLiteral("2300077003491"),     // scale label: sourdough bread 3.49
        QStringLiteral("4006381333932"),     // misread: wrong check digit
        QStringLiteral("8712345000011\r\n"), // a valid EAN the catalog does not know
    };
}

QString DemoReceipt::decimal(std::int64_t value, int decimals) const {
    // Locale separators, exact digits: never through a double.
    std::int64_t scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const std::int64_t magnitude = value < 0 ? -value : value;
    QString text = m_locale.toString(static_cast<qlonglong>(magnitude / scale));
    if (decimals > 0)
        text += m_locale.decimalPoint() + QStringLiteral("%1").arg(magnitude % scale, decimals, 10, QLatin1Char('0'));
    return value < 0 ? m_locale.negativeSign() + text : text;
}

QString DemoReceipt::money(std::int64_t minorUnits) const {
    return decimal(minorUnits, m_store.currency.exponent());
}

QString DemoReceipt::render(const QStringList& scans, const QString& couponCode, const QString& receiptId) const {
    using namespace tp::domain;

    struct RungLine {
        DemoProduct product;
        std::int64_t unitPrice;
        std::int64_t qtyMilli;
        bool weighed;
    };
    std::vector<RungLine> rung;
    QStringList problems;

    for (const QString& scan : scans) {
        const ScannedBarcode scanned = classifyBarcode(scan.toStdString(), m_store.nomenclature);
        const QString shown = scan.trimmed();
        switch (scanned.kind) {
        case BarcodeKind::ProductCode: {
            const auto found = m_store.productsByGtin.find(scanned.gtin);
            if (found == m_store.productsByGtin.end()) {
                problems << tr("%1: no product with this barcode").arg(shown);
                break;
            }
            // Scanning the same item again adds to its line, as at a real till.
            const auto same = std::find_if(rung.begin(), rung.end(), [&](const RungLine& line) {
                return !line.weighed && line.product.sku == found->second.sku;
            });
            if (same != rung.end())
                same->qtyMilli += 1000;
            else
                rung.push_back({found->second, found->second.unitPrice, 1000, false});
            break;
        }
        case BarcodeKind::WeighedItem:
        case BarcodeKind::PricedItem: {
            const auto found = m_store.productsByItemCode.find(scanned.rcnPrefix + scanned.itemCode);
            if (found == m_store.productsByItemCode.end()) {
                problems << tr("%1: no product with this scale label").arg(shown);
                break;
            }
            if (scanned.kind == BarcodeKind::WeighedItem)
                rung.push_back({found->second, found->second.unitPrice, scanned.qtyMilli, true});
            else
                rung.push_back({found->second, scanned.priceMinor, 1000, false});
            break;
        }
        case BarcodeKind::Coupon:
            problems << tr("%1: coupon barcodes are not accepted here; enter the coupon code").arg(shown);
            break;
        case BarcodeKind::Unknown:
            problems << tr("%1: not a usable barcode (%2)")
                            .arg(shown, fromStd(scanned.reason ? scanned.reason->message : std::string("unknown")));
            break;
        }
    }

    Ticket ticket{m_store.currency, {}, {}, std::nullopt, {}, Timestamp{}};
    for (const RungLine& line : rung) {
        ticket.lines.push_back(
            {line.product.sku, {line.product.categoryId}, line.product.taxClass, line.unitPrice, line.qtyMilli, {}});
    }
    if (!couponCode.isEmpty()) {
        if (couponCode.compare(fromStd(m_store.coupon.code), Qt::CaseInsensitive) == 0)
            ticket.coupon = m_store.coupon;
        else
            problems << tr("Coupon %1 does not exist").arg(couponCode);
    }

    auto pricedResult = priceTicket(ticket, m_store.taxes, m_store.taxPolicy);
    if (!pricedResult && ticket.coupon) {
        problems << tr("Coupon %1 not applied: %2").arg(couponCode, fromStd(pricedResult.error().message));
        ticket.coupon.reset();
        pricedResult = priceTicket(ticket, m_store.taxes, m_store.taxPolicy);
    }
    if (!pricedResult)
        return tr("The ticket cannot be priced: %1").arg(fromStd(pricedResult.error().message)) + QLatin1Char('\n');
    const PricedTicket& priced = pricedResult.value();

    QStringList out;
    out << m_store.name << tr("Receipt %1").arg(receiptId) << rule();
    for (std::size_t i = 0; i < rung.size(); ++i) {
        const RungLine& line = rung[i];
        const PricedLine& pricedLine = priced.lines[i];
        const QString letter = fromStd(m_store.taxLetters.at(line.product.taxClass));
        out << fromStd(line.product.name);
        const QString quantity = line.weighed
                                     ? tr("%1 kg × %2/kg").arg(decimal(line.qtyMilli, 3), money(line.unitPrice))
                                     : tr("%1 × %2").arg(line.qtyMilli / 1000).arg(money(line.unitPrice));
        out << row(QStringLiteral("   ") + quantity, money(pricedLine.amount) + QLatin1Char(' ') + letter);
        if (pricedLine.couponDiscount != 0) {
            out << row(QStringLiteral("   ") + tr("Coupon %1").arg(fromStd(m_store.coupon.code)),
                       money(-pricedLine.couponDiscount) + QStringLiteral("  "));
        }
    }
    out << rule();
    out << row(tr("Subtotal"), money(priced.totals.subtotal) + QStringLiteral("  "));
    if (priced.totals.discount != 0)
        out << row(tr("Discounts"), money(-priced.totals.discount) + QStringLiteral("  "));
    out << row(tr("TOTAL %1").arg(fromStd(m_store.currency.code())), money(priced.totals.total) + QStringLiteral("  "));

    const Money total(priced.totals.total, m_store.currency);
    if (auto cash = roundForCash(total, m_store.cashRounding); cash && !cash->adjustment.isZero()) {
        out << row(tr("Cash rounding"), money(cash->adjustment.minorUnits()) + QStringLiteral("  "));
        out << row(tr("To pay in cash"), money(cash->due.minorUnits()) + QStringLiteral("  "));
    }

    out << QString()
        << QStringLiteral("%1 %2 %3 %4")
               .arg(tr("VAT rate"), -10)
               .arg(tr("Net"), 10)
               .arg(tr("VAT"), 10)
               .arg(tr("Gross"), 10);
    for (const TaxAmounts& rate : priced.vat) {
        QString letter;
        for (const auto& [taxClass, classLetter] : m_store.taxLetters) {
            if (m_store.taxes.rateFor(taxClass).valueOr(-1) == rate.basisPoints)
                letter = fromStd(classLetter);
        }
        // 1900 bp → "19 %", 810 bp → "8.1 %" (locale decimal point, trailing zeros dropped).
        QString percent = decimal(rate.basisPoints, 2);
        if (rate.basisPoints % 100 == 0)
            percent = decimal(rate.basisPoints / 100, 0);
        else if (rate.basisPoints % 10 == 0)
            percent = decimal(rate.basisPoints / 10, 1);
        percent += QStringLiteral(" %");
        out << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(letter, -2)
                   .arg(percent, -7)
                   .arg(money(rate.net), 10)
                   .arg(money(rate.tax), 10)
                   .arg(money(rate.gross), 10);
    }
    if (!problems.isEmpty()) {
        out << rule() << tr("Not rung up:");
        for (const QString& problem : problems)
            out << QStringLiteral("  ") + problem;
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace tp::demo
