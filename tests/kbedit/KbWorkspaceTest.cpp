// The editor's workspace: what it loads, drafts that survive closing, undo and redo of every kind of edit,
// the kb check next to the editor, and the item models the views show.

#include "CatchQt.h"
#include "TestPaths.h"
#include "call/ManualClock.h"
#include "kb/KnowledgeBase.h"
#include "kbedit/ArticleFilter.h"
#include "kbedit/ArticleListModel.h"
#include "kbedit/CategoryEditModel.h"
#include "kbedit/KbChecker.h"
#include "kbedit/KbEditor.h"
#include "kbedit/SynonymsModel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUndoGroup>
#include <QUndoStack>

using namespace hotline;
using namespace hotline::kbedit;

namespace {

const QString kAgro = QStringLiteral("grant-agrostartap");

// The editor's clock: drafts are timed by it.
ManualClock& editorClock() {
    static ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(12, 12), Qt::UTC));
    return clock;
}

std::unique_ptr<KbWorkspace> openWorkspace(const QString& dataDir) {
    auto ws = KbWorkspace::open(test::kbDir(), dataDir, editorClock());
    REQUIRE(ws.ok());
    return std::move(ws).value();
}

// Types text into a field the way the editor's text box reports it: one character at a time.
void type(KbEditor& editor, const QString& id, ArticleField field, const QString& text) {
    for (const QChar ch : text)
        editor.setField(id, field, editor.workspace().article(id)->doc.field(field).toString() + ch);
}

bool hasProblem(const QList<Problem>& problems, const QString& id, const QString& field) {
    for (const Problem& p : problems) {
        if (p.articleId == id && p.field == field && p.severity == Problem::Severity::Error)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("The workspace holds every shipped article, unchanged, with the categories and synonyms", "[kbedit]") {
    QTemporaryDir data;
    auto ws = openWorkspace(data.path());
    CHECK(ws->articleIds().size() == kb::KnowledgeBase::loadFromDir(test::kbDir()).kb.articles().size());
    CHECK(ws->loadProblems().isEmpty());
    CHECK_FALSE(ws->hasUnpublishedChanges());
    const ArticleEntry* e = ws->article(kAgro);
    REQUIRE(e);
    CHECK(e->baseVersion == kUnknownVersion);
    CHECK_FALSE(e->modified());
    CHECK(ws->categories().parentOf(QStringLiteral("granty")) == QStringLiteral("podderzhka"));
    CHECK(ws->synonyms().groups().size() > 50);

    KbChecker checker(*ws);
    const QList<Problem> problems = checker.check();
    CHECK_FALSE(KbChecker::hasErrors(problems));
}

TEST_CASE("Edits are undone and redone; typing is one step per word", "[kbedit]") {
    QTemporaryDir data;
    auto ws = openWorkspace(data.path());
    KbEditor editor(*ws);
    editor.activateArticle(kAgro);
    QUndoStack* stack = editor.articleStack(kAgro);
    const QString title = ws->article(kAgro)->doc.title;

    type(editor, kAgro, ArticleField::Title, QStringLiteral(" в 2027 году"));
    CHECK(ws->article(kAgro)->doc.title == title + QStringLiteral(" в 2027 году"));
    CHECK(ws->article(kAgro)->modified());
    CHECK(stack->count() == 3); // " в", " 2027", " году"
    editor.undoGroup()->undo();
    CHECK(ws->article(kAgro)->doc.title == title + QStringLiteral(" в 2027"));
    editor.undoGroup()->undo();
    editor.undoGroup()->undo();
    CHECK(ws->article(kAgro)->doc.title == title);
    CHECK_FALSE(ws->article(kAgro)->modified());
    editor.undoGroup()->redo();
    CHECK(ws->article(kAgro)->doc.title == title + QStringLiteral(" в"));

    SECTION("a combo box change is one step, and a different field never merges with typing") {
        editor.setField(kAgro, ArticleField::Kind, QStringLiteral("task"));
        editor.setField(kAgro, ArticleField::Days, 3);
        CHECK(ws->article(kAgro)->doc.toText().contains(QStringLiteral("\"days\": 3")));
        editor.undoGroup()->undo();
        editor.undoGroup()->undo();
        CHECK(ws->article(kAgro)->doc.kind == domain::AppealKind::Complex);
        CHECK(ws->article(kAgro)->doc.title == title + QStringLiteral(" в"));
    }
    SECTION("each article has its own undo: undo in one does not touch the other") {
        const QString other = QStringLiteral("lgotnye-kredity-msp");
        editor.activateArticle(other);
        editor.setField(other, ArticleField::Body, ws->article(other)->doc.body + QStringLiteral("\nДобавлено."));
        editor.undoGroup()->undo();
        CHECK_FALSE(ws->article(other)->modified());
        CHECK(ws->article(kAgro)->doc.title == title + QStringLiteral(" в"));
    }
}

TEST_CASE("Drafts are kept owner-only and come back after the window closes", "[kbedit]") {
    QTemporaryDir data;
    QString draftsDir;
    {
        auto ws = openWorkspace(data.path());
        KbEditor editor(*ws);
        editor.setField(kAgro, ArticleField::Body, ws->article(kAgro)->doc.body + QStringLiteral("\nЧерновик."));
        REQUIRE(editor
                    .createArticle(QStringLiteral("novaya-statya"), QStringLiteral("Новая статья"),
                                   QStringLiteral("granty"), QStringLiteral("2026-11-23"))
                    .ok());
        draftsDir = ws->draftsDir();
        // The workspace closes without an explicit save: nothing is lost.
    }
    const QFileInfo dir(draftsDir);
    REQUIRE(dir.exists());
    CHECK(dir.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser));
    const QFileInfo file(QDir(draftsDir).filePath(kAgro + QStringLiteral(".draft.json")));
    REQUIRE(file.exists());
    CHECK((file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)) == 0);
    CHECK(DraftStore(data.path()).loadAll().value(kAgro).savedAt == editorClock().now()); // timed by the clock

    auto again = openWorkspace(data.path());
    REQUIRE(again->article(kAgro));
    CHECK(again->article(kAgro)->doc.body.endsWith(QStringLiteral("Черновик.")));
    CHECK(again->article(kAgro)->modified());
    REQUIRE(again->article(QStringLiteral("novaya-statya")));
    CHECK(again->article(QStringLiteral("novaya-statya"))->isNew());
    CHECK(again->modifiedArticles().size() == 2);

    SECTION("going back to the published text removes the draft file") {
        KbEditor editor(*again);
        auto base = ArticleDocument::fromText(again->article(kAgro)->baseText);
        editor.replaceDocument(kAgro, base.value(), QStringLiteral("back"));
        REQUIRE(again->saveDrafts().ok());
        CHECK_FALSE(QFileInfo::exists(file.filePath()));
    }
}

TEST_CASE("The check finds what kb check finds, placed at the field or the line", "[kbedit]") {
    QTemporaryDir data;
    auto ws = openWorkspace(data.path());
    KbEditor editor(*ws);
    KbChecker checker(*ws);

    editor.setField(kAgro, ArticleField::Category, QStringLiteral("net-takoy"));
    editor.setField(kAgro, ArticleField::Agencies,
                    QStringList{QStringLiteral("minselkhozprod"), QStringLiteral("xyz")});
    QString body = ws->article(kAgro)->doc.body;
    body.replace(QStringLiteral("{{номер}}"), QStringLiteral("{{нмоер}}"));
    body += QStringLiteral("\n- Позвоните {{контакт}}\n- [Сломано](kb:net-takoy-stati)");
    editor.setField(kAgro, ArticleField::Body, body);

    const QList<Problem> problems = KbChecker::about(checker.check(), Problem::Scope::Article, kAgro);
    CHECK(hasProblem(problems, kAgro, QStringLiteral("category")));
    CHECK(hasProblem(problems, kAgro, QStringLiteral("agency")));
    const QStringList lines = body.split(QLatin1Char('\n'));
    bool placeholderAtLine = false, linkAtLine = false, outsideScript = false;
    for (const Problem& p : problems) {
        if (p.bodyLine > 0 && lines.at(p.bodyLine - 1).contains(QStringLiteral("{{нмоер}}")))
            placeholderAtLine = true;
        if (p.bodyLine > 0 && lines.at(p.bodyLine - 1).contains(QStringLiteral("kb:net-takoy-stati")))
            linkAtLine = true;
        // A placeholder outside the script is an error (the window fills the script only), at its line.
        if (p.severity == Problem::Severity::Error && p.message.contains(QStringLiteral("{{контакт}}")) &&
            p.bodyLine > 0 && lines.at(p.bodyLine - 1).contains(QStringLiteral("Позвоните {{контакт}}")))
            outsideScript = true;
    }
    CHECK(placeholderAtLine);
    CHECK(linkAtLine);
    CHECK(outsideScript);
    CHECK(KbChecker::hasErrors(problems));

    // An article without a title cannot be loaded at all: the problem points at the title.
    editor.setField(kAgro, ArticleField::Title, QString());
    CHECK(
        hasProblem(KbChecker::about(checker.check(), Problem::Scope::Article, kAgro), kAgro, QStringLiteral("title")));

    // Fixed again: nothing left for this article.
    editor.setField(kAgro, ArticleField::Category, QStringLiteral("granty"));
    editor.setField(kAgro, ArticleField::Agencies, QStringList{QStringLiteral("minselkhozprod")});
    editor.setField(kAgro, ArticleField::Title, QStringLiteral("Гранты фермерам"));
    editor.setField(kAgro, ArticleField::Body, ArticleDocument::fromText(ws->article(kAgro)->baseText).value().body);
    CHECK(KbChecker::about(checker.check(), Problem::Scope::Article, kAgro).isEmpty());
}

TEST_CASE("Categories: add, rename, move, reorder and remove are checked and undoable", "[kbedit]") {
    QTemporaryDir data;
    auto ws = openWorkspace(data.path());
    KbEditor editor(*ws);
    const CategoryTree before = ws->categories();

    REQUIRE(editor.addCategory(QStringLiteral("podderzhka"), QStringLiteral("lizing"), QStringLiteral("Лизинг")).ok());
    CHECK(ws->categories().parentOf(QStringLiteral("lizing")) == QStringLiteral("podderzhka"));
    CHECK_FALSE(editor.addCategory(QStringLiteral("podderzhka"), QStringLiteral("lizing"), QStringLiteral("Ещё")).ok());
    CHECK_FALSE(editor.addCategory(QStringLiteral("granty"), QStringLiteral("x"), QStringLiteral("Внук")).ok());
    CHECK_FALSE(editor.addCategory({}, QStringLiteral("Плохой id"), QStringLiteral("Т")).ok());
    REQUIRE(editor.renameCategory(QStringLiteral("lizing"), QStringLiteral("Лизинг оборудования")).ok());
    CHECK_FALSE(editor.renameCategory(QStringLiteral("lizing"), QStringLiteral("  ")).ok());
    CHECK(ws->categories().find(QStringLiteral("lizing"))->title == QStringLiteral("Лизинг оборудования"));

    // Alt+Up from the first subcategory of "Стройка" goes to the end of "Меры поддержки".
    const QString firstOfStroyka = ws->categories().tops().at(1).children.first().id;
    REQUIRE(editor.moveCategoryBy(firstOfStroyka, -1).ok());
    CHECK(ws->categories().parentOf(firstOfStroyka) == QStringLiteral("podderzhka"));
    CHECK(ws->categories().tops().at(0).children.last().id == firstOfStroyka);
    // A subcategory with articles cannot become a top category; a used one cannot be removed.
    CHECK_FALSE(editor.moveCategory(QStringLiteral("granty"), {}, 0).ok());
    CHECK_FALSE(editor.removeCategory(QStringLiteral("granty")).ok());
    CHECK_FALSE(editor.removeCategory(QStringLiteral("podderzhka")).ok());
    REQUIRE(editor.removeCategory(QStringLiteral("lizing")).ok());

    QUndoStack* stack = editor.categoriesStack();
    CHECK(stack->count() == 4);
    while (stack->canUndo())
        stack->undo();
    CHECK(ws->categories() == before);
    CHECK_FALSE(ws->categoriesModified());
    stack->redo();
    CHECK(ws->categories().find(QStringLiteral("lizing")));
}

TEST_CASE("Synonyms: any input is kept, the check says what is wrong with a group", "[kbedit]") {
    QTemporaryDir data;
    auto ws = openWorkspace(data.path());
    KbEditor editor(*ws);
    KbChecker checker(*ws);
    const int row = editor.addSynonymGroup(QStringLiteral("ЭЦП;  электронная подпись ; эцп"));
    CHECK(ws->synonyms().groups().at(row) == QStringList{QStringLiteral("эцп"), QStringLiteral("электронная подпись")});
    CHECK(KbChecker::about(checker.check(), Problem::Scope::Synonyms).isEmpty());

    editor.setSynonymGroup(row, QStringLiteral("эцп"));
    editor.setSynonymGroup(0, ws->synonyms().groups().at(0).join(QStringLiteral("; ")) + QStringLiteral("; кфх"));
    const QList<Problem> problems = KbChecker::about(checker.check(), Problem::Scope::Synonyms);
    REQUIRE(problems.size() >= 2);
    bool single = false, twice = false;
    for (const Problem& p : problems) {
        single |= p.group == row;
        twice |= p.message.contains(QStringLiteral("кфх"));
    }
    CHECK(single);
    CHECK(twice);
    editor.synonymsStack()->undo();
    editor.synonymsStack()->undo();
    editor.synonymsStack()->undo();
    CHECK_FALSE(ws->synonymsModified());
}

TEST_CASE("The editor's item models pass the model tester and follow the workspace", "[kbedit]") {
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    QTemporaryDir data;
    auto ws = openWorkspace(data.path());
    KbEditor editor(*ws);
    ArticleListModel list(*ws);
    ArticleFilter filter;
    filter.setSourceModel(&list);
    CategoryEditModel categories(*ws, editor);
    SynonymsModel synonyms(*ws, editor);
    QAbstractItemModelTester t1(&list, Mode::Fatal);
    QAbstractItemModelTester t2(&filter, Mode::Fatal);
    QAbstractItemModelTester t3(&categories, Mode::Fatal);
    QAbstractItemModelTester t4(&synonyms, Mode::Fatal);

    REQUIRE(editor
                .createArticle(QStringLiteral("lizing-oborudovaniya"), QStringLiteral("Лизинг оборудования"),
                               QStringLiteral("zaymy"), QStringLiteral("2026-11-23"))
                .ok());
    CHECK(list.indexOf(QStringLiteral("lizing-oborudovaniya"), ArticleListModel::StateColumn).data().toString() ==
          list.data(list.indexOf(QStringLiteral("lizing-oborudovaniya"), ArticleListModel::StateColumn)).toString());
    CHECK(list.indexOf(QStringLiteral("lizing-oborudovaniya")).data(ArticleListModel::StateRole).toInt() ==
          ArticleListModel::New);

    filter.setText(QStringLiteral("ЛИЗИНГ оборуд"));
    CHECK(filter.rowCount() >= 1);
    filter.setText({});
    filter.setCategory(QStringLiteral("podderzhka"));
    const int inSupport = filter.rowCount();
    filter.setCategory(QStringLiteral("granty"));
    CHECK(filter.rowCount() < inSupport);
    filter.setCategory({});
    filter.setKind(QStringLiteral("complaint"));
    for (int r = 0; r < filter.rowCount(); ++r)
        CHECK(filter.index(r, 0).data(ArticleListModel::KindIdRole).toString() == QStringLiteral("complaint"));
    filter.setKind({});
    filter.setAgency(QStringLiteral("minselkhozprod"));
    CHECK(filter.rowCount() >= 1);
    filter.setAgency({});

    // Stale: not updated for 3 months before a fixed "today".
    filter.setToday(QDate(2027, 3, 1));
    filter.setStaleMonths(3);
    const int stale = filter.rowCount();
    filter.setToday(QDate(2026, 12, 1));
    CHECK(filter.rowCount() < stale);
    filter.setStaleMonths(0);

    // Never opened: everything but the opened ones; without the call log the filter stays off.
    filter.setNeverOpenedOnly(true);
    CHECK(filter.rowCount() == list.rowCount());
    filter.setOpenedIds(QSet<QString>{kAgro});
    CHECK(filter.rowCount() == list.rowCount() - 1);
    filter.setNeverOpenedOnly(false);
    filter.setChangedOnly(true);
    CHECK(filter.rowCount() == 1);
    filter.setChangedOnly(false);

    // Renaming in the tree goes through the editor (undoable); a bad title is refused with a message.
    const QModelIndex granty = categories.indexOf(QStringLiteral("granty"));
    REQUIRE(granty.isValid());
    CHECK(categories.setData(granty, QStringLiteral("Гранты и премии")));
    CHECK(ws->categories().find(QStringLiteral("granty"))->title == QStringLiteral("Гранты и премии"));
    QString refused;
    QObject::connect(&categories, &CategoryEditModel::refused, [&refused](const QString& m) { refused = m; });
    CHECK_FALSE(categories.setData(granty, QString()));
    CHECK_FALSE(refused.isEmpty());
    REQUIRE(editor.moveCategoryBy(QStringLiteral("granty"), 1).ok()); // resets the tree
    CHECK(categories.indexOf(QStringLiteral("granty")).row() == 2);
    CHECK(categories.index(0, CategoryEditModel::CountColumn).data().toInt() > 0);

    CHECK(synonyms.setData(synonyms.index(0, 0), QStringLiteral("ип; индивидуальный предприниматель")));
    CHECK(ws->synonyms().groups().at(0).size() == 2);
    editor.addSynonymGroup(QStringLiteral("одно"));
    CHECK(synonyms.index(synonyms.rowCount() - 1, SynonymsModel::ProblemColumn).data().toString().size() > 0);
}
