#include "http/RequestHead.h"

#include <algorithm>
#include <charconv>

namespace tp::server::http {

namespace {

// RFC 9110 token characters (methods, field names, transfer codings).
bool isTokenChar(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool isToken(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

std::string_view trimmed(std::string_view text) {
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\t';
    };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

// Calls `each` with every comma-separated element of a field value, trimmed, skipping empties.
template <typename Each>
void forEachListElement(std::string_view value, Each each) {
    while (!value.empty()) {
        const std::size_t comma = value.find(',');
        const std::string_view element = trimmed(value.substr(0, comma));
        if (!element.empty())
            each(element);
        value = comma == std::string_view::npos ? std::string_view() : value.substr(comma + 1);
    }
}

// The next line of `buffer` from `from`, without its line ending (CRLF, or a bare LF, which
// RFC 9112 lets a recipient accept); nullopt when no line end has arrived yet.
std::optional<std::string_view> nextLine(std::string_view buffer, std::size_t& from) {
    const std::size_t end = buffer.find('\n', from);
    if (end == std::string_view::npos)
        return std::nullopt;
    std::string_view line = buffer.substr(from, end - from);
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    from = end + 1;
    return line;
}

HeadParse malformed(std::string problem) {
    HeadParse parse;
    parse.outcome = HeadParse::Outcome::Malformed;
    parse.problem = std::move(problem);
    return parse;
}

// Request line: method SP request-target SP HTTP-version.
std::optional<std::string> readRequestLine(std::string_view line, RequestHead& head) {
    const std::size_t firstSpace = line.find(' ');
    const std::size_t lastSpace = line.rfind(' ');
    if (firstSpace == std::string_view::npos || firstSpace == lastSpace)
        return "the request line must be \"METHOD target HTTP/1.1\"";
    const std::string_view method = line.substr(0, firstSpace);
    const std::string_view target = line.substr(firstSpace + 1, lastSpace - firstSpace - 1);
    const std::string_view version = line.substr(lastSpace + 1);
    if (!isToken(method) || method.size() > maxMethodBytes)
        return "the request method is not a valid token of at most 32 characters";
    if (target.empty() || std::any_of(target.begin(), target.end(),
                                      [](char c) { return static_cast<unsigned char>(c) <= 0x20 || c == 0x7f; }))
        return "the request target is empty or contains spaces or control characters";
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return "the HTTP version must be HTTP/1.1 or HTTP/1.0";
    head.method.assign(method);
    head.target.assign(target);
    head.version.assign(version);
    return std::nullopt;
}

// Reads the framing and connection fields; a problem makes the request malformed.
std::optional<std::string> readFraming(RequestHead& head) {
    bool closeToken = false;
    bool keepAliveToken = false;
    bool transferEncoding = false;
    for (const auto& [name, value] : head.headers) {
        if (name == "content-length") {
            bool bad = false;
            forEachListElement(value, [&](std::string_view element) {
                std::uint64_t length = 0;
                const auto [end, error] = std::from_chars(element.data(), element.data() + element.size(), length);
                if (error != std::errc() || end != element.data() + element.size() ||
                    (head.contentLength && *head.contentLength != length))
                    bad = true;
                head.contentLength = length;
            });
            if (bad || !head.contentLength)
                return "Content-Length must be one non-negative whole number";
        } else if (name == "transfer-encoding") {
            transferEncoding = true;
            std::string_view last;
            forEachListElement(value, [&](std::string_view element) { last = element; });
            head.chunked = equalsIgnoringCase(last, "chunked");
            if (!head.chunked)
                return "the only transfer coding accepted is chunked (last)";
        } else if (name == "connection") {
            forEachListElement(value, [&](std::string_view element) {
                closeToken = closeToken || equalsIgnoringCase(element, "close");
                keepAliveToken = keepAliveToken || equalsIgnoringCase(element, "keep-alive");
            });
        } else if (name == "expect") {
            head.expectContinue = equalsIgnoringCase(trimmed(value), "100-continue");
        }
    }
    // Both framings at once is how request smuggling starts (RFC 9112, 6.1): refuse it.
    if (transferEncoding && head.contentLength)
        return "a request must not carry both Content-Length and Transfer-Encoding";
    head.keepAlive = head.version == "HTTP/1.1" ? !closeToken : keepAliveToken && !closeToken;
    return std::nullopt;
}

} // namespace

HeadParse parseRequestHead(std::string_view buffer) {
    HeadParse parse;
    std::size_t at = 0;
    std::optional<std::string_view> line;
    // RFC 9112, 2.2: empty lines before the request line are ignored.
    while ((line = nextLine(buffer, at)) && line->empty()) {
    }
    if (!line)
        return buffer.size() > maxHeadBytes ? malformed("the request head is larger than 64 KiB") : parse;
    if (auto problem = readRequestLine(*line, parse.head))
        return malformed(std::move(*problem));
    for (;;) {
        line = nextLine(buffer, at);
        if (!line) {
            if (buffer.size() > maxHeadBytes)
                return malformed("the request head is larger than 64 KiB");
            return parse; // NeedMore
        }
        if (line->empty())
            break;
        if (line->front() == ' ' || line->front() == '\t')
            return malformed("folded header lines are not accepted");
        const std::size_t colon = line->find(':');
        if (colon == std::string_view::npos || !isToken(line->substr(0, colon)))
            return malformed("a header line is not \"Name: value\"");
        if (parse.head.headers.size() == maxHeaderFields)
            return malformed("the request has more than 100 header fields");
        std::string name(line->substr(0, colon));
        std::transform(name.begin(), name.end(), name.begin(), lower);
        parse.head.headers.emplace_back(std::move(name), std::string(trimmed(line->substr(colon + 1))));
    }
    if (at > maxHeadBytes)
        return malformed("the request head is larger than 64 KiB");
    if (auto problem = readFraming(parse.head))
        return malformed(std::move(*problem));
    parse.outcome = HeadParse::Outcome::Ready;
    parse.consumed = at;
    return parse;
}

ChunkedBodyDecoder::Outcome ChunkedBodyDecoder::feed(std::string_view input, std::size_t& consumed, std::string& body) {
    std::size_t at = 0;
    for (;;) {
        consumed = at;
        switch (m_stage) {
        case Stage::Size: {
            const auto line = nextLine(input, at);
            if (!line)
                return input.size() - consumed > 1024 ? Outcome::Malformed : Outcome::NeedMore;
            const std::string_view size = trimmed(line->substr(0, line->find(';')));
            std::uint64_t value = 0;
            const auto [end, error] = std::from_chars(size.data(), size.data() + size.size(), value, 16);
            if (size.empty() || size.size() > 15 || error != std::errc() || end != size.data() + size.size())
                return Outcome::Malformed;
            m_remaining = value;
            m_stage = value == 0 ? Stage::Trailer : Stage::Data;
            break;
        }
        case Stage::Data: {
            const std::size_t available = input.size() - at;
            if (available == 0)
                return Outcome::NeedMore;
            const std::size_t take = static_cast<std::size_t>(std::min<std::uint64_t>(m_remaining, available));
            body.append(input.substr(at, take));
            at += take;
            m_remaining -= take;
            if (m_remaining == 0)
                m_stage = Stage::DataEnd;
            break;
        }
        case Stage::DataEnd: {
            const auto line = nextLine(input, at);
            if (!line)
                return input.size() - consumed > 2 ? Outcome::Malformed : Outcome::NeedMore;
            if (!line->empty())
                return Outcome::Malformed;
            m_stage = Stage::Size;
            break;
        }
        case Stage::Trailer: {
            const auto line = nextLine(input, at);
            if (!line)
                return input.size() - consumed > maxHeadBytes ? Outcome::Malformed : Outcome::NeedMore;
            if (line->empty())
                m_stage = Stage::Done;
            break;
        }
        case Stage::Done:
            return Outcome::Done;
        }
    }
}

} // namespace tp::server::http
