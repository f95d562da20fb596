#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QStringList>
#include <QUuid>

namespace hotline::call {

// One call as the line's statistics see it, produced when the operator files or discards it.
struct CallRecord {
    enum class Outcome {
        Filed,     // at least one appeal was filed for it
        Discarded, // the operator discarded it explicitly (e.g. a wrong number)
    };
    QUuid id;
    QDateTime start; // UTC instant
    QDateTime end;
    int durationSeconds = 0; // start to end, holds included
    int holdSeconds = 0;
    int holdCount = 0;
    QString articleId;           // the last article opened during the call
    QStringList appealClientIds; // the appeals filed for it
    Outcome outcome = Outcome::Filed;
};

} // namespace hotline::call

Q_DECLARE_METATYPE(hotline::call::CallRecord)
