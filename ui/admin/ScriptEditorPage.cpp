#include "ScriptEditorPage.h"

#include "HistoryView.h"
#include "ProblemList.h"
#include "ScriptNodeForm.h"
#include "kb/KnowledgeBase.h"
#include "kbedit/ScriptEditor.h"
#include "scripts/ScriptRunnerView.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hotline::ui {

using kbedit::ScriptEditor;
using scripts::NodeType;

namespace {

QString typeMark(NodeType t) {
    switch (t) {
    case NodeType::Question:
        return QStringLiteral("?");
    case NodeType::Info:
        return QStringLiteral("i");
    case NodeType::Result:
        return QStringLiteral("✓");
    case NodeType::Jump:
        break;
    }
    return QStringLiteral("→");
}

QStringList lines(const QString& text) {
    QStringList out;
    for (const QString& l : text.split(QLatin1Char('\n'))) {
        if (!l.trimmed().isEmpty())
            out << l.trimmed();
    }
    return out;
}

} // namespace

ScriptEditorPage::ScriptEditorPage(ScriptEditor& editor, kbedit::KbWorkspace& articles, const kb::KnowledgeBase* kb,
                                   const domain::ReferenceData& reference, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_kb(kb) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(QStringLiteral("adminScriptsSplitter"));
    layout->addWidget(m_split);

    auto* left = new QWidget(m_split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* listLabel = new QLabel(tr("Scri&pts:"), left);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("scriptList"));
    listLabel->setBuddy(m_list);
    auto* create = new QPushButton(tr("&New script…"), left);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(create);

    auto* middle = new QWidget(m_split);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    m_state = new QLabel(middle);
    m_state->setWordWrap(true);
    middleLayout->addWidget(m_state);
    m_tabs = new QTabWidget(middle);
    m_tabs->setObjectName(QStringLiteral("scriptTabs"));
    middleLayout->addWidget(m_tabs, 1);
    m_form = new ScriptNodeForm(editor, kb, reference, nullptr);
    m_tabs->addTab(buildNodesTab(), tr("No&des"));
    m_tabs->addTab(buildScriptTab(), tr("Script &fields"));

    m_side = new QTabWidget(m_split);
    m_side->setObjectName(QStringLiteral("scriptSideTabs"));
    auto* previewPage = new QWidget(m_side);
    auto* previewLayout = new QVBoxLayout(previewPage);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto* run = new QPushButton(tr("Run the preview from the start (F9)"), previewPage);
    run->setShortcut(Qt::Key_F9);
    const kbedit::ScriptWorkspace& ws = editor.workspace();
    m_preview = new ScriptRunnerView([&ws](const QString& id) { return ws.doc(id); }, kb, previewPage);
    m_preview->setReference(&reference);
    m_preview->setObjectName(QStringLiteral("scriptPreview"));
    m_problems = new ProblemList(previewPage);
    previewLayout->addWidget(run);
    previewLayout->addWidget(m_preview, 3);
    previewLayout->addWidget(m_problems, 1);
    m_side->addTab(previewPage, tr("Pre&view and check"));
    m_history = new HistoryView(articles, m_side);
    m_history->setCurrentText([&ws](const QString& id) {
        const kbedit::ScriptEntry* e = ws.script(id);
        return e ? e->text() : QString();
    });
    m_side->addTab(m_history, tr("Histor&y"));

    m_split->addWidget(left);
    m_split->addWidget(middle);
    m_split->addWidget(m_side);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({310, 560, 496});

    connect(create, &QPushButton::clicked, this, &ScriptEditorPage::newScriptRequested);
    connect(run, &QPushButton::clicked, this, &ScriptEditorPage::runPreview);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && !m_loading)
            showScript(m_list->item(row)->data(Qt::UserRole).toString());
    });
    connect(m_nodes, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_loading)
            m_form->showNode(m_id, row >= 0 ? m_nodes->item(row)->data(Qt::UserRole).toString() : QString());
    });
    connect(m_problems, &ProblemList::activated, this, &ScriptEditorPage::goTo);
    connect(m_form, &ScriptNodeForm::message, this, &ScriptEditorPage::message);
    connect(m_form, &ScriptNodeForm::nodeRenamed, this, &ScriptEditorPage::selectNode);
    connect(m_preview, &ScriptRunnerView::problem, this, [this](const QString& m) { emit message(m, true); });
    connect(m_side, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            emit historyRequested(m_id);
    });
    connect(m_history, &HistoryView::refreshRequested, this, [this] { emit historyRequested(m_id); });
    connect(m_history, &HistoryView::restoreRequested, this,
            [this](int version, int current) { emit restoreRequested(m_id, version, current); });
    for (auto signal : {&kbedit::ScriptWorkspace::scriptChanged, &kbedit::ScriptWorkspace::scriptAdded,
                        &kbedit::ScriptWorkspace::scriptRemoved})
        connect(&editor.workspace(), signal, this, &ScriptEditorPage::onChanged);
    fillList();
}

ScriptEditorPage::~ScriptEditorPage() = default;

QWidget* ScriptEditorPage::buildNodesTab() {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* nodesLabel = new QLabel(tr("N&odes (the start first in the path; Alt+↑/↓ moves):"), page);
    m_nodes = new QListWidget(page);
    m_nodes->setObjectName(QStringLiteral("scriptNodes"));
    m_nodes->setMaximumHeight(170);
    nodesLabel->setBuddy(m_nodes);
    layout->addWidget(nodesLabel);
    layout->addWidget(m_nodes);
    auto* buttons = new QHBoxLayout;
    const QList<std::pair<QString, NodeType>> kinds{{tr("+ &Question"), NodeType::Question},
                                                    {tr("+ &Information"), NodeType::Info},
                                                    {tr("+ &Result"), NodeType::Result},
                                                    {tr("+ &Jump"), NodeType::Jump}};
    for (const auto& [text, type] : kinds) {
        auto* b = new QPushButton(text, page);
        connect(b, &QPushButton::clicked, this, [this, type = type] { addNode(int(type)); });
        buttons->addWidget(b);
    }
    auto* remove = new QPushButton(tr("Remo&ve"), page);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_form, 1);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (auto st = m_editor.removeNode(m_id, nodeId()); !st)
            emit message(st.error().message, true);
    });
    // Alt+Up / Alt+Down move the chosen node.
    auto* up = new QAction(m_nodes);
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    up->setShortcutContext(Qt::WidgetShortcut);
    auto* down = new QAction(m_nodes);
    down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    down->setShortcutContext(Qt::WidgetShortcut);
    m_nodes->addActions({up, down});
    connect(up, &QAction::triggered, this, [this] {
        const QString node = nodeId();
        if (auto st = m_editor.moveNode(m_id, node, -1); !st) // the first node cannot go up: say why
            emit message(st.error().message, true);
        selectNode(node);
    });
    connect(down, &QAction::triggered, this, [this] {
        const QString node = nodeId();
        if (auto st = m_editor.moveNode(m_id, node, 1); !st)
            emit message(st.error().message, true);
        selectNode(node);
    });
    return page;
}

QWidget* ScriptEditorPage::buildScriptTab() {
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_title = new QLineEdit(page);
    m_category = new QComboBox(page);
    if (m_kb) {
        for (const kb::Category& c : m_kb->categories()) {
            if (!c.parentId.isEmpty())
                m_category->addItem(c.title, c.id);
        }
    }
    m_keywords = new QLineEdit(page);
    m_keywords->setPlaceholderText(tr("words callers use, separated by «;»"));
    m_start = new QComboBox(page);
    m_updated = new QLineEdit(page);
    m_updated->setInputMask(QStringLiteral("9999-99-99"));
    m_sources = new QPlainTextEdit(page);
    m_sources->setTabChangesFocus(true);
    m_sources->setPlaceholderText(tr("one source per line: acts, official pages"));
    m_notes = new QPlainTextEdit(page);
    m_notes->setTabChangesFocus(true);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Keywords:"), m_keywords);
    form->addRow(tr("&Start node:"), m_start);
    form->addRow(tr("&Updated:"), m_updated);
    form->addRow(tr("S&ources:"), m_sources);
    form->addRow(tr("&Notes for operators:"), m_notes);
    using F = ScriptEditor::Field;
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString& t) {
        if (!m_loading)
            m_editor.setField(m_id, F::Title, t);
    });
    connect(m_category, &QComboBox::activated, this, [this] {
        if (!m_loading)
            m_editor.setField(m_id, F::Category, m_category->currentData());
    });
    connect(m_keywords, &QLineEdit::editingFinished, this, [this] {
        QStringList words;
        for (const QString& w : m_keywords->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
            words << w.trimmed();
        if (!m_loading)
            m_editor.setField(m_id, F::Keywords, words);
    });
    connect(m_start, &QComboBox::activated, this, [this] {
        if (!m_loading)
            m_editor.setField(m_id, F::Start, m_start->currentData());
    });
    connect(m_updated, &QLineEdit::editingFinished, this, [this] {
        if (!m_loading)
            m_editor.setField(m_id, F::Updated, m_updated->text());
    });
    connect(m_sources, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_editor.setField(m_id, F::Sources, lines(m_sources->toPlainText()));
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_editor.setField(m_id, F::Notes, m_notes->toPlainText());
    });
    return page;
}

QString ScriptEditorPage::nodeId() const {
    const QListWidgetItem* item = m_nodes->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ScriptEditorPage::fillList() {
    const kbedit::ScriptWorkspace& ws = m_editor.workspace();
    m_loading = true;
    m_list->clear();
    QStringList ids = ws.scriptIds();
    std::sort(ids.begin(), ids.end(), [&ws](const QString& a, const QString& b) {
        return QString::localeAwareCompare(ws.script(a)->doc.title, ws.script(b)->doc.title) < 0;
    });
    for (const QString& id : std::as_const(ids)) {
        const kbedit::ScriptEntry* e = ws.script(id);
        auto* item = new QListWidgetItem(e->doc.title.isEmpty() ? id : e->doc.title, m_list);
        item->setData(Qt::UserRole, id);
        item->setToolTip(id);
        QFont f = item->font();
        f.setBold(e->modified()); // a draft not published yet
        item->setFont(f);
        if (id == m_id)
            m_list->setCurrentItem(item);
    }
    m_loading = false;
}

void ScriptEditorPage::fillNodes() {
    const kbedit::ScriptEntry* e = m_editor.workspace().script(m_id);
    const QString current = nodeId();
    m_loading = true;
    m_nodes->clear();
    if (e) {
        for (const scripts::Node& n : e->doc.nodes) {
            const QString start = n.id == e->doc.start ? tr(" (start)") : QString();
            auto* item = new QListWidgetItem(
                QStringLiteral("%1  %2 — %3%4").arg(typeMark(n.type), n.id, scripts::nodeLabel(n), start), m_nodes);
            item->setData(Qt::UserRole, n.id);
        }
    }
    for (int i = 0; i < m_nodes->count(); ++i) {
        if (m_nodes->item(i)->data(Qt::UserRole).toString() == current)
            m_nodes->setCurrentRow(i);
    }
    m_loading = false;
    if (!m_nodes->currentItem() && m_nodes->count() > 0)
        m_nodes->setCurrentRow(0);
    else
        m_form->showNode(m_id, nodeId());
}

void ScriptEditorPage::loadScriptFields() {
    const kbedit::ScriptEntry* e = m_editor.workspace().script(m_id);
    if (!e)
        return;
    m_loading = true;
    if (m_title->text() != e->doc.title)
        m_title->setText(e->doc.title);
    m_category->setCurrentIndex(m_category->findData(e->doc.category));
    const QString keywords = e->doc.keywords.join(QStringLiteral("; "));
    if (!m_keywords->hasFocus() && m_keywords->text() != keywords)
        m_keywords->setText(keywords);
    m_start->clear();
    for (const scripts::Node& n : e->doc.nodes)
        m_start->addItem(QStringLiteral("%1 — %2").arg(n.id, scripts::nodeLabel(n)), n.id);
    m_start->setCurrentIndex(m_start->findData(e->doc.start));
    const QString updated = e->doc.updated.toString(Qt::ISODate);
    if (!m_updated->hasFocus())
        m_updated->setText(updated);
    if (lines(m_sources->toPlainText()) != e->doc.sources)
        m_sources->setPlainText(e->doc.sources.join(QLatin1Char('\n')));
    if (m_notes->toPlainText() != e->doc.notes)
        m_notes->setPlainText(e->doc.notes);
    m_loading = false;
}

void ScriptEditorPage::updateState() {
    const kbedit::ScriptEntry* e = m_editor.workspace().script(m_id);
    if (!e) {
        m_state->setText(tr("Choose a script on the left."));
        return;
    }
    QString state = e->isNew()           ? tr("A new script, not published yet.")
                    : e->modified()      ? tr("Changed here, not published (a draft on this computer).")
                    : e->baseVersion > 0 ? tr("As published (version %1).").arg(e->baseVersion)
                                         : tr("As shipped with the application.");
    if (e->serverIsNewer())
        state += QLatin1Char(' ') + tr("The server has a newer version %1.").arg(e->serverVersion);
    if (!m_serverNote.isEmpty())
        state += QLatin1Char(' ') + m_serverNote;
    m_state->setText(
        QStringLiteral("<b>%1</b> (%2) — %3").arg(e->doc.title.toHtmlEscaped(), m_id, state.toHtmlEscaped()));
}

void ScriptEditorPage::showScript(const QString& id) {
    if (id == m_id && !id.isEmpty())
        return;
    m_id = id;
    m_serverNote.clear();
    fillList();
    fillNodes();
    loadScriptFields();
    updateState();
    setProblems(m_all);
    runPreview();
    m_history->setArticle(id);
    emit currentScriptChanged(id);
}

void ScriptEditorPage::selectNode(const QString& node) {
    for (int i = 0; i < m_nodes->count(); ++i) {
        if (m_nodes->item(i)->data(Qt::UserRole).toString() == node)
            m_nodes->setCurrentRow(i);
    }
}

void ScriptEditorPage::onChanged(const QString& id) {
    if (id != m_id) {
        fillList();
        return;
    }
    fillList();
    fillNodes();
    m_form->reload();
    loadScriptFields();
    updateState();
    // The preview follows the script: the same step if it is still there, else from the start.
    if (m_preview->isRunning() && m_preview->runner().node())
        m_preview->render();
    else
        runPreview();
}

void ScriptEditorPage::addNode(int type) {
    auto added = m_editor.addNode(m_id, NodeType(type), nodeId());
    if (!added)
        return emit message(added.error().message, true);
    selectNode(added.value());
    m_form->focusField({});
}

void ScriptEditorPage::setProblems(const QList<kbedit::Problem>& problems) {
    m_all = problems;
    m_problems->setProblems(kbedit::KbChecker::about(problems, kbedit::Problem::Scope::Script, m_id));
}

void ScriptEditorPage::setServerNote(const QString& text) {
    m_serverNote = text;
    updateState();
}

void ScriptEditorPage::goTo(const kbedit::Problem& problem) {
    m_tabs->setCurrentIndex(problem.node.isEmpty() ? 1 : 0);
    if (problem.node.isEmpty())
        return m_title->setFocus();
    selectNode(problem.node);
    m_form->focusField({});
}

Status ScriptEditorPage::askNewScript(const QString& today, const QStringList& articleIds, QString* createdId) {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New script"));
    auto* form = new QFormLayout(&dialog);
    auto* id = new QLineEdit(&dialog);
    id->setPlaceholderText(tr("lower-case Latin letters, digits and dashes, e.g. vybor-nalogovogo-rezhima"));
    auto* title = new QLineEdit(&dialog);
    auto* category = new QComboBox(&dialog);
    if (m_kb) {
        for (const kb::Category& c : m_kb->categories()) {
            if (!c.parentId.isEmpty())
                category->addItem(c.title, c.id);
        }
    }
    auto* error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color:#b02020;"));
    error->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(tr("&Id:"), id);
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Category:"), category);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const Status st = m_editor.createScript(id->text().trimmed(), title->text(), category->currentData().toString(),
                                                today, articleIds);
        if (!st)
            return error->setText(st.error().message);
        *createdId = id->text().trimmed();
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return Error{Error::Code::InvalidInput, QString()};
    return Ok{};
}

void ScriptEditorPage::runPreview() {
    if (m_id.isEmpty() || !m_editor.workspace().script(m_id))
        return m_preview->closeScript();
    if (auto st = m_preview->start(m_id, false); !st)
        return emit message(st.error().message, true);
    m_preview->show();
}

} // namespace hotline::ui
