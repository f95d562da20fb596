#include "CallDetailView.h"

#include "calllog/CallLogTableModel.h"
#include "domain/MoscowTime.h"
#include "net/CallPlanner.h"

namespace hotline::ui {

namespace {

QString moscow(const QDateTime& t) {
    return t.isValid() ? domain::toMoscow(t).toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QString();
}

QString row(const QString& name, const QString& value) {
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(name.toHtmlEscaped(), value.toHtmlEscaped());
}

QString duration(int seconds) {
    return seconds > 0 ? QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'))
                       : QString();
}

} // namespace

CallDetailView::CallDetailView(QWidget* parent)
    : QTextBrowser(parent) {
    setOpenLinks(false);
}

void CallDetailView::clearRecord() {
    m_issueId = 0;
    m_fields.clear();
    m_history.clear();
    clear();
}

void CallDetailView::showRecord(const calllog::CallLogRecord& r, const QDateTime& deadline,
                                calllog::DeadlineState state) {
    m_issueId = r.issueId;
    QStringList searches;
    for (const call::CallSearch& s : net::searchesFromText(r.searches))
        searches
            << (s.hits == 0
                    ? tr("%1 (nothing found)").arg(s.query)
                    : tr("%1 (found: %2)").arg(s.query, s.hits < 0 ? QStringLiteral("?") : QString::number(s.hits)));
    m_fields = QStringLiteral("<h3>#%1 %2</h3><table>").arg(QString::number(r.issueId), r.subject.toHtmlEscaped()) +
               row(tr("Kind"), r.tracker) + row(tr("Status"), r.status) + row(tr("Call start"), moscow(r.when())) +
               row(tr("Duration"), duration(r.callSeconds)) + row(tr("Operator"), r.operatorName) +
               row(tr("Channel"), r.channel) + row(tr("Category"), r.category) + row(tr("Call result"), r.result) +
               row(tr("KB articles opened"), r.allArticles().join(QStringLiteral(", "))) +
               row(tr("Searches"), searches.join(QStringLiteral("; "))) + row(tr("Deadline"), moscow(deadline)) +
               row(tr("Deadline state"), calllog::CallLogTableModel::stateTitle(state)) +
               row(tr("Closed"), moscow(r.closedOn)) + row(tr("Last change"), moscow(r.updatedOn)) +
               QStringLiteral("</table>");
    m_history = QStringLiteral("<p><i>%1</i></p>").arg(tr("Loading the history from Redmine…").toHtmlEscaped());
    render();
}

void CallDetailView::setHistory(const calllog::HistoryView& view) {
    if (view.issueId != m_issueId)
        return; // an answer for a record no longer shown
    QString html = QStringLiteral("<h4>%1</h4>").arg(tr("History in Redmine").toHtmlEscaped());
    if (!view.notice.isEmpty())
        html += QStringLiteral("<p style='color:#8a5a00'>%1</p>").arg(view.notice.toHtmlEscaped());
    if (view.history) {
        const calllog::IssueHistory& h = *view.history;
        if (h.entries.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(tr("No changes since it was filed.").toHtmlEscaped());
        for (const calllog::IssueHistory::Entry& e : h.entries) {
            html += QStringLiteral("<p><b>%1</b> — %2").arg(moscow(e.at), e.author.toHtmlEscaped());
            for (const calllog::IssueHistory::Change& c : e.changes)
                html += QStringLiteral("<br>%1: %2 → %3")
                            .arg(c.field.toHtmlEscaped(),
                                 c.from.isEmpty() ? QStringLiteral("—") : c.from.left(200).toHtmlEscaped(),
                                 c.to.isEmpty() ? QStringLiteral("—") : c.to.left(200).toHtmlEscaped());
            if (!e.notes.isEmpty())
                html += QStringLiteral("<br><i>%1</i>")
                            .arg(e.notes.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
            html += QStringLiteral("</p>");
        }
        if (!h.children.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b>").arg(tr("Subtasks").toHtmlEscaped());
            for (const calllog::IssueHistory::Child& c : h.children)
                html += QStringLiteral("<br>#%1 %2 — %3")
                            .arg(QString::number(c.issueId), c.tracker.toHtmlEscaped(), c.subject.toHtmlEscaped());
            html += QStringLiteral("</p>");
        }
    }
    m_history = html;
    render();
}

void CallDetailView::render() {
    // The fields beside the history: the pane is wide and low under the table.
    setHtml(
        QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr><td width='48%' valign='top'>%1</td>"
                       "<td width='4%'></td><td valign='top'>%2</td></tr></table>")
            .arg(m_fields, m_history));
}

} // namespace hotline::ui
