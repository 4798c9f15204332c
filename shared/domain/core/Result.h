#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace tp::domain {

// An expected failure: a stable snake_case `code` that programs branch on (and the server
// turns into its JSON error envelope) and a `message` sentence a person can act on.
struct Error {
    std::string code;
    std::string message;

    friend bool operator==(const Error&, const Error&) = default;
};

// The outcome of anything that can fail for a reason the caller must handle: either a value
// or an Error, never both, never an exception. Reading the wrong side is a programming error
// (it asserts through std::get / optional::value).
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_state); }
    T& value() & { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<1>(m_state); }

    T valueOr(T fallback) const& { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_state;
};

// Success carries nothing; failure carries the Error. Default-constructed means success.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error.value(); }

private:
    std::optional<Error> m_error;
};

inline Error makeError(std::string code, std::string message) {
    return Error{std::move(code), std::move(message)};
}

} // namespace tp::domain
