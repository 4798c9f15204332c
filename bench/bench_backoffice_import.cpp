// The backoffice's CSV import and export at the scale (50,000 rows): how long they
// take and, the point, that the window never freezes meanwhile — measured as the
// longest time the event loop went without running a 5 ms heartbeat timer while the import
// read, checked and wrote the file, and while the export wrote it back out.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

#include "BenchOptions.h"
#include "BenchReport.h"
#include "ProcessPeak.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ReplicaDatabase.h"
#include "domain/barcode/Gtin.h"
#include "domain/ids/UuidV7Generator.h"
#include "models/csv/CatalogExport.h"
#include "models/csv/CatalogImport.h"
#include "models/csv/CsvWriter.h"

namespace {

// The longest gap between two runs of a 5 ms timer while it is on: what a person would feel
// as the window not answering.
class StallMeter : public QObject {
public:
    StallMeter() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, m_sinceLast.nsecsElapsed());
            m_sinceLast.restart();
        });
    }
    void start() {
        m_longest = 0;
        m_sinceLast.start();
        m_timer.start();
    }
    double stop() {
        m_timer.stop();
        return double(m_longest) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    qint64 m_longest = 0;
};

QString ean13(long long n) {
    const std::string payload = QStringLiteral("2%1").arg(n, 11, 10, QLatin1Char('0')).toStdString();
    return QString::fromStdString(payload) + QString::number(tp::domain::Gtin::checkDigit(payload).value());
}

// About two thirds of the rows are variants of tees (3 sizes × 2 colours), the rest simple
// products, every one with a barcode.
long long writeFile(const QString& path, long long rows) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw std::runtime_error("cannot write " + path.toStdString());
    file.write(
        tp::backoffice::csvRecord({"Handle", "Title", "Body (HTML)", "Option1 Name", "Option1 Value", "Option2 Name",
                                   "Option2 Value", "Variant SKU", "Variant Price", "Variant Barcode", "Status"}));
    long long written = 0;
    long long product = 0;
    const QStringList sizes{"S", "M", "L"};
    const QStringList colours{"Black", "White"};
    while (written < rows) {
        ++product;
        if (written < rows * 2 / 3) {
            int variant = 0;
            for (const QString& size : sizes)
                for (const QString& colour : colours) {
                    const bool first = variant++ == 0;
                    file.write(tp::backoffice::csvRecord(
                        {QStringLiteral("tee-%1").arg(product), first ? QStringLiteral("Tee %1").arg(product) : "",
                         first ? "<p>Organic cotton, a relaxed fit.</p>" : "", first ? "Size" : "", size,
                         first ? "Colour" : "", colour, QStringLiteral("TEE-%1-%2-%3").arg(product).arg(size, colour),
                         "19.90", ean13(written), first ? "active" : ""}));
                    ++written;
                }
        } else {
            file.write(tp::backoffice::csvRecord(
                {QStringLiteral("mug-%1").arg(product), QStringLiteral("Mug %1").arg(product), "", "Title",
                 "Default Title", "", "", QStringLiteral("MUG-%1").arg(product), "8.50", ean13(written), "active"}));
            ++written;
        }
    }
    return written;
}

template <typename Done>
void spin(Done done) {
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

} // namespace

int main(int argc, char** argv) try {
    QCoreApplication app(argc, argv);
    const tp::bench::BenchOptions options(argc, argv, 50'000);
    tp::bench::BenchReport report(options.scale);
    QTemporaryDir work;
    const QString csv = work.filePath(QStringLiteral("products.csv"));
    const long long rows = writeFile(csv, options.scale);
    std::printf("== %lld rows written to a Shopify product CSV (%lld KiB)\n", rows, QFile(csv).size() / 1024);

    tp::client::ReplicaDatabase db;
    if (auto opened = db.open(work.filePath(QStringLiteral("office.db"))); !opened)
        throw std::runtime_error(opened.error().message);
    tp::domain::UuidV7Generator ids(tp::domain::UuidV7Generator::systemClock(),
                                    tp::domain::UuidV7Generator::systemRandomSource());
    tp::client::Outbox outbox(db, ids);
    tp::backoffice::CatalogImport import(outbox, ids);
    StallMeter stall;
    QElapsedTimer clock;

    using State = tp::backoffice::CatalogImport::State;
    stall.start();
    clock.start();
    import.read(csv, *tp::domain::Currency::fromCode("EUR"));
    spin([&] { return import.state() != State::Reading; });
    const double readSeconds = double(clock.elapsed()) / 1000.0;
    const double readStall = stall.stop();
    if (import.state() != State::Ready)
        throw std::runtime_error("the file was not read: " + import.failure().toStdString());
    std::printf("== read and checked: %lld products, %d variants, %lld rows left out\n",
                static_cast<long long>(import.plan().products.size()), import.plan().variantCount(),
                static_cast<long long>(import.plan().errors.size()));

    stall.start();
    clock.restart();
    import.start();
    spin([&] { return import.state() != State::Importing; });
    const double importSeconds = double(clock.elapsed()) / 1000.0;
    const double importStall = stall.stop();
    if (import.state() != State::Finished)
        throw std::runtime_error("the import stopped: " + import.failure().toStdString());

    tp::backoffice::CatalogExport exporter(db);
    stall.start();
    clock.restart();
    exporter.write(work.filePath(QStringLiteral("export.csv")));
    spin([&] { return exporter.state() != tp::backoffice::CatalogExport::State::Writing; });
    const double exportSeconds = double(clock.elapsed()) / 1000.0;
    const double exportStall = stall.stop();
    if (exporter.state() != tp::backoffice::CatalogExport::State::Finished)
        throw std::runtime_error("the export stopped: " + exporter.failure().toStdString());

    // 100 ms: the longest pause people still take as an immediate answer.
    report.add("backoffice.csv_import.read_and_check_seconds", readSeconds, "s");
    report.add("backoffice.csv_import.write_seconds", importSeconds, "s");
    report.add("backoffice.csv_import.longest_ui_stall_reading", readStall, "ms", 100);
    report.add("backoffice.csv_import.longest_ui_stall_writing", importStall, "ms", 100);
    report.add("backoffice.csv_export.seconds", exportSeconds, "s");
    report.add("backoffice.csv_export.longest_ui_stall", exportStall, "ms", 100);
    report.add("backoffice.csv.max_rss", double(tp::bench::peakRssKib()) / 1024.0, "MB");
    report.print();
    return 0;
} catch (const std::exception& error) {
    std::fprintf(stderr, "bench_backoffice_import: %s\n", error.what());
    return 1;
}
