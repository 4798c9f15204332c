#include "client/replica/FeedPageReader.h"

#include <simdjson.h>

namespace tp::client {

namespace {

namespace ondemand = simdjson::ondemand;

domain::Error malformed(std::string what) {
    return domain::makeError("malformed_response", std::move(what));
}

domain::Error malformedField(const char* field) {
    return malformed(std::string("a change in the feed has no valid \"") + field + "\"");
}

QString qstring(std::string_view view) {
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

// The cursor is opaque; the contract does not say whether it is a JSON number or a string.
std::optional<QString> cursorText(ondemand::value value) {
    ondemand::json_type type;
    if (value.type().get(type) != simdjson::SUCCESS)
        return std::nullopt;
    if (type == ondemand::json_type::string) {
        std::string_view text;
        if (value.get_string().get(text) != simdjson::SUCCESS || text.empty())
            return std::nullopt;
        return qstring(text);
    }
    int64_t number = 0;
    if (type == ondemand::json_type::number && value.get_int64().get(number) == simdjson::SUCCESS)
        return QString::number(number);
    return std::nullopt;
}

// The object's text as it stands in the page, without what follows it up to the next token.
std::optional<QByteArray> objectText(ondemand::value value) {
    ondemand::object object;
    std::string_view raw;
    if (value.get_object().get(object) != simdjson::SUCCESS || object.raw_json().get(raw) != simdjson::SUCCESS)
        return std::nullopt;
    while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\n' || raw.back() == '\r' || raw.back() == '\t'))
        raw.remove_suffix(1);
    return QByteArray(raw.data(), qsizetype(raw.size()));
}

domain::Result<PreparedChange> readChange(ondemand::value element) {
    ondemand::object change;
    if (element.get_object().get(change) != simdjson::SUCCESS)
        return malformed("a change in the feed is not an object");
    std::optional<qint64> seq;
    QString entity;
    QString id;
    std::optional<FeedChange::Op> op;
    std::optional<QByteArray> data;
    for (auto field : change) {
        std::string_view key;
        ondemand::value value;
        if (field.unescaped_key().get(key) != simdjson::SUCCESS || field.value().get(value) != simdjson::SUCCESS)
            return malformed("a change in the feed could not be read");
        if (key == "seq") {
            int64_t number = -1;
            if (value.get_int64().get(number) != simdjson::SUCCESS || number < 0)
                return malformedField("seq");
            seq = number;
        } else if (key == "entity") {
            std::string_view text;
            if (value.get_string().get(text) == simdjson::SUCCESS)
                entity = qstring(text);
        } else if (key == "id") {
            std::string_view text;
            int64_t number = 0;
            if (value.get_string().get(text) == simdjson::SUCCESS)
                id = qstring(text);
            else if (value.get_int64().get(number) == simdjson::SUCCESS)
                id = QString::number(number); // ids are strings on the wire; a number is taken as its text
        } else if (key == "op") {
            std::string_view text;
            if (value.get_string().get(text) == simdjson::SUCCESS) {
                if (text == "upsert")
                    op = FeedChange::Op::Upsert;
                else if (text == "delete")
                    op = FeedChange::Op::Delete;
            }
        } else if (key == "data") {
            data = objectText(value);
        }
    }
    if (!seq)
        return malformedField("seq");
    if (entity.isEmpty())
        return malformedField("entity");
    if (id.isEmpty())
        return malformedField("id");
    if (!op)
        return malformedField("op");
    if (*op == FeedChange::Op::Upsert && !data)
        return malformedField("data");
    return PreparedChange::fromText(*op, entity, id, *seq, data.value_or(QByteArray()));
}

} // namespace

domain::Result<FeedPage> readFeedPage(const QByteArray& text) {
    // One parser per thread, reused: its buffers grow to the largest page once.
    thread_local ondemand::parser parser;
    const simdjson::padded_string padded(text.constData(), size_t(text.size()));
    ondemand::document document;
    ondemand::object top;
    if (parser.iterate(padded).get(document) != simdjson::SUCCESS ||
        document.get_object().get(top) != simdjson::SUCCESS)
        return malformed("the page is not a JSON object");

    FeedPage page;
    bool sawChanges = false;
    std::optional<bool> hasMore;
    std::optional<QString> cursor;
    for (auto field : top) {
        std::string_view key;
        ondemand::value value;
        if (field.unescaped_key().get(key) != simdjson::SUCCESS || field.value().get(value) != simdjson::SUCCESS)
            return malformed("the page could not be read");
        if (key == "changes") {
            ondemand::array changes;
            if (value.get_array().get(changes) != simdjson::SUCCESS)
                return malformed("the page's \"changes\" is not an array");
            for (auto element : changes) {
                ondemand::value change;
                if (element.get(change) != simdjson::SUCCESS)
                    return malformed("the page's \"changes\" could not be read");
                auto prepared = readChange(change);
                if (!prepared)
                    return prepared.error();
                page.changes << std::move(prepared).value();
            }
            sawChanges = true;
        } else if (key == "has_more") {
            bool more = false;
            if (value.get_bool().get(more) == simdjson::SUCCESS)
                hasMore = more;
        } else if (key == "cursor") {
            cursor = cursorText(value);
        } else if (key == "latest") {
            bool isNumber = false;
            const qint64 newest = cursorText(value).value_or(QString()).toLongLong(&isNumber);
            if (isNumber)
                page.latest = newest;
        }
    }
    // The object read, the iterator stands at the end of the text unless something follows.
    const char* after = nullptr;
    if (document.current_location().get(after) == simdjson::SUCCESS)
        return malformed("the page has text after its end");
    if (!sawChanges || !hasMore || !cursor)
        return malformed("changes, cursor or has_more missing");
    page.hasMore = *hasMore;
    page.cursor = *cursor;
    return page;
}

} // namespace tp::client
