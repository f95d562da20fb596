#include "Netstring.h"

namespace hotline::phone {

QByteArray toNetstring(const QByteArray& payload) {
    return QByteArray::number(payload.size()) + ':' + payload + ',';
}

std::optional<Result<QByteArray>> NetstringReader::next() {
    const qsizetype colon = m_buffer.indexOf(':');
    if (colon < 0) {
        if (m_buffer.size() > 10) // more digits than any allowed length
            return Result<QByteArray>(Error{Error::Code::Parse, QStringLiteral("netstring: no length")});
        return std::nullopt;
    }
    bool ok = false;
    const QByteArray digits = m_buffer.left(colon);
    const qlonglong length = digits.toLongLong(&ok);
    if (!ok || digits.isEmpty() || length < 0 || length > maxFrame || digits.startsWith('+') || digits.startsWith('-'))
        return Result<QByteArray>(Error{Error::Code::Parse, QStringLiteral("netstring: bad length")});
    if (m_buffer.size() < colon + 1 + length + 1)
        return std::nullopt;
    if (m_buffer.at(colon + 1 + length) != ',')
        return Result<QByteArray>(Error{Error::Code::Parse, QStringLiteral("netstring: no closing comma")});
    QByteArray payload = m_buffer.mid(colon + 1, length);
    m_buffer.remove(0, colon + 1 + length + 1);
    return Result<QByteArray>(std::move(payload));
}

} // namespace hotline::phone
