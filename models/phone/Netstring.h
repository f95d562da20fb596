#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <optional>

namespace hotline::phone {

// Netstrings (D. J. Bernstein): "<length>:<bytes>,". baresip's ctrl_tcp frames every JSON message so.
QByteArray toNetstring(const QByteArray& payload);

// Cuts a byte stream into netstrings. A malformed frame is an error after which the stream cannot be trusted
// (the caller drops the connection and starts afresh).
class NetstringReader {
public:
    // Longer frames are refused: ctrl_tcp's messages are a few hundred bytes.
    static constexpr qsizetype maxFrame = 64 * 1024;

    void append(const QByteArray& bytes) { m_buffer.append(bytes); }
    // The next complete frame; nothing while it is incomplete.
    std::optional<Result<QByteArray>> next();
    void clear() { m_buffer.clear(); }

private:
    QByteArray m_buffer;
};

} // namespace hotline::phone
