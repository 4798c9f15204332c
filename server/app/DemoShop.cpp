#include "app/DemoShop.h"

#include <array>
#include <chrono>
#include <vector>

#include "app/SecretFile.h"
#include "auth/OpaqueTokens.h"
#include "catalog/AttributeSets.h"
#include "catalog/Categories.h"
#include "catalog/Products.h"
#include "core/Validation.h"
#include "coupons/CouponRecords.h"
#include "coupons/CouponRequest.h"
#include "domain/barcode/Gtin.h"
#include "inventory/Inventory.h"
#include "protocol/JsonText.h"
#include "storedvalue/StoredValueLedger.h"
#include "sync/ChangeLog.h"

namespace tp::server::app {

using tp::domain::Result;

namespace {

// The demo catalog: generated in code, the same on every machine (names, prices, barcodes and
// stock come from fixed lists and a hash of the item's index, never from a random source).
// Products go in batches of one transaction each, so seeding takes well under a second on
// SQLite: there is no per-product commit.
class DemoCatalog {
public:
    DemoCatalog(ServerContext& context, std::string tenantId, std::string berlinId, std::string zurichId)
        : m_context(context)
        , m_tenantId(std::move(tenantId))
        , m_berlinId(std::move(berlinId))
        , m_zurichId(std::move(zurichId)) {}

    Result<int> seed();

private:
    struct Category {
        std::string id;
        std::string name;
    };
    // One product and the stock each of its variants gets in Berlin (Zurich gets half).
    struct Planned {
        catalog::ProductFields fields;
        std::int64_t stockMilli = 0;
        std::optional<std::int64_t> thresholdMilli;
    };

    static std::uint32_t hash(std::uint32_t x) {
        x ^= x >> 16;
        x *= 0x7feb352dU;
        x ^= x >> 15;
        x *= 0x846ca68bU;
        x ^= x >> 16;
        return x;
    }
    // An EAN-13 with a valid check digit from its 12-digit payload.
    static std::string ean13(const std::string& payload) {
        return payload + std::to_string(tp::domain::Gtin::checkDigit(payload).valueOr(0));
    }
    static std::string digits(std::uint64_t value, std::size_t width) {
        std::string text = std::to_string(value);
        return std::string(width > text.size() ? width - text.size() : 0, '0') + text;
    }
    // Swiss francs for a euro price, rounded to 5 rappen.
    static std::int64_t francs(std::int64_t euroCents) { return (euroCents * 105 + 250) / 500 * 5; }

    Result<void> inTransaction(const std::function<Result<void>(db::Connection&)>& work) {
        return m_context.database.transaction(db::Scope::tenant(m_tenantId), db::TransactionKind::Write, work);
    }
    std::string newId() { return m_context.newId(); }

    Result<void> makeCategories();
    Result<void> makeAttributeSet();
    void planApparel(std::vector<Planned>& plan);
    void planGroceries(std::vector<Planned>& plan);
    void planDeli(std::vector<Planned>& plan);
    Result<void> insert(const std::vector<Planned>& plan);
    Result<void> stock(const std::vector<Planned>& plan);

    ServerContext& m_context;
    std::string m_tenantId;
    std::string m_berlinId;
    std::string m_zurichId;
    std::map<std::string, std::string> m_categories; // name → id
    std::string m_apparelSetId;
    std::uint64_t m_serial = 0;
};

Result<void> DemoCatalog::makeCategories() {
    const std::vector<std::pair<std::string, std::vector<std::string>>> tree{
        {"Apparel", {"T-Shirts", "Hoodies", "Jeans", "Socks"}},
        {"Groceries", {"Bakery", "Dairy", "Pantry", "Drinks", "Fruit & Vegetables"}},
        {"Deli", {"Cheese", "Cold Cuts", "Olives & Antipasti"}},
    };
    const std::int64_t now = m_context.nowMillis();
    return inTransaction([&](db::Connection& connection) -> Result<void> {
        m_categories.clear();
        std::int64_t position = 0;
        for (const auto& [root, children] : tree) {
            auto made = catalog::Categories::insert(
                connection, m_tenantId, newId(), {root, catalog::Categories::slugOf(root), {}, position++}, false, now);
            if (!made)
                return made.error();
            m_categories[root] = made->id;
            std::int64_t childPosition = 0;
            for (const std::string& child : children) {
                auto sub = catalog::Categories::insert(
                    connection, m_tenantId, newId(),
                    {child, catalog::Categories::slugOf(child), made->id, childPosition++}, false, now);
                if (!sub)
                    return sub.error();
                m_categories[child] = sub->id;
            }
        }
        return {};
    });
}

Result<void> DemoCatalog::makeAttributeSet() {
    catalog::AttributeSetFields fields{"Apparel",
                                       {{"material", "Material", "text", {}, true},
                                        {"fit", "Fit", "enum", {"slim", "regular", "relaxed"}, false},
                                        {"organic", "Organic cotton", "boolean", {}, false},
                                        {"weight_g", "Fabric weight (g/m²)", "integer", {}, false}}};
    const std::int64_t now = m_context.nowMillis();
    return inTransaction([&](db::Connection& connection) -> Result<void> {
        auto set = catalog::AttributeSets::insert(connection, m_tenantId, newId(), fields, now);
        if (!set)
            return set.error();
        m_apparelSetId = set->id;
        return {};
    });
}

void DemoCatalog::planApparel(std::vector<Planned>& plan) {
    const std::array<const char*, 15> styles{"Classic", "Essential", "Heavyweight", "Organic", "Vintage",
                                             "Slim",    "Relaxed",   "Everyday",    "Premium", "Urban",
                                             "Coastal", "Alpine",    "Studio",      "Weekend", "Trail"};
    struct Kind {
        const char* name;
        const char* category;
        const char* sku;
        std::int64_t price;
        std::vector<std::string> sizes;
    };
    const std::vector<Kind> kinds{{"T-Shirt", "T-Shirts", "TS", 1990, {"S", "M", "L", "XL"}},
                                  {"Hoodie", "Hoodies", "HD", 4990, {"S", "M", "L", "XL"}},
                                  {"Jeans", "Jeans", "JN", 6990, {"28", "30", "32", "34", "36"}},
                                  {"Socks", "Socks", "SK", 790, {"35-38", "39-42", "43-46"}}};
    const std::array<const char*, 8> colours{"black", "white", "navy", "grey", "olive", "sand", "red", "indigo"};
    const std::array<const char*, 4> materials{"cotton", "cotton-elastane", "merino wool", "recycled polyester"};
    const std::array<const char*, 3> fits{"slim", "regular", "relaxed"};
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        for (std::size_t s = 0; s < styles.size(); ++s) {
            const Kind& kind = kinds[k];
            const auto h = hash(static_cast<std::uint32_t>(k * 100 + s));
            Planned planned;
            catalog::ProductFields& f = planned.fields;
            f.sku = std::string(kind.sku) + "-" + digits(s + 1, 3);
            f.name = std::string(styles[s]) + " " + kind.name;
            f.description = "A " + lowercase(styles[s]) + " " + lowercase(kind.name) + " from the demo collection.";
            f.priceAmount = kind.price + static_cast<std::int64_t>(h % 4) * 500;
            f.taxClass = "standard";
            f.categoryIds = {m_categories["Apparel"], m_categories[kind.category]};
            f.attributeSetId = m_apparelSetId;
            f.attributes = new Poco::JSON::Object;
            f.attributes->set("material", std::string(materials[h % materials.size()]));
            f.attributes->set("fit", std::string(fits[(h >> 4) % fits.size()]));
            f.attributes->set("organic", s == 3 || (h >> 8) % 3 == 0);
            f.attributes->set("weight_g", static_cast<int>(140 + (h >> 12) % 8 * 20));
            std::vector<std::string> picked;
            for (std::size_t c = 0; c < 3; ++c)
                picked.push_back(colours[(h + c * 3) % colours.size()]);
            f.options = {{"size", kind.sizes}, {"colour", picked}};
            for (const std::string& colour : picked) {
                for (const std::string& size : kind.sizes) {
                    catalog::Variant variant;
                    variant.sku = f.sku + "-" + size + "-" + colour.substr(0, 3);
                    for (char& c : variant.sku)
                        c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
                    variant.options = {{"size", size}, {"colour", colour}};
                    variant.barcodes = {ean13("20" + digits(++m_serial, 10))};
                    if (size == "XL" || size == "36")
                        variant.priceAmount = f.priceAmount + 200;
                    variant.storePrices = {{m_zurichId, francs(variant.priceAmount.value_or(f.priceAmount)), "CHF"}};
                    f.variants.push_back(std::move(variant));
                }
            }
            planned.stockMilli = static_cast<std::int64_t>(2 + (h >> 16) % 10) * 1000;
            plan.push_back(std::move(planned));
        }
    }
}

void DemoCatalog::planGroceries(std::vector<Planned>& plan) {
    const std::array<const char*, 10> brands{"Nordhof",  "Alpenglück", "Sonnenfeld", "Bergquell", "Gutshof",
                                             "Rheintal", "Waldkorn",   "Seeblick",   "Hofmark",   "Lindenau"};
    struct Item {
        const char* name;
        const char* category;
        std::int64_t price;
        const char* taxClass;
    };
    const std::vector<Item> items{
        {"Sourdough Bread 750 g", "Bakery", 349, "reduced"},
        {"Rye Rolls 6 pcs", "Bakery", 229, "reduced"},
        {"Butter Croissants 4 pcs", "Bakery", 299, "reduced"},
        {"Pretzels 2 pcs", "Bakery", 179, "reduced"},
        {"Whole Milk 1 L", "Dairy", 119, "reduced"},
        {"Greek Yogurt 500 g", "Dairy", 249, "reduced"},
        {"Butter 250 g", "Dairy", 229, "reduced"},
        {"Gouda Slices 200 g", "Dairy", 279, "reduced"},
        {"Spaghetti 500 g", "Pantry", 149, "reduced"},
        {"Basmati Rice 1 kg", "Pantry", 299, "reduced"},
        {"Olive Oil 500 ml", "Pantry", 699, "reduced"},
        {"Tomato Passata 690 g", "Pantry", 139, "reduced"},
        {"Rolled Oats 500 g", "Pantry", 119, "reduced"},
        {"Mineral Water 1.5 L", "Drinks", 59, "standard"},
        {"Apple Juice 1 L", "Drinks", 179, "standard"},
        {"Ground Coffee 500 g", "Drinks", 649, "reduced"},
        {"Green Tea 20 bags", "Drinks", 219, "reduced"},
        {"Bananas 1 kg", "Fruit & Vegetables", 199, "reduced"},
        {"Apples 1 kg", "Fruit & Vegetables", 249, "reduced"},
        {"Carrots 1 kg", "Fruit & Vegetables", 129, "reduced"},
    };
    for (std::size_t b = 0; b < brands.size(); ++b) {
        for (std::size_t i = 0; i < items.size(); ++i) {
            const auto h = hash(static_cast<std::uint32_t>(1000 + b * 100 + i));
            const std::size_t number = b * items.size() + i + 1;
            Planned planned;
            catalog::ProductFields& f = planned.fields;
            f.sku = "GR-" + digits(number, 4);
            f.name = std::string(brands[b]) + " " + items[i].name;
            f.priceAmount = items[i].price + static_cast<std::int64_t>(b) * 10;
            f.taxClass = items[i].taxClass;
            f.categoryIds = {m_categories["Groceries"], m_categories[items[i].category]};
            catalog::Variant variant;
            variant.sku = f.sku;
            variant.barcodes = {ean13("4012345" + digits(number, 5))};
            variant.storePrices = {{m_zurichId, francs(f.priceAmount), "CHF"}};
            f.variants = {variant};
            planned.stockMilli = static_cast<std::int64_t>(6 + h % 60) * 1000;
            planned.thresholdMilli = 10000;
            plan.push_back(std::move(planned));
        }
    }
}

void DemoCatalog::planDeli(std::vector<Planned>& plan) {
    struct Item {
        const char* name;
        const char* category;
        std::int64_t pricePerKg;
    };
    const std::vector<Item> items{
        {"Aged Gouda", "Cheese", 2490},
        {"Emmental", "Cheese", 2290},
        {"Brie de Meaux", "Cheese", 2990},
        {"Comté 18 months", "Cheese", 3690},
        {"Gruyère AOP", "Cheese", 3290},
        {"Parmigiano Reggiano", "Cheese", 3490},
        {"Manchego", "Cheese", 2890},
        {"Bergkäse", "Cheese", 2790},
        {"Tilsiter", "Cheese", 1990},
        {"Appenzeller", "Cheese", 2990},
        {"Roquefort", "Cheese", 3990},
        {"Taleggio", "Cheese", 2690},
        {"Pecorino Romano", "Cheese", 3190},
        {"Goat Cheese Log", "Cheese", 2590},
        {"Black Forest Ham", "Cold Cuts", 2990},
        {"Salami Milano", "Cold Cuts", 2490},
        {"Mortadella", "Cold Cuts", 1690},
        {"Prosciutto di Parma", "Cold Cuts", 4990},
        {"Turkey Breast", "Cold Cuts", 2190},
        {"Roast Beef", "Cold Cuts", 3890},
        {"Bresaola", "Cold Cuts", 4590},
        {"Coppa", "Cold Cuts", 3490},
        {"Pastrami", "Cold Cuts", 3290},
        {"Chorizo", "Cold Cuts", 2290},
        {"Serrano Ham", "Cold Cuts", 3990},
        {"Smoked Salmon", "Cold Cuts", 4890},
        {"Kalamata Olives", "Olives & Antipasti", 1890},
        {"Green Olives with Garlic", "Olives & Antipasti", 1690},
        {"Marinated Artichokes", "Olives & Antipasti", 2290},
        {"Sun-dried Tomatoes", "Olives & Antipasti", 2490},
        {"Stuffed Peppers", "Olives & Antipasti", 2190},
        {"Feta Cubes in Oil", "Olives & Antipasti", 1990},
        {"Grilled Zucchini", "Olives & Antipasti", 1790},
        {"Mixed Antipasti", "Olives & Antipasti", 2690},
        {"Pesto Genovese", "Olives & Antipasti", 2890},
        {"Hummus", "Olives & Antipasti", 1290},
        {"Tzatziki", "Olives & Antipasti", 1390},
        {"Marinated Mushrooms", "Olives & Antipasti", 2090},
        {"Caper Berries", "Olives & Antipasti", 2790},
        {"Roasted Garlic Cloves", "Olives & Antipasti", 2390},
    };
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto h = hash(static_cast<std::uint32_t>(5000 + i));
        Planned planned;
        catalog::ProductFields& f = planned.fields;
        f.sku = "DL-" + digits(i + 1, 3);
        f.name = items[i].name;
        f.description = "Sold by weight; the price is per kilogram.";
        f.priceAmount = items[i].pricePerKg;
        f.taxClass = "reduced";
        f.soldBy = "weight";
        f.categoryIds = {m_categories["Deli"], m_categories[items[i].category]};
        catalog::Variant variant;
        variant.sku = f.sku;
        variant.storePrices = {{m_zurichId, francs(f.priceAmount), "CHF"}};
        f.variants = {variant};
        planned.stockMilli = static_cast<std::int64_t>(1500 + h % 8000); // grams in thousandths of a kilogram
        planned.thresholdMilli = 1000;
        plan.push_back(std::move(planned));
    }
}

Result<void> DemoCatalog::insert(const std::vector<Planned>& plan) {
    constexpr std::size_t kBatch = 50;
    for (std::size_t start = 0; start < plan.size(); start += kBatch) {
        const std::int64_t now = m_context.nowMillis();
        auto inserted = inTransaction([&](db::Connection& connection) -> Result<void> {
            for (std::size_t i = start; i < std::min(plan.size(), start + kBatch); ++i) {
                auto product = catalog::Products::insert(
                    connection, m_context.productDocuments.get(), m_tenantId, [this] { return newId(); },
                    plan[i].fields, now);
                if (!product)
                    return tp::domain::makeError(product.error().code,
                                                 plan[i].fields.sku + ": " + product.error().message);
            }
            return {};
        });
        if (!inserted)
            return inserted;
    }
    return {};
}

Result<void> DemoCatalog::stock(const std::vector<Planned>& plan) {
    // Every variant's stock in both stores, as receipts a week ago and a few sales since.
    std::vector<std::pair<const Planned*, std::string>> variants;
    for (const Planned& planned : plan) {
        for (const catalog::Variant& variant : planned.fields.variants)
            variants.emplace_back(&planned, variant.sku);
    }
    constexpr std::size_t kBatch = 200;
    const std::int64_t weekAgo = m_context.nowMillis() - 7 * 24 * 3600 * 1000LL;
    for (std::size_t start = 0; start < variants.size(); start += kBatch) {
        const std::int64_t now = m_context.nowMillis();
        auto stocked = inTransaction([&](db::Connection& connection) -> Result<void> {
            for (std::size_t i = start; i < std::min(variants.size(), start + kBatch); ++i) {
                const auto& [planned, sku] = variants[i];
                const std::int64_t berlin = planned->stockMilli;
                const std::int64_t zurich = std::max<std::int64_t>(berlin / 2, 1000);
                const std::int64_t sold = hash(static_cast<std::uint32_t>(9000 + i)) % 3 * (berlin / 10);
                std::vector<std::pair<std::string, inventory::MovementRequest>> moves{
                    {m_berlinId, {"demo-receipt-berlin-" + sku, m_berlinId, sku, berlin, "receipt", weekAgo}},
                    {m_zurichId, {"demo-receipt-zurich-" + sku, m_zurichId, sku, zurich, "receipt", weekAgo}}};
                if (sold > 0)
                    moves.push_back({m_berlinId, {"demo-sale-berlin-" + sku, m_berlinId, sku, -sold, "sale", {}}});
                for (const auto& [store, move] : moves) {
                    auto applied = inventory::Inventory::applyMovement(
                        connection, m_tenantId, "platform_admin", move, [this] { return newId(); }, now);
                    if (!applied)
                        return applied.error();
                }
                if (planned->thresholdMilli) {
                    auto set = inventory::Inventory::applyThreshold(connection, m_tenantId, m_berlinId, sku,
                                                                    planned->thresholdMilli, now);
                    if (!set)
                        return set.error();
                }
            }
            return {};
        });
        if (!stocked)
            return stocked;
    }
    return {};
}

Result<int> DemoCatalog::seed() {
    if (auto made = makeCategories(); !made)
        return made.error();
    if (auto made = makeAttributeSet(); !made)
        return made.error();
    std::vector<Planned> plan;
    planApparel(plan);
    planGroceries(plan);
    planDeli(plan);
    if (auto inserted = insert(plan); !inserted)
        return inserted.error();
    if (auto stocked = stock(plan); !stocked)
        return stocked.error();
    return static_cast<int>(plan.size());
}

// Seeds the catalog unless the tenant has products already (a start interrupted while
// seeding tries again).
Result<void> seedDemoCatalog(ServerContext& context, const std::string& tenantId, stores::Stores& stores,
                             std::ostream& out) {
    auto existing = context.database.transact<bool>(
        db::Scope::tenant(tenantId), db::TransactionKind::Read, [&](db::Connection& connection) -> Result<bool> {
            auto rows = connection.execute("SELECT 1 FROM products WHERE tenant_id = ? LIMIT 1", {tenantId});
            if (!rows)
                return rows.error();
            return !rows->empty();
        });
    if (!existing)
        return existing.error();
    if (existing.value())
        return {};
    auto all = stores.list(tenantId);
    if (!all)
        return all.error();
    std::string berlin;
    std::string zurich;
    for (const stores::Store& store : all.value()) {
        if (store.fields.code == "berlin")
            berlin = store.id;
        if (store.fields.code == "zurich")
            zurich = store.id;
    }
    if (berlin.empty() || zurich.empty())
        return tp::domain::makeError("invalid_state", "the demo tenant lacks its berlin or zurich store");
    const auto started = std::chrono::steady_clock::now();
    auto seeded = DemoCatalog(context, tenantId, berlin, zurich).seed();
    if (!seeded)
        return seeded.error();
    const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    out << "tillpoint-server: seeded the demo catalog: " << seeded.value() << " products with stock in 2 stores ("
        << took.count() << " ms)\n";
    return {};
}

} // namespace

// Something to try at the till: two coupons and a gift card (loyalty is on in both stores).
Result<void> seedDemoOffers(ServerContext& context, const std::string& tenantId, std::ostream& out) {
    const std::int64_t now = context.nowMillis();
    auto seeded = context.database.transaction(
        db::Scope::tenant(tenantId), db::TransactionKind::Write, [&](db::Connection& connection) -> Result<void> {
            coupons::CouponRequest welcome;
            welcome.code = "WELCOME10";
            welcome.name = "10 % for a first visit";
            welcome.type = "percent";
            welcome.value = 1000;
            welcome.maxRedemptionsPerCustomer = 1;
            coupons::CouponRequest summer;
            summer.code = "SUMMER5";
            summer.name = "5 EUR off from 30 EUR";
            summer.type = "fixed";
            summer.value = 500;
            summer.currency = "EUR";
            summer.minimumOrder = 3000;
            for (coupons::CouponRequest* coupon : {&welcome, &summer}) {
                coupon->id = context.newId();
                const std::string text = protocol::toJsonText(coupon->toJson(1, now, now));
                if (auto written = coupons::CouponRecords::write(connection, tenantId, coupon->id, coupon->code,
                                                                 coupon->status, text, 1, now, now);
                    !written)
                    return written;
                if (auto published =
                        sync::ChangeLog::publishUpsert(connection, tenantId, "coupon", coupon->id, text, now);
                    !published)
                    return published;
            }
            auto card = storedvalue::StoredValueLedger::issueGiftCard(
                connection, tenantId, context.newId(), "DEMO-GIFT-0001", "EUR", 5000,
                [&context] { return context.newId(); }, now);
            if (!card)
                return card.error();
            return {};
        });
    if (!seeded)
        return seeded;
    out << "tillpoint-server: demo coupons WELCOME10 and SUMMER5, gift card DEMO-GIFT-0001 (50.00 EUR)\n";
    return {};
}

tp::domain::Result<void> seedDemoShop(ServerContext& context, control::Tenants& tenants, stores::Stores& stores,
                                      const auth::PasswordHasher& hasher, const std::filesystem::path& dataDir,
                                      std::ostream& out) {
    bool created = false;
    auto password = loadOrCreateSecret(
        dataDir / "demo-password",
        []() -> Result<std::string> {
            auto token = auth::OpaqueTokens::generate("demo-");
            if (!token)
                return token.error();
            return token.value().substr(0, 17); // "demo-" + 12 random characters
        },
        created);
    if (!password)
        return password.error();

    if (auto known = tenants.findBySlug("demo"); known.ok()) {
        if (auto catalog = seedDemoCatalog(context, known->id, stores, out); !catalog)
            return catalog.error();
        out << "tillpoint-server: demo shop \"demo\": log in as demo@example.com with password " << password.value()
            << "\n";
        return {};
    }
    auto hash = hasher.hash(password.value());
    if (!hash)
        return hash.error();
    control::NewTenant tenant{"demo", "Tillpoint Demo", "enterprise", "demo@example.com", hash.value(), "EUR"};
    auto demo = tenants.create(tenant, "platform_admin");
    if (!demo)
        return demo.error();

    // The first store becomes Berlin; Zurich is added with Swiss VAT and francs.
    auto all = stores.list(demo->id);
    if (!all)
        return all.error();
    stores::Store berlin = all->front();
    stores::StoreFields berlinFields = berlin.fields;
    berlinFields.code = "berlin";
    berlinFields.name = "Tillpoint Demo Berlin";
    berlinFields.locale = "de_DE";
    berlinFields.timezone = "Europe/Berlin";
    berlinFields.taxRates = {{"standard", 1900}, {"reduced", 700}, {"zero", 0}};
    berlinFields.receiptHeader = "Tillpoint Demo · Friedrichstraße 1 · 10117 Berlin";
    berlinFields.receiptFooter = "Danke für Ihren Einkauf!";
    berlinFields.loyaltyPointsPerUnit = 1;
    Poco::JSON::Object::Ptr current;
    if (auto updated = stores.update(demo->id, berlin.id, berlin.version, berlinFields, current); !updated)
        return updated.error();

    stores::StoreFields zurich;
    zurich.code = "zurich";
    zurich.name = "Tillpoint Demo Zürich";
    zurich.currency = "CHF";
    zurich.locale = "de_CH";
    zurich.timezone = "Europe/Zurich";
    zurich.taxRates = {{"standard", 810}, {"reduced", 260}, {"zero", 0}};
    zurich.receiptHeader = "Tillpoint Demo · Bahnhofstrasse 1 · 8001 Zürich";
    zurich.receiptFooter = "Merci vielmal!";
    zurich.loyaltyPointsPerUnit = 1;
    if (auto createdStore = stores.create(demo->id, zurich); !createdStore)
        return createdStore.error();
    if (auto catalog = seedDemoCatalog(context, demo->id, stores, out); !catalog)
        return catalog.error();
    if (auto offers = seedDemoOffers(context, demo->id, out); !offers)
        return offers.error();

    out << "tillpoint-server: created the demo shop \"demo\": log in as demo@example.com with password "
        << password.value() << " (also in " << (dataDir / "demo-password").string() << ")\n";
    return {};
}

} // namespace tp::server::app
