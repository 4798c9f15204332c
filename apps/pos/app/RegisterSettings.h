#pragma once

#include <QSettings>
#include <QString>
#include <QUrl>

#include "client/sync/DeviceEnrolment.h"
#include "register/ApprovalPolicy.h"

namespace tp::pos::app {

// What this register remembers about itself between starts (QSettings, in the user's config
// directory): the server, who it is after enrolment, and where its replica lives. Never the
// device token: that is in the keychain (CredentialStore).
class RegisterSettings {
public:
    // `settingsFile` empty: the platform's place (~/.config/Tillpoint/tillpoint-pos.conf).
    explicit RegisterSettings(const QString& settingsFile = {});

    bool isEnrolled() const;
    QUrl server() const;
    QString deviceId() const;
    QString storeId() const;
    QString name() const;
    QString tenantSlug() const;
    // Receipt numbers: "<prefix>-000042"; the till's name reduced to letters and digits.
    QString receiptPrefix() const;
    // Next to the settings: one replica per server and device.
    QString replicaPath() const;
    // The keychain account of this register's token.
    QString keychainAccount() const;
    // The keychain service the register's device token is kept under (with keychainAccount()).
    static QString keychainService() { return QStringLiteral("Tillpoint register"); }
    // The same for a server and device before they are saved (the first run's keychain write).
    static QString keychainAccountFor(const QUrl& server, const QString& deviceId);
    // A server address as it is kept: without trailing slashes ("https://shop.example").
    static QString serverText(const QUrl& server);

    // The receipt printer ("usb://04b8:0202", "tcp://10.0.0.7:9100", "serial:///dev/ttyUSB0",
    // "file:///tmp/receipts.bin") and its model profile; empty: no printer.
    // The serial barcode scanner, e.g. serial:///dev/ttyACM0?baud=9600 (empty: none, or a
    // keyboard-wedge scanner, which types into the window).
    QString scannerUri() const;
    void setScanner(const QString& uri);
    QString printerUri() const;
    QString printerProfile() const;
    void setPrinter(const QString& uri, const QString& profile);

    // How far a cashier may go alone at this till (ApprovalPolicy), in percent:
    //   [approvals] cashier_discount_percent=10   cashier_price_cut_percent=0
    // Missing or unreadable values keep the defaults (10 % and 0 %).
    ApprovalPolicy approvalPolicy() const;
    void setApprovalPercents(double discountPercent, double priceCutPercent);

    // How much of a gift card or store credit the till takes when the balance cannot be checked
    // (offline), in the store's money: [tenders] offline_stored_value_limit=20.00. Missing,
    // unreadable or negative: 0, nothing is taken unchecked.
    double offlineStoredValueLimit() const;
    void setOfflineStoredValueLimit(double amount);

    void saveEnrolment(const QUrl& server, const client::EnrolledRegister& enrolled);
    void forget(); // back to the first run

private:
    mutable QSettings m_settings;
};

} // namespace tp::pos::app
