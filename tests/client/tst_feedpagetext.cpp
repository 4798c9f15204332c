#include <QTest>

#include "client/replica/FeedPageText.h"

using tp::client::changeDataTexts;

// Each change's data is found in the page text exactly as written, whatever the spacing,
// member order or the characters inside strings; anything it cannot place is reported as
// unknown (empty, or no answer at all) rather than guessed.
class TestFeedPageText : public QObject {
    Q_OBJECT

private:
    static QList<QByteArray> texts(const QByteArray& page) {
        auto found = changeDataTexts(page);
        if (!found)
            return {QByteArrayLiteral("<none>")};
        QList<QByteArray> copies;
        for (QByteArrayView view : *found)
            copies << view.toByteArray();
        return copies;
    }

private slots:
    void findsEachDataInOrder() {
        const QByteArray page = R"({"changes":[{"data":{"a":1},"entity":"x","id":"1","op":"upsert","seq":1},)"
                                R"({"seq":2,"data":{"b":[1,2,{"c":null}]},"id":"2"}],"cursor":"2","has_more":false})";
        QCOMPARE(texts(page), (QList<QByteArray>{R"({"a":1})", R"({"b":[1,2,{"c":null}]})"}));
    }

    void keepsSpacingAndStringsAsWritten() {
        const QByteArray page = "{ \"cursor\" : \"9\" ,\n \"changes\" : [ { \"id\" : \"p\" , \"data\" : "
                                "{ \"name\" : \"Brace } and ] and \\\" quote\" , \"n\" : -1.5e3 } } ] }";
        QCOMPARE(texts(page), (QList<QByteArray>{"{ \"name\" : \"Brace } and ] and \\\" quote\" , \"n\" : -1.5e3 }"}));
    }

    void scalarDataIsItsOwnText() {
        QCOMPARE(texts(R"({"changes":[{"data":null,"op":"delete"},{"data":"x"},{"data":12}]})"),
                 (QList<QByteArray>{"null", R"("x")", "12"}));
    }

    void unplaceableDataIsEmpty() {
        // No data, data given twice, an escaped key, an element that is not an object.
        const QByteArray page =
            R"({"changes":[{"id":"1"},{"data":{},"data":{"x":1}},{"d\u0061ta":{}},[1],"text"],"has_more":true})";
        QCOMPARE(texts(page), (QList<QByteArray>{"", "", "", "", ""}));
    }

    void noSingleChangesArrayIsNoAnswer() {
        QCOMPARE(texts(R"({"cursor":"1"})"), QList<QByteArray>{"<none>"});
        QCOMPARE(texts(R"({"changes":{}})"), QList<QByteArray>{});
        QCOMPARE(texts(R"({"changes":[],"changes":[]})"), QList<QByteArray>{"<none>"});
        QCOMPARE(texts(R"({"changes":[{"data":{"a":1})"), QList<QByteArray>{"<none>"}); // cut short
        QCOMPARE(texts("[]"), QList<QByteArray>{"<none>"});
        QCOMPARE(texts(""), QList<QByteArray>{"<none>"});
    }

    void emptyChangesIsAnEmptyList() { QCOMPARE(texts(R"({"changes":[],"has_more":false})"), QList<QByteArray>{}); }
};

QTEST_GUILESS_MAIN(TestFeedPageText)
#include "tst_feedpagetext.moc"
