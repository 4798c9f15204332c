#include <QTest>

#include "DomainTestSupport.h"
#include "db/DatabaseUrl.h"

using namespace tp::server::db;

Q_DECLARE_METATYPE(tp::server::db::Backend)

// DatabaseUrl: which backend and target a configured URL names, and which URLs are refused.
class TestDatabaseUrl : public QObject {
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
};

void TestDatabaseUrl::accepted_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("inMemory");

    QTest::newRow("sqlite file with absolute path")
        << "sqlite:///var/lib/tillpoint/tillpoint.db" << Backend::Sqlite << "/var/lib/tillpoint/tillpoint.db" << false;
    QTest::newRow("sqlite in memory") << "sqlite::memory:" << Backend::Sqlite << ":memory:" << true;
    QTest::newRow("postgresql uri kept whole")
        << "postgresql://app:secret@db:5432/tillpoint?sslmode=require" << Backend::Postgres
        << "postgresql://app:secret@db:5432/tillpoint?sslmode=require" << false;
    QTest::newRow("postgres scheme alias")
        << "postgres://db/tillpoint" << Backend::Postgres << "postgres://db/tillpoint" << false;
}

void TestDatabaseUrl::accepted() {
    QFETCH(QString, url);
    QFETCH(Backend, backend);
    QFETCH(QString, target);
    QFETCH(bool, inMemory);

    const auto parsed = DatabaseUrl::parse(url.toStdString());
    TP_VERIFY_OK(parsed);
    QVERIFY(parsed->backend == backend);
    QCOMPARE(QString::fromStdString(parsed->target), target);
    QCOMPARE(parsed->inMemory, inMemory);
}

void TestDatabaseUrl::refused_data() {
    QTest::addColumn<QString>("url");

    QTest::newRow("empty") << "";
    QTest::newRow("relative sqlite path") << "sqlite://tillpoint.db";
    QTest::newRow("sqlite without a path") << "sqlite:///";
    QTest::newRow("sqlite with one slash") << "sqlite:/tmp/x.db";
    QTest::newRow("mysql") << "mysql://db/tillpoint";
    QTest::newRow("bare path") << "/var/lib/tillpoint/tillpoint.db";
}

void TestDatabaseUrl::refused() {
    QFETCH(QString, url);
    const auto parsed = DatabaseUrl::parse(url.toStdString());
    TP_VERIFY_ERROR(parsed, "invalid_database_url");
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
