#include "ReferenceData.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hotline::domain {

namespace {

Result<QJsonObject> readObject(const QDir& dir, const QString& name) {
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, QCoreApplication::translate("ReferenceData", "Cannot read %1: %2")
                                          .arg(file.fileName(), file.errorString())};
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error{Error::Code::Parse, QCoreApplication::translate("ReferenceData", "%1 is not valid JSON: %2")
                                             .arg(file.fileName(), err.errorString())};
    return doc.object();
}

QStringList toStringList(const QJsonValue& v) {
    QStringList out;
    const QJsonArray array = v.toArray();
    for (const QJsonValue& item : array)
        out << item.toString();
    return out;
}

} // namespace

Result<ReferenceData> ReferenceData::load(const QString& referenceDir) {
    const QDir dir(referenceDir);
    ReferenceData data;

    auto channels = readObject(dir, QStringLiteral("channels.json"));
    if (!channels)
        return channels.error();
    for (const QJsonValue& v : channels.value().value(QLatin1String("channels")).toArray()) {
        const QJsonObject o = v.toObject();
        data.m_channels.append({o.value(QLatin1String("id")).toString(), o.value(QLatin1String("name")).toString()});
    }

    auto municipalities = readObject(dir, QStringLiteral("municipalities.json"));
    if (!municipalities)
        return municipalities.error();
    for (const QJsonValue& v : municipalities.value().value(QLatin1String("municipalities")).toArray()) {
        const QJsonObject o = v.toObject();
        data.m_municipalities.append({o.value(QLatin1String("name")).toString(),
                                      o.value(QLatin1String("type")).toString(),
                                      o.value(QLatin1String("center")).toString()});
    }

    auto agencies = readObject(dir, QStringLiteral("agencies.json"));
    if (!agencies)
        return agencies.error();
    for (const QJsonValue& v : agencies.value().value(QLatin1String("agencies")).toArray()) {
        const QJsonObject o = v.toObject();
        Agency a;
        a.id = o.value(QLatin1String("id")).toString();
        a.name = o.value(QLatin1String("name")).toString();
        a.shortNames = toStringList(o.value(QLatin1String("short_names")));
        a.kind = o.value(QLatin1String("kind")).toString();
        const QString status = o.value(QLatin1String("status")).toString();
        a.status = status.startsWith(QLatin1String("abolished"))   ? AgencyStatus::Abolished
                   : status.startsWith(QLatin1String("uncertain")) ? AgencyStatus::Uncertain
                                                                   : AgencyStatus::Active;
        a.active = a.status != AgencyStatus::Abolished;
        a.successor = o.value(QLatin1String("successor")).toString();
        data.m_agencies.append(a);
    }
    return data;
}

const Agency* ReferenceData::agency(const QString& id) const {
    for (const Agency& a : m_agencies) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

const Agency* ReferenceData::findAgency(const QString& nameOrAlias) const {
    const QString needle = nameOrAlias.trimmed();
    for (const Agency& a : m_agencies) {
        const bool match = a.id == needle || a.name.compare(needle, Qt::CaseInsensitive) == 0 ||
                           a.shortNames.contains(needle, Qt::CaseInsensitive);
        if (match)
            return a.active || a.successor.isEmpty() ? &a : agency(a.successor);
    }
    return nullptr;
}

} // namespace hotline::domain
