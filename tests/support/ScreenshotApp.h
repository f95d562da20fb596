#pragma once
// The start of every screenshot tool (tests/*/…Screenshots.cpp): offscreen when there is no display, the scene
// and output file from the command line, the app's translations (HOTLINE_LANG, Russian by default) plus an
// optional extra .qm, and the matching locale.

#include "settings/Translations.h"

#include <QApplication>
#include <QLocale>
#include <QTranslator>
#include <optional>

namespace hotline::test {

struct ScreenshotArgs {
    QString scene;
    QString out;
    QString language;
};

// Call before constructing the QApplication.
inline void screenshotPlatform() {
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

// Reads "SCENE OUT.png [EXTRA.qm]"; nothing (after printing usage) when they are missing.
inline std::optional<ScreenshotArgs> screenshotSetup(QApplication& app, int argc, char* argv[], const char* usage) {
    if (argc < 3) {
        qWarning("usage: %s", usage);
        return std::nullopt;
    }
    ScreenshotArgs args{QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]),
                        qEnvironmentVariable("HOTLINE_LANG", QStringLiteral("ru"))};
    installTranslations(app, args.language);
    if (argc > 3) {
        auto* extra = new QTranslator(&app);
        if (extra->load(QString::fromLocal8Bit(argv[3])))
            QApplication::installTranslator(extra);
    }
    QLocale::setDefault(QLocale(args.language == QLatin1String("en") ? QLocale::English : QLocale::Russian));
    return args;
}

} // namespace hotline::test
