#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

#include "OrderSamples.h"
#include "TempReplica.h"
#include "models/dashboard/DashboardFigures.h"
#include "ui/DashboardScreen.h"

// The dashboard under QT_QPA_PLATFORM=offscreen: a month of trade drawn, the range changed.
class TestDashboardScreen : public QObject {
    Q_OBJECT

    tp::client::testing::TempReplica m_replica;

private slots:
    void aMonthIsDrawnAndTheRangeChanges() {
        const QDate today = QDate::currentDate();
        QVERIFY(tp::backoffice::testing::putSampleMonth(m_replica.db(), today));
        tp::backoffice::ui::DashboardScreen screen([this](const QDate& from, const QDate& to) {
            return tp::backoffice::DashboardFigures::compute(m_replica.db(), from, to, QStringLiteral("EUR"));
        });
        screen.resize(1280, 800);
        screen.show();
        // "Last 30 days" to begin with: every day of the sample month.
        QCOMPARE(screen.figures().days.size(), 30);
        const int monthOrders = screen.figures().orders;
        QVERIFY(monthOrders > 60);
        auto* summary = screen.findChild<QLabel*>(QStringLiteral("dashboardSummary"));
        QVERIFY2(summary->text().contains(QString::number(monthOrders)), qPrintable(summary->text()));
        auto* revenue = screen.findChild<QChartView*>(QStringLiteral("revenueChart"));
        QCOMPARE(revenue->chart()->series().size(), 2); // orders as bars, revenue as a line
        auto* bars = qobject_cast<QBarSeries*>(revenue->chart()->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().first()->count(), 30);
        QCOMPARE(screen.figures().topProducts.size(), 5);
        auto* lowStock = screen.findChild<QTableWidget*>(QStringLiteral("lowStock"));
        QCOMPARE(lowStock->rowCount(), 3);
        const QString firstSku = lowStock->item(0, 0)->text();
        screen.findChild<QLineEdit*>(QStringLiteral("lowStockFilter"))->setText(firstSku);
        int shown = 0;
        for (int row = 0; row < lowStock->rowCount(); ++row)
            shown += lowStock->isRowHidden(row) ? 0 : 1;
        QVERIFY(shown >= 1 && shown < 3);
        screen.findChild<QLineEdit*>(QStringLiteral("lowStockFilter"))->clear();

        auto* preset = screen.findChild<QComboBox*>(QStringLiteral("rangePreset"));
        preset->setCurrentIndex(0);
        emit preset->activated(0); // last 7 days
        QCOMPARE(screen.figures().days.size(), 7);
        QVERIFY(screen.figures().orders < monthOrders);
    }
};

QTEST_MAIN(TestDashboardScreen)
#include "tst_dashboardscreen.moc"
