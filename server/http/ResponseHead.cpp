#include "http/ResponseHead.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/StreamSocket.h>

namespace tp::server::http {

std::string formatResponseHead(const Poco::Net::HTTPResponse& response) {
    std::string head;
    head.reserve(256);
    head.append(response.getVersion());
    head.push_back(' ');
    head.append(std::to_string(static_cast<int>(response.getStatus())));
    head.push_back(' ');
    head.append(response.getReason());
    head.append("\r\n");
    for (const auto& [name, value] : response) {
        head.append(name);
        head.append(": ");
        head.append(value);
        head.append("\r\n");
    }
    head.append("\r\n");
    return head;
}

bool sendAll(Poco::Net::StreamSocket& socket, std::string_view bytes) {
    try {
        while (!bytes.empty()) {
            const int sent = socket.sendBytes(bytes.data(), static_cast<int>(bytes.size()));
            if (sent <= 0)
                return false;
            bytes.remove_prefix(static_cast<std::size_t>(sent));
        }
        return true;
    } catch (const Poco::Exception&) {
        return false;
    }
}

} // namespace tp::server::http
