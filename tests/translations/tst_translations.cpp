#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include "translations/TranslationLoader.h"

// The translation pipeline end to end: translations/*.ts are compiled to .qm by the build,
// embedded in tp_translations, found for a locale and used by tr(); and the sources stay
// complete — every message translated, with the same placeholders as its source text.
class TestTranslations : public QObject {
    Q_OBJECT

private:
    struct Message {
        QString context;
        QString source;
        QString translation;
        bool finished;
    };

    static QList<Message> readTs(const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        QXmlStreamReader xml(&file);
        QList<Message> messages;
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                current = {context, xml.readElementText(), {}, true};
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                current.finished = type != QLatin1String("unfinished") && type != QLatin1String("vanished") &&
                                   type != QLatin1String("obsolete");
                current.translation = xml.readElementText();
                messages << current;
            }
        }
        if (xml.hasError())
            qFatal("%s is not valid XML: %s", qPrintable(path), qPrintable(xml.errorString()));
        return messages;
    }

    static QStringList placeholders(const QString& text) {
        static const QRegularExpression placeholder(QStringLiteral("%L?\\d+"));
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.sort();
        return found;
    }

private slots:
    void everyShippedLanguageIsEmbedded() {
        QStringList languages = tp::i18n::availableTranslations();
        languages.sort();
        QCOMPARE(languages, (QStringList{"de", "es", "fr"}));
    }

    void localePicksItsTranslation_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("subtotal");
        QTest::newRow("German in Germany") << "de_DE"
                                           << "Zwischensumme";
        QTest::newRow("German in Switzerland falls back to German") << "de_CH"
                                                                    << "Zwischensumme";
        QTest::newRow("French in France") << "fr_FR"
                                          << "Sous-total";
        QTest::newRow("French in Switzerland") << "fr_CH"
                                               << "Sous-total";
        QTest::newRow("Spanish in Spain") << "es_ES"
                                          << "Subtotal";
    }

    void localePicksItsTranslation() {
        QFETCH(QString, locale);
        QFETCH(QString, subtotal);
        QTranslator* translator = tp::i18n::installTranslation(*QCoreApplication::instance(), QLocale(locale));
        QVERIFY2(translator, "a shipped language must load");
        QCOMPARE(QCoreApplication::translate("DemoReceipt", "Subtotal"), subtotal);
        QCOMPARE(QCoreApplication::translate("DemoReceipt", "Not rung up:").isEmpty(), false);
        QVERIFY(QCoreApplication::translate("DemoReceipt", "Cash rounding") != QLatin1String("Cash rounding"));
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    void unshippedLocaleStaysEnglish() {
        QVERIFY(!tp::i18n::installTranslation(*QCoreApplication::instance(), QLocale(QStringLiteral("ja_JP"))));
        QCOMPARE(QCoreApplication::translate("DemoReceipt", "Subtotal"), QStringLiteral("Subtotal"));
    }

    void sourcesAreComplete_data() {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(TP_TRANSLATIONS_SOURCE_DIR));
        for (const QString& file : dir.entryList({QStringLiteral("tillpoint_*.ts")}, QDir::Files))
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void sourcesAreComplete() {
        QFETCH(QString, path);
        const QList<Message> messages = readTs(path);
        QVERIFY2(!messages.isEmpty(), "a translation file without messages means lupdate never ran");
        for (const Message& message : messages) {
            const QString where = QStringLiteral("%1 / \"%2\"").arg(message.context, message.source);
            QVERIFY2(message.finished && !message.translation.isEmpty(), qPrintable(where + " is not translated"));
            QVERIFY2(placeholders(message.source) == placeholders(message.translation),
                     qPrintable(where + " has different placeholders in its translation"));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
