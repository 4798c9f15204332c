#include "DemoStore.h"

namespace tp::demo {

namespace {

void addCatalog(DemoStore& store) {
    // Real GTIN-13s with valid check digits (GS1's own example 5901234123457 among them),
    // keyed by their 14-digit form as the barcode classifier reports them.
    store.productsByGtin = {
        {"04006381333931", {"HL-YELLOW", "Highlighter, yellow", "stationery", "standard", 129}},
        {"04008400402222", {"SPREAD-400", "Hazelnut spread 400 g", "grocery", "reduced", 349}},
        {"05901234123457", {"RIESLING-075", "Riesling 0.75 l", "wine", "standard", 599}},
        {"07612345678900", {"CHOC-100", "Dark chocolate 100 g", "grocery", "reduced", 149}},
    };
    // Items sold over the counter scale: weight labels (prefix 21) carry the kilograms,
    // price labels (prefix 23) the price; the catalog supplies name, tax class and kg price.
    store.productsByItemCode = {
        {"2100042", {"CHEESE-MOUNTAIN", "Mountain cheese", "deli", "reduced", 1990}},
        {"2300077", {"BREAD-SOURDOUGH", "Sourdough bread", "bakery", "reduced", 0}},
    };
    store.coupon.code = "AUTUMN10";
    store.coupon.type = tp::domain::Coupon::Type::Percent;
    store.coupon.value = 1000;
    store.coupon.categoryIds = {"wine"};
    store.taxLetters = {{"standard", "A"}, {"reduced", "B"}};
}

} // namespace

std::optional<DemoStore> DemoStore::named(const QString& name) {
    const bool berlin = name == QLatin1String("berlin");
    if (!berlin && name != QLatin1String("zurich"))
        return std::nullopt;
    const auto currency = tp::domain::Currency::fromCode(berlin ? "EUR" : "CHF").value();
    DemoStore store{berlin ? QStringLiteral("Tillpoint Demo · Berlin") : QStringLiteral("Tillpoint Demo · Zürich"),
                    currency,
                    {},
                    tp::domain::TaxPolicy{},
                    {},
                    tp::domain::CashRoundingRule::forCurrency(currency),
                    tp::domain::VariableMeasureNomenclature::defaults(),
                    {},
                    {},
                    {}};
    (void)store.taxes.setRate("standard", berlin ? 1900 : 810);
    (void)store.taxes.setRate("reduced", berlin ? 700 : 260);
    addCatalog(store);
    return store;
}

} // namespace tp::demo
