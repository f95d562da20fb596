#include "HistoryView.h"

#include "DiffHtml.h"
#include "domain/MoscowTime.h"
#include "kbedit/KbWorkspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hotline::ui {

HistoryView::HistoryView(kbedit::KbWorkspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_compare(new QComboBox(this))
    , m_diff(new QTextBrowser(this))
    , m_restore(new QPushButton(tr("&Restore this version…"), this))
    , m_refresh(new QPushButton(tr("Re&load"), this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    m_status->setWordWrap(true);
    top->addWidget(m_status, 1);
    top->addWidget(m_refresh);
    top->addWidget(m_restore);
    layout->addLayout(top);

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setHorizontalHeaderLabels({tr("Version"), tr("Author"), tr("Date"), tr("Comment")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Versions of the article"));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("adminHistorySplitter"));
    split->addWidget(m_table);
    auto* lower = new QWidget(split);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 4, 0, 0);
    auto* compareRow = new QHBoxLayout;
    auto* compareLabel = new QLabel(tr("&Compare the chosen version with:"), lower);
    compareLabel->setBuddy(m_compare);
    m_compare->addItem(tr("the current version on the server"));
    m_compare->addItem(tr("my text in the editor"));
    compareRow->addWidget(compareLabel);
    compareRow->addWidget(m_compare);
    compareRow->addStretch();
    lowerLayout->addLayout(compareRow);
    m_diff->setObjectName(QStringLiteral("historyDiff"));
    lowerLayout->addWidget(m_diff, 1);
    split->addWidget(lower);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(m_table, &QTableWidget::currentCellChanged, this, &HistoryView::showDiff);
    connect(m_compare, &QComboBox::currentIndexChanged, this, &HistoryView::showDiff);
    connect(m_refresh, &QPushButton::clicked, this, &HistoryView::refreshRequested);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row > 0 && row < m_versions.size())
            emit restoreRequested(m_versions.at(row).version, m_versions.first().version);
    });
    setArticle({});
}

void HistoryView::setArticle(const QString& id) {
    m_id = id;
    m_versions.clear();
    m_table->setRowCount(0);
    m_diff->clear();
    m_restore->setEnabled(false);
    m_refresh->setEnabled(!id.isEmpty());
    m_status->setText(id.isEmpty() ? tr("Choose an article to see its versions.")
                                   : tr("The versions are read from the server when this tab is opened."));
}

void HistoryView::setLoading() {
    m_status->setText(tr("Reading the versions from the server…"));
}

void HistoryView::setHistory(const Result<QList<kbsync::WikiPage>>& history) {
    m_table->setRowCount(0);
    m_versions.clear();
    if (!history) {
        m_status->setText(history.error().code == Error::Code::NotFound
                              ? tr("The article is not on the server yet: it has no versions.")
                              : tr("The versions could not be read: %1").arg(history.error().message));
        showDiff();
        return;
    }
    m_versions = history.value();
    m_status->setText(tr("%n version(s) on the server, the newest first. Choose one to see what differs.", nullptr,
                         int(m_versions.size())));
    for (const kbsync::WikiPage& p : m_versions) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString date = p.updatedOn.isValid()
                                 ? QLocale().toString(domain::toMoscow(p.updatedOn), QStringLiteral("dd.MM.yyyy HH:mm"))
                                 : QString();
        const QStringList cells{QString::number(p.version), p.author, date, p.comments};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    if (m_versions.size() > 1)
        m_table->setCurrentCell(1, 0);
    else if (!m_versions.isEmpty())
        m_table->setCurrentCell(0, 0);
    showDiff();
}

void HistoryView::showDiff() {
    const int row = m_table->currentRow();
    m_restore->setEnabled(row > 0 && row < m_versions.size());
    if (row < 0 || row >= m_versions.size()) {
        m_diff->clear();
        return;
    }
    const kbsync::WikiPage& chosen = m_versions.at(row);
    const bool mine = m_compare->currentIndex() == 1;
    QString own;
    if (m_current) {
        own = m_current(m_id);
    } else if (const kbedit::ArticleEntry* e = m_ws.article(m_id)) {
        own = e->doc.toText();
    }
    const QString other = mine && !own.isEmpty() ? own : m_versions.first().text;
    const QString otherLabel =
        mine ? tr("in your text") : tr("in the current version %1").arg(m_versions.first().version);
    m_diff->setHtml(DiffHtml::render(kbedit::LineDiff::compute(chosen.text, other),
                                     tr("only in version %1").arg(chosen.version), tr("only %1").arg(otherLabel)));
}

} // namespace hotline::ui
