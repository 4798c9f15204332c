#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include "translations/TranslationLoader.h"

// The translation pipeline end to end: translations/*.ts are compiled to .qm by the build,
// embedded in tp_translations, found for a locale and used by tr(); and the sources stay
// complete — every message translated, with the same placeholders as its source text, and
// every plural message with all of its language's forms.
class TestTranslations : public QObject {
    Q_OBJECT

private:
    // One <message> of a .ts file. A plain message has one translation; a plural (numerus)
    // message has one <numerusform> per plural form of the language, in `forms`.
    struct Message {
        QString context;
        QString source;
        bool numerus = false;
        bool finished = true;
        QStringList forms;
    };

    struct TsFile {
        QString language; // the <TS language="…"> attribute, e.g. "de"
        QList<Message> messages;
        QString error; // why the XML could not be read; empty when it could
    };

    static TsFile parseTs(const QByteArray& text) {
        QXmlStreamReader xml(text);
        TsFile ts;
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                current = Message{};
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                current.finished = type != QLatin1String("unfinished") && type != QLatin1String("vanished") &&
                                   type != QLatin1String("obsolete");
                if (current.numerus) {
                    // <translation><numerusform>…</numerusform>…</translation>: child elements,
                    // which readElementText() would reject.
                    while (xml.readNextStartElement()) {
                        if (xml.name() == QLatin1String("numerusform"))
                            current.forms << xml.readElementText();
                        else
                            xml.skipCurrentElement();
                    }
                } else {
                    current.forms = QStringList{xml.readElementText()};
                }
                ts.messages << current;
            }
        }
        if (xml.hasError())
            ts.error = xml.errorString();
        return ts;
    }

    static TsFile readTs(const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return parseTs(file.readAll());
    }

    // How many plural forms lupdate writes for a language (Qt's numerus rules). A language
    // missing here fails the check rather than having its plural forms go unchecked.
    static int pluralFormCount(const QString& language) {
        static const QHash<QString, int> counts{
            {QStringLiteral("de"), 2}, {QStringLiteral("fr"), 2}, {QStringLiteral("es"), 2}};
        return counts.value(language.section(QLatin1Char('_'), 0, 0), -1);
    }

    // %1…%99 (also %L1) and %n (also %Ln), sorted, so "%1 of %2" matches "%2 von %1".
    static QStringList placeholders(const QString& text) {
        static const QRegularExpression placeholder(QStringLiteral("%L?(?:\\d+|n)"));
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.sort();
        return found;
    }

    // Everything wrong with a .ts file, one sentence each; empty when it is complete.
    static QStringList problems(const TsFile& ts) {
        if (!ts.error.isEmpty())
            return {QStringLiteral("not valid XML: ") + ts.error};
        QStringList found;
        const int formCount = pluralFormCount(ts.language);
        for (const Message& message : ts.messages) {
            const QString where = QStringLiteral("%1 / \"%2\"").arg(message.context, message.source);
            if (!message.finished)
                found << where + QStringLiteral(" is not translated");
            if (!message.numerus) {
                if (message.forms.value(0).isEmpty())
                    found << where + QStringLiteral(" has an empty translation");
                else if (placeholders(message.source) != placeholders(message.forms.value(0)))
                    found << where + QStringLiteral(" has different placeholders in its translation");
                continue;
            }
            if (formCount < 0)
                found << where + QStringLiteral(" is a plural message, but language \"%1\" has no known number "
                                                "of plural forms")
                                     .arg(ts.language);
            else if (message.forms.size() != formCount)
                found << where + QStringLiteral(" has %1 plural form(s); %2 needs %3")
                                     .arg(message.forms.size())
                                     .arg(ts.language)
                                     .arg(formCount);
            for (qsizetype i = 0; i < message.forms.size(); ++i) {
                const QString form = QStringLiteral(" plural form %1").arg(i + 1);
                if (message.forms.at(i).isEmpty())
                    found << where + form + QStringLiteral(" is empty");
                else if (placeholders(message.source) != placeholders(message.forms.at(i)))
                    found << where + form + QStringLiteral(" has different placeholders than the source");
            }
        }
        return found;
    }

    // A one-context .ts file as lupdate writes it, around `messages`.
    static QByteArray tsText(const QString& language, const QString& messages) {
        return (QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" "
                               "language=\"") +
                language + QStringLiteral("\">\n<context>\n    <name>tp::client::SyncApi</name>\n") + messages +
                QStringLiteral("</context>\n</TS>\n"))
            .toUtf8();
    }

    static QString numerusMessage(const QString& source, const QString& translationAttributes,
                                  const QStringList& forms) {
        QString text = QStringLiteral("    <message numerus=\"yes\">\n        <source>") + source +
                       QStringLiteral("</source>\n        <translation") + translationAttributes +
                       QStringLiteral(">\n");
        for (const QString& form : forms)
            text += QStringLiteral("            <numerusform>") + form + QStringLiteral("</numerusform>\n");
        return text + QStringLiteral("        </translation>\n    </message>\n");
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
        const TsFile ts = readTs(path);
        QVERIFY2(ts.error.isEmpty(), qPrintable(path + QStringLiteral(" is not valid XML: ") + ts.error));
        QVERIFY2(!ts.messages.isEmpty(), "a translation file without messages means lupdate never ran");
        const QStringList found = problems(ts);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // The checker itself, on small .ts texts: a plural message is read (not "invalid XML"),
    // and an unfinished, missing, empty or placeholder-mismatched plural form is caught.
    void checkerJudgesPluralForms_data() {
        QTest::addColumn<QByteArray>("ts");
        QTest::addColumn<QString>("problem"); // a part of the expected problem; empty: none

        const QString seconds = QStringLiteral("The server did not answer within %n second(s).");
        const QString one = QStringLiteral("Der Server hat nicht innerhalb von %n Sekunde geantwortet.");
        const QString many = QStringLiteral("Der Server hat nicht innerhalb von %n Sekunden geantwortet.");
        QTest::newRow("finished, two forms with %n")
            << tsText("de", numerusMessage(seconds, {}, {one, many})) << QString();
        QTest::newRow("unfinished") << tsText("de", numerusMessage(seconds, " type=\"unfinished\"", {one, many}))
                                    << "is not translated";
        QTest::newRow("as lupdate adds it")
            << tsText("de", numerusMessage(seconds, " type=\"unfinished\"", QStringList{QString(), QString()}))
            << "plural form 1 is empty";
        QTest::newRow("second form empty")
            << tsText("de", numerusMessage(seconds, {}, {one, {}})) << "plural form 2 is empty";
        QTest::newRow("a form missing") << tsText("de", numerusMessage(seconds, {}, {many}))
                                        << "has 1 plural form(s); de needs 2";
        QTest::newRow("a form without %n")
            << tsText("fr",
                      numerusMessage(seconds, {},
                                     {QStringLiteral("Le serveur n’a pas répondu dans un délai d’une seconde."),
                                      QStringLiteral("Le serveur n’a pas répondu dans un délai de %n secondes.")}))
            << "plural form 1 has different placeholders";
        QTest::newRow("a form with a wrong %1")
            << tsText("es", numerusMessage(QStringLiteral("Retrying %1 in %n second(s)."), {},
                                           {QStringLiteral("Reintento de %1 en %n segundo."),
                                            QStringLiteral("Reintento de %2 en %n segundos.")}))
            << "plural form 2 has different placeholders";
        QTest::newRow("a language without a known form count")
            << tsText("xx", numerusMessage(seconds, {}, {one, many})) << "no known number of plural forms";
        QTest::newRow("plain message still checked")
            << tsText("de", QStringLiteral("    <message>\n        <source>The server refused the request: "
                                           "%1</source>\n        <translation>Der Server hat die Anfrage "
                                           "abgelehnt.</translation>\n    </message>\n"))
            << "has different placeholders in its translation";
    }

    void checkerJudgesPluralForms() {
        QFETCH(QByteArray, ts);
        QFETCH(QString, problem);
        const TsFile parsed = parseTs(ts);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.messages.size(), 1);
        const QStringList found = problems(parsed);
        if (problem.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        } else {
            QVERIFY2(
                !found.filter(problem).isEmpty(),
                qPrintable(QStringLiteral("expected \"%1\" among: %2").arg(problem, found.join(QLatin1String("; ")))));
        }
    }

    // Plural forms reach the app: the .qm picks the form by the language's own rule (French
    // uses the singular for 0, Spanish and German the plural). The context is the name moc
    // gives tp::client::SyncApi, which SyncApi::tr() looks up; a .ts context of plain
    // "SyncApi" (lupdate not finding the class's namespace) would leave this English.
    void pluralFormsReachTheApp_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("text");
        QTest::newRow("German, 1") << "de_DE" << 1 << "Der Server hat nicht innerhalb von 1 Sekunde geantwortet.";
        QTest::newRow("German, 30") << "de_DE" << 30 << "Der Server hat nicht innerhalb von 30 Sekunden geantwortet.";
        QTest::newRow("French, 0") << "fr_FR" << 0 << "Le serveur n’a pas répondu dans un délai de 0 seconde.";
        QTest::newRow("French, 2") << "fr_FR" << 2 << "Le serveur n’a pas répondu dans un délai de 2 secondes.";
        QTest::newRow("Spanish, 1") << "es_ES" << 1 << "El servidor no respondió en 1 segundo.";
        QTest::newRow("Spanish, 0") << "es_ES" << 0 << "El servidor no respondió en 0 segundos.";
    }

    void pluralFormsReachTheApp() {
        QFETCH(QString, locale);
        QFETCH(int, n);
        QFETCH(QString, text);
        QTranslator* translator = tp::i18n::installTranslation(*QCoreApplication::instance(), QLocale(locale));
        QVERIFY2(translator, "a shipped language must load");
        const QString translated = QCoreApplication::translate(
            "tp::client::SyncApi", "The server did not answer within %n second(s).", nullptr, n);
        QCoreApplication::removeTranslator(translator);
        delete translator;
        QCOMPARE(translated, text);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
