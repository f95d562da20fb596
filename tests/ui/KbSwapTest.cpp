// A knowledge base that changes under the operator (a sync with the KB wiki) is swapped in whole: the query,
// the open article and the checklist stay where they can.
#include "UiFixture.h"
#include "article/ArticleView.h"
#include "itemmodels/SearchResultsModel.h"
#include "search/NavigatorPanel.h"
#include "search/SearchField.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QStatusBar>
#include <QTextBrowser>

using namespace hotline;
using namespace hotline::test;

namespace {

// A copy of the shipped base with the taxi article rewritten: a new title and a word no other article has.
struct ChangedKb {
    QTemporaryDir dir;
    kb::KbRepository::Opened opened;

    ChangedKb() {
        const QDir from(kbDir());
        QDirIterator it(kbDir(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString target = dir.filePath(from.relativeFilePath(file));
            QDir().mkpath(QFileInfo(target).path());
            REQUIRE(QFile::copy(file, target));
        }
        const QString taxi = dir.filePath(QStringLiteral("articles/razresheniya/taksi-razreshenie.md"));
        QFile f(taxi);
        REQUIRE(f.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(f.readAll());
        f.close();
        text.replace(QStringLiteral("Разрешение на перевозку пассажиров"), QStringLiteral("Реестр перевозчиков такси"));
        text.replace(QStringLiteral("## Скрипт ответа\n"), QStringLiteral("## Скрипт ответа\nКвазиуникальный ответ. "));
        REQUIRE(QFile::remove(taxi));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        f.close();
        auto repo = kb::KbRepository::open(dir.path(), dir.filePath(QStringLiteral("index.sqlite")));
        REQUIRE(repo.ok());
        opened = std::move(repo).value();
    }
};

QStringList resultIds(ui::MainWindow& w) {
    QStringList ids;
    for (const kb::SearchHit& h : w.navigator()->resultsModel()->hits())
        ids << h.id;
    return ids;
}

} // namespace

TEST_CASE("a changed knowledge base keeps the query and the open article and its ticks", "[ui][kbsync]") {
    UiFixture f(msk(2026, 11, 23, 11, 0));
    ui::MainWindow& w = f.open();
    w.openArticle(QStringLiteral("porubochnyy-bilet"));
    REQUIRE(w.articleView()->questionBoxes().size() > 1);
    w.articleView()->questionBoxes().at(0)->setChecked(true);
    w.focusSearch();
    typeText(QStringLiteral("такси"));
    QTest::qWait(200); // the search field waits for a pause in typing
    REQUIRE(resultIds(w).contains(QStringLiteral("taksi-razreshenie")));

    ChangedKb changed;
    w.setKnowledgeBase(&changed.opened.kb, changed.opened.index.get(), {QStringLiteral("taksi-razreshenie")});

    // The unchanged article stays open with the operator's tick; the query is asked of the new base.
    REQUIRE(w.articleView()->article() == changed.opened.kb.article(QStringLiteral("porubochnyy-bilet")));
    CHECK(w.articleView()->questionBoxes().at(0)->isChecked());
    CHECK(w.navigator()->showingResults());
    CHECK(w.searchField()->text() == QStringLiteral("такси"));
    bool renamed = false;
    for (const kb::SearchHit& h : w.navigator()->resultsModel()->hits())
        renamed |= h.id == QStringLiteral("taksi-razreshenie") && h.title.startsWith(QStringLiteral("Реестр"));
    CHECK(renamed);
    CHECK(w.statusBar()->currentMessage().contains(QStringLiteral("обновлена")));
}

TEST_CASE("an open article that changed in the new knowledge base is shown anew", "[ui][kbsync]") {
    UiFixture f(msk(2026, 11, 23, 11, 0));
    ui::MainWindow& w = f.open();
    w.openArticle(QStringLiteral("taksi-razreshenie"));
    CHECK_FALSE(w.articleView()->scriptBrowser()->toPlainText().contains(QStringLiteral("Квазиуникальный")));

    ChangedKb changed;
    w.setKnowledgeBase(&changed.opened.kb, changed.opened.index.get(), {QStringLiteral("taksi-razreshenie")});
    CHECK(w.articleView()->scriptBrowser()->toPlainText().contains(QStringLiteral("Квазиуникальный")));
    CHECK(w.statusBar()->currentMessage().contains(QStringLiteral("изменилась")));

    // The new word is searchable at once.
    w.focusSearch();
    typeText(QStringLiteral("квазиуникальный"));
    QTest::qWait(200);
    CHECK(resultIds(w).value(0) == QStringLiteral("taksi-razreshenie"));
}
