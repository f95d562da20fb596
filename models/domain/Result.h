#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace hotline {

// A failure a person can act on: a machine-checkable code plus a translated message.
struct Error {
    enum class Code {
        InvalidInput,
        NotFound,
        Io,
        Parse,
        Database,
        Network,
        Tls,
        Unauthorized,
        Forbidden,
        Conflict,
        Server,
        Timeout,
        Unavailable,
    };
    Code code = Code::InvalidInput;
    QString message;
};

// Either a value or an Error; the project's stand-in for std::expected (C++23).
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::move(value)) {}
    Result(Error error)
        : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result for operations with nothing to return.
struct Ok {};
using Status = Result<Ok>;

} // namespace hotline
