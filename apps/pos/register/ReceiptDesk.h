#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QPair>
#include <QString>

#include <memory>

#include "DeviceUri.h"
#include "PrintDocument.h"
#include "PrinterProfile.h"
#include "ReceiptTemplate.h"
#include "domain/core/Result.h"

namespace tp::client {
class ReplicaDatabase;
}
namespace tp::pos::devices {
class PrintQueue;
}

namespace tp::pos {

// Prints receipts from what was kept with each sale (local_orders.receipt): the new sale's
// at once, and reprints of the last one or any by number. The print queue takes the job and
// the till carries on; a printer that is out of paper, offline or open is reported in words
// (printerTrouble) while the job waits and prints when it is fixed. No printer set up: the
// sale is saved and that is said.
class ReceiptDesk : public QObject {
    Q_OBJECT

public:
    ReceiptDesk(client::ReplicaDatabase& db, devices::ReceiptTemplate receiptTemplate, QLocale locale,
                QObject* parent = nullptr);
    ~ReceiptDesk() override;

    // Prints to `printer` from now on; `spoolDirectory` keeps waiting jobs across restarts.
    void setPrinter(const devices::DeviceUri& printer, const devices::PrinterProfile& profile,
                    const QString& spoolDirectory);
    bool hasPrinter() const { return m_queue != nullptr; }

    // Errors: "receipt_unknown" (no such sale on this register), "no_printer".
    domain::Result<void> print(const QString& receiptNumber);
    domain::Result<void> reprintLast();
    // The receipt as plain text, laid out as on paper (an e-mailed receipt). Errors as print's.
    domain::Result<QString> text(const QString& receiptNumber);
    // A report (X, Z) under the store's header: a bold title and label / value rows.
    domain::Result<void> printReport(const QString& title, const QList<QPair<QString, QString>>& rows);
    int waitingJobs() const;

signals:
    void printed(const QString& receiptNumber);
    void printerTrouble(const QString& message);

private:
    domain::Result<devices::PrintDocument> laidOut(const QString& receiptNumber);

    client::ReplicaDatabase& m_db;
    devices::ReceiptTemplate m_template;
    QLocale m_locale;
    devices::PrinterProfile m_profile = devices::PrinterProfile::defaultProfile();
    std::unique_ptr<devices::PrintQueue> m_queue;
};

} // namespace tp::pos
