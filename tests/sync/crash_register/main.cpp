// tp_crash_register: a register that rings sales and uploads them, for the crash test. It is
// meant to be killed (SIGKILL) at any instant and started again on the same replica:
//
//   tp_crash_register <replica.db> <server url> <device token> <store id> <name> <sales>
//
// It rings sales until the replica holds <sales> of them (one outbox write each, with the
// engine uploading meanwhile), then syncs until the outbox is empty, prints "drained" and
// exits 0. Each committed sale is printed as "rang <number>".

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>
#include <QTimer>

#include "SimulatedRegister.h"

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() != 7) {
        err << "usage: tp_crash_register <replica.db> <server url> <device token> <store id> <name> <sales>\n";
        return 2;
    }
    const int target = args[6].toInt();
    tp::test::SimulatedRegister reg(args[1], args[2], args[3].toStdString(), args[4].toStdString(),
                                    args[5].toStdString());
    QString error;
    if (!reg.open(&error)) {
        err << "cannot open the replica: " << error << "\n";
        return 1;
    }
    reg.start();

    QTimer ring;
    ring.setInterval(3);
    QObject::connect(&ring, &QTimer::timeout, &app, [&] {
        auto rows = reg.replica().select(QStringLiteral("SELECT COUNT(*) FROM sim_sales"));
        const int rung = rows && !rows->isEmpty() ? rows->first().value(0).toInt() : 0;
        if (rung >= target) {
            ring.stop();
            reg.syncNow();
            return;
        }
        const QString createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        if (!reg.ringSale("CRASH-1", 1000, 100, createdAt.toStdString(), &error)) {
            err << "ringing a sale failed: " << error << "\n";
            QCoreApplication::exit(1);
            return;
        }
        out << "rang " << (rung + 1) << Qt::endl;
    });
    QTimer drained;
    drained.setInterval(50);
    QObject::connect(&drained, &QTimer::timeout, &app, [&] {
        if (ring.isActive() || reg.pending() != 0)
            return;
        out << "drained" << Qt::endl;
        QCoreApplication::exit(0);
    });
    ring.start();
    drained.start();
    return app.exec();
}
