#include "register/ReceiptDesk.h"

#include <QDateTime>
#include <QJsonDocument>

#include "DocumentPlainText.h"
#include "DocumentPrinting.h"
#include "PrintQueue.h"
#include "ReceiptDataJson.h"
#include "ReceiptLayout.h"
#include "TransportFactory.h"
#include "client/replica/ReplicaDatabase.h"

namespace tp::pos {

namespace {

domain::Error refusal(const char* code, const QString& message) {
    return domain::makeError(code, message.toStdString());
}

} // namespace

ReceiptDesk::ReceiptDesk(client::ReplicaDatabase& db, devices::ReceiptTemplate receiptTemplate, QLocale locale,
                         QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_template(std::move(receiptTemplate))
    , m_locale(std::move(locale)) {}

ReceiptDesk::~ReceiptDesk() = default;

void ReceiptDesk::setPrinter(const devices::DeviceUri& printer, const devices::PrinterProfile& profile,
                             const QString& spoolDirectory) {
    m_profile = profile;
    m_queue =
        std::make_unique<devices::PrintQueue>([printer] { return devices::makeTransport(printer); }, spoolDirectory);
    connect(m_queue.get(), &devices::PrintQueue::jobPrinted, this,
            [this](quint64, const QString& title) { emit printed(title); });
    connect(m_queue.get(), &devices::PrintQueue::jobFailed, this,
            [this](quint64, const QString& title, const QString& error, int, int retryInMs) {
                emit printerTrouble(tr("Receipt %1 is not printed: %2. The sale is saved; the receipt prints "
                                       "when the printer is fixed (next try in %n second(s)).",
                                       nullptr, std::max(1, retryInMs / 1000))
                                        .arg(title, error));
            });
}

domain::Result<devices::PrintDocument> ReceiptDesk::laidOut(const QString& receiptNumber) {
    auto rows =
        m_db.select(QStringLiteral("SELECT receipt FROM local_orders WHERE number = ?"), {receiptNumber.trimmed()});
    if (!rows)
        return rows.error();
    if (rows->isEmpty() || rows->first().value(0).isNull())
        return refusal("receipt_unknown", tr("No sale numbered %1 was rung on this register.").arg(receiptNumber));
    const auto receipt =
        devices::receiptFromJson(QJsonDocument::fromJson(rows->first().value(0).toString().toUtf8()).object());
    if (!receipt)
        return refusal("receipt_unknown", tr("The receipt of %1 could not be read back.").arg(receiptNumber));
    return devices::ReceiptLayout(m_template, m_locale).layout(*receipt, m_profile.columns);
}

domain::Result<void> ReceiptDesk::print(const QString& receiptNumber) {
    if (!m_queue) {
        if (auto known = laidOut(receiptNumber); !known)
            return known.error();
        return refusal("no_printer", tr("No receipt printer is set up; the sale is saved."));
    }
    auto document = laidOut(receiptNumber);
    if (!document)
        return document.error();
    m_queue->submit(receiptNumber.trimmed(), devices::encodeForPrinter(*document, m_profile));
    return {};
}

domain::Result<QString> ReceiptDesk::text(const QString& receiptNumber) {
    auto document = laidOut(receiptNumber);
    if (!document)
        return document.error();
    return devices::plainText(*document);
}

domain::Result<void> ReceiptDesk::reprintLast() {
    auto rows = m_db.select(QStringLiteral("SELECT number FROM local_orders ORDER BY sequence DESC LIMIT 1"));
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return refusal("receipt_unknown", tr("No sale has been rung on this register yet."));
    return print(rows->first().value(0).toString());
}

domain::Result<void> ReceiptDesk::printReport(const QString& title, const QList<QPair<QString, QString>>& rows) {
    if (!m_queue)
        return refusal("no_printer", tr("No receipt printer is set up."));
    devices::PrintDocument document;
    document.columns = m_profile.columns;
    if (!m_template.header.isEmpty())
        document.line(m_template.header.first(), devices::TextAlignment::Center, true);
    document.line(title, devices::TextAlignment::Center, true, 2, 2);
    document.line(m_locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat),
                  devices::TextAlignment::Center);
    document.feed(1);
    for (const auto& [label, value] : rows) {
        const int room = std::max(1, document.columns - int(value.size()) - 1);
        document.line(label.left(room).leftJustified(room) + QLatin1Char(' ') + value);
    }
    document.feed(3).cut();
    m_queue->submit(title, devices::encodeForPrinter(document, m_profile));
    return {};
}

int ReceiptDesk::waitingJobs() const {
    return m_queue ? m_queue->pendingCount() : 0;
}

} // namespace tp::pos
