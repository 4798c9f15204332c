#pragma once

#include <QtGlobal>

namespace tp::pos {

// How far a cashier may go alone; beyond it a manager's PIN is needed (owners and managers
// need nobody). Shares are basis points of what the line or ticket is worth before the
// change: 1000 = 10 %. A register starts with these defaults; the store's settings may
// set their own.
struct ApprovalPolicy {
    // A line discount of more than this share of the line, or a ticket discount of more than
    // this share of the ticket.
    qint64 cashierDiscountLimit = 1000;
    // A price override lowering the catalog's price by more than this share (0: any lower
    // price needs a manager). Raising a price never does.
    qint64 cashierPriceCutLimit = 0;
};

} // namespace tp::pos
