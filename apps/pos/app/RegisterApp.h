#pragma once

#include <QObject>
#include <QUrl>

#include <memory>

namespace tp::client {
class ChangePuller;
class CredentialStore;
class DeviceEnrolment;
class KeychainTokenSource;
class Outbox;
class OutboxUploader;
class ReplicaDatabase;
class RetrySchedule;
class SyncApi;
class SyncEngine;
class SyncState;
} // namespace tp::client
namespace tp::domain {
class UuidV7Generator;
}
class QStackedWidget;

namespace tp::pos::devices {
class SerialScanner;
}
namespace tp::pos {
class DrawerControl;
class ReceiptDesk;
class ServerBalanceCheck;
class Till;
namespace ui {
class RegisterWindow;
}
} // namespace tp::pos

namespace tp::pos::app {

class EnrolmentScreen;
class FirstSyncScreen;
class RegisterSettings;

// The register put together: enrolment on the first run (token into the keychain), the
// replica and its sync engine, the first sync with its progress, then the till and its
// window, with the sync's state in the status bar. Nothing here waits on the network: the
// till works from the replica, and sync runs beside it.
class RegisterApp : public QObject {
    Q_OBJECT

public:
    struct Options {
        QString settingsFile; // empty: the platform's place
        QUrl server;          // prefill for the first run
        QString enrolmentCode;
        bool highContrast = false;
        QString printerUri; // non-empty: remembered as this register's receipt printer
        QString printerProfile;
        QString scannerUri; // non-empty: remembered as this register's serial barcode scanner
    };

    explicit RegisterApp(Options options, QObject* parent = nullptr);
    ~RegisterApp() override;

    void start();

    // For tests: the till and its window once the register is ready (null before).
    Till* till() const { return m_till.get(); }
    ui::RegisterWindow* window() const { return m_window.get(); }

signals:
    void ready();
    void failed(const QString& why);

private:
    void ensureFirstRunWindow();
    void showFirstRun();
    void enrol(const QString& server, const QString& code);
    void openEnrolled();
    void firstSync();
    void startTill();
    void setUpReceipts();
    // A serial scanner (a keyboard-wedge one types into the window and needs nothing).
    void setUpScanner();
    void fail(const QString& why);
    QString syncStatusText() const;

    Options m_options;
    std::unique_ptr<RegisterSettings> m_settings;
    std::unique_ptr<QStackedWidget> m_firstRun;
    EnrolmentScreen* m_enrolment = nullptr;
    FirstSyncScreen* m_firstSync = nullptr;
    std::unique_ptr<client::DeviceEnrolment> m_enrolClient;
    std::unique_ptr<client::CredentialStore> m_credentials;
    std::unique_ptr<client::KeychainTokenSource> m_tokens;
    std::unique_ptr<domain::UuidV7Generator> m_ids;
    std::unique_ptr<client::ReplicaDatabase> m_db;
    std::unique_ptr<client::Outbox> m_outbox;
    std::unique_ptr<client::SyncApi> m_api;
    std::unique_ptr<client::RetrySchedule> m_retry;
    std::unique_ptr<client::ChangePuller> m_puller;
    std::unique_ptr<client::OutboxUploader> m_uploader;
    std::unique_ptr<client::SyncState> m_state;
    std::unique_ptr<client::SyncEngine> m_engine;
    std::unique_ptr<ReceiptDesk> m_receipts;
    std::unique_ptr<DrawerControl> m_drawer;
    std::unique_ptr<devices::SerialScanner> m_scanner;
    std::unique_ptr<ServerBalanceCheck> m_balances; // before the till, which asks it
    std::unique_ptr<Till> m_till;
    std::unique_ptr<ui::RegisterWindow> m_window;
};

} // namespace tp::pos::app
