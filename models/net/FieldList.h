#pragma once

#include "RedmineSchema.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hotline::net {

// The "custom_fields" array of an issue: fields by name, with this server's ids; fields the server lacks and
// empty values are left out.
class FieldList {
public:
    explicit FieldList(const RedmineSchema& schema)
        : m_schema(schema) {}
    void add(const QString& name, const QJsonValue& value) {
        const int id = m_schema.field(name);
        if (id == 0)
            return;
        if (value.isString() && value.toString().isEmpty())
            return;
        if (value.isArray() && value.toArray().isEmpty())
            return;
        m_list.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("value"), value}});
    }
    QJsonArray list() const { return m_list; }

private:
    const RedmineSchema& m_schema;
    QJsonArray m_list;
};

} // namespace hotline::net
