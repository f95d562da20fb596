// The runner: one node at a time, answers, information, jumps into another script, Back, restart, and the
// runs the call record keeps.
#include "scripts/ScriptRunner.h"

#include "ScriptTestData.h"
#include "scripts/ResultSettings.h"

#include <QHash>

using namespace hotline;
using namespace hotline::test;
using call::CallScriptRun;
using scripts::NodeType;
using scripts::Script;
using scripts::ScriptRunner;
using End = CallScriptRun::End;

namespace {

// t-ok and t-next: t-ok's r1 jumps into t-next, whose q1 «Да» leads to its i1 → r1 (an article) and «Нет» to r2.
struct Library {
    QHash<QString, Script> scripts;
    Library() {
        Script a = validScript();
        a.nodes[2].type = NodeType::Jump;
        a.nodes[2].article.clear();
        a.nodes[2].script = QStringLiteral("t-next");
        Script b = validScript();
        b.id = QStringLiteral("t-next");
        b.title = QStringLiteral("Следующий сценарий");
        scripts.insert(a.id, a);
        scripts.insert(b.id, b);
    }
    ScriptRunner::Lookup lookup() const {
        return [this](const QString& id) { return scripts.contains(id) ? &scripts.find(id).value() : nullptr; };
    }
};

QString at(const ScriptRunner& r) {
    return r.node() ? r.script()->id + QLatin1Char('/') + r.node()->id : QString();
}

} // namespace

TEST_CASE("The runner shows one node at a time and follows the answers to a result", "[scripts][runner]") {
    Library lib;
    ScriptRunner r(lib.lookup());
    CHECK_FALSE(r.isRunning());
    REQUIRE(r.start(QStringLiteral("t-next")).ok());
    CHECK(at(r) == QStringLiteral("t-next/q1"));
    CHECK(r.node()->type == NodeType::Question);
    CHECK_FALSE(r.next().ok()); // a question does not go on by itself
    CHECK_FALSE(r.choose(3).ok());
    CHECK(at(r) == QStringLiteral("t-next/q1"));
    REQUIRE(r.choose(0).ok()); // «Да»
    CHECK(at(r) == QStringLiteral("t-next/i1"));
    CHECK_FALSE(r.choose(0).ok()); // information has no answers
    REQUIRE(r.next().ok());
    CHECK(at(r) == QStringLiteral("t-next/r1"));
    CHECK(r.atResult());

    const QList<ScriptRunner::Crumb> crumbs = r.crumbs();
    REQUIRE(crumbs.size() == 3);
    CHECK(crumbs[0].kind == ScriptRunner::Crumb::Kind::Answer);
    CHECK(crumbs[0].label == QStringLiteral("Статус"));
    CHECK(crumbs[0].answer == QStringLiteral("Да"));
    CHECK(crumbs[1].kind == ScriptRunner::Crumb::Kind::Info);
    CHECK(crumbs[2].kind == ScriptRunner::Crumb::Kind::Result);
    CHECK(crumbs[2].label == QStringLiteral("Модернизация"));

    const QList<CallScriptRun> runs = r.runs();
    REQUIRE(runs.size() == 1);
    CHECK(runs[0] == CallScriptRun{QStringLiteral("t-next"),
                                   {QStringLiteral("q1"), QStringLiteral("i1"), QStringLiteral("r1")},
                                   End::Result});
}

TEST_CASE("Back goes one step back, and over a jump into the other script", "[scripts][runner]") {
    Library lib;
    ScriptRunner r(lib.lookup());
    REQUIRE(r.start(QStringLiteral("t-ok")).ok());
    CHECK_FALSE(r.back()); // nothing before the start
    REQUIRE(r.choose(0).ok());
    REQUIRE(r.next().ok()); // i1 → r1, a jump: on into t-next's start
    CHECK(at(r) == QStringLiteral("t-next/q1"));
    CHECK(r.startScript()->id == QStringLiteral("t-ok"));
    REQUIRE(r.crumbs().size() == 3);
    CHECK(r.crumbs()[2].kind == ScriptRunner::Crumb::Kind::Jump);
    CHECK(r.crumbs()[2].label == QStringLiteral("Следующий сценарий"));
    REQUIRE(r.choose(1).ok()); // «Нет» → r2
    CHECK(at(r) == QStringLiteral("t-next/r2"));

    QList<CallScriptRun> runs = r.runs();
    REQUIRE(runs.size() == 2);
    CHECK(runs[0] == CallScriptRun{QStringLiteral("t-ok"),
                                   {QStringLiteral("q1"), QStringLiteral("i1"), QStringLiteral("r1")},
                                   End::Jumped});
    CHECK(runs[1] ==
          CallScriptRun{QStringLiteral("t-next"), {QStringLiteral("q1"), QStringLiteral("r2")}, End::Result});

    REQUIRE(r.back());
    CHECK(at(r) == QStringLiteral("t-next/q1"));
    REQUIRE(r.back()); // over the jump, to the information that led to it
    CHECK(at(r) == QStringLiteral("t-ok/i1"));
    runs = r.runs();
    REQUIRE(runs.size() == 1);
    CHECK(runs[0] ==
          CallScriptRun{QStringLiteral("t-ok"), {QStringLiteral("q1"), QStringLiteral("i1")}, End::Abandoned});
    REQUIRE(r.back());
    CHECK(at(r) == QStringLiteral("t-ok/q1"));
    CHECK(r.history().size() == 1);
    CHECK(r.history().first().answer == -1); // the answer taken there is forgotten
    REQUIRE(r.choose(1).ok());
    CHECK(at(r) == QStringLiteral("t-ok/r2"));
}

TEST_CASE("Restart begins the started script again and keeps the abandoned run", "[scripts][runner]") {
    Library lib;
    ScriptRunner r(lib.lookup());
    REQUIRE(r.start(QStringLiteral("t-ok")).ok());
    REQUIRE(r.choose(0).ok());
    REQUIRE(r.next().ok());
    CHECK(at(r) == QStringLiteral("t-next/q1"));
    REQUIRE(r.restart().ok());
    CHECK(at(r) == QStringLiteral("t-ok/q1"));
    CHECK(r.history().size() == 1);
    REQUIRE(r.choose(1).ok());

    const QList<CallScriptRun> runs = r.runs();
    REQUIRE(runs.size() == 3);
    CHECK(runs[0].end == End::Jumped);
    CHECK(runs[1] == CallScriptRun{QStringLiteral("t-next"), {QStringLiteral("q1")}, End::Abandoned});
    CHECK(runs[2] == CallScriptRun{QStringLiteral("t-ok"), {QStringLiteral("q1"), QStringLiteral("r2")}, End::Result});

    // A call starts now: what came before is not its; the current run stays.
    r.clearRuns();
    REQUIRE(r.runs().size() == 1);
    CHECK(r.runs()[0].end == End::Result);
    r.stop();
    CHECK_FALSE(r.isRunning());
    CHECK(r.runs().size() == 1);
}

TEST_CASE("The runner reports a script or step that is not there instead of failing", "[scripts][runner]") {
    Library lib;
    ScriptRunner r(lib.lookup());
    CHECK(r.start(QStringLiteral("net-takogo")).error().code == Error::Code::NotFound);
    CHECK_FALSE(r.isRunning());
    lib.scripts[QStringLiteral("t-next")].nodes[0].answers[1].to = QStringLiteral("r9");
    REQUIRE(r.start(QStringLiteral("t-next")).ok());
    const Status st = r.choose(1);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message.contains(QStringLiteral("r9")));
    CHECK(at(r) == QStringLiteral("t-next/q1")); // still where it was
    CHECK(r.history().last().answer == -1);
}

TEST_CASE("A result takes what it does not set from its article", "[scripts][runner]") {
    const Script s = validScript();
    const auto r1 = scripts::resolveResult(*s.node(QStringLiteral("r1")), shippedKb());
    REQUIRE(r1.has_value());
    const kb::Article* article = shippedKb().article(QStringLiteral("subsidiya-modernizatsiya"));
    CHECK(r1->articleId == article->id);
    CHECK(r1->kind == article->kind);
    CHECK(r1->agencies == article->agencies);
    CHECK(r1->category == article->category);

    const auto r2 = scripts::resolveResult(*s.node(QStringLiteral("r2")), shippedKb());
    REQUIRE(r2.has_value());
    CHECK(r2->articleId.isEmpty());
    CHECK(r2->kind == domain::AppealKind::Task);
    CHECK(r2->days == 3);
    CHECK(r2->agencies == QStringList{QStringLiteral("mininvest")});

    const auto r3 = scripts::resolveResult(*s.node(QStringLiteral("r3")), shippedKb());
    REQUIRE(r3.has_value());
    CHECK(r3->kind == domain::AppealKind::Complaint);
    CHECK_FALSE(r3->roadmap.isEmpty());

    scripts::Node over = *s.node(QStringLiteral("r1"));
    over.kind = QStringLiteral("task");
    over.days = 4;
    over.agencies = QStringList{QStringLiteral("omsu")};
    over.algorithm = QStringLiteral("omsu");
    const auto r4 = scripts::resolveResult(over, shippedKb());
    REQUIRE(r4.has_value());
    CHECK(r4->kind == domain::AppealKind::Task);
    CHECK(r4->days == 4);
    CHECK(r4->agencies == QStringList{QStringLiteral("omsu")});
    CHECK(r4->algorithm == domain::Algorithm::Omsu);
    CHECK(r4->articleId == article->id);
}
