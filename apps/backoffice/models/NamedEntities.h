#pragma once

#include <QList>
#include <QString>

#include <utility>

#include "domain/core/Result.h"

namespace tp::client {
class ReplicaDatabase;
}

namespace tp::backoffice {

// (id, name) of every feed entity of a kind in the replica ("store", "category"), by name: what
// the office's pickers offer. An entity without a name shows its id.
domain::Result<QList<std::pair<QString, QString>>> namedEntities(client::ReplicaDatabase& db, const QString& entity);

} // namespace tp::backoffice
