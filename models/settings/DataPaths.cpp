#include "DataPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace hotline {

QString shippedKbDir() {
    const QString fromEnv = qEnvironmentVariable("HOTLINE_KB_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString besideBinary =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/hotline0150/kb_data"));
    if (QFileInfo::exists(besideBinary + QStringLiteral("/categories.json")))
        return QDir::cleanPath(besideBinary);
    const QString installed = QStringLiteral(HOTLINE_KB_INSTALL_DIR);
    if (QFileInfo::exists(installed + QStringLiteral("/categories.json")))
        return installed;
    return QStringLiteral(HOTLINE_KB_SOURCE_DIR);
}

Result<QString> workstationDataDir() {
    QString dir = qEnvironmentVariable("HOTLINE_DATA_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return Error{Error::Code::Io,
                     QCoreApplication::translate("DataPaths", "Cannot create the data folder %1.").arg(dir)};
    // The data dir holds callers' personal data: the user alone may read it.
    if (auto st = restrictToOwner(dir); !st)
        return st.error();
    return dir;
}

Status restrictToOwner(const QString& path) {
    const QFileInfo info(path);
    const QFileDevice::Permissions wanted = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            (info.isDir() ? QFileDevice::ExeOwner : QFileDevice::Permissions());
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (!info.exists() || !QFile::setPermissions(path, wanted) || (QFileInfo(path).permissions() & others))
        return Error{Error::Code::Io,
                     QCoreApplication::translate("DataPaths", "Cannot make %1 readable by this user only: the "
                                                              "callers' data would be open to other users of this "
                                                              "computer. Check the folder's owner and file system.")
                         .arg(path)};
    return Ok{};
}

} // namespace hotline
