#pragma once

#include <QString>

namespace tp::backoffice {

// The server's rule for skus: 1 to 64 letters, digits, '.', '_' or '-'.
bool isSku(const QString& text);

// A sku made from free text (a handle, option values): other characters become '-', runs of
// '-' one, none at either end; at most 64 characters; empty when nothing was usable.
QString skuFrom(const QString& text);

} // namespace tp::backoffice
