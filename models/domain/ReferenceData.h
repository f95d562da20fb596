#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hotline::domain {

struct Channel {
    QString id;
    QString name;
};

struct Municipality {
    QString name;
    QString type;
    QString center;
};

struct Agency {
    QString id;
    QString name;
    QStringList shortNames;
    QString kind; // regional, municipal, federal, coordination
    bool active = true;
    QString successor; // for an abolished agency: the id that took over its work
};

// The lists the appeal form offers and `kb check` validates against (kb_data/reference).
class ReferenceData {
public:
    static Result<ReferenceData> load(const QString& referenceDir);

    const QList<Channel>& channels() const { return m_channels; }
    const QList<Municipality>& municipalities() const { return m_municipalities; }
    const QList<Agency>& agencies() const { return m_agencies; }

    const Agency* agency(const QString& id) const;
    // Finds an agency by id, full name or a short name (abolished names resolve to their successor).
    const Agency* findAgency(const QString& nameOrAlias) const;

private:
    QList<Channel> m_channels;
    QList<Municipality> m_municipalities;
    QList<Agency> m_agencies;
};

} // namespace hotline::domain
