// The line difference the editor shows for a conflict and in the history.

#include "kbedit/LineDiff.h"

#include "CatchQt.h"

#include <QRandomGenerator>

using namespace hotline::kbedit;
using Kind = DiffLine::Kind;

namespace {

// Applying the difference to the first text gives the second; every line of the first appears once.
void requireConsistent(const QStringList& a, const QStringList& b, const QList<DiffLine>& diff) {
    QStringList rebuiltA, rebuiltB;
    for (const DiffLine& l : diff) {
        if (l.kind != Kind::Added) {
            rebuiltA << l.text;
            CHECK(l.oldLine == rebuiltA.size());
        }
        if (l.kind != Kind::Removed) {
            rebuiltB << l.text;
            CHECK(l.newLine == rebuiltB.size());
        }
    }
    CHECK(rebuiltA == a);
    CHECK(rebuiltB == b);
}

// The length of the longest common subsequence (the minimal diff keeps exactly that many lines).
int lcs(const QStringList& a, const QStringList& b) {
    QList<QList<int>> t(a.size() + 1, QList<int>(b.size() + 1, 0));
    for (qsizetype i = a.size() - 1; i >= 0; --i)
        for (qsizetype j = b.size() - 1; j >= 0; --j)
            t[i][j] = a.at(i) == b.at(j) ? t[i + 1][j + 1] + 1 : std::max(t[i + 1][j], t[i][j + 1]);
    return t[0][0];
}

int kept(const QList<DiffLine>& diff) {
    int n = 0;
    for (const DiffLine& l : diff)
        n += l.kind == Kind::Same;
    return n;
}

} // namespace

TEST_CASE("Line diff: one changed line among unchanged ones", "[kbedit][diff]") {
    const QString mine = QStringLiteral("## Скрипт ответа\nСрок — 5 дней.\n## Документы\n- Паспорт\n");
    const QString server = QStringLiteral("## Скрипт ответа\nСрок — 7 дней.\n## Документы\n- Паспорт\n- ИНН\n");
    const QList<DiffLine> d = LineDiff::compute(mine, server);
    REQUIRE(d.size() == 6);
    CHECK(d.at(0).kind == Kind::Same);
    CHECK(d.at(1).kind == Kind::Removed);
    CHECK(d.at(1).text == QStringLiteral("Срок — 5 дней."));
    CHECK(d.at(1).oldLine == 2);
    CHECK(d.at(2).kind == Kind::Added);
    CHECK(d.at(2).text == QStringLiteral("Срок — 7 дней."));
    CHECK(d.at(2).newLine == 2);
    CHECK(d.at(5).kind == Kind::Added);
    CHECK(d.at(5).text == QStringLiteral("- ИНН"));
    CHECK(LineDiff::countChanged(d) == 3);

    CHECK(LineDiff::unified(mine, server, 1) == QStringLiteral("@@ -1,4 +1,5 @@\n"
                                                               " ## Скрипт ответа\n"
                                                               "-Срок — 5 дней.\n"
                                                               "+Срок — 7 дней.\n"
                                                               " ## Документы\n"
                                                               " - Паспорт\n"
                                                               "+- ИНН\n"));
}

TEST_CASE("Line diff: equal, empty and disjoint texts", "[kbedit][diff]") {
    CHECK(LineDiff::countChanged(LineDiff::compute(QStringLiteral("a\nb\n"), QStringLiteral("a\nb\n"))) == 0);
    CHECK(LineDiff::hunks(LineDiff::compute(QStringLiteral("a\nb"), QStringLiteral("a\nb"))).isEmpty());
    CHECK(LineDiff::unified(QStringLiteral("x"), QStringLiteral("x")).isEmpty());
    const auto fromEmpty = LineDiff::compute(QString(), QStringLiteral("a\nb\n"));
    REQUIRE(fromEmpty.size() == 2);
    CHECK(fromEmpty.at(0).kind == Kind::Added);
    const auto disjoint = LineDiff::compute(QStringList{QStringLiteral("a")}, QStringList{QStringLiteral("b")});
    REQUIRE(disjoint.size() == 2);
    CHECK(disjoint.at(0).kind == Kind::Removed);
    CHECK(disjoint.at(1).kind == Kind::Added);
}

TEST_CASE("Line diff: hunks keep context and separate distant changes", "[kbedit][diff]") {
    QStringList a, b;
    for (int i = 1; i <= 30; ++i)
        a << QStringLiteral("строка %1").arg(i);
    b = a;
    b[2] = QStringLiteral("изменено 3");
    b[25] = QStringLiteral("изменено 26");
    const auto hunks = LineDiff::hunks(LineDiff::compute(a, b), 2);
    REQUIRE(hunks.size() == 2);
    CHECK(hunks.at(0).first().text == QStringLiteral("строка 1"));
    CHECK(hunks.at(0).last().text == QStringLiteral("строка 5"));
    CHECK(hunks.at(1).first().oldLine == 24);
    // Close changes share one hunk.
    b[6] = QStringLiteral("изменено 7");
    CHECK(LineDiff::hunks(LineDiff::compute(a, b), 2).size() == 2);
}

TEST_CASE("Line diff: random edits give a minimal, consistent difference", "[kbedit][diff]") {
    QRandomGenerator rng(20261123);
    for (int round = 0; round < 300; ++round) {
        QStringList a;
        const int n = int(rng.bounded(25));
        for (int i = 0; i < n; ++i)
            a << QString::number(rng.bounded(6)); // few distinct lines: many ways to match
        QStringList b = a;
        const int edits = int(rng.bounded(8));
        for (int e = 0; e < edits; ++e) {
            const int op = int(rng.bounded(3));
            if (op == 0 || b.isEmpty())
                b.insert(int(rng.bounded(int(b.size()) + 1)), QString::number(rng.bounded(6)));
            else if (op == 1)
                b.removeAt(int(rng.bounded(int(b.size()))));
            else
                b[int(rng.bounded(int(b.size())))] = QString::number(rng.bounded(6));
        }
        INFO("a=" << a.join(QLatin1Char(',')).toStdString() << " b=" << b.join(QLatin1Char(',')).toStdString());
        const auto d = LineDiff::compute(a, b);
        requireConsistent(a, b, d);
        CHECK(kept(d) == lcs(a, b));
    }
}

TEST_CASE("Word diff marks the changed words of a long paragraph", "[kbedit][diff]") {
    const auto [left, right] = LineDiff::words(QStringLiteral("Ответ поступит до {{срок}}, срок 5 дней."),
                                               QStringLiteral("Ответ поступит до {{срок}}, срок 7 рабочих дней."));
    QString removed, added;
    for (const DiffSpan& s : left)
        removed += s.changed ? s.text : QString();
    for (const DiffSpan& s : right)
        added += s.changed ? s.text : QString();
    CHECK(removed == QStringLiteral("5"));
    CHECK(added.contains(QStringLiteral("7")));
    CHECK(added.contains(QStringLiteral("рабочих")));
    QString whole;
    for (const DiffSpan& s : right)
        whole += s.text;
    CHECK(whole == QStringLiteral("Ответ поступит до {{срок}}, срок 7 рабочих дней."));
}
