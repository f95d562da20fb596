#include "MainWindow.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QTimer>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("hotline0150"));
    QApplication::setApplicationName(QStringLiteral("hotline0150"));
    QApplication::setApplicationDisplayName(QStringLiteral("Линия 0150"));
    QApplication::setApplicationVersion(QStringLiteral(HOTLINE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("ru.mosreg.hotline0150"));
    hotline::installTranslations(app);

    hotline::ui::MainWindow window;
    window.show();
    // For smoke tests and screenshots: quit by itself after N milliseconds.
    const int quitAfter = qEnvironmentVariableIntValue("HOTLINE_QUIT_AFTER_MS");
    if (quitAfter > 0)
        QTimer::singleShot(quitAfter, &app, &QApplication::quit);
    return QApplication::exec();
}
