#include "client/replica/FeedPageText.h"

namespace tp::client {

namespace {

class Scanner {
public:
    explicit Scanner(QByteArrayView text)
        : m_at(text.data())
        , m_end(text.data() + text.size()) {}

    const char* at() const { return m_at; }

    void skipSpace() {
        while (m_at < m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
            ++m_at;
    }

    bool take(char expected) {
        skipSpace();
        if (m_at >= m_end || *m_at != expected)
            return false;
        ++m_at;
        return true;
    }

    bool peek(char expected) {
        skipSpace();
        return m_at < m_end && *m_at == expected;
    }

    // At a string's opening quote: moves past its closing quote; `content` is what lies
    // between them, escapes untouched.
    bool string(QByteArrayView* content) {
        if (!take('"'))
            return false;
        const char* start = m_at;
        while (m_at < m_end) {
            if (*m_at == '\\') {
                m_at += 2;
                continue;
            }
            if (*m_at == '"') {
                if (content)
                    *content = QByteArrayView(start, m_at - start);
                ++m_at;
                return true;
            }
            ++m_at;
        }
        return false;
    }

    bool value() {
        skipSpace();
        if (m_at >= m_end)
            return false;
        if (*m_at == '"')
            return string(nullptr);
        if (*m_at == '{' || *m_at == '[') {
            int depth = 0;
            while (m_at < m_end) {
                const char c = *m_at;
                if (c == '"') {
                    if (!string(nullptr))
                        return false;
                    continue;
                }
                ++m_at;
                if (c == '{' || c == '[')
                    ++depth;
                else if ((c == '}' || c == ']') && --depth == 0)
                    return true;
            }
            return false;
        }
        // A number, true, false or null: up to the next delimiter.
        const char* start = m_at;
        while (m_at < m_end && *m_at != ',' && *m_at != '}' && *m_at != ']' && *m_at != ' ' && *m_at != '\n' &&
               *m_at != '\r' && *m_at != '\t')
            ++m_at;
        return m_at > start;
    }

    // At '{': calls `member(key)` with the scanner at each member's value, which `member`
    // must consume.
    template <typename Member>
    bool object(Member&& member) {
        if (!take('{'))
            return false;
        if (take('}'))
            return true;
        do {
            QByteArrayView key;
            if (!string(&key) || !take(':'))
                return false;
            skipSpace();
            if (!member(key))
                return false;
        } while (take(','));
        return take('}');
    }

    template <typename Element>
    bool array(Element&& element) {
        if (!take('['))
            return false;
        if (take(']'))
            return true;
        do {
            skipSpace();
            if (!element())
                return false;
        } while (take(','));
        return take(']');
    }

private:
    const char* m_at;
    const char* m_end;
};

} // namespace

std::optional<QList<QByteArrayView>> changeDataTexts(QByteArrayView page) {
    Scanner scanner(page);
    QList<QByteArrayView> texts;
    int changesArrays = 0;
    const bool scanned = scanner.object([&](QByteArrayView key) {
        if (key != "changes")
            return scanner.value();
        ++changesArrays;
        texts.clear();
        if (!scanner.peek('['))
            return scanner.value();
        return scanner.array([&] {
            QByteArrayView data;
            int dataMembers = 0;
            bool ok = true;
            if (scanner.peek('{')) {
                ok = scanner.object([&](QByteArrayView member) {
                    if (member != "data")
                        return scanner.value();
                    ++dataMembers;
                    const char* start = scanner.at();
                    if (!scanner.value())
                        return false;
                    data = QByteArrayView(start, scanner.at() - start);
                    return true;
                });
            } else {
                ok = scanner.value();
            }
            texts << (dataMembers == 1 ? data : QByteArrayView());
            return ok;
        });
    });
    if (!scanned || changesArrays != 1)
        return std::nullopt;
    return texts;
}

} // namespace tp::client
