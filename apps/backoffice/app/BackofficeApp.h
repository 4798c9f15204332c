#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QMainWindow;
class QSettings;
class QStackedWidget;
class QWidget;

namespace tp::client {
class ChangePuller;
class Outbox;
class OutboxUploader;
class ReplicaDatabase;
class RetrySchedule;
class StaffSession;
class SyncApi;
class SyncEngine;
class SyncState;
} // namespace tp::client
namespace tp::domain {
class UuidV7Generator;
}
namespace tp::backoffice {
class CatalogExport;
class CatalogImport;
class CategoryTreeModel;
class CountSheetModel;
class OfficeAdmin;
class CampaignEdits;
class CouponEdits;
class ImageSync;
class ProductImages;
class StoreProfiles;
class CustomerActions;
class CustomerListModel;
class OrderActions;
class OrderListModel;
class ProductEditor;
class ProductEdits;
class ProductListModel;
class StockActions;
class StockHistory;
class StoreSettings;
class StockLevelModel;
namespace ui {
class CatalogScreen;
class AdminScreen;
class CampaignsScreen;
class StoresScreen;
class CouponsScreen;
class CustomersScreen;
class DashboardScreen;
class LoginScreen;
class OrdersScreen;
class ReceiptTemplateEditor;
class StockScreen;
} // namespace ui
} // namespace tp::backoffice

namespace tp::backoffice::app {

// The backoffice put together: the login (or the session resumed from the keychain), the
// backoffice's own replica of the shop with its sync engine (staff token), and the window with
// the catalog. It works from the replica: offline, lists and edits go on and the outbox waits.
class BackofficeApp : public QObject {
    Q_OBJECT

public:
    struct Options {
        QString settingsFile; // empty: the platform's place
        QUrl server;          // prefill for the login
        QString shop;
        QString email;
    };

    explicit BackofficeApp(Options options, QObject* parent = nullptr);
    ~BackofficeApp() override;

    // Shows the window: the catalog at once when the last session can be resumed, else the login.
    void start();
    QMainWindow* window() const { return m_window.get(); }

signals:
    void ready(); // logged in, the catalog on the screen
    void failed(const QString& why);

private:
    void logIn(const QUrl& server, const QString& shop, const QString& email, const QString& password);
    void open(); // after a login or a resume
    QString syncStatusText() const;

    Options m_options;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QMainWindow> m_window;
    QStackedWidget* m_pages = nullptr;
    ui::LoginScreen* m_login = nullptr;
    ui::CatalogScreen* m_catalog = nullptr;
    ui::OrdersScreen* m_ordersScreen = nullptr;
    ui::DashboardScreen* m_dashboard = nullptr;
    ui::StockScreen* m_stockScreen = nullptr;
    ui::CustomersScreen* m_customersScreen = nullptr;
    ui::CouponsScreen* m_couponsScreen = nullptr;
    ui::CampaignsScreen* m_campaignsScreen = nullptr;
    ui::StoresScreen* m_storesScreen = nullptr;
    ui::ReceiptTemplateEditor* m_receiptEditor = nullptr;
    ui::AdminScreen* m_adminScreen = nullptr;
    std::unique_ptr<client::StaffSession> m_session;
    std::unique_ptr<domain::UuidV7Generator> m_ids;
    std::unique_ptr<client::ReplicaDatabase> m_db;
    std::unique_ptr<client::Outbox> m_outbox;
    std::unique_ptr<client::SyncApi> m_api;
    std::unique_ptr<client::RetrySchedule> m_retry;
    std::unique_ptr<client::ChangePuller> m_puller;
    std::unique_ptr<client::OutboxUploader> m_uploader;
    std::unique_ptr<client::SyncState> m_state;
    std::unique_ptr<client::SyncEngine> m_engine;
    std::unique_ptr<ProductListModel> m_products;
    std::unique_ptr<ProductEditor> m_editor;
    std::unique_ptr<CatalogImport> m_import;
    std::unique_ptr<CatalogExport> m_export;
    std::unique_ptr<OrderListModel> m_orders;
    std::unique_ptr<OrderActions> m_orderActions;
    std::unique_ptr<StockLevelModel> m_stockLevels;
    std::unique_ptr<CountSheetModel> m_countSheet;
    std::unique_ptr<StockActions> m_stockActions;
    std::unique_ptr<CustomerListModel> m_customers;
    std::unique_ptr<CustomerActions> m_customerActions;
    std::unique_ptr<CouponEdits> m_coupons;
    std::unique_ptr<CampaignEdits> m_campaigns;
    std::unique_ptr<ProductImages> m_productImages;
    std::unique_ptr<ImageSync> m_imageSync;
    std::unique_ptr<StoreProfiles> m_storeProfiles;
    std::unique_ptr<CategoryTreeModel> m_categoryTree;
    std::unique_ptr<StoreSettings> m_storeSettings;
    std::unique_ptr<StockHistory> m_stockHistory;
    std::unique_ptr<ProductEdits> m_productEdits;
    std::unique_ptr<OfficeAdmin> m_admin;
    // Each tab's screen and how it reads the replica again; the ones a sync left out of date.
    QHash<QWidget*, std::function<void()>> m_refreshers;
    QSet<QWidget*> m_stale;
};

} // namespace tp::backoffice::app
