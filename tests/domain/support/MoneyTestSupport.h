#pragma once

#include "DomainTestSupport.h"
#include "domain/money/Currency.h"
#include "domain/money/Money.h"

// A currency the test knows exists; fails loudly (not silently) if the table lost it.
inline tp::domain::Currency currency(const char* code) {
    auto found = tp::domain::Currency::fromCode(code);
    if (!found.ok())
        qFatal("test currency %s missing: %s", code, found.error().message.c_str());
    return found.value();
}

namespace tp::domain {

inline char* toString(const Money& money) {
    return QTest::toString(qs(money.toString()));
}

} // namespace tp::domain
