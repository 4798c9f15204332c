#include <QTest>

#include "protocol/JsonFields.h"
#include "protocol/JsonText.h"
#include "protocol/MoneyJson.h"

using tp::protocol::JsonFields;

namespace {

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

JsonFields fieldsOf(const char* json) {
    auto object = tp::protocol::parseJsonObject(json);
    if (!object)
        qFatal("test JSON does not parse: %s", json);
    return JsonFields(object.value());
}

} // namespace

// The request-body reader: strict types, and messages that name the field by its full path.
class TestJsonFields : public QObject {
    Q_OBJECT

private slots:
    void readsTypedFields() {
        const JsonFields fields = fieldsOf(R"({"sku":"TEE-M","qty_milli":1500,"active":true,"note":null})");
        QCOMPARE(qs(fields.requiredString("sku").value()), QStringLiteral("TEE-M"));
        QCOMPARE(fields.requiredInteger("qty_milli").value(), 1500);
        QCOMPARE(fields.requiredBool("active").value(), true);
        QVERIFY(!fields.optionalString("note").value().has_value());
        QVERIFY(!fields.optionalInteger("missing").value().has_value());
    }

    void refusals_data() {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expectedMessage");
        QTest::newRow("missing required string") << R"({})"
                                                 << "sku"
                                                 << "string"
                                                 << "sku is required";
        QTest::newRow("null required string") << R"({"sku":null})"
                                              << "sku"
                                              << "string"
                                              << "sku is required";
        QTest::newRow("number where a string belongs") << R"({"sku":12})"
                                                       << "sku"
                                                       << "string"
                                                       << "sku must be a string, not a number";
        QTest::newRow("string where an integer belongs") << R"({"qty_milli":"1000"})"
                                                         << "qty_milli"
                                                         << "integer"
                                                         << "qty_milli must be an integer, not a string";
        QTest::newRow("decimal where an integer belongs") << R"({"qty_milli":1.5})"
                                                          << "qty_milli"
                                                          << "integer"
                                                          << "qty_milli must be an integer, not a decimal number";
        QTest::newRow("integer written with a fraction") << R"({"qty_milli":12.0})"
                                                         << "qty_milli"
                                                         << "integer"
                                                         << "qty_milli must be an integer, not a decimal number";
        QTest::newRow("integer beyond int64") << R"({"qty_milli":18446744073709551615})"
                                              << "qty_milli"
                                              << "integer"
                                              << "qty_milli must be an integer, not a number out of range";
        QTest::newRow("string where a boolean belongs") << R"({"active":"yes"})"
                                                        << "active"
                                                        << "bool"
                                                        << "active must be true or false, not a string";
        QTest::newRow("array where an object belongs") << R"({"price":[]})"
                                                       << "price"
                                                       << "object"
                                                       << "price must be an object, not an array";
        QTest::newRow("string too long") << R"({"sku":"0123456789"})"
                                         << "sku"
                                         << "short-string"
                                         << "sku must be at most 5 bytes long";
    }

    void refusals() {
        QFETCH(QString, json);
        QFETCH(QString, field);
        QFETCH(QString, kind);
        QFETCH(QString, expectedMessage);
        const JsonFields fields = fieldsOf(json.toUtf8().constData());
        const std::string name = field.toStdString();
        tp::domain::Error error;
        if (kind == QLatin1String("string"))
            error = fields.requiredString(name).error();
        else if (kind == QLatin1String("short-string"))
            error = fields.requiredString(name, 5).error();
        else if (kind == QLatin1String("integer"))
            error = fields.requiredInteger(name).error();
        else if (kind == QLatin1String("bool"))
            error = fields.requiredBool(name).error();
        else
            error = fields.requiredObject(name).error();
        QCOMPARE(qs(error.code), QStringLiteral("invalid_request"));
        QCOMPARE(qs(error.message), expectedMessage);
    }

    void money_data() {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected"); // "12.34 EUR" or the error message
        QTest::newRow("euros in cents") << R"({"price":{"amount":1234,"currency":"EUR"}})"
                                        << "12.34 EUR";
        QTest::newRow("yen without decimals") << R"({"price":{"amount":500,"currency":"JPY"}})"
                                              << "500 JPY";
        QTest::newRow("fractional amount is refused")
            << R"({"price":{"amount":12.5,"currency":"EUR"}})"
            << "price.amount must be an integer number of minor units (cents), not a decimal number";
        QTest::newRow("amount as a string is refused")
            << R"({"price":{"amount":"12.50","currency":"EUR"}})"
            << "price.amount must be an integer number of minor units (cents), not a string";
        QTest::newRow("missing currency") << R"({"price":{"amount":100}})"
                                          << "price.currency is required";
        QTest::newRow("unknown currency")
            << R"({"price":{"amount":100,"currency":"XXX"}})"
            << "price.currency must be an ISO 4217 code such as EUR: \"XXX\" is not a supported ISO 4217 currency "
               "code (e.g. EUR, USD, JPY)";
        QTest::newRow("money as a bare number") << R"({"price":1234})"
                                                << "price must be an object, not a number";
    }

    void money() {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        auto money = fieldsOf(json.toUtf8().constData()).requiredMoney("price");
        QCOMPARE(money.ok() ? qs(money->toString()) : qs(money.error().message), expected);
    }

    void nestedPathsNameTheField() {
        const JsonFields fields = fieldsOf(R"({"owner":{"email":7}})");
        const JsonFields owner = fields.nested(fields.requiredObject("owner").value(), "owner");
        QCOMPARE(qs(owner.requiredString("email").error().message),
                 QStringLiteral("owner.email must be a string, not a number"));
    }

    void moneyRoundTrip() {
        const tp::domain::Money price(1999, tp::domain::Currency::fromCode("CHF").value());
        const std::string text = tp::protocol::toJsonText(tp::protocol::moneyToJson(price));
        QCOMPARE(qs(text), QStringLiteral(R"({"amount":1999,"currency":"CHF"})"));
        auto back = JsonFields(tp::protocol::parseJsonObject(R"({"p":)" + text + "}").value()).requiredMoney("p");
        QVERIFY(back.ok());
        QVERIFY(back.value() == price);
    }

    void parseRefusesNonObjects_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("array") << "[1,2]";
        QTest::newRow("malformed") << "{\"a\":";
        QTest::newRow("empty") << "";
    }

    void parseRefusesNonObjects() {
        QFETCH(QString, text);
        auto parsed = tp::protocol::parseJsonObject(text.toStdString());
        QVERIFY(!parsed.ok());
        QCOMPARE(qs(parsed.error().code), QStringLiteral("invalid_request"));
    }
};

QTEST_GUILESS_MAIN(TestJsonFields)
#include "tst_json_fields.moc"
