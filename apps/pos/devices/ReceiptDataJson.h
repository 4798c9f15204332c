#pragma once

#include <QJsonObject>

#include <optional>

#include "ReceiptData.h"

namespace tp::pos::devices {

// A receipt's facts as JSON, kept with the sale when it is recorded so that a reprint (today
// or in a month, offline) prints exactly what the first print did. fromJson: none when the
// text is not such a receipt.
QJsonObject receiptToJson(const ReceiptData& receipt);
std::optional<ReceiptData> receiptFromJson(const QJsonObject& json);

} // namespace tp::pos::devices
