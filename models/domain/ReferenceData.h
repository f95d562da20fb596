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

// What reference/agencies.json says of an agency today.
enum class AgencyStatus {
    Active,
    Uncertain, // not confirmed to exist or to do this work now: check before routing to it
    Abolished, // gone; its work went to the successor
};

struct Agency {
    QString id;
    QString name;
    QStringList shortNames;
    QString kind; // regional, municipal, federal, coordination
    AgencyStatus status = AgencyStatus::Active;
    bool active = true; // not abolished
    QString successor;  // the id that took over its work (abolished) or most likely does it now (uncertain)
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
