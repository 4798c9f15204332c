#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "ApiTestServer.h"
#include "OfficeReplica.h"
#include "SyncTestSupport.h"
#include "models/CategoryTreeModel.h"

using tp::backoffice::CategoryTreeModel;
using tp::test::ApiResponse;
using tp::test::ApiTestServer;

// The category tree edited offline in the office — made, renamed and rearranged by drag and
// drop — reaches the server through category.upsert; a move that would make a cycle is refused
// here and on the server, and a stale edit comes back as a version conflict.
class TestBackofficeCategories : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;
    QTemporaryDir m_dir;

    std::string parentOf(const QString& id) {
        const ApiResponse category = m_server.get("/api/v1/categories/" + id.toStdString(), m_shop.ownerToken);
        if (category.status != 200)
            return "status " + std::to_string(category.status);
        const auto json = category.json->getObject("category");
        return json->isNull("parent_id") ? std::string() : json->getValue<std::string>("parent_id");
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("tree");
        const ApiResponse home = m_server.post("/api/v1/categories", R"({"name":"Home"})", m_shop.ownerToken);
        QVERIFY2(home.status == 201, home.body.c_str());
    }

    void theTreeIsEditedByDragAndDropOffline() {
        tp::test::OfficeReplica office(m_dir.filePath(QStringLiteral("office.db")),
                                       QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port())),
                                       QString::fromStdString(m_shop.ownerToken));
        QVERIFY(office.isOpen());
        auto& ids = office.ids;
        auto& outbox = office.outbox;
        const auto pull = [&office] {
            return office.pull();
        };
        const auto upload = [&office] {
            return office.upload();
        };
        QVERIFY(pull());

        CategoryTreeModel tree(outbox, ids);
        QVERIFY(tree.reload().ok());
        QCOMPARE(tree.rowCount(), 1); // Home
        const QString home = tree.categoryId(tree.index(0, 0));
        auto kitchen = tree.create(QStringLiteral("Kitchen"), {});
        QVERIFY(kitchen.ok());
        auto cups = tree.create(QStringLiteral("Cups"), *kitchen);
        QVERIFY(cups.ok());
        QCOMPARE(tree.create(QStringLiteral("  "), {}).error().code, std::string("invalid_name"));
        QCOMPARE(tree.rowCount(), 2);
        QCOMPARE(tree.rowCount(tree.indexOf(*kitchen)), 1);

        // Kitchen dragged onto Home: Kitchen (with its cups) now lives under Home.
        std::unique_ptr<QMimeData> dragged(tree.mimeData({tree.indexOf(*kitchen)}));
        QVERIFY(tree.dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, tree.indexOf(home)));
        QCOMPARE(tree.rowCount(), 1);
        QCOMPARE(tree.parent(tree.indexOf(*kitchen)), tree.indexOf(home));
        QCOMPARE(tree.parent(tree.indexOf(*cups)), tree.indexOf(*kitchen));

        // Home dragged onto Cups would put Home inside itself: refused in words.
        QSignalSpy refused(&tree, &CategoryTreeModel::refused);
        std::unique_ptr<QMimeData> homeDragged(tree.mimeData({tree.indexOf(home)}));
        QVERIFY(!tree.dropMimeData(homeDragged.get(), Qt::MoveAction, -1, -1, tree.indexOf(*cups)));
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().first().toString().contains(QLatin1String("Home")));
        QVERIFY(tree.rename(*cups, QStringLiteral("Cups & mugs")).ok());

        QVERIFY(upload());
        QCOMPARE(*outbox.needsAttentionCount(), 0);
        QCOMPARE(parentOf(*kitchen), home.toStdString());
        QCOMPARE(parentOf(*cups), kitchen->toStdString());
        const ApiResponse renamed = m_server.get("/api/v1/categories/" + cups->toStdString(), m_shop.ownerToken);
        QCOMPARE(renamed.json->getObject("category")->getValue<std::string>("name"), std::string("Cups & mugs"));

        // Cups dragged to the top level, and back from the server.
        std::unique_ptr<QMimeData> again(tree.mimeData({tree.indexOf(*cups)}));
        QVERIFY(tree.dropMimeData(again.get(), Qt::MoveAction, -1, -1, QModelIndex()));
        QVERIFY(upload());
        QCOMPARE(parentOf(*cups), std::string());
        QVERIFY(pull());
        QVERIFY(tree.reload().ok());
        QCOMPARE(tree.rowCount(), 2); // Cups & mugs, Home

        // The server keeps its own guard: a cycle pushed directly is refused naming parent_id.
        auto cycle = tp::test::pushOne(m_server, m_shop.ownerToken, "category.upsert",
                                       R"({"id":")" + home.toStdString() + R"(","version":1,"parent_id":")" +
                                           kitchen->toStdString() + R"("})");
        QCOMPARE(tp::test::statusOf(cycle), std::string("rejected"));
        QVERIFY(tp::test::errorOf(cycle, "message").find("parent_id") != std::string::npos);
        auto stale = tp::test::pushOne(m_server, m_shop.ownerToken, "category.upsert",
                                       R"({"id":")" + kitchen->toStdString() + R"(","version":1,"name":"Old"})");
        QCOMPARE(tp::test::errorOf(stale), std::string("version_conflict"));
    }
};

QTEST_MAIN(TestBackofficeCategories)
#include "tst_backoffice_categories.moc"
