#include "app/SecretFile.h"

#include <fcntl.h>
#include <unistd.h>

#include <fstream>

namespace tp::server::app {

tp::domain::Result<std::string> loadOrCreateSecret(const std::filesystem::path& path,
                                                   const std::function<tp::domain::Result<std::string>()>& generate,
                                                   bool& created) {
    created = false;
    if (std::ifstream existing(path); existing) {
        std::string secret;
        std::getline(existing, secret);
        if (secret.empty())
            return tp::domain::makeError("invalid_configuration", path.string() + " is empty; delete it to regenerate");
        return secret;
    }
    auto secret = generate();
    if (!secret)
        return secret.error();
    // O_EXCL + 0600: never readable by others, never overwriting a file another process made.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0)
        return tp::domain::makeError("invalid_configuration", "cannot create " + path.string());
    const std::string line = secret.value() + "\n";
    const bool written = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size());
    ::close(fd);
    if (!written)
        return tp::domain::makeError("invalid_configuration", "cannot write " + path.string());
    created = true;
    return secret;
}

} // namespace tp::server::app
