#include "auth/ConstantTime.h"

#include <openssl/crypto.h>

namespace tp::server::auth {

bool constantTimeEquals(std::string_view secret, std::string_view presented) {
    if (secret.size() != presented.size()) {
        // Spend the same work as a full comparison of `presented`, then refuse.
        volatile int sink = CRYPTO_memcmp(presented.data(), presented.data(), presented.size());
        (void)sink;
        return false;
    }
    return CRYPTO_memcmp(secret.data(), presented.data(), presented.size()) == 0;
}

} // namespace tp::server::auth
