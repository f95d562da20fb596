#include "MoscowTime.h"

#include <QRegularExpression>

namespace hotline::domain {

namespace {
constexpr int kMoscowOffsetSeconds = 3 * 3600;
}

QTimeZone moscowTimeZone() {
    return QTimeZone(kMoscowOffsetSeconds);
}

QDateTime toMoscow(const QDateTime& instant) {
    return instant.toTimeZone(moscowTimeZone());
}

QDateTime moscowDateTime(QDate date, QTime time) {
    return QDateTime(date, time, moscowTimeZone());
}

QString toMoscowIso(const QDateTime& instant) {
    const QDateTime m = toMoscow(instant);
    return m.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+03:00");
}

QDateTime parseMoscowIso(const QString& text) {
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).isEmpty() ? 0 : m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    const QString zone = m.captured(7);
    if (zone.isEmpty())
        return moscowDateTime(date, time);
    if (zone == QLatin1String("Z"))
        return QDateTime(date, time, Qt::UTC);
    QString digits = zone.mid(1);
    digits.remove(QLatin1Char(':'));
    const int hours = digits.left(2).toInt();
    const int minutes = digits.mid(2, 2).toInt();
    if (hours > 14 || minutes > 59)
        return {};
    const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
    return QDateTime(date, time, QTimeZone(sign * (hours * 3600 + minutes * 60)));
}

} // namespace hotline::domain
