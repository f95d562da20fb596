#pragma once

#include <QJsonValue>
#include <QString>

namespace hotline::kbedit {

// JSON written the way the knowledge-base files are written by hand: one line per value, ", " between list
// items, ": " after keys, non-Latin text as it is (not \u-escaped). The editors write the files back in this
// style so that a diff of a published page shows only what was edited.
class JsonText {
public:
    static QString string(const QString& text);
    // A value on one line: "text", 12, ["a", "b"], {"k": "v"}.
    static QString inlineValue(const QJsonValue& value);
};

} // namespace hotline::kbedit
