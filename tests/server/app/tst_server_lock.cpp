#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include <optional>

#include "app/ServerLock.h"

using tp::server::app::ServerLock;

// The lock a server takes on its SQLite storage: exclusive while held, also between two
// holders in one process (the API tests run several servers in one), and free once released.
class TestServerLock : public QObject {
    Q_OBJECT

private slots:
    void secondHolderIsRefusedUntilTheFirstLetsGo() {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath(QStringLiteral("server.lock")).toStdString();
        std::optional<ServerLock> first;
        {
            auto taken = ServerLock::acquire(file, "/srv/shop");
            QVERIFY2(taken.ok(), taken.ok() ? "" : taken.error().message.c_str());
            first.emplace(std::move(taken).value());
        }

        auto second = ServerLock::acquire(file, "/srv/shop");
        QVERIFY(!second.ok());
        QCOMPARE(QString::fromStdString(second.error().code), QStringLiteral("data_dir_in_use"));
        QCOMPARE(QString::fromStdString(second.error().message),
                 QStringLiteral("another tillpoint-server is using /srv/shop (pid %1)").arg(::getpid()));

        first.reset();
        auto third = ServerLock::acquire(file, "/srv/shop");
        QVERIFY2(third.ok(), third.ok() ? "" : third.error().message.c_str());
    }

    void moveKeepsTheLock() {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath(QStringLiteral("server.lock")).toStdString();
        auto taken = ServerLock::acquire(file, "here");
        QVERIFY(taken.ok());
        ServerLock moved = std::move(taken).value();
        QVERIFY(!ServerLock::acquire(file, "here").ok());
    }

    void unopenableLockFileIsAConfigurationError() {
        auto taken = ServerLock::acquire("/nonexistent/dir/server.lock", "/nonexistent/dir");
        QVERIFY(!taken.ok());
        QCOMPARE(QString::fromStdString(taken.error().code), QStringLiteral("invalid_configuration"));
    }
};

QTEST_GUILESS_MAIN(TestServerLock)
#include "tst_server_lock.moc"
