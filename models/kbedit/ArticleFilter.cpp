#include "ArticleFilter.h"

#include "ArticleListModel.h"

namespace hotline::kbedit {

ArticleFilter::ArticleFilter(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ArticleFilter::setCategory(const QString& id) {
    m_category = id;
    invalidateFilter();
}

void ArticleFilter::setKind(const QString& kindId) {
    m_kind = kindId;
    invalidateFilter();
}

void ArticleFilter::setAgency(const QString& agencyId) {
    m_agency = agencyId;
    invalidateFilter();
}

void ArticleFilter::setText(const QString& text) {
    m_words = ArticleListModel::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void ArticleFilter::setStaleMonths(int months) {
    m_staleMonths = std::max(0, months);
    invalidateFilter();
}

void ArticleFilter::setToday(const QDate& today) {
    m_today = today;
    invalidateFilter();
}

void ArticleFilter::setNeverOpenedOnly(bool on) {
    m_neverOpened = on;
    invalidateFilter();
}

void ArticleFilter::setOpenedIds(std::optional<QSet<QString>> opened) {
    m_opened = std::move(opened);
    invalidateFilter();
}

void ArticleFilter::setChangedOnly(bool on) {
    m_changedOnly = on;
    invalidateFilter();
}

bool ArticleFilter::filterAcceptsRow(int row, const QModelIndex& parent) const {
    const QModelIndex i = sourceModel()->index(row, 0, parent);
    auto value = [&i](int role) { return i.data(role); };
    if (!m_category.isEmpty() && value(ArticleListModel::CategoryIdRole).toString() != m_category &&
        value(ArticleListModel::TopCategoryIdRole).toString() != m_category)
        return false;
    if (!m_kind.isEmpty() && value(ArticleListModel::KindIdRole).toString() != m_kind)
        return false;
    if (!m_agency.isEmpty() && !value(ArticleListModel::AgenciesRole).toStringList().contains(m_agency))
        return false;
    if (m_staleMonths > 0 && m_today.isValid()) {
        const QDate updated = value(ArticleListModel::UpdatedRole).toDate();
        if (updated.isValid() && updated >= m_today.addMonths(-m_staleMonths))
            return false;
    }
    if (m_neverOpened && m_opened && m_opened->contains(value(ArticleListModel::IdRole).toString()))
        return false;
    if (m_changedOnly) {
        const int state = value(ArticleListModel::StateRole).toInt();
        if (state != ArticleListModel::Draft && state != ArticleListModel::New)
            return false;
    }
    if (!m_words.isEmpty()) {
        const QString text = value(ArticleListModel::SearchTextRole).toString();
        for (const QString& w : m_words) {
            if (!text.contains(w))
                return false;
        }
    }
    return true;
}

bool ArticleFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    if (left.column() == ArticleListModel::UpdatedColumn)
        return left.data(ArticleListModel::UpdatedRole).toDate() < right.data(ArticleListModel::UpdatedRole).toDate();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace hotline::kbedit
