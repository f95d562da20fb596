#include "AdminWindow.h"

#include "ArticleEditor.h"
#include "ArticleListPanel.h"
#include "CategoriesPage.h"
#include "HistoryView.h"
#include "MetadataForm.h"
#include "NewArticleDialog.h"
#include "ProblemList.h"
#include "PublishController.h"
#include "ScriptEditorPage.h"
#include "ScriptPublishController.h"
#include "SynonymsPage.h"
#include "UndoShortcutFilter.h"
#include "call/Clock.h"
#include "domain/MoscowTime.h"
#include "kb/KnowledgeBase.h"
#include "kbedit/KbEditor.h"
#include "kbedit/ScriptEditor.h"
#include "kbsync/WikiSync.h"
#include "settings/Settings.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoGroup>

namespace hotline::ui {

AdminWindow::AdminWindow(AdminContext context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(std::move(context)) {
    setWindowTitle(tr("Line 0150 — knowledge base editor"));
    setObjectName(QStringLiteral("adminWindow"));
    const QString kbDir = kbsync::WikiSync::currentKbDir(m_context.shippedKbDir, m_context.dataDir);
    auto ws = kbedit::KbWorkspace::open(kbDir, m_context.dataDir);
    if (!ws) {
        auto* label = new QLabel(
            tr("The knowledge base in %1 could not be opened for editing: %2").arg(kbDir, ws.error().message), this);
        label->setWordWrap(true);
        label->setMargin(24);
        setCentralWidget(label);
        return;
    }
    m_ws = std::move(ws).value();
    m_editor = new kbedit::KbEditor(*m_ws, this);
    m_checker = std::make_unique<kbedit::KbChecker>(*m_ws);
    m_controller = new PublishController(
        *m_editor, m_context.wiki, this, [this](const QString& q) { return confirm(q); },
        [this] {
            runCheck();
            return m_problems;
        });
    m_controller->setToday(today().toString(Qt::ISODate), today().toString(QStringLiteral("dd.MM.yyyy")));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    m_tabs->addTab(buildArticlesTab(), tr("&Articles"));
    m_categories = new CategoriesPage(*m_editor, m_tabs);
    m_tabs->addTab(m_categories, tr("&Categories"));
    m_synonyms = new SynonymsPage(*m_editor, m_tabs);
    m_tabs->addTab(m_synonyms, tr("S&ynonyms"));
    buildScriptsTab(kbDir);
    setCentralWidget(m_tabs);
    buildActions();

    m_server = new QLabel(this);
    m_server->setObjectName(QStringLiteral("adminMessage"));
    m_drafts = new QLabel(this);
    m_summary = new QLabel(this);
    statusBar()->addWidget(m_server, 1);
    statusBar()->addPermanentWidget(m_summary);
    statusBar()->addPermanentWidget(m_drafts);

    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(400);
    connect(m_checkTimer, &QTimer::timeout, this, &AdminWindow::runCheck);
    for (auto signal : {&kbedit::KbWorkspace::categoriesChanged, &kbedit::KbWorkspace::synonymsChanged})
        connect(m_ws.get(), signal, m_checkTimer, qOverload<>(&QTimer::start));
    for (auto signal : {&kbedit::KbWorkspace::articleChanged, &kbedit::KbWorkspace::articleAdded,
                        &kbedit::KbWorkspace::articleRemoved})
        connect(m_ws.get(), signal, m_checkTimer, qOverload<>(&QTimer::start));
    for (auto signal : {&kbedit::ScriptWorkspace::scriptChanged, &kbedit::ScriptWorkspace::scriptAdded,
                        &kbedit::ScriptWorkspace::scriptRemoved})
        connect(m_scriptWs.get(), signal, m_checkTimer, qOverload<>(&QTimer::start));
    connect(m_ws.get(), &kbedit::KbWorkspace::draftsSaved, this, [this] {
        m_drafts->setStyleSheet({});
        m_drafts->setText(tr("Drafts saved %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm"))));
    });
    connect(m_ws.get(), &kbedit::KbWorkspace::draftSaveFailed, this, [this](const QString& why) {
        m_drafts->setStyleSheet(QStringLiteral("color:#b02020;"));
        m_drafts->setText(tr("Drafts NOT saved"));
        showMessage(tr("The drafts could not be saved: %1. Keep the window open; it tries again with the next "
                       "change.")
                        .arg(why),
                    true);
    });
    connect(m_controller, &PublishController::message, this, &AdminWindow::showMessage);
    connect(m_controller, &PublishController::published, this, &AdminWindow::knowledgeBasePublished);
    connect(m_controller, &PublishController::busyChanged, this, [this](bool busy) { m_publish->setEnabled(!busy); });
    connect(m_scriptController, &ScriptPublishController::message, this, &AdminWindow::showMessage);
    connect(m_scriptController, &ScriptPublishController::published, this, &AdminWindow::knowledgeBasePublished);
    connect(m_scriptController, &ScriptPublishController::busyChanged, this,
            [this](bool busy) { m_publish->setEnabled(!busy); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &AdminWindow::tabChanged);
    connect(m_categories, &CategoriesPage::message, this, [this](const QString& m) { showMessage(m, true); });

    m_undoFilter = new UndoShortcutFilter(this);
    m_undoFilter->watch(this);
    runCheck();
    m_controller->refreshVersions();
    m_scriptController->refreshVersions();
    const int drafts = int(m_ws->modifiedArticles().size());
    if (drafts > 0)
        showMessage(tr("%n article draft(s) from earlier are back; the list shows them in bold.", nullptr, drafts),
                    false);
    resize(1366, 768);
    if (m_context.settings) {
        for (auto* split : findChildren<QSplitter*>()) {
            if (!split->objectName().isEmpty())
                split->restoreState(m_context.settings->splitterState(split->objectName()));
        }
    }
    if (m_list->view()->model()->rowCount() > 0)
        m_list->view()->setCurrentIndex(m_list->view()->model()->index(0, 0));
    tabChanged();
}

AdminWindow::~AdminWindow() {
    // The pages, their models, the controllers and the editors refer to the workspaces: they go before them
    // (members are destroyed before the children).
    delete takeCentralWidget();
    delete m_controller;
    delete m_scriptController;
    delete m_scriptEditor;
    delete m_editor;
}

void AdminWindow::buildScriptsTab(const QString& kbDir) {
    m_scriptWs = std::make_unique<kbedit::ScriptWorkspace>(kbDir, m_context.dataDir);
    m_scriptEditor = new kbedit::ScriptEditor(*m_scriptWs, m_editor->undoGroup(), this);
    m_checker->setScripts(m_scriptWs.get());
    m_scriptKb = std::make_unique<kb::KnowledgeBase>(kb::KnowledgeBase::loadFromDir(kbDir).kb);
    m_scripts = new ScriptEditorPage(*m_scriptEditor, *m_ws, m_scriptKb.get(), m_ws->reference(), m_tabs);
    m_tabs->addTab(m_scripts, tr("Sc&ripts"));
    m_scriptController = new ScriptPublishController(
        *m_scriptEditor, m_context.wiki, this, [this](const QString& q) { return confirm(q); },
        [this] {
            runCheck();
            return m_problems;
        });
    connect(m_scripts, &ScriptEditorPage::message, this, &AdminWindow::showMessage);
    connect(m_scripts, &ScriptEditorPage::newScriptRequested, this, &AdminWindow::newScript);
    connect(m_scripts, &ScriptEditorPage::currentScriptChanged, this, [this](const QString& id) {
        if (m_tabs->currentWidget() == m_scripts)
            m_scriptEditor->activate(id);
        m_scriptController->opened(id, m_scripts);
        if (m_undoFilter)
            m_undoFilter->watch(m_scripts);
    });
    connect(m_scripts, &ScriptEditorPage::historyRequested, this,
            [this](const QString& id) { m_scriptController->loadHistory(id, m_scripts->history()); });
    connect(m_scripts, &ScriptEditorPage::restoreRequested, this, [this](const QString& id, int version, int current) {
        m_scriptController->restore(id, version, current, m_scripts->history());
    });
}

void AdminWindow::newScript() {
    QString id;
    if (auto created = m_scripts->askNewScript(today().toString(Qt::ISODate), m_ws->articleIds(), &id); !created) {
        if (!created.error().message.isEmpty())
            showMessage(created.error().message, true);
        return;
    }
    m_tabs->setCurrentWidget(m_scripts);
    m_scripts->showScript(id);
}

QWidget* AdminWindow::buildArticlesTab() {
    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("adminArticlesSplitter"));
    m_list = new ArticleListPanel(*m_ws, split);
    m_list->setToday(today());
    if (m_context.openedArticleIds)
        m_list->setOpenedArticles(m_context.openedArticleIds);
    m_articleTabs = new QTabWidget(split);
    m_articleTabs->setObjectName(QStringLiteral("articleTabs"));
    m_articleEditor = new ArticleEditor(*m_ws, *m_editor, m_articleTabs);
    m_articleEditor->splitter()->setObjectName(QStringLiteral("adminEditorSplitter"));
    m_articleEditor->form()->setToday(today());
    m_history = new HistoryView(*m_ws, m_articleTabs);
    m_articleTabs->addTab(m_articleEditor, tr("E&diting"));
    m_articleTabs->addTab(m_history, tr("&History"));
    split->addWidget(m_list);
    split->addWidget(m_articleTabs);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({360, 1006});
    connect(m_list, &ArticleListPanel::currentArticleChanged, this, &AdminWindow::currentArticleChanged);
    connect(m_articleTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            m_controller->loadHistory(m_articleEditor->articleId(), m_history);
    });
    connect(m_history, &HistoryView::refreshRequested, this,
            [this] { m_controller->loadHistory(m_articleEditor->articleId(), m_history); });
    connect(m_history, &HistoryView::restoreRequested, this, [this](int version, int current) {
        m_controller->restore(m_articleEditor->articleId(), version, current, m_history);
    });
    return split;
}

void AdminWindow::buildActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* create = file->addAction(tr("&New article…"), this, &AdminWindow::newArticle);
    create->setShortcut(QKeySequence::New);
    m_create = create;
    QAction* save = file->addAction(tr("&Save drafts now"), this, [this] {
        runCheck();
        if (m_ws->saveDrafts() && m_scriptWs->saveDrafts())
            showMessage(tr("The drafts are saved on this computer. The check: %1.").arg(m_summary->text()), false);
    });
    save->setShortcut(QKeySequence::Save);
    m_publish = file->addAction(tr("&Publish…"), this, &AdminWindow::publishCurrent);
    m_publish->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    file->addAction(tr("&Back to the published text…"), this, &AdminWindow::revertArticle);
    QAction* refresh = file->addAction(tr("&Refresh from the server"), this, [this] {
        m_controller->refreshVersions();
        m_controller->openedArticle(m_articleEditor->articleId(), m_articleEditor);
        m_scriptController->refreshVersions();
        m_scriptController->opened(m_scripts->scriptId(), m_scripts);
    });
    refresh->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close the editor"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = m_editor->undoGroup()->createUndoAction(this, tr("Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_editor->undoGroup()->createRedoAction(this, tr("Redo"));
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    QAction* check = edit->addAction(tr("&Check now"), this, [this] {
        runCheck();
        m_articleEditor->problems()->list()->setFocus();
    });
    check->setShortcut(Qt::Key_F7);
    QAction* find = edit->addAction(tr("&Find an article"), this, [this] {
        m_tabs->setCurrentIndex(0);
        m_list->textFilter()->setFocus();
        m_list->textFilter()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction* list = edit->addAction(tr("Go to the &list"), this, [this] {
        m_tabs->setCurrentIndex(0);
        m_list->view()->setFocus();
    });
    list->setShortcut(Qt::CTRL | Qt::Key_L);
    QAction* history = edit->addAction(tr("Article &history"), this, [this] {
        m_tabs->setCurrentIndex(0);
        m_articleTabs->setCurrentIndex(m_articleTabs->currentIndex() == 1 ? 0 : 1);
    });
    history->setShortcut(Qt::CTRL | Qt::Key_H);
    for (int i = 0; i < 4; ++i) {
        auto* tab = new QAction(this);
        tab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(tab, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        addAction(tab);
    }
    auto* toolbar = addToolBar(tr("Editor"));
    toolbar->setObjectName(QStringLiteral("adminToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({create, m_publish, m_undo, m_redo, check, refresh});
    for (QAction* a : {create, save, m_publish, check, refresh, history})
        a->setToolTip(a->text().remove(QLatin1Char('&')) + QStringLiteral(" (") +
                      a->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')'));
}

QDate AdminWindow::today() const {
    if (m_context.clock)
        return domain::toMoscow(m_context.clock->now()).date();
    return domain::toMoscow(QDateTime::currentDateTimeUtc()).date();
}

bool AdminWindow::confirm(const QString& question) {
    if (m_context.confirm)
        return m_context.confirm(this, question);
    return QMessageBox::question(this, windowTitle(), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

void AdminWindow::openArticle(const QString& id) {
    m_tabs->setCurrentIndex(0);
    m_list->select(id);
}

void AdminWindow::currentArticleChanged(const QString& id) {
    if (id.isEmpty() || id == m_articleEditor->articleId())
        return;
    m_articleEditor->showArticle(id);
    m_editor->activateArticle(id);
    m_controller->openedArticle(id, m_articleEditor);
    if (m_articleTabs->currentIndex() == 1)
        m_controller->loadHistory(id, m_history);
    else
        m_history->setArticle(id);
    m_undoFilter->watch(m_articleEditor); // the roadmap table makes spin boxes as it goes
}

void AdminWindow::tabChanged() {
    switch (m_tabs->currentIndex()) {
    case 1:
        m_editor->activateCategories();
        m_publish->setText(tr("&Publish the categories…"));
        break;
    case 2:
        m_editor->activateSynonyms();
        m_publish->setText(tr("&Publish the synonyms…"));
        break;
    case 3:
        m_scriptEditor->activate(m_scripts->scriptId());
        m_publish->setText(tr("&Publish the script…"));
        m_create->setText(tr("&New script…"));
        return;
    default:
        m_editor->activateArticle(m_articleEditor->articleId());
        m_publish->setText(tr("&Publish the article…"));
    }
    m_create->setText(tr("&New article…"));
}

void AdminWindow::publishCurrent() {
    runCheck();
    switch (m_tabs->currentIndex()) {
    case 1:
        return m_controller->publishData(kbsync::KbDataPage::Kind::Categories);
    case 2:
        return m_controller->publishData(kbsync::KbDataPage::Kind::Synonyms);
    case 3:
        return m_scriptController->publish(m_scripts->scriptId());
    default:
        if (!m_articleEditor->articleId().isEmpty())
            m_controller->publishArticle(m_articleEditor->articleId());
    }
}

void AdminWindow::newArticle() {
    if (m_tabs->currentWidget() == m_scripts)
        return newScript();
    const kbedit::ArticleEntry* current = m_ws->article(m_articleEditor->articleId());
    NewArticleDialog dialog(*m_editor, current ? current->doc.category : QString(), today().toString(Qt::ISODate),
                            this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    openArticle(dialog.createdId());
    m_articleEditor->bodyField()->setFocus();
}

void AdminWindow::revertArticle() {
    const QString id = m_articleEditor->articleId();
    const kbedit::ArticleEntry* e = m_ws->article(id);
    if (!e || !e->modified())
        return;
    if (e->isNew())
        return showMessage(tr("A new article has no published text: Ctrl+Z undoes creating it."), false);
    if (!confirm(tr("Put the published text of «%1» back in the editor? Your changes go away from the editor (Ctrl+Z "
                    "brings them back while the window is open).")
                     .arg(e->doc.title)))
        return;
    if (auto doc = kbedit::ArticleDocument::fromText(e->baseText))
        m_editor->replaceDocument(id, doc.value(), tr("back to the published text"));
}

void AdminWindow::runCheck() {
    if (!m_checker)
        return;
    m_checkTimer->stop();
    m_problems = m_checker->check();
    m_articleEditor->setProblems(m_problems);
    m_categories->setProblems(m_problems);
    m_synonyms->setProblems(m_problems);
    m_scripts->setProblems(m_problems);
    updateProblemSummary();
}

void AdminWindow::updateProblemSummary() {
    int errors = 0;
    for (const kbedit::Problem& p : m_problems)
        errors += p.severity == kbedit::Problem::Severity::Error;
    m_summary->setText(errors == 0 ? tr("No errors in the knowledge base")
                                   : tr("%n error(s) in the knowledge base", nullptr, errors));
    m_summary->setStyleSheet(errors == 0 ? QString() : QStringLiteral("color:#b02020;"));
}

void AdminWindow::showMessage(const QString& text, bool problem) {
    if (!m_server)
        return;
    m_server->setText(text);
    m_server->setToolTip(text);
    m_server->setStyleSheet(problem ? QStringLiteral("color:#b02020;") : QString());
}

QString AdminWindow::statusText() const {
    return m_server ? m_server->text() : QString();
}

void AdminWindow::closeEvent(QCloseEvent* event) {
    if (!m_ws)
        return QMainWindow::closeEvent(event);
    Status saved = m_ws->saveDrafts();
    if (saved)
        saved = m_scriptWs->saveDrafts();
    if (!saved) {
        if (!confirm(tr("The drafts could not be saved (%1). Close anyway and lose the unpublished changes?")
                         .arg(saved.error().message))) {
            event->ignore();
            return;
        }
    } else if (const int n = int(m_ws->modifiedArticles().size()) + m_ws->categoriesModified() +
                             m_ws->synonymsModified() + int(m_scriptWs->modifiedScripts().size());
               n > 0) {
        if (!confirm(tr("%n change(s) are not published. They are kept as drafts on this computer and are here when "
                        "you open the editor again. Close the editor?",
                        nullptr, n))) {
            event->ignore();
            return;
        }
    }
    if (m_context.settings) {
        for (auto* split : findChildren<QSplitter*>()) {
            if (!split->objectName().isEmpty())
                m_context.settings->setSplitterState(split->objectName(), split->saveState());
        }
    }
    QMainWindow::closeEvent(event);
}

} // namespace hotline::ui
