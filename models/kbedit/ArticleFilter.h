#pragma once

#include <QDate>
#include <QSet>
#include <QSortFilterProxyModel>

namespace hotline::kbedit {

// Filters the editor's article list: by category (a top category takes its subcategories), kind, agency,
// text (title, id, keywords), stale (not updated for N months before today), never opened by an operator,
// and changed here. Every filter is off until set.
class ArticleFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ArticleFilter(QObject* parent = nullptr);

    void setCategory(const QString& id);
    void setKind(const QString& kindId);
    void setAgency(const QString& agencyId);
    void setText(const QString& text);
    // 0: off. An article whose "updated" is not a date counts as stale.
    void setStaleMonths(int months);
    void setToday(const QDate& today);
    // Only articles whose id is not among `opened` (null: the call log is not available, the filter is off).
    void setNeverOpenedOnly(bool on);
    void setOpenedIds(std::optional<QSet<QString>> opened);
    void setChangedOnly(bool on);

    bool neverOpenedAvailable() const { return m_opened.has_value(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_category;
    QString m_kind;
    QString m_agency;
    QStringList m_words;
    int m_staleMonths = 0;
    QDate m_today; // from setToday (the injected clock); unset: nothing counts as stale
    bool m_neverOpened = false;
    std::optional<QSet<QString>> m_opened;
    bool m_changedOnly = false;
};

} // namespace hotline::kbedit
