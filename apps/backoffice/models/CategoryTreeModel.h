#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QString>

#include <memory>

#include "domain/core/Result.h"

namespace tp::client {
class Outbox;
}
namespace tp::domain {
class UuidV7Generator;
}

namespace tp::backoffice {

// The category tree from the replica, edited offline: a category dragged onto another moves
// under it (onto the empty space: to the top level), new ones are added and renamed. Each
// change is a category.upsert with the version it started from, shown here at once. A move
// that would put a category under itself or one of its own subcategories is refused in words
// (refused()) — the tree never gets a cycle. Siblings are listed by name.
class CategoryTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    CategoryTreeModel(client::Outbox& outbox, domain::UuidV7Generator& ids, QObject* parent = nullptr);
    ~CategoryTreeModel() override;

    domain::Result<void> reload();
    QString categoryId(const QModelIndex& index) const;
    QModelIndex indexOf(const QString& categoryId) const;

    // Errors: "invalid_name", "not_found", "cycle" (a move under itself or a descendant).
    domain::Result<QString> create(const QString& name, const QString& parentId);
    domain::Result<void> rename(const QString& categoryId, const QString& name);
    domain::Result<void> move(const QString& categoryId, const QString& newParentId);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

signals:
    void refused(const QString& message);

private:
    struct Node;
    Node* nodeOf(const QModelIndex& index) const;
    bool isWithin(const QString& categoryId, const QString& ancestorId) const;
    domain::Result<void> write(const QString& categoryId, const QJsonObject& changes, bool creating);

    client::Outbox& m_outbox;
    domain::UuidV7Generator& m_ids;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node*> m_byId;
};

} // namespace tp::backoffice
