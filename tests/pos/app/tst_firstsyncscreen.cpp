#include <QLabel>
#include <QProgressBar>
#include <QTest>

#include "app/FirstRunScreens.h"

using tp::pos::app::FirstSyncScreen;

// The first sync's screen: a busy bar until the feed says how far its log reaches, then how
// far along the pull is, never going back.
class TestFirstSyncScreen : public QObject {
    Q_OBJECT

private slots:
    void theBarFollowsThePullThroughTheLog() {
        FirstSyncScreen screen;
        auto* bar = screen.findChild<QProgressBar*>(QStringLiteral("firstSyncProgress"));
        auto* label = screen.findChild<QLabel*>(QStringLiteral("firstSyncLabel"));
        QVERIFY(bar && label);
        screen.started();
        QCOMPARE(bar->maximum(), 0); // busy: nothing known yet
        screen.progressed(500);
        screen.positioned(250, 1000);
        QCOMPARE(bar->maximum(), 1000);
        QCOMPARE(bar->value(), 250);
        QVERIFY2(label->text().contains("25") && label->text().contains("500"), qPrintable(label->text()));
        screen.progressed(500);
        screen.positioned(100, 2000); // the log grew meanwhile: the bar holds its place
        QCOMPARE(bar->value(), 250);
        screen.positioned(2000, 2000);
        QCOMPARE(bar->value(), 1000);
        QVERIFY2(label->text().contains("100") && label->text().contains(QLocale().toString(1000)),
                 qPrintable(label->text()));
    }
};

QTEST_MAIN(TestFirstSyncScreen)
#include "tst_firstsyncscreen.moc"
