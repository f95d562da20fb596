#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace hotline::domain {

// Moscow has kept UTC+3 without daylight saving since 26 October 2014, which covers every date the
// production calendar knows. A fixed offset keeps the rule exact on machines without tzdata.
QTimeZone moscowTimeZone();

// The same instant expressed in Moscow time.
QDateTime toMoscow(const QDateTime& instant);

// A Moscow wall-clock date and time as an instant.
QDateTime moscowDateTime(QDate date, QTime time);

// ISO 8601 with the +03:00 offset, seconds included: 2026-11-23T18:00:00+03:00.
QString toMoscowIso(const QDateTime& instant);

// Parses 2026-11-23T16:30, 2026-11-23T16:30:15 or either with an offset (Z, ±HH:MM).
// Without an offset the time is Moscow time. Returns an invalid QDateTime on bad input.
QDateTime parseMoscowIso(const QString& text);

} // namespace hotline::domain
