#include "auth/Sha256.h"

#include <array>

#include <openssl/evp.h>

namespace tp::server::auth {

tp::domain::Result<std::string> sha256Hex(std::string_view bytes) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1 || length != 32)
        return tp::domain::makeError("crypto_failure", "SHA-256 digest failed");
    static constexpr std::string_view kHex = "0123456789abcdef";
    std::string hex;
    hex.reserve(2 * length);
    for (unsigned int i = 0; i < length; ++i) {
        hex += kHex[digest[i] >> 4];
        hex += kHex[digest[i] & 0x0F];
    }
    return hex;
}

} // namespace tp::server::auth
