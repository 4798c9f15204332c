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
// admin token with mode 0600, serving /healthz, and a clean stop on SIGTERM.
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
};

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_server_process.moc"
