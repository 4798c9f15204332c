#include "app/BackofficeApp.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>

#include "client/outbox/Outbox.h"
#include "client/replica/ReplicaDatabase.h"
#include "client/sync/ChangePuller.h"
#include "client/sync/OutboxUploader.h"
#include "client/sync/RetrySchedule.h"
#include "client/sync/StaffSession.h"
#include "client/sync/SyncApi.h"
#include "client/sync/SyncEngine.h"
#include "client/sync/SyncState.h"
#include "domain/ids/UuidV7Generator.h"
#include "models/CampaignEdits.h"
#include "models/CategoryTreeModel.h"
#include "models/CouponEdits.h"
#include "models/ImageSync.h"
#include "models/OfficeAdmin.h"
#include "models/ProductEditor.h"
#include "models/ProductEdits.h"
#include "models/ProductImages.h"
#include "models/ProductListModel.h"
#include "models/StoreProfiles.h"
#include "models/StoreSettings.h"
#include "models/csv/CatalogCurrency.h"
#include "models/csv/CatalogExport.h"
#include "models/csv/CatalogImport.h"
#include "models/customers/CustomerActions.h"
#include "models/customers/CustomerListModel.h"
#include "models/customers/CustomerProfile.h"
#include "models/dashboard/DashboardFigures.h"
#include "models/orders/OrderActions.h"
#include "models/orders/OrderListModel.h"
#include "models/stock/CountSheetModel.h"
#include "models/stock/StockActions.h"
#include "models/stock/StockHistory.h"
#include "models/stock/StockLevelModel.h"
#include "ui/AdminScreen.h"
#include "ui/CampaignsScreen.h"
#include "ui/CatalogScreen.h"
#include "ui/ConflictsDialog.h"
#include "ui/CouponsScreen.h"
#include "ui/CustomersScreen.h"
#include "ui/DashboardScreen.h"
#include "ui/LoginScreen.h"
#include "ui/OrdersScreen.h"
#include "ui/ReceiptTemplateEditor.h"
#include "ui/StockScreen.h"
#include "ui/StoresScreen.h"

namespace tp::backoffice::app {

BackofficeApp::BackofficeApp(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(m_options.settingsFile.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(m_options.settingsFile, QSettings::IniFormat))
    , m_ids(std::make_unique<domain::UuidV7Generator>(domain::UuidV7Generator::systemClock(),
                                                      domain::UuidV7Generator::systemRandomSource())) {}

BackofficeApp::~BackofficeApp() {
    if (m_engine)
        m_engine->stop();
    m_window.reset(); // the screens refer to the models below: they go first
}

void BackofficeApp::start() {
    m_window = std::make_unique<QMainWindow>();
    m_window->setWindowTitle(tr("Tillpoint backoffice"));
    m_window->resize(1280, 800);
    m_pages = new QStackedWidget(m_window.get());
    m_login = new ui::LoginScreen(m_pages);
    m_pages->addWidget(m_login);
    m_window->setCentralWidget(m_pages);
    connect(m_login, &ui::LoginScreen::loginRequested, this, &BackofficeApp::logIn);
    const QUrl server = m_options.server.isValid()
                            ? m_options.server
                            : QUrl(m_settings->value(QStringLiteral("session/server")).toString());
    const QString shop =
        m_options.shop.isEmpty() ? m_settings->value(QStringLiteral("session/shop")).toString() : m_options.shop;
    const QString email =
        m_options.email.isEmpty() ? m_settings->value(QStringLiteral("session/email")).toString() : m_options.email;
    m_login->prefill(server, shop, email);
    m_window->show();
    if (!server.isValid() || shop.isEmpty() || email.isEmpty())
        return;
    // The last person's session, if the keychain still has it: no password needed.
    m_session = std::make_unique<client::StaffSession>(server, shop, email);
    m_login->setBusy(true);
    m_session->resume([this](const domain::Result<client::StaffUser>& resumed) {
        m_login->setBusy(false);
        if (!resumed) {
            m_login->say(resumed.error().code == "not_found" ? QString()
                                                             : QString::fromStdString(resumed.error().message));
            return;
        }
        open();
    });
}

void BackofficeApp::logIn(const QUrl& server, const QString& shop, const QString& email, const QString& password) {
    m_session = std::make_unique<client::StaffSession>(server, shop, email);
    m_login->setBusy(true);
    m_session->login(password, [this, server, shop, email](const domain::Result<client::StaffUser>& in) {
        m_login->setBusy(false);
        if (!in) {
            m_login->say(QString::fromStdString(in.error().message));
            return;
        }
        m_settings->setValue(QStringLiteral("session/server"), server.toString());
        m_settings->setValue(QStringLiteral("session/shop"), shop);
        m_settings->setValue(QStringLiteral("session/email"), email);
        m_settings->sync();
        open();
    });
}

void BackofficeApp::open() {
    // One replica per shop, beside the settings.
    const QString shop = m_settings->value(QStringLiteral("session/shop")).toString();
    const QString path =
        QDir(QFileInfo(m_settings->fileName()).absolutePath())
            .filePath(QStringLiteral("backoffice-%1.db").arg(shop.isEmpty() ? QStringLiteral("shop") : shop));
    m_db = std::make_unique<client::ReplicaDatabase>();
    if (auto opened = m_db->open(path); !opened) {
        m_login->say(QString::fromStdString(opened.error().message));
        return emit failed(QString::fromStdString(opened.error().message));
    }
    m_outbox = std::make_unique<client::Outbox>(*m_db, *m_ids);
    m_api = std::make_unique<client::SyncApi>(QUrl(m_settings->value(QStringLiteral("session/server")).toString()),
                                              *m_session);
    m_retry = std::make_unique<client::RetrySchedule>(*m_db, QStringLiteral("push"));
    m_puller = std::make_unique<client::ChangePuller>(*m_db, *m_api);
    m_uploader = std::make_unique<client::OutboxUploader>(*m_outbox, *m_api, *m_retry);
    m_state = std::make_unique<client::SyncState>();
    m_engine = std::make_unique<client::SyncEngine>(*m_outbox, *m_puller, *m_uploader, *m_retry, *m_state);
    m_products = std::make_unique<ProductListModel>(*m_db);
    m_import = std::make_unique<CatalogImport>(*m_outbox, *m_ids);
    m_export = std::make_unique<CatalogExport>(*m_db);
    m_editor = std::make_unique<ProductEditor>(*m_outbox, *m_ids);
    const auto currency = [this] {
        return catalogCurrency(*m_db);
    };
    m_catalog = new ui::CatalogScreen(*m_products, *m_editor, *m_import, *m_export, currency);
    m_categoryTree = std::make_unique<CategoryTreeModel>(*m_outbox, *m_ids);
    m_catalog->setCategoryTree(*m_categoryTree);
    m_productImages = std::make_unique<ProductImages>(*m_db);
    m_imageSync = std::make_unique<ImageSync>(*m_productImages, *m_api);
    m_catalog->setImages(*m_productImages, *m_imageSync);
    // Images added offline go up after every sync that reached the server; a failure waits for
    // the next one (the status bar already says offline).
    connect(m_state.get(), &client::SyncState::lastSuccessfulSyncChanged, this,
            [this] { m_imageSync->uploadPending([](domain::Result<int>) {}); });
    m_orders = std::make_unique<OrderListModel>(*m_db);
    m_orderActions = std::make_unique<OrderActions>(*m_outbox, *m_ids);
    m_ordersScreen = new ui::OrdersScreen(*m_orders, *m_orderActions);
    m_dashboard = new ui::DashboardScreen([this](const QDate& from, const QDate& to) {
        return DashboardFigures::compute(*m_db, from, to, QString::fromStdString(catalogCurrency(*m_db).code()));
    });
    m_stockLevels = std::make_unique<StockLevelModel>(*m_db);
    m_countSheet = std::make_unique<CountSheetModel>(*m_db);
    m_stockActions = std::make_unique<StockActions>(*m_outbox);
    m_stockScreen = new ui::StockScreen(*m_stockLevels, *m_countSheet, *m_stockActions, [this] {
        auto stores = m_orders->stores();
        return stores ? *stores : QList<std::pair<QString, QString>>{};
    });
    m_customers = std::make_unique<CustomerListModel>(*m_db);
    m_customerActions = std::make_unique<CustomerActions>(*m_outbox, *m_ids);
    m_customersScreen = new ui::CustomersScreen(*m_customers, *m_customerActions,
                                                [this](const QString& id) { return CustomerProfile::load(*m_db, id); });
    m_coupons = std::make_unique<CouponEdits>(*m_outbox, *m_ids);
    m_couponsScreen = new ui::CouponsScreen(*m_coupons, currency);
    m_campaigns = std::make_unique<CampaignEdits>(*m_outbox, *m_ids);
    m_campaignsScreen = new ui::CampaignsScreen(*m_campaigns, currency, [this] {
        auto stores = m_orders->stores();
        return stores ? *stores : QList<std::pair<QString, QString>>{};
    });
    m_storeSettings = std::make_unique<StoreSettings>(*m_outbox);
    m_receiptEditor = new ui::ReceiptTemplateEditor(*m_storeSettings);
    m_stockHistory = std::make_unique<StockHistory>(*m_api, m_db.get());
    m_stockScreen->setHistory(*m_stockHistory);
    m_productEdits = std::make_unique<ProductEdits>(*m_outbox, *m_ids);
    auto* attention = new QPushButton(m_window->statusBar());
    attention->setObjectName(QStringLiteral("needsAttention"));
    attention->setFlat(true);
    m_window->statusBar()->addPermanentWidget(attention);
    const auto showAttention = [this, attention] {
        const int count = m_state->needsAttentionCount();
        attention->setText(tr("Needs attention (%1)…").arg(count));
        attention->setVisible(count > 0);
    };
    connect(m_state.get(), &client::SyncState::needsAttentionCountChanged, attention, showAttention);
    connect(attention, &QPushButton::clicked, this, [this] {
        auto* dialog = new ui::ConflictsDialog(*m_productEdits, m_window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ui::ConflictsDialog::settled, this, [this] {
            m_engine->syncNow();
            m_catalog->refresh();
        });
        dialog->show();
    });
    showAttention();
    m_admin = std::make_unique<OfficeAdmin>(*m_db, *m_api);
    m_adminScreen = new ui::AdminScreen(*m_admin, [this] {
        auto stores = m_orders->stores();
        return stores ? *stores : QList<std::pair<QString, QString>>{};
    });
    m_storeProfiles = std::make_unique<StoreProfiles>(*m_outbox);
    m_storesScreen = new ui::StoresScreen(*m_storeProfiles, *m_admin);
    connect(m_storesScreen, &ui::StoresScreen::storeAdded, this, [this] { m_engine->syncNow(); });
    auto* sections = new QTabWidget(m_pages);
    sections->setObjectName(QStringLiteral("sections"));
    sections->addTab(m_dashboard, tr("&Dashboard"));
    sections->addTab(m_catalog, tr("&Catalog"));
    sections->addTab(m_ordersScreen, tr("&Orders"));
    sections->addTab(m_stockScreen, tr("&Stock"));
    sections->addTab(m_customersScreen, tr("C&ustomers"));
    sections->addTab(m_couponsScreen, tr("Cou&pons"));
    sections->addTab(m_campaignsScreen, tr("Campai&gns"));
    sections->addTab(m_storesScreen, tr("Stor&es"));
    sections->addTab(m_receiptEditor, tr("&Receipts"));
    sections->addTab(m_adminScreen, tr("Registers && s&taff"));
    m_pages->addWidget(sections);
    m_pages->setCurrentWidget(sections);
    const auto status = [this] {
        m_window->statusBar()->showMessage(syncStatusText());
    };
    connect(m_state.get(), &client::SyncState::onlineChanged, this, status);
    connect(m_state.get(), &client::SyncState::pendingCountChanged, this, status);
    connect(m_state.get(), &client::SyncState::needsAttentionCountChanged, this, status);
    connect(m_state.get(), &client::SyncState::lastSuccessfulSyncChanged, this, status);
    connect(m_state.get(), &client::SyncState::lastErrorChanged, this, status);
    // A sync (after every edit here, too) makes every screen out of date, but only the one on
    // show is read again at once; the others when they are shown: reading all ten (the
    // dashboard's sums, the customers' totals) after every save made the window wait.
    const std::pair<QWidget*, std::function<void()>> screens[] = {{m_dashboard,
                                                                   [this] {
                                                                       m_dashboard->refresh();
                                                                   }},
                                                                  {m_catalog,
                                                                   [this] {
                                                                       m_catalog->refresh();
                                                                   }},
                                                                  {m_ordersScreen,
                                                                   [this] {
                                                                       m_ordersScreen->refresh();
                                                                   }},
                                                                  {m_stockScreen,
                                                                   [this] {
                                                                       m_stockScreen->refresh();
                                                                   }},
                                                                  {m_customersScreen,
                                                                   [this] {
                                                                       m_customersScreen->refresh();
                                                                   }},
                                                                  {m_couponsScreen,
                                                                   [this] {
                                                                       m_couponsScreen->refresh();
                                                                   }},
                                                                  {m_campaignsScreen,
                                                                   [this] {
                                                                       m_campaignsScreen->refresh();
                                                                   }},
                                                                  {m_storesScreen,
                                                                   [this] {
                                                                       m_storesScreen->refresh();
                                                                   }},
                                                                  {m_receiptEditor,
                                                                   [this] {
                                                                       m_receiptEditor->refresh();
                                                                   }},
                                                                  {m_adminScreen, [this] {
                                                                       m_adminScreen->refresh();
                                                                   }}};
    for (const auto& [screen, refresh] : screens)
        m_refreshers.insert(screen, refresh);
    const auto refreshShown = [this, sections] {
        QWidget* shown = sections->currentWidget();
        if (m_stale.remove(shown))
            m_refreshers.value(shown)();
    };
    const auto allStale = [this, refreshShown] {
        for (auto it = m_refreshers.constBegin(); it != m_refreshers.constEnd(); ++it)
            m_stale.insert(it.key());
        refreshShown();
    };
    connect(m_engine.get(), &client::SyncEngine::cycleFinished, this, [allStale](bool) { allStale(); });
    connect(sections, &QTabWidget::currentChanged, this, refreshShown);
    status();
    allStale();
    m_engine->start();
    emit ready();
}

QString BackofficeApp::syncStatusText() const {
    return m_state->summary(tr("Offline — edits are kept and sent when the server is back"));
}

} // namespace tp::backoffice::app
