#include "models/CategoryTreeModel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

#include "client/outbox/LocalWrite.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ReplicaDatabase.h"
#include "domain/ids/UuidV7Generator.h"

namespace tp::backoffice {

namespace {

const QString kMime = QStringLiteral("application/x-tillpoint-category");

domain::Error refusal(const char* code, const QString& message) {
    return domain::makeError(code, message.toStdString());
}

} // namespace

struct CategoryTreeModel::Node {
    QString id;
    QString name;
    QString parentId;
    qint64 version = 0;
    QJsonObject json;
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const {
        if (!parent)
            return 0;
        for (std::size_t i = 0; i < parent->children.size(); ++i)
            if (parent->children[i].get() == this)
                return int(i);
        return 0;
    }
};

CategoryTreeModel::CategoryTreeModel(client::Outbox& outbox, domain::UuidV7Generator& ids, QObject* parent)
    : QAbstractItemModel(parent)
    , m_outbox(outbox)
    , m_ids(ids)
    , m_root(std::make_unique<Node>()) {}

CategoryTreeModel::~CategoryTreeModel() = default;

domain::Result<void> CategoryTreeModel::reload() {
    auto rows = m_outbox.database().select(
        QStringLiteral("SELECT id, data FROM entities WHERE entity = 'category' ORDER BY json_extract(data, "
                       "'$.name') COLLATE NOCASE, id"));
    if (!rows)
        return rows.error();
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_byId.clear();
    std::vector<std::unique_ptr<Node>> nodes;
    for (const client::SqlRow& row : *rows) {
        auto node = std::make_unique<Node>();
        node->id = row.at(0).toString();
        node->json = QJsonDocument::fromJson(row.at(1).toByteArray()).object();
        node->name = node->json.value(QLatin1String("name")).toString();
        node->parentId = node->json.value(QLatin1String("parent_id")).toString();
        node->version = node->json.value(QLatin1String("version")).toInteger();
        m_byId.insert(node->id, node.get());
        nodes.push_back(std::move(node));
    }
    for (auto& node : nodes) {
        Node* parent = m_byId.value(node->parentId, m_root.get());
        // A parent the replica lacks (or a cycle it was handed) puts the category at the top.
        if (parent != m_root.get() && isWithin(parent->id, node->id))
            parent = m_root.get();
        node->parent = parent;
        parent->children.push_back(std::move(node));
    }
    endResetModel();
    return {};
}

bool CategoryTreeModel::isWithin(const QString& categoryId, const QString& ancestorId) const {
    QString at = categoryId;
    for (int guard = 0; guard < 1000; ++guard) {
        if (at.isEmpty())
            return false; // reached the top
        if (at == ancestorId)
            return true;
        const Node* node = m_byId.value(at);
        if (!node)
            return false;
        at = node->parentId;
    }
    return true; // a chain that long is a cycle already: treat it as inside
}

CategoryTreeModel::Node* CategoryTreeModel::nodeOf(const QModelIndex& index) const {
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QString CategoryTreeModel::categoryId(const QModelIndex& index) const {
    return index.isValid() ? nodeOf(index)->id : QString();
}

QModelIndex CategoryTreeModel::indexOf(const QString& categoryId) const {
    Node* node = m_byId.value(categoryId);
    return node ? createIndex(node->row(), 0, node) : QModelIndex();
}

domain::Result<void> CategoryTreeModel::write(const QString& categoryId, const QJsonObject& changes, bool creating) {
    const Node* node = m_byId.value(categoryId);
    QJsonObject mutation = changes;
    mutation.insert(QStringLiteral("id"), categoryId);
    QJsonObject local = node ? node->json : QJsonObject{};
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        local.insert(it.key(), it.value());
    local.insert(QStringLiteral("id"), categoryId);
    if (!creating) {
        mutation.insert(QStringLiteral("version"), node->version);
        local.insert(QStringLiteral("version"), node->version + 1); // what the server will have
    } else {
        local.insert(QStringLiteral("version"), 1);
    }
    auto written = m_outbox.write([&](client::LocalWrite& write) {
        write.enqueue(QStringLiteral("category.upsert"), mutation);
        write.exec(QStringLiteral("INSERT INTO entities(entity, id, data, seq) VALUES('category', ?, ?, 0) ON "
                                  "CONFLICT(entity, id) DO UPDATE SET data = excluded.data"),
                   {categoryId, QString::fromUtf8(QJsonDocument(local).toJson(QJsonDocument::Compact))});
    });
    if (!written)
        return written.error();
    return reload();
}

domain::Result<QString> CategoryTreeModel::create(const QString& name, const QString& parentId) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.toUtf8().size() > 200)
        return refusal("invalid_name", tr("A category needs a name of at most 200 characters."));
    if (!parentId.isEmpty() && !m_byId.contains(parentId))
        return refusal("not_found", tr("That category is not here (yet)."));
    const QString id = QString::fromStdString(m_ids.next().toString());
    QJsonObject changes{{"name", trimmed}};
    if (!parentId.isEmpty())
        changes.insert(QStringLiteral("parent_id"), parentId);
    if (auto written = write(id, changes, true); !written)
        return written.error();
    return id;
}

domain::Result<void> CategoryTreeModel::rename(const QString& categoryId, const QString& name) {
    const QString trimmed = name.trimmed();
    if (!m_byId.contains(categoryId))
        return refusal("not_found", tr("That category is not here (yet)."));
    if (trimmed.isEmpty() || trimmed.toUtf8().size() > 200)
        return refusal("invalid_name", tr("A category needs a name of at most 200 characters."));
    return write(categoryId, QJsonObject{{"name", trimmed}}, false);
}

domain::Result<void> CategoryTreeModel::move(const QString& categoryId, const QString& newParentId) {
    const Node* node = m_byId.value(categoryId);
    if (!node || (!newParentId.isEmpty() && !m_byId.contains(newParentId)))
        return refusal("not_found", tr("That category is not here (yet)."));
    if (!newParentId.isEmpty() && isWithin(newParentId, categoryId))
        return refusal("cycle", tr("\"%1\" cannot go inside itself or one of its own subcategories.").arg(node->name));
    if (node->parentId == newParentId)
        return {};
    return write(categoryId, QJsonObject{{"parent_id", newParentId.isEmpty() ? QJsonValue() : QJsonValue(newParentId)}},
                 false);
}

QModelIndex CategoryTreeModel::index(int row, int column, const QModelIndex& parent) const {
    const Node* node = nodeOf(parent);
    if (column != 0 || row < 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, 0, node->children[std::size_t(row)].get());
}

QModelIndex CategoryTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    Node* parent = nodeOf(child)->parent;
    if (!parent || parent == m_root.get())
        return {};
    return createIndex(parent->row(), 0, parent);
}

int CategoryTreeModel::rowCount(const QModelIndex& parent) const {
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int CategoryTreeModel::columnCount(const QModelIndex&) const {
    return 1;
}

QVariant CategoryTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    return nodeOf(index)->name;
}

Qt::ItemFlags CategoryTreeModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = Qt::ItemIsDropEnabled; // the empty space: the top level
    if (index.isValid())
        flags |= Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    return flags;
}

Qt::DropActions CategoryTreeModel::supportedDropActions() const {
    return Qt::MoveAction;
}

QStringList CategoryTreeModel::mimeTypes() const {
    return {kMime};
}

QMimeData* CategoryTreeModel::mimeData(const QModelIndexList& indexes) const {
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(kMime, categoryId(indexes.first()).toUtf8());
    return data;
}

bool CategoryTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                     const QModelIndex& parent) {
    if (action != Qt::MoveAction || !data || !data->hasFormat(kMime))
        return false;
    const QString moved = QString::fromUtf8(data->data(kMime));
    if (auto done = move(moved, categoryId(parent)); !done) {
        emit refused(QString::fromStdString(done.error().message));
        return false;
    }
    return true; // the tree was read again, the category already in its new place
}

bool CategoryTreeModel::removeRows(int, int, const QModelIndex&) {
    // After a move the view asks to remove the dragged row from where it was: the reload after
    // the move has done that already.
    return true;
}

} // namespace tp::backoffice
