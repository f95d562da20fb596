#include "MetadataForm.h"

#include "AgencyDialog.h"
#include "RoadmapEditor.h"
#include "kbedit/KbEditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

namespace hotline::ui {

using kbedit::ArticleField;

namespace {

QStringList splitList(const QString& text, QChar separator) {
    QStringList out;
    for (const QString& part : text.split(separator)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

QLabel* label(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* l = new QLabel(text, parent);
    l->setBuddy(buddy);
    return l;
}

} // namespace

MetadataForm::MetadataForm(kbedit::KbWorkspace& workspace, kbedit::KbEditor& editor, QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_editor(editor)
    , m_title(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_days(new QSpinBox(this))
    , m_algorithm(new QComboBox(this))
    , m_updated(new QDateEdit(this))
    , m_today(new QPushButton(tr("Today"), this))
    , m_agencies(new QLineEdit(this))
    , m_chooseAgencies(new QPushButton(tr("Choose…"), this))
    , m_keywords(new QLineEdit(this))
    , m_legal(new QPlainTextEdit(this))
    , m_roadmapLabel(nullptr)
    , m_roadmap(new RoadmapEditor(this)) {
    m_title->setObjectName(QStringLiteral("metaTitle"));
    m_category->setObjectName(QStringLiteral("metaCategory"));
    m_kind->setObjectName(QStringLiteral("metaKind"));
    m_days->setObjectName(QStringLiteral("metaDays"));
    m_keywords->setObjectName(QStringLiteral("metaKeywords"));
    m_updated->setObjectName(QStringLiteral("metaUpdated"));
    for (const auto kind : {domain::AppealKind::Simple, domain::AppealKind::Complex, domain::AppealKind::Task,
                            domain::AppealKind::Complaint})
        m_kind->addItem(domain::appealKindTitle(kind), domain::appealKindId(kind));
    for (const auto a : {domain::Algorithm::Single, domain::Algorithm::Multi, domain::Algorithm::Omsu})
        m_algorithm->addItem(domain::algorithmTitle(a), domain::algorithmId(a));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_category->setMinimumContentsLength(18);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(20); // «Сложная консультация» whole
    m_algorithm->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_algorithm->setMinimumContentsLength(12);
    m_days->setRange(0, 5);
    m_days->setSpecialValueText(tr("—"));
    m_days->setToolTip(tr("A task: working days to resolve, 2 to 5"));
    m_updated->setCalendarPopup(true);
    m_updated->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_updated->setMinimumDate(QDate(2000, 1, 1));
    m_updated->setSpecialValueText(tr("not a date"));
    m_agencies->setReadOnly(true);
    m_agencies->setFocusPolicy(Qt::ClickFocus); // the keyboard goes to «Choose…»
    m_agencies->setObjectName(QStringLiteral("metaAgencies"));
    m_keywords->setToolTip(tr("Words callers use, colloquial ones and abbreviations too; separate them with \";\""));
    m_legal->setObjectName(QStringLiteral("metaLegal"));
    m_legal->setToolTip(tr("One act per line"));
    m_legal->setTabChangesFocus(true);
    m_legal->setFixedHeight(m_legal->fontMetrics().lineSpacing() * 3 + 12);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(4);
    grid->addWidget(label(tr("&Title:"), m_title, this), 0, 0);
    grid->addWidget(m_title, 0, 1, 1, 5);
    grid->addWidget(label(tr("Cate&gory:"), m_category, this), 1, 0);
    grid->addWidget(m_category, 1, 1, 1, 3);
    grid->addWidget(label(tr("&Kind:"), m_kind, this), 1, 4);
    grid->addWidget(m_kind, 1, 5);
    grid->addWidget(label(tr("&Days:"), m_days, this), 2, 0);
    grid->addWidget(m_days, 2, 1);
    grid->addWidget(label(tr("&Updated:"), m_updated, this), 2, 2);
    auto* updatedRow = new QHBoxLayout;
    updatedRow->addWidget(m_updated, 1);
    updatedRow->addWidget(m_today);
    grid->addLayout(updatedRow, 2, 3);
    grid->addWidget(label(tr("Al&gorithm:"), m_algorithm, this), 2, 4);
    grid->addWidget(m_algorithm, 2, 5);
    grid->addWidget(label(tr("&Agencies:"), m_chooseAgencies, this), 3, 0);
    auto* agencyRow = new QHBoxLayout;
    agencyRow->addWidget(m_agencies, 1);
    agencyRow->addWidget(m_chooseAgencies);
    grid->addLayout(agencyRow, 3, 1, 1, 5);
    grid->addWidget(label(tr("Key&words:"), m_keywords, this), 4, 0);
    grid->addWidget(m_keywords, 4, 1, 1, 5);
    grid->addWidget(label(tr("&Legal basis:"), m_legal, this), 5, 0, Qt::AlignTop);
    grid->addWidget(m_legal, 5, 1, 1, 5);
    m_roadmapLabel = label(tr("&Roadmap:"), m_roadmap->table(), this);
    grid->addWidget(m_roadmapLabel, 6, 0, Qt::AlignTop);
    grid->addWidget(m_roadmap, 6, 1, 1, 5);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);

    connect(m_title, &QLineEdit::textEdited, this, [this](const QString& t) { set(int(ArticleField::Title), t); });
    connect(m_category, &QComboBox::activated, this,
            [this] { set(int(ArticleField::Category), m_category->currentData()); });
    connect(m_kind, &QComboBox::activated, this, [this] { set(int(ArticleField::Kind), m_kind->currentData()); });
    connect(m_algorithm, &QComboBox::activated, this,
            [this] { set(int(ArticleField::Algorithm), m_algorithm->currentData()); });
    connect(m_days, &QSpinBox::valueChanged, this, [this](int v) { set(int(ArticleField::Days), v); });
    connect(m_updated, &QDateEdit::dateChanged, this, [this](const QDate& d) {
        if (d != m_updated->minimumDate())
            set(int(ArticleField::Updated), d.toString(Qt::ISODate));
    });
    connect(m_today, &QPushButton::clicked, this, [this] { m_updated->setDate(m_todayDate); });
    connect(m_chooseAgencies, &QPushButton::clicked, this, &MetadataForm::chooseAgencies);
    connect(m_keywords, &QLineEdit::textEdited, this,
            [this](const QString& t) { set(int(ArticleField::Keywords), splitList(t, QLatin1Char(';'))); });
    connect(m_legal, &QPlainTextEdit::textChanged, this,
            [this] { set(int(ArticleField::LegalBasis), splitList(m_legal->toPlainText(), QLatin1Char('\n'))); });
    connect(m_roadmap, &RoadmapEditor::edited, this,
            [this](const QList<kb::RoadmapStep>& s) { set(int(ArticleField::Roadmap), QVariant::fromValue(s)); });
    connect(&m_ws, &kbedit::KbWorkspace::articleChanged, this, [this](const QString& id) {
        if (id == m_id)
            load();
    });
    connect(&m_ws, &kbedit::KbWorkspace::categoriesChanged, this, [this] {
        fillCategories();
        load();
    });
    // Tab follows the rows of the form, left to right.
    QWidget* order[] = {m_title,     m_category,       m_kind,     m_days,  m_updated,         m_today,
                        m_algorithm, m_chooseAgencies, m_keywords, m_legal, m_roadmap->table()};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    fillCategories();
    setEnabled(false);
}

void MetadataForm::set(int field, const QVariant& value) {
    if (m_loading || m_id.isEmpty())
        return;
    m_editor.setField(m_id, ArticleField(field), value);
}

void MetadataForm::fillCategories() {
    const bool was = std::exchange(m_loading, true);
    m_category->clear();
    for (const kbedit::CategoryTree::Node& top : m_ws.categories().tops()) {
        for (const kbedit::CategoryTree::Node& c : top.children)
            m_category->addItem(QStringLiteral("%1 — %2").arg(top.title, c.title), c.id);
    }
    m_loading = was;
}

void MetadataForm::showArticle(const QString& id) {
    m_id = id;
    setEnabled(m_ws.article(id) != nullptr);
    load();
}

void MetadataForm::load() {
    const kbedit::ArticleEntry* e = m_ws.article(m_id);
    if (!e)
        return;
    const kbedit::ArticleDocument& d = e->doc;
    const bool was = std::exchange(m_loading, true);
    if (m_title->text() != d.title) {
        const int pos = m_title->cursorPosition();
        m_title->setText(d.title);
        m_title->setCursorPosition(std::min(pos, int(d.title.size())));
    }
    int cat = m_category->findData(d.category);
    if (cat < 0) {
        // An id the tree does not have: shown as it is, the check says so.
        m_category->addItem(tr("%1 (no such category)").arg(d.category), d.category);
        cat = m_category->count() - 1;
    }
    m_category->setCurrentIndex(cat);
    const QString kind = d.field(ArticleField::Kind).toString();
    if (m_kind->findData(kind) < 0)
        m_kind->addItem(kind, kind);
    m_kind->setCurrentIndex(m_kind->findData(kind));
    const QString algorithm = d.field(ArticleField::Algorithm).toString();
    if (m_algorithm->findData(algorithm) < 0)
        m_algorithm->addItem(algorithm, algorithm);
    m_algorithm->setCurrentIndex(m_algorithm->findData(algorithm));
    const bool task = d.kind == domain::AppealKind::Task;
    m_days->setEnabled(task);
    m_days->setValue(task ? d.days : 0);
    const QDate updated = QDate::fromString(d.updated, Qt::ISODate);
    m_updated->setDate(updated.isValid() ? updated : m_updated->minimumDate());
    agenciesText();
    if (splitList(m_keywords->text(), QLatin1Char(';')) != d.keywords) {
        const int pos = m_keywords->cursorPosition();
        m_keywords->setText(d.keywords.join(QStringLiteral("; ")));
        m_keywords->setCursorPosition(pos);
    }
    if (splitList(m_legal->toPlainText(), QLatin1Char('\n')) != d.legalBasis)
        m_legal->setPlainText(d.legalBasis.join(QLatin1Char('\n')));
    const bool complaint = d.kind == domain::AppealKind::Complaint;
    m_roadmap->setVisible(complaint || !d.roadmap.isEmpty());
    m_roadmapLabel->setVisible(m_roadmap->isVisible());
    if (m_roadmap->steps().size() != d.roadmap.size() || m_roadmap->steps().isEmpty() != d.roadmap.isEmpty())
        m_roadmap->setSteps(d.roadmap);
    else {
        const QList<kb::RoadmapStep> shown = m_roadmap->steps();
        for (qsizetype i = 0; i < shown.size(); ++i) {
            if (shown.at(i).step != d.roadmap.at(i).step || shown.at(i).role != d.roadmap.at(i).role ||
                shown.at(i).days != d.roadmap.at(i).days) {
                m_roadmap->setSteps(d.roadmap);
                break;
            }
        }
    }
    m_loading = was;
}

void MetadataForm::agenciesText() {
    const kbedit::ArticleEntry* e = m_ws.article(m_id);
    if (!e)
        return;
    QStringList names;
    for (const QString& id : e->doc.agencies) {
        const domain::Agency* a = m_ws.reference().agency(id);
        names << (a ? (a->shortNames.isEmpty() ? a->name : a->shortNames.first()) : id);
    }
    m_agencies->setText(names.join(QStringLiteral(", ")));
    m_agencies->setToolTip(e->doc.agencies.join(QStringLiteral(", ")));
}

void MetadataForm::chooseAgencies() {
    const kbedit::ArticleEntry* e = m_ws.article(m_id);
    if (!e)
        return;
    AgencyDialog dialog(m_ws.reference(), e->doc.agencies, this);
    if (dialog.exec() == QDialog::Accepted)
        set(int(ArticleField::Agencies), dialog.selected());
}

bool MetadataForm::focusField(const QString& key) {
    QWidget* w = nullptr;
    if (key == QLatin1String("title") || key == QLatin1String("id"))
        w = m_title;
    else if (key == QLatin1String("category"))
        w = m_category;
    else if (key == QLatin1String("kind"))
        w = m_kind;
    else if (key == QLatin1String("days"))
        w = m_days;
    else if (key == QLatin1String("agency"))
        w = m_chooseAgencies;
    else if (key == QLatin1String("algorithm"))
        w = m_algorithm;
    else if (key == QLatin1String("keywords"))
        w = m_keywords;
    else if (key == QLatin1String("legal_basis"))
        w = m_legal;
    else if (key == QLatin1String("updated"))
        w = m_updated;
    else if (key == QLatin1String("roadmap"))
        w = m_roadmap->table();
    if (!w || !w->isVisible())
        return false;
    w->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace hotline::ui
