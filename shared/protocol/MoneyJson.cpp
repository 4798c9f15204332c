#include "protocol/MoneyJson.h"

namespace tp::protocol {

Poco::JSON::Object::Ptr moneyToJson(const tp::domain::Money& money) {
    Poco::JSON::Object::Ptr object = new Poco::JSON::Object;
    object->set("amount", static_cast<Poco::Int64>(money.minorUnits()));
    object->set("currency", money.currency().code());
    return object;
}

} // namespace tp::protocol
