#include <QTest>

#include "db/PostgresPlaceholders.h"

using tp::server::db::PostgresPlaceholders;

// PostgresPlaceholders: `?` becomes $n only where SQL reads it as a token.
class TestPostgresPlaceholders : public QObject {
    Q_OBJECT

private slots:
    void rewrite_data();
    void rewrite();
};

void TestPostgresPlaceholders::rewrite_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("count");

    QTest::newRow("no placeholders") << "SELECT 1"
                                     << "SELECT 1" << 0;
    QTest::newRow("placeholders numbered in order") << "INSERT INTO t (a, b, c) VALUES (?, ?, ?)"
                                                    << "INSERT INTO t (a, b, c) VALUES ($1, $2, $3)" << 3;
    QTest::newRow("adjacent to operators and casts") << "SELECT ?::text, a=? FROM t WHERE b IN (?,?)"
                                                     << "SELECT $1::text, a=$2 FROM t WHERE b IN ($3,$4)" << 4;
    QTest::newRow("question mark in a string literal") << "SELECT 'what?', ? FROM t"
                                                       << "SELECT 'what?', $1 FROM t" << 1;
    QTest::newRow("doubled quote inside a literal") << "SELECT 'it''s ?', ?"
                                                    << "SELECT 'it''s ?', $1" << 1;
    QTest::newRow("backslash escape in an E string") << "SELECT E'a\\'?', ?"
                                                     << "SELECT E'a\\'?', $1" << 1;
    QTest::newRow("backslash is plain in a standard string") << "SELECT 'a\\', ?"
                                                             << "SELECT 'a\\', $1" << 1;
    QTest::newRow("question mark in a quoted identifier") << "SELECT 1 AS \"why?\", ?"
                                                          << "SELECT 1 AS \"why?\", $1" << 1;
    QTest::newRow("question mark in a line comment") << "SELECT ? -- who?\n, ?"
                                                     << "SELECT $1 -- who?\n, $2" << 2;
    QTest::newRow("line comment at the end") << "SELECT ? -- really?"
                                             << "SELECT $1 -- really?" << 1;
    QTest::newRow("nested block comment") << "SELECT /* a? /* b? */ c? */ ?"
                                          << "SELECT /* a? /* b? */ c? */ $1" << 1;
    QTest::newRow("dollar-quoted body") << "SELECT $$ what? $$, ?"
                                        << "SELECT $$ what? $$, $1" << 1;
    QTest::newRow("tagged dollar quote holding $$") << "SELECT $fn$ a $$ ? $$ b $fn$, ?"
                                                    << "SELECT $fn$ a $$ ? $$ b $fn$, $1" << 1;
    QTest::newRow("dollar inside an identifier is no quote") << "SELECT a$b, ?, c$d$ FROM t"
                                                             << "SELECT a$b, $1, c$d$ FROM t" << 1;
    QTest::newRow("unterminated literal left as is") << "SELECT 'oops ?"
                                                     << "SELECT 'oops ?" << 0;
    QTest::newRow("unicode around placeholders") << "SELECT 'Grüße?', ? AS straße"
                                                 << "SELECT 'Grüße?', $1 AS straße" << 1;
}

void TestPostgresPlaceholders::rewrite() {
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    QFETCH(int, count);

    const auto rewritten = PostgresPlaceholders::rewrite(sql.toStdString());
    QCOMPARE(QString::fromStdString(rewritten.sql), expected);
    QCOMPARE(rewritten.count, count);
}

QTEST_GUILESS_MAIN(TestPostgresPlaceholders)
#include "tst_postgresplaceholders.moc"
