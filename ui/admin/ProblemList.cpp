#include "ProblemList.h"

#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace hotline::ui {

ProblemList::ProblemList(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("problemList"));
    m_list->setAccessibleName(tr("Problems found by the check"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(1);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    m_summary->setBuddy(m_list);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int i = item->data(Qt::UserRole).toInt();
        if (i >= 0 && i < m_problems.size())
            emit activated(m_problems.at(i));
    });
    setProblems({});
}

void ProblemList::setProblems(const QList<kbedit::Problem>& problems) {
    m_problems = problems;
    std::stable_sort(m_problems.begin(), m_problems.end(), [](const kbedit::Problem& a, const kbedit::Problem& b) {
        return a.severity == kbedit::Problem::Severity::Error && b.severity != kbedit::Problem::Severity::Error;
    });
    m_list->clear();
    int errors = 0;
    for (int i = 0; i < m_problems.size(); ++i) {
        const kbedit::Problem& p = m_problems.at(i);
        const bool error = p.severity == kbedit::Problem::Severity::Error;
        errors += error;
        QString where;
        if (p.bodyLine > 0)
            where = tr("text, line %1").arg(p.bodyLine);
        else if (!p.field.isEmpty())
            where = fieldLabel(p.field);
        else if (p.group >= 0)
            where = tr("group %1").arg(p.group + 1);
        else
            where = p.location;
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(where, p.message), m_list);
        item->setIcon(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        item->setToolTip(p.location);
        item->setData(Qt::UserRole, i);
        item->setData(Qt::AccessibleTextRole,
                      (error ? tr("Error") : tr("Warning")) + QStringLiteral(": ") + item->text());
    }
    const int warnings = int(m_problems.size()) - errors;
    if (m_problems.isEmpty())
        m_summary->setText(tr("&Check: no problems."));
    else
        m_summary->setText(tr("&Check: %1, %2 — Enter on a problem goes to it.")
                               .arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings)));
    m_summary->setStyleSheet(errors > 0 ? QStringLiteral("color:#b02020;") : QString());
}

QString ProblemList::fieldLabel(const QString& key) {
    static const QList<std::pair<const char*, const char*>> labels{
        {"id", QT_TR_NOOP("Id")},
        {"title", QT_TR_NOOP("Title")},
        {"category", QT_TR_NOOP("Category")},
        {"kind", QT_TR_NOOP("Kind of appeal")},
        {"days", QT_TR_NOOP("Days to resolve")},
        {"agency", QT_TR_NOOP("Agencies")},
        {"algorithm", QT_TR_NOOP("Algorithm")},
        {"keywords", QT_TR_NOOP("Keywords")},
        {"legal_basis", QT_TR_NOOP("Legal basis")},
        {"updated", QT_TR_NOOP("Updated")},
        {"roadmap", QT_TR_NOOP("Roadmap")},
    };
    for (const auto& [k, label] : labels) {
        if (key == QLatin1String(k))
            return tr(label);
    }
    return key;
}

int ProblemList::count() const {
    return int(m_problems.size());
}

QString ProblemList::text() const {
    QStringList lines;
    for (int i = 0; i < m_list->count(); ++i)
        lines << m_list->item(i)->text();
    return lines.join(QLatin1Char('\n'));
}

} // namespace hotline::ui
