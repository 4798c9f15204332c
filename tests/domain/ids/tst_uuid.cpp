#include <QTest>

#include <functional>

#include "DomainTestSupport.h"
#include "domain/ids/Uuid.h"

using namespace tp::domain;

Q_DECLARE_METATYPE(tp::domain::UuidVariant)

namespace tp::domain {
inline char* toString(const Uuid& id) {
    return QTest::toString(qs(id.toString()));
}
} // namespace tp::domain

namespace {

Uuid parsed(const char* text) {
    const Result<Uuid> result = Uuid::parse(text);
    return result.ok() ? result.value() : Uuid{};
}

} // namespace

// Uuid: text form, parsing, version and variant bits, the v7 layout.
class TestUuid : public QObject {
    Q_OBJECT

private slots:
    void rfc9562V7TestVector();
    void roundTrip_data();
    void roundTrip();
    void malformedRejected_data();
    void malformedRejected();
    void versionAndVariant_data();
    void versionAndVariant();
    void v7TimestampOnlyForVersion7_data();
    void v7TimestampOnlyForVersion7();
    void fromV7FieldsDropsExcessBits();
    void orderIsTextOrder_data();
    void orderIsTextOrder();
    void defaultIsNil();
    void equalIdsHashEqual();
};

void TestUuid::rfc9562V7TestVector() {
    // RFC 9562 Appendix A.6: unix ms 0x017F22E279B0 (Tuesday, February 22, 2022 2:22:22 PM GMT-05:00).
    const Result<Uuid> id = Uuid::parse("017F22E2-79B0-7CC3-98C4-DC0C0C07398F");
    TP_VERIFY_OK(id);
    QCOMPARE(id->version(), 7);
    QVERIFY(id->variant() == UuidVariant::Rfc9562);
    QVERIFY(id->v7Timestamp().has_value());
    QCOMPARE(unixMillis(*id->v7Timestamp()), 0x017F22E279B0LL);
    QCOMPARE(id->v7RandA(), std::uint16_t{0xCC3});
    QCOMPARE(Uuid::fromV7Fields(0x017F22E279B0, 0xCC3, 0x18C4DC0C0C07398F), id.value());
    QCOMPARE(qs(id->toString()), QStringLiteral("017f22e2-79b0-7cc3-98c4-dc0c0c07398f"));
}

void TestUuid::roundTrip_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("nil uuid") << "00000000-0000-0000-0000-000000000000"
                              << "00000000-0000-0000-0000-000000000000";
    QTest::newRow("max uuid") << "ffffffff-ffff-ffff-ffff-ffffffffffff"
                              << "ffffffff-ffff-ffff-ffff-ffffffffffff";
    QTest::newRow("rfc 9562 v4 example") << "919108f7-52d1-4320-9bac-f847db4148a8"
                                         << "919108f7-52d1-4320-9bac-f847db4148a8";
    QTest::newRow("uppercase comes back lowercase") << "017F22E2-79B0-7CC3-98C4-DC0C0C07398F"
                                                    << "017f22e2-79b0-7cc3-98c4-dc0c0c07398f";
    QTest::newRow("mixed case comes back lowercase") << "C232aB00-9414-11eC-b3C8-9f6BdEcEd846"
                                                     << "c232ab00-9414-11ec-b3c8-9f6bdeced846";
    QTest::newRow("every hex digit") << "01234567-89ab-cdef-0123-456789abcdef"
                                     << "01234567-89ab-cdef-0123-456789abcdef";
}

void TestUuid::roundTrip() {
    QFETCH(QString, text);
    QFETCH(QString, canonical);

    const Result<Uuid> id = Uuid::parse(text.toStdString());
    TP_VERIFY_OK(id);
    QCOMPARE(qs(id->toString()), canonical);
    const Result<Uuid> again = Uuid::parse(id->toString());
    TP_VERIFY_OK(again);
    QCOMPARE(again.value(), id.value());
}

void TestUuid::malformedRejected_data() {
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("empty string") << QByteArray("");
    QTest::newRow("one character short") << QByteArray("017f22e2-79b0-7cc3-98c4-dc0c0c07398");
    QTest::newRow("one character too many") << QByteArray("017f22e2-79b0-7cc3-98c4-dc0c0c07398f0");
    QTest::newRow("hex digits without hyphens") << QByteArray("017f22e279b07cc398c4dc0c0c07398f");
    QTest::newRow("wrapped in braces") << QByteArray("{017f22e2-79b0-7cc3-98c4-dc0c0c07398f}");
    QTest::newRow("urn prefix") << QByteArray("urn:uuid:017f22e2-79b0-7cc3-98c4-dc0c0c07398f");
    QTest::newRow("first hyphen one place early") << QByteArray("017f22e-279b0-7cc3-98c4-dc0c0c07398f");
    QTest::newRow("last hyphen one place late") << QByteArray("017f22e2-79b0-7cc3-98c4d-c0c0c07398f");
    QTest::newRow("underscore instead of hyphen") << QByteArray("017f22e2_79b0-7cc3-98c4-dc0c0c07398f");
    QTest::newRow("letter beyond f") << QByteArray("017f22g2-79b0-7cc3-98c4-dc0c0c07398f");
    QTest::newRow("hyphen in place of a digit") << QByteArray("017f22e2-79b0--cc3-98c4-dc0c0c07398f");
    QTest::newRow("plus sign in place of a digit") << QByteArray("+17f22e2-79b0-7cc3-98c4-dc0c0c07398f");
    QTest::newRow("leading space") << QByteArray(" 017f22e2-79b0-7cc3-98c4-dc0c0c07398f");
    QTest::newRow("trailing newline") << QByteArray("017f22e2-79b0-7cc3-98c4-dc0c0c07398f\n");
    QTest::newRow("space inside with right length") << QByteArray("017f22e2-79b0-7cc3-98c4-dc0c0c0 398f");
    QTest::newRow("non-ascii byte") << QByteArray("017f22e2-79b0-7cc3-98c4-dc0c0c07\xc3\xa9"
                                                  "8f");
    QTest::newRow("embedded nul byte") << QByteArray("017f22e2-79b0-7cc3-98c4-dc0c0c07398\0", 36);
}

void TestUuid::malformedRejected() {
    QFETCH(QByteArray, text);

    const Result<Uuid> id = Uuid::parse(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    TP_VERIFY_ERROR(id, "invalid_uuid");
    QVERIFY2(id.error().message.find("UUID") != std::string::npos, id.error().message.c_str());
}

void TestUuid::versionAndVariant_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("version");
    QTest::addColumn<UuidVariant>("variant");

    QTest::newRow("nil uuid") << "00000000-0000-0000-0000-000000000000" << 0 << UuidVariant::Ncs;
    QTest::newRow("rfc 9562 v1 example") << "c232ab00-9414-11ec-b3c8-9f6bdeced846" << 1 << UuidVariant::Rfc9562;
    QTest::newRow("rfc 9562 v4 example") << "919108f7-52d1-4320-9bac-f847db4148a8" << 4 << UuidVariant::Rfc9562;
    QTest::newRow("rfc 9562 v7 example") << "017f22e2-79b0-7cc3-98c4-dc0c0c07398f" << 7 << UuidVariant::Rfc9562;
    QTest::newRow("variant bits 10 with the high bit pattern bf")
        << "017f22e2-79b0-7cc3-bfc4-dc0c0c07398f" << 7 << UuidVariant::Rfc9562;
    QTest::newRow("microsoft guid variant") << "017f22e2-79b0-7cc3-c8c4-dc0c0c07398f" << 7 << UuidVariant::Microsoft;
    QTest::newRow("reserved future variant") << "017f22e2-79b0-7cc3-e8c4-dc0c0c07398f" << 7 << UuidVariant::Future;
    QTest::newRow("max uuid") << "ffffffff-ffff-ffff-ffff-ffffffffffff" << 15 << UuidVariant::Future;
}

void TestUuid::versionAndVariant() {
    QFETCH(QString, text);
    QFETCH(int, version);
    QFETCH(UuidVariant, variant);

    const Uuid id = parsed(qPrintable(text));
    QCOMPARE(id.version(), version);
    QCOMPARE(static_cast<int>(id.variant()), static_cast<int>(variant));
}

void TestUuid::v7TimestampOnlyForVersion7_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hasTimestamp");

    QTest::newRow("version 7 with rfc variant") << "017f22e2-79b0-7cc3-98c4-dc0c0c07398f" << true;
    QTest::newRow("version 4 has no timestamp") << "919108f7-52d1-4320-9bac-f847db4148a8" << false;
    QTest::newRow("version 1 time is not unix milliseconds") << "c232ab00-9414-11ec-b3c8-9f6bdeced846" << false;
    QTest::newRow("version 7 nibble with microsoft variant") << "017f22e2-79b0-7cc3-c8c4-dc0c0c07398f" << false;
    QTest::newRow("nil uuid") << "00000000-0000-0000-0000-000000000000" << false;
}

void TestUuid::v7TimestampOnlyForVersion7() {
    QFETCH(QString, text);
    QFETCH(bool, hasTimestamp);

    QCOMPARE(parsed(qPrintable(text)).v7Timestamp().has_value(), hasTimestamp);
}

void TestUuid::fromV7FieldsDropsExcessBits() {
    const Uuid id = Uuid::fromV7Fields(0xFFFF'FFFF'FFFF'FFFFULL, 0xFFFF, 0xFFFF'FFFF'FFFF'FFFFULL);
    QCOMPARE(qs(id.toString()), QStringLiteral("ffffffff-ffff-7fff-bfff-ffffffffffff"));
    QCOMPARE(unixMillis(*id.v7Timestamp()), 0xFFFF'FFFF'FFFFLL);

    const Uuid zero = Uuid::fromV7Fields(0, 0, 0);
    QCOMPARE(qs(zero.toString()), QStringLiteral("00000000-0000-7000-8000-000000000000"));
    QCOMPARE(unixMillis(*zero.v7Timestamp()), 0LL);
}

void TestUuid::orderIsTextOrder_data() {
    QTest::addColumn<QString>("lower");
    QTest::addColumn<QString>("higher");

    QTest::newRow("earlier millisecond first") << "017f22e2-79b0-7fff-bfff-ffffffffffff"
                                               << "017f22e2-79b1-7000-8000-000000000000";
    QTest::newRow("same millisecond, counter decides") << "017f22e2-79b0-7cc3-bfff-ffffffffffff"
                                                       << "017f22e2-79b0-7cc4-8000-000000000000";
    QTest::newRow("same counter, random bits decide") << "017f22e2-79b0-7cc3-98c4-dc0c0c07398e"
                                                      << "017f22e2-79b0-7cc3-98c4-dc0c0c07398f";
    QTest::newRow("first byte outweighs all others") << "0fffffff-ffff-ffff-ffff-ffffffffffff"
                                                     << "10000000-0000-0000-0000-000000000000";
}

void TestUuid::orderIsTextOrder() {
    QFETCH(QString, lower);
    QFETCH(QString, higher);

    const Uuid a = parsed(qPrintable(lower));
    const Uuid b = parsed(qPrintable(higher));
    QVERIFY(a < b);
    QVERIFY(!(b < a));
    QVERIFY(a != b);
    QVERIFY(a.toString() < b.toString());
}

void TestUuid::defaultIsNil() {
    const Uuid id;
    QVERIFY(id.isNil());
    QCOMPARE(qs(id.toString()), QStringLiteral("00000000-0000-0000-0000-000000000000"));
    QVERIFY(!parsed("00000000-0000-0000-0000-000000000001").isNil());
}

void TestUuid::equalIdsHashEqual() {
    const Uuid a = parsed("017f22e2-79b0-7cc3-98c4-dc0c0c07398f");
    const Uuid b = parsed("017F22E2-79B0-7CC3-98C4-DC0C0C07398F");
    const Uuid c = parsed("017f22e2-79b0-7cc3-98c4-dc0c0c07398e");
    QCOMPARE(a, b);
    QCOMPARE(std::hash<Uuid>{}(a), std::hash<Uuid>{}(b));
    QVERIFY(std::hash<Uuid>{}(a) != std::hash<Uuid>{}(c));
}

QTEST_GUILESS_MAIN(TestUuid)
#include "tst_uuid.moc"
