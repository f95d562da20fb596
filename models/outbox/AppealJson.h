#pragma once

#include "domain/Appeal.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace hotline::outbox {

// Times in the outbox's JSON: UTC, ISO 8601 with milliseconds; an invalid time is an empty string.
inline QString jsonTime(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
inline QDateTime timeFromJson(const QJsonValue& v) {
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// The outbox keeps appeals as JSON so that a later version can still read what an older one stored.
QJsonObject toJson(const domain::Appeal& appeal);
std::optional<domain::Appeal> appealFromJson(const QJsonObject& json);

} // namespace hotline::outbox
