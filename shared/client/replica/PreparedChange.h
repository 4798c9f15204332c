#pragma once

#include <QString>
#include <QVariantList>
#include <optional>

#include "client/replica/FeedChange.h"
#include "client/replica/ProductRows.h"

namespace tp::client {

// A feed change made ready for the replica without the database: its rows for products and
// stock levels, its JSON text for every other entity. Made on the thread that read the page
// (the parsed JSON is dropped there too); ChangeApplier then only writes.
struct PreparedChange {
    FeedChange::Op op = FeedChange::Op::Upsert;
    QString entity;
    QString id;
    qint64 seq = 0;
    QString json;                           // an upsert of any other entity
    std::optional<ProductRows> product;     // an upsert of a product
    std::optional<QVariantList> stockLevel; // an upsert of a stock level

    static PreparedChange from(const FeedChange& change);
};

} // namespace tp::client
