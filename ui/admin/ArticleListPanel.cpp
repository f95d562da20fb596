#include "ArticleListPanel.h"

#include "kbedit/ArticleFilter.h"
#include "kbedit/ArticleListModel.h"
#include "kbedit/KbWorkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTreeView>

namespace hotline::ui {

using kbedit::ArticleListModel;

namespace {

QComboBox* choice(const QString& any, QWidget* parent) {
    auto* box = new QComboBox(parent);
    box->addItem(any, QString());
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(10);
    return box;
}

} // namespace

ArticleListPanel::ArticleListPanel(kbedit::KbWorkspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_model(new ArticleListModel(workspace, this))
    , m_filter(new kbedit::ArticleFilter(this))
    , m_text(new QLineEdit(this))
    , m_category(choice(tr("All categories"), this))
    , m_kind(choice(tr("All kinds"), this))
    , m_agency(choice(tr("All agencies"), this))
    , m_stale(new QCheckBox(tr("&Stale: not updated for"), this))
    , m_months(new QSpinBox(this))
    , m_neverOpened(new QCheckBox(tr("Never opened by &operators"), this))
    , m_changed(new QCheckBox(tr("C&hanged here only"), this))
    , m_count(new QLabel(this))
    , m_view(new QTreeView(this)) {
    m_filter->setSourceModel(m_model);
    m_text->setObjectName(QStringLiteral("articleSearch"));
    m_text->setPlaceholderText(tr("Find: title, id, keywords (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    for (const auto kind : {domain::AppealKind::Simple, domain::AppealKind::Complex, domain::AppealKind::Task,
                            domain::AppealKind::Complaint})
        m_kind->addItem(domain::appealKindTitle(kind), domain::appealKindId(kind));
    m_months->setRange(1, 60);
    m_months->setValue(6);
    m_months->setSuffix(tr(" months"));
    m_months->setAccessibleName(tr("Months without an update"));
    m_neverOpened->setObjectName(QStringLiteral("neverOpened"));
    m_neverOpened->setEnabled(false);
    m_neverOpened->setToolTip(tr("Needs the call log of this workstation"));

    m_view->setObjectName(QStringLiteral("articleList"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ArticleListModel::TitleColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Article list"));
    m_view->hideColumn(ArticleListModel::CategoryColumn);
    m_view->hideColumn(ArticleListModel::KindColumn);
    m_view->hideColumn(ArticleListModel::StateColumn); // shown as the coloured mark, explained below the list
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ArticleListModel::UpdatedColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ArticleListModel::StateColumn, QHeaderView::ResizeToContents);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_text, 0, 0, 1, 2);
    grid->addWidget(m_category, 1, 0, 1, 2);
    grid->addWidget(m_kind, 2, 0);
    grid->addWidget(m_agency, 2, 1);
    grid->addWidget(m_stale, 3, 0);
    grid->addWidget(m_months, 3, 1);
    grid->addWidget(m_neverOpened, 4, 0, 1, 2);
    grid->addWidget(m_changed, 5, 0, 1, 2);
    grid->addWidget(m_count, 6, 0, 1, 2);
    grid->addWidget(m_view, 7, 0, 1, 2);
    auto* legend = new QLabel(QStringLiteral("<span style=\"color:#e08a00;\">■</span> %1 &nbsp; "
                                             "<span style=\"color:#2a6fb0;\">■</span> %2 &nbsp; "
                                             "<span style=\"color:#c03030;\">■</span> %3")
                                  .arg(tr("draft"), tr("new"), tr("newer on the server")),
                              this);
    legend->setObjectName(QStringLiteral("articleLegend"));
    grid->addWidget(legend, 8, 0, 1, 2);
    grid->setRowStretch(7, 1);
    m_count->setBuddy(m_view);

    connect(m_text, &QLineEdit::textChanged, m_filter, &kbedit::ArticleFilter::setText);
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setCategory(m_category->currentData().toString()); });
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setKind(m_kind->currentData().toString()); });
    connect(m_agency, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setAgency(m_agency->currentData().toString()); });
    auto stale = [this] { m_filter->setStaleMonths(m_stale->isChecked() ? m_months->value() : 0); };
    connect(m_stale, &QCheckBox::toggled, this, stale);
    connect(m_months, &QSpinBox::valueChanged, this, stale);
    connect(m_neverOpened, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_opened)
            m_filter->setOpenedIds(m_opened()); // the call log as it is now
        m_filter->setNeverOpenedOnly(on);
    });
    connect(m_changed, &QCheckBox::toggled, m_filter, &kbedit::ArticleFilter::setChangedOnly);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &ArticleListPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ArticleListPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ArticleListPanel::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentArticleChanged(currentId()); });
    connect(&m_ws, &kbedit::KbWorkspace::categoriesChanged, this, &ArticleListPanel::fillCategories);
    fillCategories();
    fillAgencies();
    updateCount();
}

ArticleListPanel::~ArticleListPanel() = default;

void ArticleListPanel::setToday(const QDate& today) {
    m_filter->setToday(today);
}

void ArticleListPanel::setOpenedArticles(std::function<QSet<QString>()> provider) {
    m_opened = std::move(provider);
    const bool available = static_cast<bool>(m_opened); // not read here: reading the call log waits for the switch
    m_neverOpened->setEnabled(available);
    m_neverOpened->setToolTip(available ? tr("Articles no operator of this workstation has opened")
                                        : tr("Needs the call log of this workstation"));
}

void ArticleListPanel::fillCategories() {
    const QString current = m_category->currentData().toString();
    const QSignalBlocker block(m_category);
    while (m_category->count() > 1)
        m_category->removeItem(1);
    for (const kbedit::CategoryTree::Node& top : m_ws.categories().tops()) {
        m_category->addItem(top.title, top.id);
        for (const kbedit::CategoryTree::Node& c : top.children)
            m_category->addItem(QStringLiteral("    ") + c.title, c.id);
    }
    m_category->setCurrentIndex(std::max(0, m_category->findData(current)));
}

void ArticleListPanel::fillAgencies() {
    QSet<QString> used;
    for (const QString& id : m_ws.articleIds())
        for (const QString& a : m_ws.article(id)->doc.agencies)
            used.insert(a);
    QList<std::pair<QString, QString>> items;
    for (const domain::Agency& a : m_ws.reference().agencies()) {
        if (used.contains(a.id))
            items.append({a.shortNames.isEmpty() ? a.name : a.shortNames.first(), a.id});
    }
    std::sort(items.begin(), items.end());
    for (const auto& [name, id] : items)
        m_agency->addItem(name, id);
}

void ArticleListPanel::updateCount() {
    m_count->setText(tr("&Articles: %1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

void ArticleListPanel::select(const QString& id) {
    const QModelIndex source = m_model->indexOf(id);
    QModelIndex shown = m_filter->mapFromSource(source);
    if (!shown.isValid() && source.isValid()) {
        // Hidden by a filter: clear the text so it can be seen.
        m_text->clear();
        shown = m_filter->mapFromSource(source);
    }
    if (shown.isValid()) {
        m_view->setCurrentIndex(shown);
        m_view->scrollTo(shown);
    }
}

QString ArticleListPanel::currentId() const {
    return m_view->currentIndex().data(ArticleListModel::IdRole).toString();
}

} // namespace hotline::ui
