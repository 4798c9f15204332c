#include "inventory/StockLevel.h"

#include "domain/core/Timestamp.h"
#include "protocol/Rfc3339.h"

namespace tp::server::inventory {

Poco::JSON::Object::Ptr StockLevel::toJson() const {
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    json->set("sku", sku);
    json->set("variant_id", variantId);
    json->set("product_id", productId);
    json->set("store_id", storeId);
    json->set("on_hand", onHandMilli);
    json->set("reserved", reservedMilli);
    json->set("available", availableMilli());
    json->set("low_stock_threshold",
              lowStockThresholdMilli ? Poco::Dynamic::Var(*lowStockThresholdMilli) : Poco::Dynamic::Var());
    json->set("low_stock", isLow());
    json->set("negative", onHandMilli < 0);
    json->set("updated_at", updatedAt > 0 ? Poco::Dynamic::Var(
                                                protocol::formatRfc3339(tp::domain::timestampFromUnixMillis(updatedAt)))
                                          : Poco::Dynamic::Var());
    return json;
}

} // namespace tp::server::inventory
