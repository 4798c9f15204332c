#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

// Guards the first layering rule of ARCHITECTURE.md: shared/domain is pure C++ with no Qt,
// Poco, SQL, USB, network or file I/O, and includes nothing from the layers above it. The
// build alone would not catch a header-only slip (e.g. a Qt header reached through the
// system include path), so every #include in the folder is read and checked.
class TestDomainLayering : public QObject {
    Q_OBJECT

private:
    struct Include {
        QString file;
        int line;
        QString target;
    };

    static QList<Include> domainIncludes() {
        QList<Include> includes;
        static const QRegularExpression includeLine(QStringLiteral("^\\s*#\\s*include\\s*([<\"][^>\"]+[>\"])"));
        QDirIterator it(QStringLiteral(TP_DOMAIN_SOURCE_DIR), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
                qFatal("cannot read %s", qPrintable(path));
            int lineNumber = 0;
            while (!file.atEnd()) {
                ++lineNumber;
                const auto match = includeLine.match(QString::fromUtf8(file.readLine()));
                if (match.hasMatch())
                    includes.append({path, lineNumber, match.captured(1)});
            }
        }
        return includes;
    }

private slots:
    void domainHasSources() {
        // Without this a wrong path would make every check below pass vacuously.
        QVERIFY2(domainIncludes().size() > 50, "expected to find the domain's sources and their includes");
    }

    void noForbiddenIncludes_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("why");
        QTest::newRow("no Qt headers") << "^<Q|^<qt|^<Qt"
                                       << "Qt belongs to shared/client and the apps";
        QTest::newRow("no Poco headers") << "Poco/"
                                         << "Poco belongs to shared/protocol and the server";
        QTest::newRow("no SQL headers") << "sqlite|libpq|pqxx|postgres"
                                        << "storage is not the domain's business";
        QTest::newRow("no USB headers") << "libusb"
                                        << "devices live in apps/pos/devices";
        QTest::newRow("no file or stream I/O") << "^<(fstream|iostream|cstdio|stdio\\.h|filesystem|unistd\\.h|sys/)>?"
                                               << "the domain does no I/O";
        QTest::newRow("no network or OS headers") << "^<(netinet|arpa|socket|windows)"
                                                  << "the domain does no I/O";
        QTest::newRow("nothing from upper layers") << "^\"(protocol|client|server|apps)/"
                                                   << "dependencies point downward only";
    }

    void noForbiddenIncludes() {
        QFETCH(QString, pattern);
        QFETCH(QString, why);
        const QRegularExpression forbidden(pattern);
        QStringList offenders;
        for (const Include& include : domainIncludes()) {
            if (forbidden.match(include.target).hasMatch())
                offenders
                    << QStringLiteral("%1:%2 includes %3").arg(include.file).arg(include.line).arg(include.target);
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(why + QStringLiteral(":\n") + offenders.join(QLatin1Char('\n'))));
    }

    void projectIncludesStayInsideTheDomain() {
        for (const Include& include : domainIncludes()) {
            if (include.target.startsWith(QLatin1Char('"')))
                QVERIFY2(
                    include.target.startsWith(QStringLiteral("\"domain/")),
                    qPrintable(
                        QStringLiteral("%1:%2 includes %3").arg(include.file).arg(include.line).arg(include.target)));
        }
    }
};

QTEST_GUILESS_MAIN(TestDomainLayering)
#include "tst_domain_layering.moc"
