#include "DiffHtml.h"

namespace hotline::ui {

namespace {

using kbedit::DiffLine;
using kbedit::DiffSpan;

QString spans(const QList<DiffSpan>& parts, const char* mark) {
    QString out;
    for (const DiffSpan& s : parts) {
        if (s.changed)
            out += QStringLiteral("<span style=\"background-color:%1;\">%2</span>")
                       .arg(QLatin1String(mark), s.text.toHtmlEscaped());
        else
            out += s.text.toHtmlEscaped();
    }
    return out;
}

QString row(const QString& sign, int number, const QString& html, const char* background) {
    return QStringLiteral("<tr style=\"background-color:%1;\"><td style=\"color:#777777;\" align=\"right\">%2</td>"
                          "<td><b>%3</b></td><td>%4</td></tr>")
        .arg(QLatin1String(background), number > 0 ? QString::number(number) : QString(), sign,
             html.isEmpty() ? QStringLiteral("&nbsp;") : html);
}

} // namespace

QString DiffHtml::render(const QList<DiffLine>& diff, const QString& removedLabel, const QString& addedLabel,
                         int context) {
    const QList<QList<DiffLine>> hunks = kbedit::LineDiff::hunks(diff, context);
    if (hunks.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(tr("The texts are the same.").toHtmlEscaped());
    QString html =
        QStringLiteral("<p><span style=\"background-color:#fbe3e3;\">&nbsp;−&nbsp;%1&nbsp;</span>&nbsp;&nbsp;"
                       "<span style=\"background-color:#e0f4e0;\">&nbsp;+&nbsp;%2&nbsp;</span>&nbsp;&nbsp;%3</p>")
            .arg(removedLabel.toHtmlEscaped(), addedLabel.toHtmlEscaped(),
                 tr("%n line(s) differ", nullptr, kbedit::LineDiff::countChanged(diff)).toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    for (qsizetype h = 0; h < hunks.size(); ++h) {
        const QList<DiffLine>& hunk = hunks.at(h);
        if (h > 0)
            html += QStringLiteral("<tr><td></td><td></td><td style=\"color:#777777;\">…</td></tr>");
        for (qsizetype i = 0; i < hunk.size(); ++i) {
            const DiffLine& l = hunk.at(i);
            if (l.kind == DiffLine::Kind::Same) {
                html += row(QString(), l.newLine, l.text.toHtmlEscaped(), "#ffffff");
                continue;
            }
            // A run of removed lines followed by added ones: pair them up to mark the changed words.
            qsizetype end = i;
            while (end < hunk.size() && hunk.at(end).kind == DiffLine::Kind::Removed)
                ++end;
            qsizetype addEnd = end;
            while (addEnd < hunk.size() && hunk.at(addEnd).kind == DiffLine::Kind::Added)
                ++addEnd;
            const qsizetype removed = end - i;
            const qsizetype added = addEnd - end;
            for (qsizetype k = 0; k < removed; ++k) {
                const DiffLine& r = hunk.at(i + k);
                const QString text =
                    k < added ? spans(kbedit::LineDiff::words(r.text, hunk.at(end + k).text).first, "#f3b5b5")
                              : r.text.toHtmlEscaped();
                html += row(QStringLiteral("−"), r.oldLine, text, "#fbe3e3");
            }
            for (qsizetype k = 0; k < added; ++k) {
                const DiffLine& a = hunk.at(end + k);
                const QString text = k < removed
                                         ? spans(kbedit::LineDiff::words(hunk.at(i + k).text, a.text).second, "#a9dfa9")
                                         : a.text.toHtmlEscaped();
                html += row(QStringLiteral("+"), a.newLine, text, "#e0f4e0");
            }
            i = addEnd - 1;
        }
    }
    return html + QStringLiteral("</table>");
}

} // namespace hotline::ui
