#include "LineDiff.h"

#include <QRegularExpression>
#include <vector>

namespace hotline::kbedit {

namespace {

enum class Op { Same, Del, Ins };

// Myers' O(ND) difference of a and b (after the common prefix and suffix are cut off by the caller):
// the edit script as a sequence of operations.
std::vector<Op> myers(const QStringList& a, const QStringList& b, qsizetype a0, qsizetype a1, qsizetype b0,
                      qsizetype b1) {
    const qsizetype n = a1 - a0;
    const qsizetype m = b1 - b0;
    std::vector<Op> ops;
    auto replaceAll = [&] {
        ops.assign(size_t(n), Op::Del);
        ops.insert(ops.end(), size_t(m), Op::Ins);
        return ops;
    };
    if (n == 0 || m == 0)
        return replaceAll();
    const qsizetype limit = std::min<qsizetype>(n + m, LineDiff::kMaxEdits);
    const qsizetype offset = limit + 1;
    std::vector<qsizetype> v(size_t(2 * limit + 3), 0);
    // The frontier before each step d, only the diagonals -d-1..d+1 it can use: index k + d + 1.
    std::vector<std::vector<qsizetype>> trace;
    qsizetype found = -1;
    for (qsizetype d = 0; d <= limit && found < 0; ++d) {
        trace.emplace_back(v.begin() + (offset - d - 1), v.begin() + (offset + d + 2));
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x;
            if (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                x = v[size_t(offset + k + 1)];
            else
                x = v[size_t(offset + k - 1)] + 1;
            qsizetype y = x - k;
            while (x < n && y < m && a.at(a0 + x) == b.at(b0 + y)) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0)
        return replaceAll();
    // Walk back through the saved frontiers.
    qsizetype x = n;
    qsizetype y = m;
    std::vector<Op> reversed;
    for (qsizetype d = found; d > 0; --d) {
        const std::vector<qsizetype>& pv = trace[size_t(d)];
        auto at = [&pv, d](qsizetype k) { return pv[size_t(k + d + 1)]; };
        const qsizetype k = x - y;
        qsizetype prevK;
        if (k == -d || (k != d && at(k - 1) < at(k + 1)))
            prevK = k + 1;
        else
            prevK = k - 1;
        const qsizetype prevX = at(prevK);
        const qsizetype prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            reversed.push_back(Op::Same);
            --x;
            --y;
        }
        reversed.push_back(x == prevX ? Op::Ins : Op::Del);
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        reversed.push_back(Op::Same);
        --x;
        --y;
    }
    ops.assign(reversed.rbegin(), reversed.rend());
    return ops;
}

} // namespace

QList<DiffLine> LineDiff::compute(const QStringList& a, const QStringList& b) {
    qsizetype start = 0;
    while (start < a.size() && start < b.size() && a.at(start) == b.at(start))
        ++start;
    qsizetype endA = a.size();
    qsizetype endB = b.size();
    while (endA > start && endB > start && a.at(endA - 1) == b.at(endB - 1)) {
        --endA;
        --endB;
    }
    QList<DiffLine> out;
    for (qsizetype i = 0; i < start; ++i)
        out.append({DiffLine::Kind::Same, a.at(i), int(i + 1), int(i + 1)});
    qsizetype i = start;
    qsizetype j = start;
    for (const Op op : myers(a, b, start, endA, start, endB)) {
        switch (op) {
        case Op::Same:
            out.append({DiffLine::Kind::Same, a.at(i), int(i + 1), int(j + 1)});
            ++i;
            ++j;
            break;
        case Op::Del:
            out.append({DiffLine::Kind::Removed, a.at(i), int(i + 1), 0});
            ++i;
            break;
        case Op::Ins:
            out.append({DiffLine::Kind::Added, b.at(j), 0, int(j + 1)});
            ++j;
            break;
        }
    }
    for (; i < a.size(); ++i, ++j)
        out.append({DiffLine::Kind::Same, a.at(i), int(i + 1), int(j + 1)});
    return out;
}

QList<DiffLine> LineDiff::compute(const QString& before, const QString& after) {
    auto split = [](const QString& t) {
        if (t.isEmpty())
            return QStringList{};
        QStringList lines = t.split(QLatin1Char('\n'));
        if (t.endsWith(QLatin1Char('\n')))
            lines.removeLast();
        return lines;
    };
    return compute(split(before), split(after));
}

QList<QList<DiffLine>> LineDiff::hunks(const QList<DiffLine>& diff, int context) {
    QList<QList<DiffLine>> out;
    qsizetype i = 0;
    while (i < diff.size()) {
        while (i < diff.size() && diff.at(i).kind == DiffLine::Kind::Same)
            ++i;
        if (i >= diff.size())
            break;
        qsizetype begin = std::max<qsizetype>(0, i - context);
        qsizetype end = i;
        // Extend while the next change is within 2 × context unchanged lines.
        while (end < diff.size()) {
            while (end < diff.size() && diff.at(end).kind != DiffLine::Kind::Same)
                ++end;
            qsizetype same = end;
            while (same < diff.size() && diff.at(same).kind == DiffLine::Kind::Same)
                ++same;
            if (same < diff.size() && same - end <= 2 * context)
                end = same;
            else
                break;
        }
        const qsizetype stop = std::min<qsizetype>(diff.size(), end + context);
        out.append(diff.mid(begin, stop - begin));
        i = stop;
    }
    return out;
}

QString LineDiff::unified(const QString& before, const QString& after, int context) {
    QString out;
    for (const QList<DiffLine>& hunk : hunks(compute(before, after), context)) {
        int oldStart = 0, oldCount = 0, newStart = 0, newCount = 0;
        for (const DiffLine& l : hunk) {
            if (l.kind != DiffLine::Kind::Added) {
                oldStart = oldStart ? oldStart : l.oldLine;
                ++oldCount;
            }
            if (l.kind != DiffLine::Kind::Removed) {
                newStart = newStart ? newStart : l.newLine;
                ++newCount;
            }
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(oldStart).arg(oldCount).arg(newStart).arg(newCount);
        for (const DiffLine& l : hunk) {
            const QChar mark = l.kind == DiffLine::Kind::Same      ? QLatin1Char(' ')
                               : l.kind == DiffLine::Kind::Removed ? QLatin1Char('-')
                                                                   : QLatin1Char('+');
            out += mark + l.text + QLatin1Char('\n');
        }
    }
    return out;
}

std::pair<QList<DiffSpan>, QList<DiffSpan>> LineDiff::words(const QString& before, const QString& after) {
    static const QRegularExpression token(QStringLiteral(R"(\s+|[^\s]+)"));
    auto tokens = [](const QString& s) {
        QStringList out;
        for (auto it = token.globalMatch(s); it.hasNext();)
            out << it.next().captured(0);
        return out;
    };
    QList<DiffSpan> left, right;
    auto add = [](QList<DiffSpan>& spans, const QString& text, bool changed) {
        if (!spans.isEmpty() && spans.last().changed == changed)
            spans.last().text += text;
        else
            spans.append({text, changed});
    };
    for (const DiffLine& w : compute(tokens(before), tokens(after))) {
        const bool space = w.text.trimmed().isEmpty();
        if (w.kind != DiffLine::Kind::Added)
            add(left, w.text, w.kind == DiffLine::Kind::Removed && !space);
        if (w.kind != DiffLine::Kind::Removed)
            add(right, w.text, w.kind == DiffLine::Kind::Added && !space);
    }
    return {left, right};
}

int LineDiff::countChanged(const QList<DiffLine>& diff) {
    int n = 0;
    for (const DiffLine& l : diff)
        n += l.kind != DiffLine::Kind::Same;
    return n;
}

} // namespace hotline::kbedit
