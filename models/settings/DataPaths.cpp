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

QString workstationDataDir() {
    QString dir = qEnvironmentVariable("HOTLINE_DATA_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dir);
    // The data dir holds callers' personal data: the user alone may read it.
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return dir;
}

} // namespace hotline
