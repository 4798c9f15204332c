#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tp::server::http {

// The head of an HTTP/1.x request as it arrived: request line and header fields, before any
// routing. Header names are lower-cased; repeated fields stay separate, in arrival order.
struct RequestHead {
    std::string method;
    std::string target;
    std::string version; // "HTTP/1.0" or "HTTP/1.1"
    std::vector<std::pair<std::string, std::string>> headers;

    // Body framing, from Content-Length / Transfer-Encoding.
    std::optional<std::uint64_t> contentLength;
    bool chunked = false;
    bool expectContinue = false; // "Expect: 100-continue"
    // Whether the client lets the connection carry another request after this one: HTTP/1.1
    // unless "Connection: close", HTTP/1.0 only with "Connection: keep-alive".
    bool keepAlive = true;
};

// Reads a request head from the start of `buffer`. The outcome is NeedMore while the blank line
// ending the head has not arrived (and the head is within its size limit), Ready with the
// bytes it took, or Malformed with a sentence a client developer can act on.
struct HeadParse {
    enum class Outcome { NeedMore, Ready, Malformed };
    Outcome outcome = Outcome::NeedMore;
    std::size_t consumed = 0;
    RequestHead head;
    std::string problem;
};

// Limits that keep one client from holding memory: the whole head, the method token, the
// number of header fields.
constexpr std::size_t maxHeadBytes = 64 * 1024;
constexpr std::size_t maxMethodBytes = 32;
constexpr std::size_t maxHeaderFields = 100;

HeadParse parseRequestHead(std::string_view buffer);

// Decodes a chunked body (RFC 9112, 7.1) as its bytes arrive. Chunk extensions and trailer
// fields are read and dropped.
class ChunkedBodyDecoder {
public:
    enum class Outcome { NeedMore, Done, Malformed };
    // Consumes what it can of `input`, appending chunk data to `body`; returns how far it got.
    Outcome feed(std::string_view input, std::size_t& consumed, std::string& body);

private:
    enum class Stage { Size, Data, DataEnd, Trailer, Done };
    Stage m_stage = Stage::Size;
    std::uint64_t m_remaining = 0;
};

} // namespace tp::server::http
