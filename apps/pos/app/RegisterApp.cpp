#include "app/RegisterApp.h"

#include <QFileInfo>
#include <QStackedWidget>
#include <QTimer>

#include <utility>

#include "CashDrawer.h"
#include "DeviceUri.h"
#include "PrinterProfile.h"
#include "SerialScanner.h"
#include "TransportFactory.h"
#include "app/FirstRunScreens.h"
#include "app/RegisterSettings.h"
#include "client/credentials/CredentialStore.h"
#include "client/credentials/KeychainTokenSource.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ReplicaDatabase.h"
#include "client/sync/ChangePuller.h"
#include "client/sync/DeviceEnrolment.h"
#include "client/sync/OutboxUploader.h"
#include "client/sync/RetrySchedule.h"
#include "client/sync/SyncApi.h"
#include "client/sync/SyncEngine.h"
#include "client/sync/SyncState.h"
#include "domain/ids/UuidV7Generator.h"
#include "register/DrawerControl.h"
#include "register/ReceiptDesk.h"
#include "register/ServerBalanceCheck.h"
#include "register/Till.h"
#include "ui/RegisterWindow.h"
#include "ui/SaleScreen.h"

namespace tp::pos::app {

RegisterApp::RegisterApp(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(std::make_unique<RegisterSettings>(m_options.settingsFile))
    , m_enrolClient(std::make_unique<client::DeviceEnrolment>())
    , m_ids(std::make_unique<domain::UuidV7Generator>(domain::UuidV7Generator::systemClock(),
                                                      domain::UuidV7Generator::systemRandomSource())) {}

RegisterApp::~RegisterApp() {
    // The window and the till before the replica and sync objects they point into.
    m_window.reset();
    m_till.reset();
    m_drawer.reset();
    m_receipts.reset();
    m_engine.reset();
}

void RegisterApp::start() {
    if (m_settings->isEnrolled())
        openEnrolled();
    else
        showFirstRun();
}

void RegisterApp::fail(const QString& why) {
    // Before the till's window exists, the first-run window says it (there is always one).
    if (!m_window) {
        ensureFirstRunWindow();
        if (m_firstRun->currentWidget() == m_enrolment)
            m_enrolment->say(why);
        else
            m_firstSync->stopped(why);
    }
    emit failed(why);
}

void RegisterApp::ensureFirstRunWindow() {
    if (!m_firstRun) {
        m_firstRun = std::make_unique<QStackedWidget>();
        m_firstRun->setWindowTitle(tr("Tillpoint — set up this register"));
        m_firstRun->resize(1024, 768);
        m_enrolment = new EnrolmentScreen(m_firstRun.get());
        m_firstSync = new FirstSyncScreen(m_firstRun.get());
        m_firstRun->addWidget(m_enrolment);
        m_firstRun->addWidget(m_firstSync);
        connect(m_enrolment, &EnrolmentScreen::enrolRequested, this, &RegisterApp::enrol);
        connect(m_firstSync, &FirstSyncScreen::cancelRequested, this, [this] {
            if (m_puller)
                m_puller->cancel();
        });
        connect(m_firstSync, &FirstSyncScreen::resumeRequested, this, &RegisterApp::firstSync);
    }
    m_firstRun->show();
}

void RegisterApp::showFirstRun() {
    ensureFirstRunWindow();
    m_firstRun->setCurrentWidget(m_enrolment);
    m_enrolment->fill(m_options.server.toString(), m_options.enrolmentCode);
    // A code from the command line is tried once, by itself; after that it is the person's.
    const QString code = std::exchange(m_options.enrolmentCode, QString());
    if (m_options.server.isValid() && !code.isEmpty())
        enrol(m_options.server.toString(), code);
}

void RegisterApp::enrol(const QString& server, const QString& code) {
    m_enrolment->setBusy(true);
    const QUrl url(server);
    m_enrolClient->enrol(url, code, [this, url](domain::Result<client::EnrolledRegister> enrolled) {
        if (!enrolled) {
            m_enrolment->setBusy(false);
            return fail(QString::fromStdString(enrolled.error().message));
        }
        // The token goes to the keychain first: settings without a token would be a register
        // that believes it is enrolled and cannot sync.
        const client::EnrolledRegister registered = enrolled.value();
        m_credentials = std::make_unique<client::CredentialStore>(
            RegisterSettings::keychainService(), RegisterSettings::keychainAccountFor(url, registered.deviceId));
        m_credentials->save(client::CredentialStore::Secret::DeviceToken, registered.deviceToken,
                            [this, url, registered](domain::Result<void> saved) {
                                m_enrolment->setBusy(false);
                                if (!saved)
                                    return fail(QString::fromStdString(saved.error().message));
                                m_settings->saveEnrolment(url, registered);
                                // Not from inside the keychain's own callback: opening replaces
                                // the store that is calling us.
                                QTimer::singleShot(0, this, &RegisterApp::openEnrolled);
                            });
    });
}

void RegisterApp::openEnrolled() {
    m_credentials =
        std::make_unique<client::CredentialStore>(RegisterSettings::keychainService(), m_settings->keychainAccount());
    m_tokens = std::make_unique<client::KeychainTokenSource>(*m_credentials);
    m_tokens->load([this](domain::Result<void> loaded) {
        if (!loaded) {
            showFirstRun();
            return fail(QString::fromStdString(loaded.error().message));
        }
        m_db = std::make_unique<client::ReplicaDatabase>();
        if (auto opened = m_db->open(m_settings->replicaPath()); !opened)
            return fail(QString::fromStdString(opened.error().message));
        m_outbox = std::make_unique<client::Outbox>(*m_db, *m_ids);
        m_api = std::make_unique<client::SyncApi>(m_settings->server(), *m_tokens);
        m_api->setAppVersion(QCoreApplication::applicationVersion());
        m_api->setPendingUploads([this] { return m_state ? m_state->pendingCount() : 0; });
        m_retry = std::make_unique<client::RetrySchedule>(*m_db, QStringLiteral("push"));
        m_puller = std::make_unique<client::ChangePuller>(*m_db, *m_api);
        m_uploader = std::make_unique<client::OutboxUploader>(*m_outbox, *m_api, *m_retry);
        m_state = std::make_unique<client::SyncState>();
        m_engine = std::make_unique<client::SyncEngine>(*m_outbox, *m_puller, *m_uploader, *m_retry, *m_state);
        auto store = m_db->select(QStringLiteral("SELECT 1 FROM entities WHERE entity = 'store' AND id = ?"),
                                  {m_settings->storeId()});
        if (store && !store->isEmpty())
            startTill();
        else
            firstSync();
    });
}

void RegisterApp::firstSync() {
    ensureFirstRunWindow();
    m_firstRun->setCurrentWidget(m_firstSync);
    m_firstSync->started();
    disconnect(m_puller.get(), nullptr, this, nullptr);
    connect(m_puller.get(), &client::ChangePuller::pageApplied, this,
            [this](int changes, const QString&) { m_firstSync->progressed(changes); });
    connect(m_puller.get(), &client::ChangePuller::positionKnown, this,
            [this](qint64 cursor, qint64 latest) { m_firstSync->positioned(cursor, latest); });
    connect(m_puller.get(), &client::ChangePuller::finished, this, [this](bool ok) {
        disconnect(m_puller.get(), nullptr, this, nullptr);
        if (!ok)
            return fail(tr("The first sync stopped; press Go on to continue from where it stopped."));
        startTill();
    });
    m_puller->pull();
}

void RegisterApp::startTill() {
    auto till = Till::start({*m_db, *m_outbox, *m_ids, m_settings->storeId(), m_settings->deviceId(),
                             m_settings->receiptPrefix(), m_settings->approvalPolicy(), [] {
                                 return QDateTime::currentDateTimeUtc();
                             }});
    if (!till) {
        ensureFirstRunWindow();
        m_firstRun->setCurrentWidget(m_firstSync);
        return fail(QString::fromStdString(till.error().message));
    }
    m_till = std::move(till).value();
    setUpReceipts();
    m_balances = std::make_unique<ServerBalanceCheck>(*m_api);
    const auto& currency = m_till->store().currency;
    m_till->setBalanceCheck(m_balances.get(),
                            qRound64(m_settings->offlineStoredValueLimit() * double(currency.minorPerMajor())));
    m_window = std::make_unique<ui::RegisterWindow>(*m_till);
    setUpScanner();
    const auto status = [this] {
        m_window->setSyncStatus(syncStatusText());
    };
    connect(m_state.get(), &client::SyncState::onlineChanged, this, status);
    connect(m_state.get(), &client::SyncState::pendingCountChanged, this, status);
    connect(m_state.get(), &client::SyncState::needsAttentionCountChanged, this, status);
    connect(m_state.get(), &client::SyncState::lastSuccessfulSyncChanged, this, status);
    connect(m_state.get(), &client::SyncState::lastErrorChanged, this, status);
    // Staff and prices the feed brings show at the next login screen.
    connect(m_engine.get(), &client::SyncEngine::cycleFinished, this, [this](bool) {
        if (!m_till->session())
            emit m_till->sessionChanged();
    });
    status();
    if (m_firstRun)
        m_firstRun->hide();
    m_window->show();
    m_engine->start();
    emit ready();
}

void RegisterApp::setUpScanner() {
    if (!m_options.scannerUri.isEmpty())
        m_settings->setScanner(m_options.scannerUri);
    if (m_settings->scannerUri().isEmpty())
        return;
    auto uri = devices::DeviceUri::parse(m_settings->scannerUri());
    if (!uri)
        return fail(tr("The barcode scanner \"%1\" cannot be used: %2")
                        .arg(m_settings->scannerUri(), QString::fromStdString(uri.error().message)));
    // The till reads scale labels itself; the scanner's own classification is not needed here.
    m_scanner = std::make_unique<devices::SerialScanner>(*uri, domain::VariableMeasureNomenclature::defaults());
    connect(m_scanner.get(), &devices::SerialScanner::scanned, this,
            [this](const domain::ScannedBarcode&, const QString& text) { m_window->scanned(text); });
    connect(m_scanner.get(), &devices::SerialScanner::failed, this,
            [this](const QString& message) { m_window->saleScreen()->say(tr("Barcode scanner: %1").arg(message)); });
    m_scanner->start();
}

void RegisterApp::setUpReceipts() {
    if (!m_options.printerUri.isEmpty())
        m_settings->setPrinter(m_options.printerUri, m_options.printerProfile);
    const StoreProfile& store = m_till->store();
    m_receipts = std::make_unique<ReceiptDesk>(
        *m_db, devices::ReceiptTemplate::forStore(store.name, store.receiptHeader, store.receiptFooter), QLocale());
    m_till->setReceiptDesk(m_receipts.get());
    if (m_settings->printerUri().isEmpty())
        return; // receipts are kept; "no printer" is said when one is asked for
    auto uri = devices::DeviceUri::parse(m_settings->printerUri());
    if (!uri)
        return fail(tr("The receipt printer \"%1\" cannot be used: %2")
                        .arg(m_settings->printerUri(), QString::fromStdString(uri.error().message)));
    const auto profile = devices::PrinterProfile::named(m_settings->printerProfile());
    m_receipts->setPrinter(*uri, profile.value_or(devices::PrinterProfile::defaultProfile()),
                           QFileInfo(m_settings->replicaPath()).absolutePath() + QStringLiteral("/print-spool"));
    // The drawer hangs on the printer (its kick connector): it opens through the same port.
    const devices::DeviceUri printer = *uri;
    m_drawer = std::make_unique<DrawerControl>(
        std::make_unique<devices::CashDrawer>([printer] { return devices::makeTransport(printer); },
                                              devices::CashDrawerConfig{}),
        m_till->audit());
    m_till->setDrawer(m_drawer.get());
}

QString RegisterApp::syncStatusText() const {
    return m_state->summary(tr("Offline — sales are kept and sent when the server is back"));
}

} // namespace tp::pos::app
