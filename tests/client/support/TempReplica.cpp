#include "TempReplica.h"

namespace tp::client::testing {

TempReplica::TempReplica() {
    reopen();
}

void TempReplica::reopen() {
    m_db.reset();
    m_db = std::make_unique<ReplicaDatabase>();
    if (auto opened = m_db->open(path()); !opened)
        qFatal("cannot open the test replica: %s", opened.error().message.c_str());
}

} // namespace tp::client::testing
