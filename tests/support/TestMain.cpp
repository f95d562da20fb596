// The one main() of the Catch2 test binaries: it creates the Qt application object first.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef HOTLINE_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include "settings/Translations.h"

int main(int argc, char* argv[]) {
    // catch_discover_tests runs the binary at build time without the test environment: with no display a
    // QApplication would abort and the tests would silently vanish.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("hotline0150-tests"));
    TestApplication::setApplicationName(QStringLiteral("hotline0150-tests"));
    // Tests assert the Russian messages operators see.
    hotline::installTranslations(app, QStringLiteral("ru"));
    return Catch::Session().run(argc, argv);
}
