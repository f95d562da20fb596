#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace hotline {

void installTranslations(QCoreApplication& app, const QString& language) {
    QString lang = language;
    if (lang.isEmpty())
        lang = qEnvironmentVariable("HOTLINE_LANG", QStringLiteral("ru"));
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/hotline0150_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace hotline
