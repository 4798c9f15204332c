#pragma once

#include <QString>

namespace tp::client {

// Why a sync step did not complete, in two vocabularies: `code` for programs (the server's
// snake_case code, or one of ours: "offline", "timeout", "server_error",
// "malformed_response", "unauthorized", "storage_error") and `message` in words for the UI.
// `reachedServer` tells "offline" apart from "the server answered, but not with success".
struct SyncError {
    QString code;
    QString message;
    int httpStatus = 0;
    bool reachedServer = false;
};

} // namespace tp::client
