#include <QTemporaryDir>
#include <QTest>

#include <fstream>

#include "app/ServerConfig.h"

using tp::server::app::ServerConfig;

// Settings come from flags over environment over config file over defaults, and a bad value
// stops the start with the setting named.
class TestServerConfig : public QObject {
    Q_OBJECT

private slots:
    void defaults() {
        auto config = ServerConfig::fromArguments({}, {});
        QVERIFY(config.ok());
        QCOMPARE(QString::fromStdString(config->listenHost), QStringLiteral("127.0.0.1"));
        QCOMPARE(config->listenPort, std::uint16_t{8080});
        QVERIFY(QString::fromStdString(config->databaseUrl()).startsWith(QStringLiteral("sqlite:///")));
        QVERIFY(QString::fromStdString(config->databaseUrl()).endsWith(QStringLiteral("/tillpoint-data/tillpoint.db")));
    }

    void precedenceFlagOverEnvOverFile() {
        QTemporaryDir dir;
        const std::string file = dir.filePath(QStringLiteral("server.conf")).toStdString();
        std::ofstream(file) << "# test\nlisten = 0.0.0.0:7000\nthreads = 3\npool_size = 5\ndata_dir = /srv/file\n";
        auto config = ServerConfig::fromArguments({"--config", file, "--threads=9"},
                                                  {{"TILLPOINT_THREADS", "6"}, {"TILLPOINT_POOL_SIZE", "7"}});
        QVERIFY2(config.ok(), config.ok() ? "" : config.error().message.c_str());
        QCOMPARE(config->threads, 9);                      // flag
        QCOMPARE(config->poolSize, 7);                     // environment over file
        QCOMPARE(config->listenPort, std::uint16_t{7000}); // file
        QCOMPARE(QString::fromStdString(config->dataDir), QStringLiteral("/srv/file"));
        QCOMPARE(QString::fromStdString(config->databaseUrl()), QStringLiteral("sqlite:///srv/file/tillpoint.db"));
    }

    void listsAndFlags() {
        auto config = ServerConfig::fromArguments({"--cors-origins", "https://a.example,https://b.example", "--demo",
                                                   "--database", "postgresql://tp@db/tillpoint"},
                                                  {{"TILLPOINT_ADMIN_TOKEN", "tpa_from_the_environment_0123456789"}});
        QVERIFY(config.ok());
        QCOMPARE(config->corsOrigins.size(), std::size_t{2});
        QVERIFY(config->demo);
        QCOMPARE(QString::fromStdString(config->databaseUrl()), QStringLiteral("postgresql://tp@db/tillpoint"));
        QCOMPARE(QString::fromStdString(config->adminToken), QStringLiteral("tpa_from_the_environment_0123456789"));
    }

    void refusals_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown flag") << QStringList{"--colour", "blue"} << "--colour";
        QTest::newRow("flag without value") << QStringList{"--listen"} << "--listen";
        QTest::newRow("listen without port") << QStringList{"--listen", "localhost"} << "--listen";
        QTest::newRow("port out of range") << QStringList{"--listen", "0.0.0.0:70000"} << "--listen";
        QTest::newRow("threads not a number") << QStringList{"--threads", "many"} << "--threads";
        QTest::newRow("database of unknown kind") << QStringList{"--database", "mysql://x"} << "--database";
        QTest::newRow("missing config file")
            << QStringList{"--config", "/nonexistent/tp.conf"} << "/nonexistent/tp.conf";
    }

    void refusals() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        std::vector<std::string> args;
        for (const QString& argument : arguments)
            args.push_back(argument.toStdString());
        auto config = ServerConfig::fromArguments(args, {});
        QVERIFY(!config.ok());
        QCOMPARE(QString::fromStdString(config.error().code), QStringLiteral("invalid_configuration"));
        QVERIFY2(QString::fromStdString(config.error().message).contains(named), config.error().message.c_str());
    }

    void helpListsEverySetting() {
        const QString help = QString::fromStdString(ServerConfig::helpText());
        for (const char* item : {"--listen", "--data-dir", "--database", "--config", "--demo", "TILLPOINT_ADMIN_TOKEN",
                                 "TILLPOINT_JWT_SECRET", "--cors-origins"})
            QVERIFY2(help.contains(QLatin1String(item)), item);
    }
};

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_server_config.moc"
