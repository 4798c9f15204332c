#pragma once

#include <QString>
#include <functional>

namespace tp::client {

// Where SyncApi gets the bearer token for its requests: a device token from the keychain in
// the apps (KeychainTokenSource), a fixed one in tests.
class AccessTokenSource {
public:
    virtual ~AccessTokenSource() = default;

    virtual QString accessToken() const = 0;
    // Called once after the server answered 401: get a fresh token if there is a way to (a
    // refresh token, a re-enrolment saved meanwhile) and report whether accessToken() changed.
    virtual void renewAccessToken(std::function<void(bool renewed)> done) = 0;
};

} // namespace tp::client
