#include "app/RegisterSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <optional>

namespace tp::pos::app {

RegisterSettings::RegisterSettings(const QString& settingsFile)
    : m_settings(settingsFile.isEmpty() ? QSettings(QSettings::IniFormat, QSettings::UserScope,
                                                    QStringLiteral("Tillpoint"), QStringLiteral("tillpoint-pos"))
                                              .fileName()
                                        : settingsFile,
                 QSettings::IniFormat) {}

bool RegisterSettings::isEnrolled() const {
    return !deviceId().isEmpty() && !storeId().isEmpty() && server().isValid();
}

QUrl RegisterSettings::server() const {
    return QUrl(m_settings.value(QStringLiteral("server/url")).toString());
}

QString RegisterSettings::deviceId() const {
    return m_settings.value(QStringLiteral("register/device_id")).toString();
}

QString RegisterSettings::storeId() const {
    return m_settings.value(QStringLiteral("register/store_id")).toString();
}

QString RegisterSettings::name() const {
    return m_settings.value(QStringLiteral("register/name")).toString();
}

QString RegisterSettings::tenantSlug() const {
    return m_settings.value(QStringLiteral("register/tenant")).toString();
}

QString RegisterSettings::receiptPrefix() const {
    QString prefix;
    for (const QChar c : name().toUpper()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            prefix += c;
    }
    return prefix.isEmpty() ? QStringLiteral("R") : prefix.left(8);
}

QString RegisterSettings::replicaPath() const {
    const QString dir = QFileInfo(m_settings.fileName()).absolutePath();
    return QDir(dir).filePath(QStringLiteral("replica-%1.db").arg(deviceId()));
}

QString RegisterSettings::serverText(const QUrl& server) {
    QString text = server.toString();
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

QString RegisterSettings::keychainAccountFor(const QUrl& server, const QString& deviceId) {
    return serverText(server) + QLatin1Char('/') + deviceId;
}

QString RegisterSettings::keychainAccount() const {
    return keychainAccountFor(server(), deviceId());
}

QString RegisterSettings::scannerUri() const {
    return m_settings.value(QStringLiteral("scanner/uri")).toString();
}

void RegisterSettings::setScanner(const QString& uri) {
    m_settings.setValue(QStringLiteral("scanner/uri"), uri);
    m_settings.sync();
}

QString RegisterSettings::printerUri() const {
    return m_settings.value(QStringLiteral("printer/uri")).toString();
}

QString RegisterSettings::printerProfile() const {
    return m_settings.value(QStringLiteral("printer/profile")).toString();
}

void RegisterSettings::setPrinter(const QString& uri, const QString& profile) {
    m_settings.setValue(QStringLiteral("printer/uri"), uri);
    m_settings.setValue(QStringLiteral("printer/profile"), profile);
    m_settings.sync();
}

namespace {

// A percentage setting as basis points; none when missing or not a number from 0 to 100.
std::optional<qint64> basisPoints(const QSettings& settings, const QString& key) {
    bool ok = false;
    const double percent = settings.value(key).toDouble(&ok);
    if (!ok || percent < 0 || percent > 100)
        return std::nullopt;
    return qRound64(percent * 100.0);
}

} // namespace

ApprovalPolicy RegisterSettings::approvalPolicy() const {
    ApprovalPolicy policy;
    if (auto discount = basisPoints(m_settings, QStringLiteral("approvals/cashier_discount_percent")))
        policy.cashierDiscountLimit = *discount;
    if (auto cut = basisPoints(m_settings, QStringLiteral("approvals/cashier_price_cut_percent")))
        policy.cashierPriceCutLimit = *cut;
    return policy;
}

void RegisterSettings::setApprovalPercents(double discountPercent, double priceCutPercent) {
    m_settings.setValue(QStringLiteral("approvals/cashier_discount_percent"), discountPercent);
    m_settings.setValue(QStringLiteral("approvals/cashier_price_cut_percent"), priceCutPercent);
    m_settings.sync();
}

double RegisterSettings::offlineStoredValueLimit() const {
    bool ok = false;
    const double amount = m_settings.value(QStringLiteral("tenders/offline_stored_value_limit")).toDouble(&ok);
    return ok && amount > 0 ? amount : 0.0;
}

void RegisterSettings::setOfflineStoredValueLimit(double amount) {
    m_settings.setValue(QStringLiteral("tenders/offline_stored_value_limit"), amount);
    m_settings.sync();
}

void RegisterSettings::saveEnrolment(const QUrl& server, const client::EnrolledRegister& enrolled) {
    m_settings.setValue(QStringLiteral("server/url"), serverText(server));
    m_settings.setValue(QStringLiteral("register/device_id"), enrolled.deviceId);
    m_settings.setValue(QStringLiteral("register/store_id"), enrolled.storeId);
    m_settings.setValue(QStringLiteral("register/name"), enrolled.name);
    m_settings.setValue(QStringLiteral("register/tenant"), enrolled.tenantSlug);
    m_settings.sync();
}

void RegisterSettings::forget() {
    m_settings.remove(QStringLiteral("register"));
    m_settings.sync();
}

} // namespace tp::pos::app
