#pragma once

#include <Poco/JSON/Object.h>

#include "domain/money/Money.h"

namespace tp::protocol {

// {"amount": <integer minor units>, "currency": "EUR"} — the one wire form of money.
Poco::JSON::Object::Ptr moneyToJson(const tp::domain::Money& money);

} // namespace tp::protocol
