// Screenshots of the real AdminWindow for docs/screenshots (a test-like tool, not part of the operator's app):
// the shipped knowledge base, a private data directory, a fixed Moscow date and an in-memory KB wiki with the
// history of one article.
//
//   admin_screenshots editor|history|categories|synonyms OUT.png [EXTRA.qm]
//
// EXTRA.qm: translations not merged into the shipped .ts yet (see translations/pending_ru_admin.json).

#include "../support/ScreenshotApp.h"
#include "AdminWindow.h"
#include "ArticleEditor.h"
#include "FakeWiki.h"
#include "HistoryView.h"
#include "MetadataForm.h"
#include "call/ManualClock.h"
#include "domain/MoscowTime.h"
#include "kbedit/KbEditor.h"
#include "kbedit/KbWorkspace.h"
#include "settings/Settings.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

using namespace hotline;

namespace {

const QString kArticle = QStringLiteral("porubochnyy-bilet");

QString shipped(const QString& path) {
    QFile f(QStringLiteral(HOTLINE_KB_SOURCE_DIR "/articles/") + path);
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}

} // namespace

int main(int argc, char* argv[]) {
    test::screenshotPlatform();
    QApplication app(argc, argv);
    const auto args = test::screenshotSetup(app, argc, argv, "admin_screenshots editor|history OUT.png [EXTRA.qm]");
    if (!args)
        return 2;
    const QString& scene = args->scene;
    const QString& out = args->out;

    QTemporaryDir data;
    Settings settings(data.filePath(QStringLiteral("settings.ini")));
    ManualClock clock(domain::moscowDateTime(QDate(2026, 11, 23), QTime(15, 12)));
    test::FakeWiki wiki;
    wiki.user = QStringLiteral("Смирнова Анна (редактор БЗ)");
    // The article's life on the wiki: the first upload, two edits by other editors (save() adds an hour).
    const QString v1 = shipped(QStringLiteral("razresheniya/porubochnyy-bilet.md"));
    wiki.clock = domain::moscowDateTime(QDate(2026, 11, 2), QTime(9, 5)).toUTC();
    wiki.save(kArticle, v1, QStringLiteral("Администратор БЗ"), QStringLiteral("Первая загрузка базы знаний"));
    QString v2 = v1;
    v2.replace(QStringLiteral("\"days\": 3"), QStringLiteral("\"days\": 4"));
    wiki.clock = domain::moscowDateTime(QDate(2026, 11, 12), QTime(13, 40)).toUTC();
    wiki.save(kArticle, v2, QStringLiteral("Петров Игорь (редактор БЗ)"),
              QStringLiteral("Срок по регламенту администрации — 4 рабочих дня"));
    QString v3 = v2;
    v3.replace(QStringLiteral("## Для оператора\n"),
               QStringLiteral("## Для оператора\n- Уточните, не аварийное ли дерево: для аварийных — отдельная "
                              "статья.\n"));
    wiki.clock = domain::moscowDateTime(QDate(2026, 11, 20), QTime(8, 15)).toUTC();
    wiki.save(kArticle, v3, QStringLiteral("Смирнова Анна (редактор БЗ)"),
              QStringLiteral("Подсказка оператору про аварийные деревья"));

    ui::AdminContext context;
    context.shippedKbDir = QStringLiteral(HOTLINE_KB_SOURCE_DIR);
    context.dataDir = data.path();
    context.wiki = &wiki.wiki;
    context.settings = &settings;
    context.clock = &clock;
    context.openedArticleIds = [] { return QSet<QString>{QStringLiteral("grant-agrostartap")}; };
    context.confirm = [](QWidget*, const QString&) { return true; };
    ui::AdminWindow window(context);
    window.resize(1366, 768);
    window.show();
    window.openArticle(kArticle);

    QTimer::singleShot(400, &window, [&] {
        kbedit::KbEditor& editor = *window.editor();
        const kbedit::ArticleEntry* e = window.workspace()->article(kArticle);
        if (scene == QLatin1String("editor")) {
            // An edit in progress: a new sentence in the script with a mistyped placeholder.
            QString body = e->doc.body;
            body.replace(QStringLiteral("## Скрипт ответа\n"),
                         QStringLiteral("## Скрипт ответа\nС 1 декабря заявление принимается только через РПГУ. "
                                        "Ответ придёт до {{сроки}}.\n"));
            editor.setField(kArticle, kbedit::ArticleField::Body, body);
            window.runCheck();
            window.articleEditor()->renderPreviewNow();
            window.articleEditor()->bodyField()->setFocus();
        } else if (scene == QLatin1String("categories")) {
            window.tabs()->setCurrentIndex(1);
        } else if (scene == QLatin1String("synonyms")) {
            window.tabs()->setCurrentIndex(2);
        } else {
            window.articleTabs()->setCurrentIndex(1);
        }
    });
    QTimer::singleShot(1500, &window, [&] {
        if (scene == QLatin1String("history") && window.history()->table()->rowCount() > 2)
            window.history()->table()->setCurrentCell(2, 0);
    });
    QTimer::singleShot(2200, &window, [&] {
        const bool saved = window.grab().save(out);
        if (!saved)
            qWarning("cannot write %s", qPrintable(out));
        QApplication::exit(saved ? 0 : 1);
    });
    return QApplication::exec();
}
