#include <QTest>

#include "client/replica/FeedPageReader.h"
#include "client/replica/ReplicaDatabase.h"

using namespace tp::client;

// A change-feed page read from its text: the envelope strictly, each change's data kept as
// the server wrote it, products and stock levels made into rows.
class TestFeedPageReader : public QObject {
    Q_OBJECT

private:
    static QByteArray page(const QByteArray& changes, const QByteArray& rest = "\"cursor\":\"7\",\"has_more\":false") {
        return "{\"changes\":[" + changes + "]," + rest + "}";
    }

    static QString failure(const QByteArray& text) {
        auto read = readFeedPage(text);
        if (read)
            return QStringLiteral("(read)");
        return QString::fromStdString(read.error().message);
    }

private slots:
    void readsEnvelopeAndKeepsDataTextAsWritten() {
        const QByteArray product = "{ \"id\" : \"p1\", \"sku\":\"TS\", \"name\":\"T-Shirt\",\n            "
                                   "\"price\":{\"amount\":1999,\"currency\":\"EUR\"}, \"version\": 3 }";
        const QByteArray text = "{\"has_more\": true, \"changes\": [{\"seq\": 5, \"entity\": \"product\", \"id\": "
                                "\"p1\", \"op\": \"upsert\", \"data\": " +
                                product +
                                " \n }, {\"op\":\"delete\",\"id\":\"p2\",\"entity\":\"product\",\"seq\":6}],"
                                " \"cursor\": 6, \"extra\": {\"ignored\": [1, 2]}}  \n";
        auto read = readFeedPage(text);
        QVERIFY2(read.ok(), read.ok() ? "" : read.error().message.c_str());
        QCOMPARE(read->cursor, QStringLiteral("6")); // a number cursor is taken as its text
        QVERIFY(read->hasMore);
        QCOMPARE(read->changes.size(), 2);

        const PreparedChange& upserted = read->changes.at(0);
        QCOMPARE(upserted.seq, 5);
        QCOMPARE(upserted.op, FeedChange::Op::Upsert);
        QVERIFY(upserted.product.has_value());
        const QVariantList& row = upserted.product->product;
        QCOMPARE(row.at(1).toString(), QStringLiteral("TS"));
        QCOMPARE(row.at(2).toString(), QStringLiteral("T-Shirt"));
        QCOMPARE(row.at(4).toLongLong(), 1999);
        QCOMPARE(row.at(7).toLongLong(), 3);
        // The product's JSON is stored as the page had it, spaces and all, and binds as text.
        QCOMPARE(row.at(8).value<Utf8Text>().bytes, product);

        const PreparedChange& deleted = read->changes.at(1);
        QCOMPARE(deleted.op, FeedChange::Op::Delete);
        QCOMPARE(deleted.id, QStringLiteral("p2"));
        QCOMPARE(deleted.seq, 6);
        QVERIFY(!deleted.product.has_value());
    }

    void escapesAreUnderstood() {
        // An escaped key, escaped text in the envelope and in the data.
        const QByteArray text =
            page("{\"s\\u0065q\":1,\"entity\":\"product\",\"id\":\"p\\\"1\",\"op\":\"upsert\","
                 "\"data\":{\"name\":\"Cr\\u00e8me \\\"br\\u00fbl\\u00e9e\\\"\",\"sku\":\"C\\/1\"}}");
        auto read = readFeedPage(text);
        QVERIFY2(read.ok(), read.ok() ? "" : read.error().message.c_str());
        const PreparedChange& change = read->changes.first();
        QCOMPARE(change.seq, 1);
        QCOMPARE(change.id, QStringLiteral("p\"1"));
        QCOMPARE(change.product->product.at(2).toString(), QStringLiteral("Crème \"brûlée\""));
        QCOMPARE(change.product->product.at(1).toString(), QStringLiteral("C/1"));
    }

    void numericIdIsItsText() {
        auto read = readFeedPage(
            page("{\"seq\":1,\"entity\":\"note\",\"id\":42,\"op\":\"upsert\",\"data\":{\"text\":\"hi\"}}"));
        QVERIFY(read.ok());
        QCOMPARE(read->changes.first().id, QStringLiteral("42"));
        QCOMPARE(read->changes.first().json, QStringLiteral("{\"text\":\"hi\"}"));
    }

    void stockLevelBecomesRows() {
        auto read = readFeedPage(page("{\"seq\":3,\"entity\":\"stock_level\",\"id\":\"l1\",\"op\":\"upsert\",\"data\":"
                                      "{\"sku\":\"TS\",\"store_id\":\"berlin\",\"on_hand\":1500,\"low_stock\":true}}"));
        QVERIFY(read.ok());
        const QVariantList& level = *read->changes.first().stockLevel;
        QCOMPARE(level.at(1).toString(), QStringLiteral("TS"));
        QCOMPARE(level.at(4).toString(), QStringLiteral("berlin"));
        QCOMPARE(level.at(5).toLongLong(), 1500);
        QCOMPARE(level.at(9).toInt(), 1);
    }

    void variantsOptionsAndStorePrices() {
        auto read = readFeedPage(
            page("{\"seq\":1,\"entity\":\"product\",\"id\":\"p1\",\"op\":\"upsert\",\"data\":{\"sku\":\"TS\",\"name\":"
                 "\"T-Shirt\","
                 "\"barcodes\":[\"4006381333931\",\"\"],\"price\":{\"amount\":1999,\"currency\":\"EUR\"},\"variants\":["
                 "{\"id\":\"v1\",\"sku\":\"TS\"},"
                 "{\"id\":\"v2\",\"sku\":\"TS-M\",\"options\":{\"size\":\"M\",\"colour\":\"red\",\"sleeve\":3},"
                 "\"barcodes\":[\"200\"],"
                 "\"price\":{\"amount\":2199,\"currency\":\"EUR\"},\"store_prices\":[{\"store_id\":\"zh\",\"price\":{"
                 "\"amount\":2490,\"currency\":\"CHF\"}},"
                 "{\"store_id\":\"\",\"price\":{\"amount\":1,\"currency\":\"CHF\"}}]},"
                 "{\"sku\":\"NO-ID\"}, 17]}}"));
        QVERIFY2(read.ok(), read.ok() ? "" : read.error().message.c_str());
        const ProductRows& rows = *read->changes.first().product;
        QCOMPARE(rows.variants.size(), 2);
        // The default variant has the product's barcodes and price; empty barcodes are dropped.
        QCOMPARE(rows.variants.at(0).at(4).toString(), QStringLiteral("4006381333931"));
        QCOMPARE(rows.variants.at(0).at(5).toLongLong(), 1999);
        // Option values ordered by option name.
        QCOMPARE(rows.variants.at(1).at(3).toString(), QStringLiteral("T-Shirt (red, M, 3)"));
        QCOMPARE(rows.variants.at(1).at(5).toLongLong(), 2199);
        QCOMPARE(rows.storePrices.size(), 1);
        QCOMPARE(rows.storePrices.first(), (QVariantList{"v2", "zh", 2490, "CHF"}));
        QCOMPARE(rows.barcodes.size(), 2);
        // A variant without an id is still searchable by its sku.
        QVERIFY(rows.search.skus.split(' ').contains(QStringLiteral("NO-ID")));
        QCOMPARE(rows.search.names, QStringLiteral("T-Shirt T-Shirt (red, M, 3)"));
    }

    void oddFieldsBecomeEmptyNotErrors() {
        auto read = readFeedPage(
            page("{\"seq\":1,\"entity\":\"product\",\"id\":\"p1\",\"op\":\"upsert\",\"data\":"
                 "{\"sku\":5,\"price\":{\"amount\":19.5,\"currency\":\"EUR\"},\"status\":null,\"variants\":\"x\"}}"));
        QVERIFY(read.ok());
        const QVariantList& row = read->changes.first().product->product;
        QCOMPARE(row.at(1).toString(), QString());
        QVERIFY(row.at(4).isNull()); // a fraction of a cent is no amount
        QCOMPARE(row.at(6).toString(), QStringLiteral("active"));
        QVERIFY(read->changes.first().product->variants.isEmpty());
    }

    void badEnvelopesAreRefusedInWords() {
        const QByteArray good = "{\"seq\":1,\"entity\":\"product\",\"id\":\"p1\",\"op\":\"upsert\",\"data\":{}}";
        QVERIFY(readFeedPage(page(good)).ok());
        QCOMPARE(failure("[]"), QStringLiteral("the page is not a JSON object"));
        QCOMPARE(failure("not json"), QStringLiteral("the page is not a JSON object"));
        QCOMPARE(failure("{\"changes\":[],\"has_more\":false}"), QStringLiteral("changes, cursor or has_more missing"));
        QCOMPARE(failure("{\"changes\":[],\"cursor\":\"\",\"has_more\":false}"),
                 QStringLiteral("changes, cursor or has_more missing"));
        QCOMPARE(failure("{\"changes\":{},\"cursor\":\"1\",\"has_more\":false}"),
                 QStringLiteral("the page's \"changes\" is not an array"));
        QCOMPARE(failure(page("3")), QStringLiteral("a change in the feed is not an object"));
        QCOMPARE(failure(page("{\"seq\":-1,\"entity\":\"product\",\"id\":\"p1\",\"op\":\"delete\"}")),
                 QStringLiteral("a change in the feed has no valid \"seq\""));
        QCOMPARE(failure(page("{\"seq\":1.5,\"entity\":\"product\",\"id\":\"p1\",\"op\":\"delete\"}")),
                 QStringLiteral("a change in the feed has no valid \"seq\""));
        QCOMPARE(failure(page("{\"seq\":1,\"entity\":\"\",\"id\":\"p1\",\"op\":\"delete\"}")),
                 QStringLiteral("a change in the feed has no valid \"entity\""));
        QCOMPARE(failure(page("{\"seq\":1,\"entity\":\"product\",\"op\":\"delete\"}")),
                 QStringLiteral("a change in the feed has no valid \"id\""));
        QCOMPARE(failure(page("{\"seq\":1,\"entity\":\"product\",\"id\":\"p1\",\"op\":\"merge\"}")),
                 QStringLiteral("a change in the feed has no valid \"op\""));
        QCOMPARE(failure(page("{\"seq\":1,\"entity\":\"product\",\"id\":\"p1\",\"op\":\"upsert\",\"data\":[1]}")),
                 QStringLiteral("a change in the feed has no valid \"data\""));
        // A delete needs no data.
        QVERIFY(readFeedPage(page("{\"seq\":1,\"entity\":\"product\",\"id\":\"p1\",\"op\":\"delete\"}")).ok());
    }

    void brokenTextIsRefused() {
        const QByteArray good =
            page("{\"seq\":1,\"entity\":\"product\",\"id\":\"p1\",\"op\":\"upsert\",\"data\":{\"name\":\"A\"}}");
        QVERIFY(readFeedPage(good).ok());
        QVERIFY(!readFeedPage(good.left(good.size() - 1)).ok()); // cut off
        QVERIFY(!readFeedPage(good.left(good.size() / 2)).ok()); // cut off in a change
        for (const char* after : {" xyz", " 5", "{}", ",", "]"})
            QVERIFY2(!readFeedPage(good + after).ok(), after);
        QVERIFY(readFeedPage(good + " \n").ok());
        // Data that is not valid JSON inside its braces.
        QVERIFY(!readFeedPage(
                     page("{\"seq\":1,\"entity\":\"product\",\"id\":\"p1\",\"op\":\"upsert\",\"data\":{\"name\":tru}}"))
                     .ok());
        QVERIFY(
            !readFeedPage(page("{\"seq\":1,\"entity\":\"note\",\"id\":\"n1\",\"op\":\"upsert\",\"data\":{\"a\":01}}"))
                 .ok());
        QVERIFY(!readFeedPage(
                     page("{\"seq\":1,\"entity\":\"stock_level\",\"id\":\"l\",\"op\":\"upsert\",\"data\":{\"a\":}}"))
                     .ok());
        // Not UTF-8.
        QVERIFY(!readFeedPage(page("{\"seq\":1,\"entity\":\"product\",\"id\":\"p\xff\",\"op\":\"delete\"}")).ok());
    }
};

QTEST_GUILESS_MAIN(TestFeedPageReader)
#include "tst_feedpagereader.moc"
