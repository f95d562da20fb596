#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hotline::kbedit {

// One line of a difference between two texts.
struct DiffLine {
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    int oldLine = 0; // 1-based line in the first text, 0 for an added line
    int newLine = 0; // 1-based line in the second text, 0 for a removed line
};

// A piece of a changed line, for showing which words differ.
struct DiffSpan {
    QString text;
    bool changed = false;
};

// The shortest line difference of two texts (Myers' algorithm), grouped into hunks with context, and the
// word difference inside a changed line (article paragraphs are long single lines).
class LineDiff {
public:
    // Texts that differ in more lines than this are shown as replaced whole (keeps big pastes fast).
    static constexpr int kMaxEdits = 1000;

    static QList<DiffLine> compute(const QStringList& before, const QStringList& after);
    static QList<DiffLine> compute(const QString& before, const QString& after);

    // Runs of changes with `context` unchanged lines around them; an empty list when the texts are equal.
    static QList<QList<DiffLine>> hunks(const QList<DiffLine>& diff, int context = 3);
    // The classic unified format ("@@ -a,b +c,d @@", "-", "+", " ").
    static QString unified(const QString& before, const QString& after, int context = 3);

    // The words (and the spaces between them) of a removed and an added line, changed ones marked.
    static std::pair<QList<DiffSpan>, QList<DiffSpan>> words(const QString& before, const QString& after);

    static int countChanged(const QList<DiffLine>& diff); // removed + added lines
};

} // namespace hotline::kbedit
