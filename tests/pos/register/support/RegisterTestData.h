#pragma once

#include <QJsonObject>
#include <QString>

#include <memory>

#include "domain/ids/UuidV7Generator.h"
#include "register/StoreProfile.h"

namespace tp::pos::testing {

// Register PINs hashed outside Qt (Python's hashlib.pbkdf2_hmac, 1,000 iterations) in the
// server's encoding: 4826 (a cashier's in the tests) and 1397 (a manager's).
inline const QString kPinHash4826 =
    QStringLiteral("pbkdf2-sha256$1000$cmVnaXN0ZXItc2FsdC0wMQ==$o8/AhH+oOp/j8RPaLNQcXWxRzlX1svNCEoaOSOXuaXc=");
inline const QString kPinHash1397 =
    QStringLiteral("pbkdf2-sha256$1000$cmVnaXN0ZXItc2FsdC0wMg==$cGEg7zPL7+Nc0N6EmdrhvehnXuakXmGFOjRt2719v2I=");

// Ids as the register makes them (UUIDv7 from the system clock and randomness).
inline std::unique_ptr<domain::UuidV7Generator> newIds() {
    return std::make_unique<domain::UuidV7Generator>(domain::UuidV7Generator::systemClock(),
                                                     domain::UuidV7Generator::systemRandomSource());
}

// A euro store with prices including 19 % standard VAT, as the feed's store entity.
inline StoreProfile berlinStore() {
    return *StoreProfile::fromJson(
        QStringLiteral("berlin"),
        QJsonObject{{"currency", "EUR"}, {"prices_include_tax", true}, {"tax_rates", QJsonObject{{"standard", 1900}}}});
}

// The feed's "register_staff" entity of one person.
inline QJsonObject registerStaff(const QString& id, const QString& email, const QString& role, const QString& pinHash,
                                 const QString& status = QStringLiteral("active")) {
    return QJsonObject{{"id", id}, {"email", email}, {"role", role}, {"status", status}, {"pin_hash", pinHash}};
}

} // namespace tp::pos::testing
