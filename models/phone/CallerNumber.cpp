#include "CallerNumber.h"

#include "domain/Validators.h"

#include <QUrl>

namespace hotline::phone {

namespace {

// The user part of a SIP/tel URI: between the scheme and '@', without its parameters, percent-decoded.
QString userPart(const QString& uri) {
    QString s = uri.trimmed();
    if (s.startsWith(QLatin1Char('<')) && s.endsWith(QLatin1Char('>')))
        s = s.mid(1, s.size() - 2);
    for (const char* scheme : {"sips:", "sip:", "tel:"}) {
        if (s.startsWith(QLatin1String(scheme), Qt::CaseInsensitive)) {
            s = s.mid(int(qstrlen(scheme)));
            break;
        }
    }
    s = s.section(QLatin1Char('@'), 0, 0).section(QLatin1Char(';'), 0, 0);
    return QUrl::fromPercentEncoding(s.toUtf8()).trimmed();
}

// A dialable-looking string: digits, with an optional leading '+', and the usual separators.
bool looksLikeNumber(const QString& s) {
    int digits = 0;
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isDigit() && c.unicode() < 128)
            ++digits;
        else if (!(c == QLatin1Char('+') && i == 0) && !c.isSpace() && c != QLatin1Char('-') && c != QLatin1Char('(') &&
                 c != QLatin1Char(')') && c != QLatin1Char('.'))
            return false;
    }
    return digits >= 2;
}

QString digitsOnly(const QString& s) {
    QString out;
    for (const QChar c : s) {
        if ((c.isDigit() && c.unicode() < 128) || (c == QLatin1Char('+') && out.isEmpty()))
            out.append(c);
    }
    return out;
}

} // namespace

CallerNumber callerNumberFrom(const QString& peerUri, const QString& displayName) {
    const QString user = userPart(peerUri);
    for (const QString& candidate : {user, displayName.trimmed()}) {
        if (!looksLikeNumber(candidate))
            continue;
        const domain::Validation v = domain::validatePhone(candidate);
        if (v.valid)
            return {v.normalized, true};
    }
    for (const QString& candidate : {user, displayName.trimmed()}) {
        if (looksLikeNumber(candidate))
            return {digitsOnly(candidate), false};
    }
    return {};
}

QString displayPhone(const QString& number) {
    if (number.size() == 12 && number.startsWith(QLatin1String("+7")))
        return QStringLiteral("+7 %1 %2-%3-%4")
            .arg(number.mid(2, 3), number.mid(5, 3), number.mid(8, 2), number.mid(10, 2));
    return number;
}

} // namespace hotline::phone
