#pragma once

// Printing helpers so QCOMPARE failures on domain types show values, not "<unknown>".
// They live in the types' namespaces because Qt Test finds toString() by argument lookup.

#include <QString>
#include <QTest>

#include <string>
#include <string_view>

#include "domain/core/Result.h"

inline QString qs(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

namespace tp::domain {

inline char* toString(const Error& error) {
    return QTest::toString(QStringLiteral("Error{%1: %2}").arg(qs(error.code), qs(error.message)));
}

} // namespace tp::domain

// Fails the current test with the error's text when `result` is not ok.
#define TP_VERIFY_OK(result)                                                                                           \
    do {                                                                                                               \
        const auto& tpResult_ = (result);                                                                              \
        if (!tpResult_.ok())                                                                                           \
            QFAIL(qPrintable(QStringLiteral("expected success, got %1: %2")                                            \
                                 .arg(qs(tpResult_.error().code), qs(tpResult_.error().message))));                    \
    } while (false)

// Verifies that `result` failed with exactly `expectedCode`.
#define TP_VERIFY_ERROR(result, expectedCode)                                                                          \
    do {                                                                                                               \
        const auto& tpResult_ = (result);                                                                              \
        QVERIFY2(!tpResult_.ok(), "expected an error, got success");                                                   \
        QCOMPARE(qs(tpResult_.error().code), QStringLiteral(expectedCode));                                            \
        QVERIFY2(!tpResult_.error().message.empty(), "an error must carry a message");                                 \
    } while (false)
