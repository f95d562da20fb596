#include "DemoHooks.h"

#include "MainWindow.h"
#include "appeal/AppealForm.h"
#include "call/CallPanel.h"
#include "domain/MoscowTime.h"
#include "search/SearchField.h"

#include <QAction>
#include <QApplication>
#include <QPixmap>
#include <QPushButton>
#include <QTimer>

namespace hotline::demo {

QDateTime fixedNow() {
    const QString now = qEnvironmentVariable("HOTLINE_DEMO_NOW");
    return now.isEmpty() ? QDateTime() : domain::parseMoscowIso(now);
}

void run(ui::MainWindow& window) {
    const QString demo = qEnvironmentVariable("HOTLINE_DEMO");
    if (!demo.isEmpty()) {
        const QString articleId = demo.section(QLatin1Char(':'), 0, 0);
        window.searchField()->setText(demo.section(QLatin1Char(':'), 2));
        window.searchField()->flush();
        window.openArticle(articleId);
        if (demo.section(QLatin1Char(':'), 1, 1) == QLatin1String("form")) {
            window.callPanel()->startAction()->trigger();
            window.openAppealForm();
            ui::AppealFormData data = window.appealForm()->data();
            data.organisation = QStringLiteral("ООО «Подмосковные станки»");
            data.inn = QStringLiteral("7707083893");
            data.contactPerson = QStringLiteral("Иванова Мария Сергеевна");
            data.phone = QStringLiteral("+79161234567");
            data.email = QStringLiteral("info@example.ru");
            data.municipality = QStringLiteral("Городской округ Подольск");
            data.description += QStringLiteral("Хотим купить два станка с ЧПУ в лизинг, какие документы нужны?");
            window.appealForm()->setData(data);
        }
    }
    const QString shot = qEnvironmentVariable("HOTLINE_SCREENSHOT");
    if (!shot.isEmpty()) {
        QTimer::singleShot(1500, &window, [&window, shot] {
            window.grab().save(shot);
            QApplication::quit();
        });
    }
}

} // namespace hotline::demo
