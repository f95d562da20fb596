#pragma once

#include "kbedit/LineDiff.h"

#include <QCoreApplication>

namespace hotline::ui {

// A line difference as HTML for a QTextBrowser: the changed lines with a few unchanged ones around them, a
// line taken away on red with "−", a line added on green with "+", the changed words of a replaced line marked.
class DiffHtml {
    Q_DECLARE_TR_FUNCTIONS(DiffHtml)

public:
    // `removedLabel` / `addedLabel` say what each side is ("only in your text", "only on the server").
    static QString render(const QList<kbedit::DiffLine>& diff, const QString& removedLabel, const QString& addedLabel,
                          int context = 2);
};

} // namespace hotline::ui
