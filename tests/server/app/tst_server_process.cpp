#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// The real tillpoint-server binary as IT runs it: --help, a first start that generates its
// admin token with mode 0600, serving /healthz, a clean stop on SIGTERM, and one server only
// per SQLite data directory.
class TestServerProcess : public QObject {
    Q_OBJECT

private:
    static quint16 freePort() {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    static int get(const QString& url) {
        QNetworkAccessManager network;
        QNetworkReply* reply = network.get(QNetworkRequest(QUrl(url)));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    // Starts the binary on `dataDir` (plus `extra` arguments) and a free port.
    static void start(QProcess& server, const QString& dataDir, quint16 port, const QStringList& extra = {}) {
        server.start(QStringLiteral(TP_SERVER_BINARY),
                     QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("--listen"),
                                 QStringLiteral("127.0.0.1:%1").arg(port)} +
                         extra);
    }

    static bool stop(QProcess& server) {
        ::kill(static_cast<pid_t>(server.processId()), SIGTERM);
        return server.waitForFinished(15000) && server.exitCode() == 0;
    }

private slots:
    void helpExitsZero() {
        QProcess server;
        server.start(QStringLiteral(TP_SERVER_BINARY), {QStringLiteral("--help")});
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitCode(), 0);
        QVERIFY(server.readAllStandardOutput().contains("--database"));
    }

    void badOptionExitsNonZeroWithTheReason() {
        QProcess server;
        server.start(QStringLiteral(TP_SERVER_BINARY), {QStringLiteral("--listen"), QStringLiteral("nowhere")});
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitCode(), 2);
        QVERIFY(server.readAllStandardError().contains("--listen"));
    }

    void startsServesAndStopsOnSigterm() {
        QTemporaryDir dataDir;
        const quint16 port = freePort();
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(QStringLiteral(TP_SERVER_BINARY),
                     {QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY(server.waitForStarted());
        // The first start hashes nothing slow and migrates a fresh SQLite file: seconds at most.
        QTRY_COMPARE_WITH_TIMEOUT(get(QStringLiteral("http://127.0.0.1:%1/healthz").arg(port)), 200, 15000);

        QFile token(dataDir.filePath(QStringLiteral("admin-token")));
        QVERIFY(token.exists());
        QCOMPARE(token.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                        QFileDevice::WriteOther),
                 QFileDevice::Permissions());

        ::kill(static_cast<pid_t>(server.processId()), SIGTERM);
        QVERIFY(server.waitForFinished(15000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
        QVERIFY(QFile::exists(dataDir.filePath(QStringLiteral("tillpoint.db"))));
    }

    void secondServerOnTheSameSqliteStorageIsRefused_data() {
        QTest::addColumn<bool>("sameDataDir");
        QTest::newRow("the same data directory") << true;
        QTest::newRow("another data directory, the same SQLite file") << false;
    }

    // Two servers on one SQLite database would each cache product documents the other changes
    // (and race for the generated secrets): the second one stops at once, saying who is in the
    // way, and the first keeps serving. Once the first stopped, the storage is free again.
    void secondServerOnTheSameSqliteStorageIsRefused() {
        QFETCH(bool, sameDataDir);
        QTemporaryDir firstDir;
        QTemporaryDir secondDir;
        const QString database = firstDir.filePath(QStringLiteral("elsewhere/shop.db"));
        QVERIFY(QDir().mkpath(firstDir.filePath(QStringLiteral("elsewhere"))));
        const QStringList extra =
            sameDataDir ? QStringList{}
                        : QStringList{QStringLiteral("--database"), QStringLiteral("sqlite://") + database};
        const QString guarded = sameDataDir ? firstDir.path() : database;

        const quint16 firstPort = freePort();
        QProcess first;
        start(first, firstDir.path(), firstPort, extra);
        QVERIFY(first.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(get(QStringLiteral("http://127.0.0.1:%1/healthz").arg(firstPort)), 200, 15000);

        const QString secondDataDir = sameDataDir ? firstDir.path() : secondDir.path();
        QProcess second;
        start(second, secondDataDir, freePort(), extra);
        QVERIFY(second.waitForFinished(15000));
        QCOMPARE(second.exitCode(), 1);
        const QString refusal = QString::fromUtf8(second.readAllStandardError());
        QVERIFY2(refusal.contains(QStringLiteral("another tillpoint-server is using ") + guarded), qPrintable(refusal));
        QVERIFY2(refusal.contains(QStringLiteral("(pid %1)").arg(first.processId())), qPrintable(refusal));
        QCOMPARE(get(QStringLiteral("http://127.0.0.1:%1/healthz").arg(firstPort)), 200);

        QVERIFY(stop(first));
        const quint16 thirdPort = freePort();
        QProcess third;
        start(third, secondDataDir, thirdPort, extra);
        QVERIFY(third.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(get(QStringLiteral("http://127.0.0.1:%1/healthz").arg(thirdPort)), 200, 15000);
        QVERIFY(stop(third));
    }
};

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_server_process.moc"
