#include "auth/SecureRandom.h"

#include <climits>

#include <openssl/rand.h>

namespace tp::server::auth {

tp::domain::Result<std::string> secureRandomBytes(std::size_t count) {
    if (count > static_cast<std::size_t>(INT_MAX))
        return tp::domain::makeError("crypto_failure", "too many random bytes requested at once");
    std::string bytes(count, '\0');
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), static_cast<int>(count)) != 1)
        return tp::domain::makeError("crypto_failure", "the system random number generator is not available");
    return bytes;
}

} // namespace tp::server::auth
