#pragma once

#include <QByteArrayView>
#include <QList>

#include <optional>

namespace tp::client {

// Where each change's "data" sits in a change-feed page's text, in the order of the page's
// "changes" array: a first sync stores every product's JSON, and taking it as the server
// wrote it saves serializing a million documents again (a fifth of the client's time).
//
// Only for text QJsonDocument has already accepted: it finds members and skips values, it
// does not validate. An element without a "data" member, or with a key spelled with escapes
// or given twice, answers an empty view (the caller serializes that one itself); nullopt
// when the page has no single "changes" array.
std::optional<QList<QByteArrayView>> changeDataTexts(QByteArrayView page);

} // namespace tp::client
