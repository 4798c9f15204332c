#pragma once

#include "sync/Mutation.h"

namespace tp::server::orders {

// Push mutations about orders and shifts (API.md "Sync"; ARCHITECTURE.md rule 5: orders are
// immutable facts, everything after is an event):
//   order.create  a finished sale: checked to add up and to be in its store's currency, then
//                 stored as status "completed"; each line moves stock by -qty_milli in the
//                 store; its "coupon" {"code","discount"} is booked as a redemption (flagged,
//                 never refused, when an offline till redeemed past the coupon's rules). A
//                 sku the catalog does not know is accepted and flagged (the goods already
//                 left the shop) and moves no stock.
//   order.refund  {"order_id","lines":[{"sku","qty_milli","amount"}],"payments":[{"method",
//                 "amount"}],"restock"?,"reason"?}: money back (never more than was paid) and
//                 the items back on the shelf unless restock is false.
//   order.status  {"order_id","status","tracking"?}: a move the order status machine allows.
//   note.add      {"order_id","text"}: an internal note.
//   shift.close   {"shift_id","store_id","register_id"?,"opened_at"?,"closed_at","z_report"}:
//                 the Z report. Orders that name a closed shift later are still accepted and
//                 attached to it (counted as late).
void registerOrderMutations(sync::MutationRegistry& registry);

} // namespace tp::server::orders
