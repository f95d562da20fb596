#pragma once

#include "CallLogCache.h"
#include "CallLogQuery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace hotline::calllog {

// The cached call log as a table, one row per record the query selects, with its deadline state at `now`.
// Filtering and sorting run in SQL (CallLogCache::select gives the ordered ids); the rows themselves are read
// in pages only when the view asks for them, so opening 100k records costs one indexed query of ids.
class CallLogTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IssueColumn,
        StartColumn,
        OperatorColumn,
        ChannelColumn,
        CategoryColumn,
        KindColumn,
        StatusColumn,
        DurationColumn,
        DeadlineColumn,
        DeadlineStateColumn,
        ArticleColumn,
        SubjectColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers and instants as numbers, text as text
        IssueIdRole,
        DeadlineStateRole, // DeadlineState as int
    };
    static constexpr int pageSize = 200;
    static constexpr int maxPages = 64; // rows kept in memory: what was last looked at

    explicit CallLogTableModel(CallLogCache& cache, QObject* parent = nullptr);

    // Selects again (the cache changed, or `now` moved on: deadline states and the overdue filter follow it).
    void reload(const QDateTime& now);
    void setQuery(const CallLogQuery& query);
    const CallLogQuery& query() const { return m_query; }
    const QDateTime& now() const { return m_now; }

    // The record of a row (read from the cache when it is not in memory); nothing for a row out of range.
    std::optional<CallLogRecord> record(int row) const;
    int issueIdAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0; }
    int rowOfIssue(int issueId) const { return int(m_ids.indexOf(issueId)); }
    DeadlineState stateAt(int row) const;
    QDateTime deadlineAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString stateTitle(DeadlineState state);

private:
    struct Row {
        CallLogRecord record;
        QDateTime deadline;
        DeadlineState state = DeadlineState::None;
    };
    const Row* rowAt(int row) const;
    void select();

    CallLogCache& m_cache;
    CallLogQuery m_query;
    QDateTime m_now;
    QList<int> m_ids;
    mutable QHash<int, QList<Row>> m_pages; // page number → its rows
    mutable QList<int> m_recent;            // page numbers, most recently used last
};

} // namespace hotline::calllog
