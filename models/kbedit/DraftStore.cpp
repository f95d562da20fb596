#include "DraftStore.h"

#include "settings/DataPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace hotline::kbedit {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

DraftStore::DraftStore(const QString& dataDir)
    : m_dir(QDir(dataDir).filePath(QStringLiteral("kbedit"))) {}

QString DraftStore::fileFor(const QString& key) const {
    // Keys are article ids (Latin, digits, dashes) or the two data file names: safe as file names.
    return QDir(m_dir).filePath(key + QStringLiteral(".draft.json"));
}

QHash<QString, DraftRecord> DraftStore::loadAll() const {
    QHash<QString, DraftRecord> out;
    QDirIterator it(m_dir, {QStringLiteral("*.draft.json")}, QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        if (o.isEmpty())
            continue;
        QString key = QFileInfo(f.fileName()).fileName();
        key.chop(int(qstrlen(".draft.json")));
        DraftRecord r;
        r.baseText = o.value(QLatin1String("base_text")).toString();
        r.baseVersion = o.value(QLatin1String("base_version")).toInt(-1);
        r.text = o.value(QLatin1String("text")).toString();
        r.savedAt = QDateTime::fromString(o.value(QLatin1String("saved_at")).toString(), Qt::ISODate);
        out.insert(key, r);
    }
    return out;
}

Status DraftStore::save(const QString& key, const DraftRecord& record) const {
    if (!QDir().mkpath(m_dir))
        return Error{Error::Code::Io, tr("Cannot create the drafts folder %1.").arg(m_dir)};
    if (auto st = restrictToOwner(m_dir); !st)
        return st;
    QJsonObject o{{QStringLiteral("base_text"), record.baseText},
                  {QStringLiteral("base_version"), record.baseVersion},
                  {QStringLiteral("saved_at"), record.savedAt.toUTC().toString(Qt::ISODate)}};
    if (record.hasDraft())
        o.insert(QStringLiteral("text"), record.text);
    const QString path = fileFor(key);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Code::Io, tr("Cannot save the draft %1: %2").arg(path, file.errorString())};
    // Owner-only before the text is written (the temporary file becomes the draft on commit).
    if (!file.setPermissions(kOwnerOnly))
        return Error{Error::Code::Io, tr("Cannot save the draft %1: %2").arg(path, file.errorString())};
    file.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{Error::Code::Io, tr("Cannot save the draft %1: %2").arg(path, file.errorString())};
    return restrictToOwner(path);
}

Status DraftStore::remove(const QString& key) const {
    const QString path = fileFor(key);
    if (QFile::exists(path) && !QFile::remove(path))
        return Error{Error::Code::Io, tr("Cannot remove the draft %1.").arg(path)};
    return Ok{};
}

} // namespace hotline::kbedit
