// The script check, one error kind at a time: each problem names the file, the node's line and the node.
#include "ScriptTestData.h"

#include <QDir>
#include <QFile>

using namespace hotline;
using namespace hotline::test;
using scripts::Answer;
using scripts::Node;
using scripts::NodeType;
using scripts::Script;

namespace {

const QString kFile = QStringLiteral("scripts/t-ok.json");

Script second(const QString& id, const QString& jumpTo) {
    Script s = validScript();
    s.id = id;
    s.filePath = QStringLiteral("scripts/%1.json").arg(id);
    s.nodes[2].type = NodeType::Jump; // r1 (line 6) goes on in `jumpTo`
    s.nodes[2].article.clear();
    s.nodes[2].script = jumpTo;
    return s;
}

} // namespace

TEST_CASE("A valid script passes the check", "[scripts][check]") {
    const kb::KbIssues issues = check({validScript()});
    dump(issues);
    CHECK(issues.isEmpty());
}

TEST_CASE("Bad JSON is reported with its line and the script is skipped", "[scripts][check]") {
    QByteArray broken = kValidScript;
    broken.replace("\"next\": \"r1\"", "\"next\" \"r1\""); // line 5
    const auto out = scripts::ScriptFormat::parse(broken, kFile);
    CHECK_FALSE(out.script.has_value());
    REQUIRE(out.issues.size() == 1);
    CHECK(out.issues.first().line == 5);
    CHECK(out.issues.first().fatal);
}

TEST_CASE("Missing fields and unknown keys are reported", "[scripts][check]") {
    QByteArray json = kValidScript;
    json.replace("\"title\": \"Проверочный сценарий\", ", "");
    json.replace("\"next\": \"r1\"", "\"nxt\": \"r1\"");
    const auto out = scripts::ScriptFormat::parse(json, kFile);
    REQUIRE(out.script.has_value());
    dump(out.issues);
    CHECK(countIssues(out.issues, kFile, 1, {QStringLiteral("«title»")}) == 1);
    CHECK(countIssues(out.issues, kFile, 5, {QStringLiteral("i1"), QStringLiteral("nxt")}) == 1);
}

TEST_CASE("An answer leading to a node that does not exist is an error at that node", "[scripts][check]") {
    Script s = validScript();
    s.nodes[0].answers[1].to = QStringLiteral("r9");
    const kb::KbIssues issues = check({s});
    dump(issues);
    CHECK(countIssues(issues, kFile, 4, {QStringLiteral("«q1»"), QStringLiteral("r9")}) == 1);
    // r2 lost its only way in.
    CHECK(countIssues(issues, kFile, 7, {QStringLiteral("«r2»"), QStringLiteral("недостиж")}) == 1);
}

TEST_CASE("A node no path reaches is an error at that node", "[scripts][check]") {
    Script s = validScript();
    Node lost;
    lost.id = QStringLiteral("r4");
    lost.type = NodeType::Result;
    lost.article = QStringLiteral("subsidiya-modernizatsiya");
    lost.line = 9;
    s.nodes.append(lost);
    const kb::KbIssues issues = check({s});
    dump(issues);
    REQUIRE(issues.size() == 1);
    CHECK(countIssues(issues, kFile, 9, {QStringLiteral("«r4»"), QStringLiteral("недостиж")}) == 1);
}

TEST_CASE("Dead ends that are not results are errors", "[scripts][check]") {
    SECTION("a question without answers") {
        Script s = validScript();
        s.nodes[0].answers.clear();
        CHECK(countIssues(check({s}), kFile, 4, {QStringLiteral("«q1»"), QStringLiteral("тупик")}) == 1);
    }
    SECTION("information without next") {
        Script s = validScript();
        s.nodes[1].next.clear();
        CHECK(countIssues(check({s}), kFile, 5, {QStringLiteral("«i1»"), QStringLiteral("тупик")}) == 1);
    }
    SECTION("a jump without a script") {
        Script s = second(QStringLiteral("t-ok"), {});
        s.filePath = kFile;
        CHECK(countIssues(check({s}), kFile, 6, {QStringLiteral("«r1»"), QStringLiteral("тупик")}) == 1);
    }
}

TEST_CASE("A loop inside a script is an error naming the nodes", "[scripts][check]") {
    Script s = validScript();
    s.nodes[1].next = QStringLiteral("q1"); // q1 → i1 → q1
    const kb::KbIssues issues = check({s});
    dump(issues);
    REQUIRE(countIssues(issues, kFile, -1, {QStringLiteral("цикл")}) == 1);
    CHECK(countIssues(issues, kFile, 5, {QStringLiteral("q1 → i1 → q1")}) == 1);
}

TEST_CASE("A loop across scripts through jumps is an error", "[scripts][check]") {
    const Script a = second(QStringLiteral("t-a"), QStringLiteral("t-b"));
    const Script b = second(QStringLiteral("t-b"), QStringLiteral("t-a"));
    const kb::KbIssues issues = check({a, b});
    dump(issues);
    // Reported once, at the jump that closes the loop, with both scripts' nodes named.
    REQUIRE(countIssues(issues, QStringLiteral("scripts/t-b.json"), 6,
                        {QStringLiteral("цикл"), QStringLiteral("t-a/")}) == 1);
    CHECK(countIssues(issues, QStringLiteral("scripts/t-a.json"), -1, {QStringLiteral("цикл")}) == 0);
    // Without the way back it is fine.
    Script c = b;
    c.nodes[2].script.clear();
    c.nodes[2].type = NodeType::Result;
    c.nodes[2].article = QStringLiteral("subsidiya-modernizatsiya");
    const kb::KbIssues fine = check({a, c});
    dump(fine);
    CHECK(fine.isEmpty());
}

TEST_CASE("A jump to a script that does not exist is an error", "[scripts][check]") {
    const Script a = second(QStringLiteral("t-a"), QStringLiteral("net-takogo"));
    CHECK(countIssues(check({a}), QStringLiteral("scripts/t-a.json"), 6, {QStringLiteral("net-takogo")}) == 1);
}

TEST_CASE("Unknown articles, agencies, kinds, algorithms and categories are errors at the node", "[scripts][check]") {
    Script s = validScript();
    s.nodes[2].article = QStringLiteral("net-takoy-stati");
    s.nodes[3].agencies = QStringList{QStringLiteral("mininvest"), QStringLiteral("minfantaziy")};
    s.nodes[3].algorithm = QStringLiteral("sometimes");
    s.nodes[3].category = QStringLiteral("podderzhka"); // a top category
    const kb::KbIssues issues = check({s});
    dump(issues);
    CHECK(countIssues(issues, kFile, 6, {QStringLiteral("«r1»"), QStringLiteral("net-takoy-stati")}) == 1);
    CHECK(countIssues(issues, kFile, 7, {QStringLiteral("«r2»"), QStringLiteral("minfantaziy")}) == 1);
    CHECK(countIssues(issues, kFile, 7, {QStringLiteral("«r2»"), QStringLiteral("sometimes")}) == 1);
    CHECK(countIssues(issues, kFile, 7, {QStringLiteral("«r2»"), QStringLiteral("podderzhka")}) == 1);

    Script k = validScript();
    k.nodes[3].kind = QStringLiteral("urgent");
    CHECK(countIssues(check({k}), kFile, 7, {QStringLiteral("«r2»"), QStringLiteral("urgent")}) == 1);

    Script c = validScript();
    c.category = QStringLiteral("net-kategorii");
    CHECK(countIssues(check({c}), kFile, 1, {QStringLiteral("net-kategorii")}) == 1);
}

TEST_CASE("An abolished agency is an error that names its successor", "[scripts][check]") {
    Script s = validScript();
    s.nodes[3].agencies = QStringList{QStringLiteral("minpotrebrynok")};
    CHECK(countIssues(check({s}), kFile, 7, {QStringLiteral("minpotrebrynok"), QStringLiteral("minselkhozprod")}) == 1);
}

TEST_CASE("A result that sets a task without days is an error", "[scripts][check]") {
    Script s = validScript();
    s.nodes[3].days = 0;
    CHECK(countIssues(check({s}), kFile, 7, {QStringLiteral("«r2»"), QStringLiteral("days")}) == 1);
    s.nodes[3].days = 7;
    CHECK(countIssues(check({s}), kFile, 7, {QStringLiteral("«r2»"), QStringLiteral("7")}) == 1);
    Script simple = validScript();
    simple.nodes[3].kind = QStringLiteral("simple");
    CHECK(countIssues(check({simple}), kFile, 7, {QStringLiteral("«r2»"), QStringLiteral("days")}) == 1);
}

TEST_CASE("A complaint result needs a complaint article's roadmap", "[scripts][check]") {
    Script s = validScript();
    s.nodes[3].kind = QStringLiteral("complaint");
    s.nodes[3].days = 0;
    CHECK(countIssues(check({s}), kFile, 7, {QStringLiteral("«r2»"), QStringLiteral("дорожн")}) == 1);
}

TEST_CASE("A result that does nothing is an error", "[scripts][check]") {
    Script s = validScript();
    s.nodes[3].kind.clear();
    s.nodes[3].days = 0;
    const kb::KbIssues issues = check({s});
    dump(issues);
    CHECK(countIssues(issues, kFile, 7, {QStringLiteral("«r2»")}) >= 1);
}

TEST_CASE("More answers than number keys, unknown placeholders and fields of another type are errors",
          "[scripts][check]") {
    Script s = validScript();
    for (int i = 0; i < 7; ++i)
        s.nodes[0].answers.append({QStringLiteral("Ещё %1").arg(i), QStringLiteral("r1")});
    s.nodes[1].text = QStringLiteral("Ответ придёт {{когда-нибудь}}.");
    s.nodes[2].next = QStringLiteral("q1");
    const kb::KbIssues issues = check({s});
    dump(issues);
    CHECK(countIssues(issues, kFile, 4, {QStringLiteral("«q1»"), QStringLiteral("10")}) == 1);
    CHECK(countIssues(issues, kFile, 5, {QStringLiteral("«i1»"), QStringLiteral("когда-нибудь")}) == 1);
    CHECK(countIssues(issues, kFile, 6, {QStringLiteral("«r1»"), QStringLiteral("next")}) == 1);
}

TEST_CASE("Duplicate node ids, a missing start and ids that clash are errors", "[scripts][check]") {
    Script s = validScript();
    s.nodes[3].id = QStringLiteral("r1");
    CHECK(countIssues(check({s}), kFile, 7, {QStringLiteral("«r1»")}) >= 1);

    Script start = validScript();
    start.start = QStringLiteral("q0");
    CHECK(countIssues(check({start}), kFile, 1, {QStringLiteral("q0")}) == 1);

    Script clash = validScript();
    clash.id = QStringLiteral("subsidiya-modernizatsiya");
    const kb::KbIssues issues = check({clash});
    CHECK(countIssues(issues, kFile, 1, {QStringLiteral("subsidiya-modernizatsiya")}) == 2); // file name and article
}

TEST_CASE("Every shipped script is written back byte for byte", "[scripts][format]") {
    const QDir dir(kbDir() + QStringLiteral("/scripts"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    REQUIRE(files.size() >= 10);
    for (const QString& name : files) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        const Script s = parseScript(data, QStringLiteral("scripts/") + name);
        INFO(name.toStdString());
        CHECK(scripts::ScriptFormat::toJson(s) == data);
        CHECK(parseScript(scripts::ScriptFormat::toJson(s), QStringLiteral("scripts/") + name) == s);
    }
}

TEST_CASE("The shipped scripts pass the check and each reaches at least two results", "[scripts][check]") {
    const kb::KnowledgeBase& kb = shippedKb();
    REQUIRE(kb.scripts().size() >= 10);
    const kb::KbIssues issues = check(kb.scripts());
    dump(issues);
    CHECK(issues.isEmpty());
    for (const Script& s : kb.scripts()) {
        INFO(s.id.toStdString());
        int results = 0;
        for (const Node& n : s.nodes)
            results += n.type == NodeType::Result;
        CHECK(results >= 2);
        CHECK_FALSE(s.sources.isEmpty());
    }
}
