// The «Режим» menu offers the supervisor's and the KB editor's windows to the roles that may use them only.
#include "ModeWindows.h"
#include "UiFixture.h"
#include "admin/AdminWindow.h"
#include "outbox/CallRecorder.h"
#include "supervisor/SupervisorWindow.h"

#include <QAction>
#include <QSignalSpy>

using namespace hotline;
using namespace hotline::test;

TEST_CASE("the mode menu follows the user's roles", "[ui][modes]") {
    UiFixture f(msk(2026, 11, 23, 11, 0));
    ui::MainWindow& w = f.open();
    // Nobody logged in, or an operator: neither mode is offered.
    CHECK_FALSE(w.supervisorAction()->isVisible());
    CHECK_FALSE(w.editorAction()->isVisible());
    net::UserModes operatorOnly;
    operatorOnly.operatorMode = true;
    w.setModes(operatorOnly);
    CHECK_FALSE(w.supervisorAction()->isEnabled());
    CHECK_FALSE(w.editorAction()->isEnabled());

    net::UserModes supervisor = operatorOnly;
    supervisor.supervisor = true;
    w.setModes(supervisor);
    CHECK(w.supervisorAction()->isVisible());
    CHECK(w.supervisorAction()->isEnabled());
    CHECK_FALSE(w.editorAction()->isVisible());

    net::UserModes editor;
    editor.editor = true;
    w.setModes(editor);
    CHECK_FALSE(w.supervisorAction()->isVisible());
    CHECK(w.editorAction()->isVisible());

    // The keyboard reaches an offered mode.
    QSignalSpy asked(&w, &ui::MainWindow::editorModeRequested);
    QTest::keyClick(&w, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(asked.count() == 1);
    // A mode taken away (logout) cannot be reached by its shortcut either.
    w.setModes({});
    QTest::keyClick(&w, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(asked.count() == 1);
}

TEST_CASE("the mode windows open without a server, on the local data", "[ui][modes]") {
    UiFixture f(msk(2026, 11, 23, 11, 0));
    ui::MainWindow& w = f.open();
    ui::ModeWindows modes({kbDir(), f.dataDir, nullptr, nullptr, nullptr, f.policy.get(), &f.clock, f.settings.get(),
                           f.outbox.get(), f.services.confirm});
    modes.showSupervisor(&w);
    REQUIRE(modes.supervisor() != nullptr);
    CHECK(modes.supervisor()->isVisible());
    CHECK(modes.supervisor()->model().rowCount() == 0); // an empty cache: no calls synced yet
    CHECK(QFile::exists(f.dataDir + QStringLiteral("/calllog.sqlite")));
    modes.showEditor(&w);
    REQUIRE(modes.editor() != nullptr);
    CHECK(modes.editor()->isVisible());
    // The editor's "never opened by operators" knows the articles of this workstation's calls.
    CHECK_FALSE(modes.openedArticleIds().contains(QStringLiteral("taksi-razreshenie")));
    outbox::CallRecorder recorder(f.session, *f.outbox);
    f.session.start();
    f.session.noteArticleOpened(QStringLiteral("taksi-razreshenie"), QStringLiteral("taksi"));
    f.session.end();
    f.session.discard(); // no appeal needed: the call is finished and recorded
    CHECK(modes.openedArticleIds().contains(QStringLiteral("taksi-razreshenie")));
    // Asked again, the same windows come up.
    ui::SupervisorWindow* first = modes.supervisor();
    modes.showSupervisor(&w);
    CHECK(modes.supervisor() == first);
}
