#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>

#include "FakeBalances.h"
#include "RegisterUiFixture.h"
#include "ui/LoginScreen.h"
#include "ui/RegisterWindow.h"
#include "ui/SaleScreen.h"
#include "ui/ShiftScreen.h"

using namespace tp::pos;
using namespace tp::pos::ui;

// The register's window driven as a cashier drives it: keystrokes only (and a scanner, which
// is a keyboard typing fast and pressing Enter), the results read off the widgets.
class TestRegisterWindow : public QObject {
    Q_OBJECT

    std::unique_ptr<testing::RegisterUiFixture> m_fixture;
    std::unique_ptr<RegisterWindow> m_window;

    template <typename T>
    T* find(const char* name) {
        T* widget = m_window->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            QTest::qFail(qPrintable(QStringLiteral("no widget named %1").arg(QString::fromLatin1(name))), __FILE__,
                         __LINE__);
        return widget;
    }

    QWidget* currentPage() {
        auto* stack = qobject_cast<QStackedWidget*>(m_window->centralWidget());
        return stack ? stack->currentWidget() : nullptr;
    }

    // Types into whatever has the keyboard, as a person (or a wedge scanner) would.
    void type(const QString& text) { QTest::keyClicks(QApplication::focusWidget(), text); }
    // Through the window, as the window system delivers a key: shortcuts (the function keys)
    // are matched on that path, before the focused widget sees the key.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(m_window->windowHandle(), key, modifiers);
    }
    void scan(const QString& barcode) {
        type(barcode);
        press(Qt::Key_Return);
    }

    void logInAndOpenTheDay() {
        type("4826");
        press(Qt::Key_Return);
        QCOMPARE(currentPage(), static_cast<QWidget*>(m_window->shiftScreen()));
        type("150");
        press(Qt::Key_Return);
        QCOMPARE(currentPage(), static_cast<QWidget*>(m_window->saleScreen()));
    }

private slots:
    void init() {
        m_fixture = std::make_unique<testing::RegisterUiFixture>();
        m_window = std::make_unique<RegisterWindow>(m_fixture->till());
        m_window->resize(1024, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get())); // function keys are window shortcuts
    }

    void cleanup() {
        m_window.reset();
        m_fixture.reset();
    }

    void aWrongPinIsSaidInWords() {
        QCOMPARE(currentPage(), static_cast<QWidget*>(m_window->loginScreen()));
        QCOMPARE(find<QListWidget>("staffList")->count(), 2);
        type("1111");
        press(Qt::Key_Return);
        QVERIFY2(find<QLabel>("loginMessage")->text().contains("PIN"),
                 qPrintable(find<QLabel>("loginMessage")->text()));
        QCOMPARE(currentPage(), static_cast<QWidget*>(m_window->loginScreen()));
    }

    void aSaleIsRungAndPaidFromTheKeyboard() {
        logInAndOpenTheDay();
        scan("4006381333931");
        scan("4006381333931"); // the same shirt again: one line of 2
        scan("9780306406157");
        auto* lines = find<QTableWidget>("lines");
        QCOMPARE(lines->rowCount(), 2);
        QCOMPARE(lines->item(0, 0)->text(), QStringLiteral("T-Shirt"));
        QCOMPARE(lines->item(0, 1)->text(), QStringLiteral("2"));
        const QString total = find<QLabel>("total")->text();
        QVERIFY2(total.contains("44") && total.contains("47"), qPrintable(total)); // 2 × 19.99 + 4.49 = 44.47

        scan("NO-SUCH-CODE");
        QVERIFY(find<QLabel>("message")->text().contains("NO-SUCH-CODE"));
        QCOMPARE(lines->rowCount(), 2);

        press(Qt::Key_F9); // the card needs the terminal's reference
        QVERIFY(find<QLabel>("message")->text().contains("F9"));
        type("20 TERM-0042");
        press(Qt::Key_F9); // 20.00 by card, reference TERM-0042
        QVERIFY2(find<QLabel>("due")->text().contains("24"),
                 qPrintable(find<QLabel>("due")->text() + " / " + find<QLabel>("message")->text()));
        type("30");
        press(Qt::Key_F8); // 30.00 in cash for the 24.47 left
        const QString done = find<QLabel>("message")->text();
        QVERIFY2(done.contains("5") && done.contains("53") && done.contains("R1-000001"), qPrintable(done));
        QCOMPARE(lines->rowCount(), 0);
        QCOMPARE(*m_fixture->outbox().pendingCount(), 1);

        // The customer wants it by e-mail too.
        type("anna@example.com");
        press(Qt::Key_E, Qt::ControlModifier);
        QVERIFY2(find<QLabel>("message")->text().contains("anna@example.com"),
                 qPrintable(find<QLabel>("message")->text()));
        QCOMPARE(*m_fixture->outbox().pendingCount(), 2);
    }

    void searchAsYouTypeAndTheVariantGrid() {
        logInAndOpenTheDay();
        type("gre");
        auto* results = find<QListWidget>("searchResults");
        QVERIFY(results->isVisible());
        QVERIFY2(results->currentItem()->text().contains("Green tea"), qPrintable(results->currentItem()->text()));
        press(Qt::Key_Return);
        QVERIFY(!results->isVisible());
        QCOMPARE(find<QTableWidget>("lines")->item(0, 0)->text(), QStringLiteral("Green tea"));

        type("hoo");
        QVERIFY(results->isVisible());
        press(Qt::Key_Return);
        QVERIFY(find<QWidget>("variantGrid")->isVisible());
        auto* large = find<QPushButton>("variant-HD-L");
        QVERIFY(large->text().contains("42"));
        large->click();
        QCOMPARE(find<QTableWidget>("lines")->rowCount(), 2);
        QCOMPARE(find<QTableWidget>("lines")->item(1, 0)->text(), QStringLiteral("Hoodie L"));

        type("4006381333931"); // digits are a scan, not a search
        QVERIFY(!results->isVisible());
        press(Qt::Key_Return);
        QCOMPARE(find<QTableWidget>("lines")->rowCount(), 3);
    }

    void aCustomerIsMadeFoundAndAttached() {
        logInAndOpenTheDay();
        type("Eva Noor, eva@shop.example");
        press(Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(find<QLabel>("who")->text().contains("Eva Noor"), qPrintable(find<QLabel>("message")->text()));
        press(Qt::Key_K, Qt::ControlModifier); // nothing typed: off the sale
        QVERIFY(!find<QLabel>("who")->text().contains("Eva Noor"));
        type("eva@");
        press(Qt::Key_K, Qt::ControlModifier);
        QVERIFY(find<QLabel>("who")->text().contains("Eva Noor"));
        scan("TEA");
        scan("TS"); // 4.49 + 19.99 = 24.48: one point per whole euro
        const QString who = find<QLabel>("who")->text();
        QVERIFY2(who.contains("0 points") && who.contains("+24"), qPrintable(who));
        press(Qt::Key_F8);
        auto queued = m_fixture->outbox().oldest(10);
        QCOMPARE(queued->size(), 2);
        QCOMPARE(queued->at(0).type, QStringLiteral("customer.upsert"));
        QCOMPARE(queued->at(1).data.value("customer_id").toString(), queued->at(0).data.value("id").toString());
    }

    void aCouponWaitsForItsMinimumThenComesOff() {
        logInAndOpenTheDay();
        scan("TEA");
        type("tenoff");
        press(Qt::Key_U, Qt::ControlModifier);
        const QString waiting = find<QLabel>("coupon")->text();
        QVERIFY2(waiting.contains("TENOFF") && waiting.contains("minimum"), qPrintable(waiting));
        QVERIFY2(find<QLabel>("total")->text().contains("4,49") || find<QLabel>("total")->text().contains("4.49"),
                 qPrintable(find<QLabel>("total")->text()));
        scan("TS"); // 4.49 + 19.99 = 24.48, 10 % off: 2.45 (split over the lines)
        const QString applied = find<QLabel>("coupon")->text();
        QVERIFY2(applied.contains("2") && applied.contains("45"), qPrintable(applied));
        QVERIFY2(find<QLabel>("total")->text().contains("22") && find<QLabel>("total")->text().contains("03"),
                 qPrintable(find<QLabel>("total")->text()));
        press(Qt::Key_F8);
        auto queued = m_fixture->outbox().oldest(10);
        QCOMPARE(queued->size(), 1);
        QCOMPARE(queued->first().data.value("coupon").toObject().value("discount").toInteger(), 245);
        QVERIFY(find<QLabel>("coupon")->text().isEmpty()); // the next sale starts without it
    }

    void aGiftCardAndStoreCreditPayFromTheKeyboard() {
        testing::FakeBalances balances;
        m_fixture->till().setBalanceCheck(&balances, 0);
        logInAndOpenTheDay();
        scan("TS");                                                // 19.99
        press(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier); // no customer: refused in words
        QVERIFY2(find<QLabel>("message")->text().contains("Ctrl+K"), qPrintable(find<QLabel>("message")->text()));
        type("Eva Noor");
        press(Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        balances.answer = testing::FakeBalances::known(500);
        type("10 gift-0001");
        press(Qt::Key_G, Qt::ControlModifier);
        QVERIFY2(find<QLabel>("message")->text().contains("5"), qPrintable(find<QLabel>("message")->text()));
        QVERIFY(m_fixture->till().sale().tenders().isEmpty());
        balances.answer = testing::FakeBalances::known(5000);
        type("10 gift-0001");
        press(Qt::Key_G, Qt::ControlModifier);
        QVERIFY2(find<QLabel>("due")->text().contains("9") && find<QLabel>("due")->text().contains("99"),
                 qPrintable(find<QLabel>("due")->text()));
        press(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier); // the rest from her credit
        QVERIFY2(find<QLabel>("message")->text().contains("R1-000001"), qPrintable(find<QLabel>("message")->text()));
        QCOMPARE(balances.asked.last(), m_fixture->outbox().oldest(10)->first().data.value("id").toString() + "/EUR");
        auto queued = m_fixture->outbox().oldest(10);
        const QJsonArray payments = queued->last().data.value("payments").toArray();
        QCOMPARE(payments.size(), 2);
        QCOMPARE(payments.at(0).toObject().value("reference").toString(), QStringLiteral("GIFT-0001"));
        QCOMPARE(payments.at(1).toObject().value("method").toString(), QStringLiteral("store_credit"));
        QCOMPARE(payments.at(1).toObject().value("amount").toInteger(), 999);
        m_fixture->till().setBalanceCheck(nullptr, 0);
    }

    void aBigDiscountWaitsForAManagersPin() {
        logInAndOpenTheDay();
        scan("TS");
        type("25%");
        press(Qt::Key_F3);
        QVERIFY(find<QWidget>("approvalPanel")->isVisible());
        QCOMPARE(find<QComboBox>("approver")->currentText(), QStringLiteral("mia@shop.example"));
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(find<QLineEdit>("approverPin")));
        type("1397");
        press(Qt::Key_Tab);
        type("seam torn");
        press(Qt::Key_Return);
        QVERIFY(!find<QWidget>("approvalPanel")->isVisible());
        QVERIFY2(find<QLabel>("total")->text().contains("14"), qPrintable(find<QLabel>("total")->text())); // 14.99
        QCOMPARE(find<QTableWidget>("lines")->item(0, 3)->text().isEmpty(), false);
    }

    void aSaleComesBackWithItsReceipt() {
        logInAndOpenTheDay();
        scan("TEA");
        press(Qt::Key_F8); // exact cash
        QVERIFY(find<QLabel>("message")->text().contains("R1-000001"));
        type("R1-000001");
        press(Qt::Key_F4, Qt::ShiftModifier);
        QVERIFY2(find<QWidget>("returnPanel")->isVisible(), qPrintable(find<QLabel>("message")->text()));
        auto* lines = find<QTableWidget>("returnLines");
        QCOMPARE(lines->rowCount(), 1);
        auto* back = qobject_cast<QDoubleSpinBox*>(lines->cellWidget(0, 3));
        QVERIFY(back);
        back->setFocus();
        QTest::keyClick(back, Qt::Key_Up); // one more comes back
        QCOMPARE(back->value(), 1.0);
        find<QLineEdit>("returnReason")->setFocus();
        type("wrong tea");
        find<QLineEdit>("returnReference")->setFocus();
        press(Qt::Key_Return); // all cash: no card reference needed
        QVERIFY2(!find<QWidget>("returnPanel")->isVisible(),
                 qPrintable(find<QLabel>("returnMessage")->text() + " / " + back->text()));
        const QString said = find<QLabel>("message")->text();
        QVERIFY2(said.contains("4.49") || said.contains("4,49"), qPrintable(said));
        QCOMPARE(*m_fixture->outbox().pendingCount(), 2); // the sale and its refund

        type("R1-000001");
        press(Qt::Key_F4, Qt::ShiftModifier);
        auto* nothingLeft = qobject_cast<QDoubleSpinBox*>(find<QTableWidget>("returnLines")->cellWidget(0, 3));
        QCOMPARE(nothingLeft->maximum(), 0.0); // it came back already
    }

    void anItemComesBackWithoutAReceiptWithAManagersYes() {
        logInAndOpenTheDay();
        type("TEA");
        press(Qt::Key_F4, Qt::ControlModifier);
        QVERIFY(find<QWidget>("approvalPanel")->isVisible());
        type("1397");
        press(Qt::Key_Tab);
        type("unopened");
        press(Qt::Key_Return);
        QCOMPARE(find<QTableWidget>("lines")->item(0, 1)->text(), QStringLiteral("-1"));
        press(Qt::Key_F8); // pays out what the sale owes
        const QString said = find<QLabel>("message")->text();
        QVERIFY2((said.contains("4.49") || said.contains("4,49")) && said.contains("R1-000001"), qPrintable(said));
    }

    void theDayClosesWithABlindCount() {
        logInAndOpenTheDay();
        scan("TEA");
        press(Qt::Key_F8); // exact cash
        QVERIFY(find<QLabel>("message")->text().contains("R1-000001"));
        press(Qt::Key_F11);
        QCOMPARE(currentPage(), static_cast<QWidget*>(m_window->shiftScreen()));
        QVERIFY(!find<QLabel>("shiftState")->text().contains("154")); // the expected 154.49 is not shown
        press(Qt::Key_F5);                                            // a cashier gets no X report
        QVERIFY(find<QLabel>("shiftReport")->text().isEmpty());
        type("154");
        press(Qt::Key_F6);
        const QString z = find<QLabel>("shiftReport")->text();
        QVERIFY2(z.contains("154") && z.contains("49"), qPrintable(z));    // expected, once counted
        QVERIFY2(z.contains("0,49") || z.contains("0.49"), qPrintable(z)); // short by 0.49
        QVERIFY(find<QLabel>("shiftState")->text().contains("No shift"));
    }
};

QTEST_MAIN(TestRegisterWindow)
#include "tst_registerwindow.moc"
