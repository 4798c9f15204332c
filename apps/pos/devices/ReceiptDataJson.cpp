#include "ReceiptDataJson.h"

#include <QJsonArray>

namespace tp::pos::devices {

namespace {

QJsonObject pricedToJson(const domain::PricedLine& priced) {
    return QJsonObject{{"amount", qint64(priced.amount)},
                       {"line_discount", qint64(priced.lineDiscount)},
                       {"ticket_discount", qint64(priced.ticketDiscount)},
                       {"coupon_discount", qint64(priced.couponDiscount)},
                       {"tax_bp", priced.taxBasisPoints},
                       {"net", qint64(priced.net)},
                       {"tax", qint64(priced.tax)},
                       {"total", qint64(priced.total)}};
}

qint64 integer(const QJsonObject& json, const char* key) {
    return json.value(QLatin1String(key)).toInteger();
}

} // namespace

QJsonObject receiptToJson(const ReceiptData& receipt) {
    QJsonArray lines;
    for (const ReceiptLine& line : receipt.lines)
        lines.append(QJsonObject{{"description", line.description},
                                 {"qty_milli", qint64(line.qtyMilli)},
                                 {"unit_price", qint64(line.unitPrice)},
                                 {"weighed", line.weighed},
                                 {"discount_label", line.discountLabel},
                                 {"priced", pricedToJson(line.priced)}});
    QJsonArray vat;
    for (const domain::TaxAmounts& rate : receipt.vat)
        vat.append(QJsonObject{{"bp", rate.basisPoints},
                               {"net", qint64(rate.net)},
                               {"tax", qint64(rate.tax)},
                               {"gross", qint64(rate.gross)}});
    QJsonArray tenders;
    for (const ReceiptTender& tender : receipt.tenders)
        tenders.append(QJsonObject{{"label", tender.label}, {"amount", qint64(tender.amount)}});
    return QJsonObject{{"currency", QString::fromStdString(receipt.currency.code())},
                       {"number", receipt.receiptNumber},
                       {"issued_at", receipt.issuedAt},
                       {"cashier", receipt.cashier},
                       {"lines", lines},
                       {"totals", QJsonObject{{"subtotal", qint64(receipt.totals.subtotal)},
                                              {"discount", qint64(receipt.totals.discount)},
                                              {"tax", qint64(receipt.totals.tax)},
                                              {"total", qint64(receipt.totals.total)}}},
                       {"vat", vat},
                       {"tenders", tenders},
                       {"change", qint64(receipt.change)},
                       {"cash_rounding", qint64(receipt.cashRounding)}};
}

std::optional<ReceiptData> receiptFromJson(const QJsonObject& json) {
    auto currency = domain::Currency::fromCode(json.value(QLatin1String("currency")).toString().toStdString());
    const QString number = json.value(QLatin1String("number")).toString();
    if (!currency || number.isEmpty() || !json.value(QLatin1String("lines")).isArray())
        return std::nullopt;
    ReceiptData receipt;
    receipt.currency = *currency;
    receipt.receiptNumber = number;
    receipt.issuedAt = json.value(QLatin1String("issued_at")).toString();
    receipt.cashier = json.value(QLatin1String("cashier")).toString();
    for (const QJsonValue& value : json.value(QLatin1String("lines")).toArray()) {
        const QJsonObject line = value.toObject();
        const QJsonObject priced = line.value(QLatin1String("priced")).toObject();
        ReceiptLine parsed{line.value(QLatin1String("description")).toString(),
                           integer(line, "qty_milli"),
                           integer(line, "unit_price"),
                           line.value(QLatin1String("weighed")).toBool(),
                           line.value(QLatin1String("discount_label")).toString(),
                           {}};
        parsed.priced.amount = integer(priced, "amount");
        parsed.priced.lineDiscount = integer(priced, "line_discount");
        parsed.priced.ticketDiscount = integer(priced, "ticket_discount");
        parsed.priced.couponDiscount = integer(priced, "coupon_discount");
        parsed.priced.taxBasisPoints = std::int32_t(integer(priced, "tax_bp"));
        parsed.priced.net = integer(priced, "net");
        parsed.priced.tax = integer(priced, "tax");
        parsed.priced.total = integer(priced, "total");
        receipt.lines << parsed;
    }
    const QJsonObject totals = json.value(QLatin1String("totals")).toObject();
    receipt.totals = domain::TicketTotals{integer(totals, "subtotal"), integer(totals, "discount"),
                                          integer(totals, "tax"), integer(totals, "total")};
    for (const QJsonValue& value : json.value(QLatin1String("vat")).toArray()) {
        const QJsonObject rate = value.toObject();
        receipt.vat.push_back(domain::TaxAmounts{std::int32_t(integer(rate, "bp")), integer(rate, "net"),
                                                 integer(rate, "tax"), integer(rate, "gross")});
    }
    for (const QJsonValue& value : json.value(QLatin1String("tenders")).toArray()) {
        const QJsonObject tender = value.toObject();
        receipt.tenders << ReceiptTender{tender.value(QLatin1String("label")).toString(), integer(tender, "amount")};
    }
    receipt.change = integer(json, "change");
    receipt.cashRounding = integer(json, "cash_rounding");
    return receipt;
}

} // namespace tp::pos::devices
