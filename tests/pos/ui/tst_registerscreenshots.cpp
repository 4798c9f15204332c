#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QScreen>
#include <QTest>

#include "RegisterUiFixture.h"
#include "ui/RegisterWindow.h"
#include "ui/SaleScreen.h"
#include "ui/ShiftScreen.h"

using namespace tp::pos;
using namespace tp::pos::ui;

// Screenshots of the sale, the tender and the shift's close in a real window on a real X
// server (Xvfb, started by the test's command), at the two sizes a register must work at,
// into the build directory (TILLPOINT_SCREENSHOT_DIR) for people to look at. Each must be
// the window's size and show more than an empty background.
class TestRegisterScreenshots : public QObject {
    Q_OBJECT

    QDir m_out;

    static void type(const QString& text) { QTest::keyClicks(QApplication::focusWidget(), text); }
    static void press(Qt::Key key) { QTest::keyClick(QApplication::focusWidget(), key); }

    void shoot(QWidget& window, const QString& name) {
        QApplication::processEvents();
        QTest::qWait(50);
        const QImage image = window.screen()->grabWindow(window.winId()).toImage();
        QCOMPARE(image.size(), window.size());
        // Not blank: a screen of text and buttons has many colours; an unpainted one has one or two.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(name + QStringLiteral(" looks blank")));
        const QString path = m_out.filePath(name + QStringLiteral(".png"));
        QVERIFY2(image.save(path), qPrintable(path));
    }

private slots:
    void initTestCase() {
        QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
                 "this test wants a real X server (xvfb-run), not the offscreen platform");
        const QString dir = qEnvironmentVariable("TILLPOINT_SCREENSHOT_DIR");
        QVERIFY2(!dir.isEmpty(), "TILLPOINT_SCREENSHOT_DIR names where the screenshots go");
        QVERIFY(QDir().mkpath(dir));
        m_out = QDir(dir);
    }

    void screens_data() {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x768") << QSize(1024, 768);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    void screens() {
        QFETCH(QSize, size);
        testing::RegisterUiFixture fixture;
        RegisterWindow window(fixture.till());
        window.setWindowFlag(Qt::FramelessWindowHint);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QString suffix = QStringLiteral("-%1x%2").arg(size.width()).arg(size.height());

        type("4826");
        press(Qt::Key_Return);
        type("150");
        press(Qt::Key_Return);
        for (const char* code : {"4006381333931", "4006381333931", "9780306406157"}) {
            type(QString::fromLatin1(code));
            press(Qt::Key_Return);
        }
        shoot(window, QStringLiteral("register-sale") + suffix);

        type("20 TERM-0042");
        press(Qt::Key_F9);
        shoot(window, QStringLiteral("register-tender") + suffix);
        type("30");
        press(Qt::Key_F8);

        press(Qt::Key_F11);
        type("174");
        press(Qt::Key_F6);
        shoot(window, QStringLiteral("register-shift-close") + suffix);
    }
};

QTEST_MAIN(TestRegisterScreenshots)
#include "tst_registerscreenshots.moc"
