#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <optional>

#include "client/replica/FeedChange.h"
#include "client/replica/ProductRows.h"
#include "domain/core/Result.h"

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

    // A change whose `data` is JSON text (UTF-8, as the feed page carried it; unused for a
    // delete). Data that is not a JSON object is an error.
    static domain::Result<PreparedChange> fromText(FeedChange::Op op, const QString& entity, const QString& id,
                                                   qint64 seq, const QByteArray& data);
    // A change read into a FeedChange: its dataText if it has one, else its data serialized.
    static domain::Result<PreparedChange> from(const FeedChange& change);
};

} // namespace tp::client
