#pragma once

#include "calllog/CallLogRecord.h"
#include "calllog/DashboardFigures.h"
#include "calllog/IssueHistory.h"

#include <QTextBrowser>

namespace hotline::ui {

// One call or appeal of the log: its fields as cached, then its Redmine history (journal and subtasks),
// fetched when it is opened; without a connection the history saved last time, with a note saying so.
class CallDetailView : public QTextBrowser {
    Q_OBJECT
public:
    explicit CallDetailView(QWidget* parent = nullptr);

    // Shows the record with "loading the history…" until setHistory() brings it.
    void showRecord(const calllog::CallLogRecord& record, const QDateTime& deadline, calllog::DeadlineState state);
    void setHistory(const calllog::HistoryView& view);
    void clearRecord();
    int issueId() const { return m_issueId; }

private:
    void render();

    int m_issueId = 0;
    QString m_fields;  // HTML of the record's fields
    QString m_history; // HTML of the history, or the note about it
};

} // namespace hotline::ui
