#include "MainWindow.h"

#include "StatusIndicators.h"
#include "appeal/AppealForm.h"
#include "appeal/DraftKeeper.h"
#include "article/ArticleView.h"
#include "call/CallPanel.h"
#include "call/CallSession.h"
#include "itemmodels/SearchResultsModel.h"
#include "kb/KnowledgeBase.h"
#include "outbox/OutboxDialog.h"
#include "scripts/ScriptController.h"
#include "scripts/ScriptRunnerView.h"
#include "search/NavigatorPanel.h"
#include "search/SearchField.h"
#include "settings/Settings.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace hotline::ui {

MainWindow::MainWindow(const Services& services, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_liveTimer(new QTimer(this)) {
    setWindowTitle(tr("Hotline 0150"));
    setObjectName(QStringLiteral("mainWindow"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("startupError"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background-color:#fde0e0; color:#8a0000; padding:6px;"));
    m_banner->setText(m_services.startupError);
    m_banner->setVisible(!m_services.startupError.isEmpty());
    layout->addWidget(m_banner);
    auto* searchRow = new QHBoxLayout;
    m_search = new SearchField(central);
    auto* searchLabel = new QLabel(tr("&Search:"), central);
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_navigator = new NavigatorPanel(m_services.kb, m_services.index, m_splitter);
    m_navigator->setMinimumWidth(240);
    // A guided script asks above the article (ui/scripts).
    auto* centre = new QSplitter(Qt::Vertical, m_splitter);
    centre->setObjectName(QStringLiteral("scriptSplitter"));
    centre->setChildrenCollapsible(false);
    m_scriptView = new ScriptRunnerView(m_services.kb, centre);
    m_scriptView->setReference(m_services.reference);
    m_article = new ArticleView(m_services.kb, centre);
    m_article->setMinimumWidth(380);
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(centre);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setSizes({400, 530});
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    const int target = m_services.settings->targetHandlingSeconds(m_services.policy->settings().targetHandlingSeconds);
    m_callPanel = new CallPanel(m_services, m_services.session, target, this);
    m_callDock = new QDockWidget(tr("Call"), this);
    m_callDock->setObjectName(QStringLiteral("callDock"));
    m_callDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_callDock->setWidget(m_callPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_callDock);

    m_form = new AppealForm(
        m_services,
        [this] {
            return AppealForm::CallContext{m_services.session->deadlineBase(), m_services.session->elapsedSeconds()};
        },
        this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_form);
    m_formDock = new QDockWidget(tr("Appeal"), this);
    m_formDock->setObjectName(QStringLiteral("appealDock"));
    m_formDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_formDock->setWidget(scroll);
    m_formDock->setMinimumWidth(380);
    addDockWidget(Qt::RightDockWidgetArea, m_formDock);
    resizeDocks({m_callDock, m_formDock}, {440, 440}, Qt::Horizontal);
    // The call panel whole (its four deadline lines of a complex consultation), the appeal form below it.
    resizeDocks({m_callDock, m_formDock}, {208, 512}, Qt::Vertical);

    m_indicators = new StatusIndicators(m_services, this);
    statusBar()->addPermanentWidget(m_indicators);
    m_draft = new DraftKeeper(m_form, m_services.session,
                              QDir(m_services.dataDir).filePath(QStringLiteral("appeal-draft.json")), this);
    connect(m_draft, &DraftKeeper::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });

    connect(m_search, &SearchField::queryChanged, m_navigator, &NavigatorPanel::setTypedQuery);
    connect(m_search, &SearchField::querySettled, m_navigator, &NavigatorPanel::setQuery);
    // Once the navigator shows a query's final results: the call record learns the query and whether it found
    // anything (a partial match only counts as nothing found).
    connect(m_navigator, &NavigatorPanel::searched, this,
            [this](const QString& query, int found) { m_services.session->noteSearch(query, found); });
    connect(m_search, &SearchField::moveRequested, m_navigator, &NavigatorPanel::moveSelection);
    connect(m_search, &SearchField::activated, m_navigator, &NavigatorPanel::activateCurrent);
    connect(m_navigator, &NavigatorPanel::articleRequested, this, &MainWindow::openArticle);
    m_scripts =
        new ScriptController(m_scriptView, m_article, m_form, m_navigator, m_services.session, m_services.kb, this);
    connect(m_scripts, &ScriptController::articleRequested, this, &MainWindow::openArticle);
    connect(m_scripts, &ScriptController::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_article, &ArticleView::articleLinkActivated, this, &MainWindow::openArticle);
    connect(m_article, &ArticleView::fileAppealRequested, this, &MainWindow::openAppealForm);
    connect(m_article, &ArticleView::callerTextCopied, this,
            [this] { statusBar()->showMessage(tr("The text for the caller is on the clipboard."), 5000); });
    connect(m_form, &AppealForm::selectionChanged, m_callPanel, &CallPanel::setSelection);
    connect(m_form, &AppealForm::selectionChanged, this, &MainWindow::refreshLiveValues);
    connect(m_form, &AppealForm::organisationChanged, this, &MainWindow::refreshLiveValues);
    connect(m_services.session, &call::CallSession::stateChanged, this, &MainWindow::refreshLiveValues);
    connect(m_form, &AppealForm::appealFiled, this, [this](const domain::Appeal& appeal, qint64) {
        m_services.session->noteAppealFiled(appeal.clientId.toString(QUuid::WithoutBraces));
        m_draft->clear();
        statusBar()->showMessage(tr("The appeal is stored in the outbox."), 8000);
    });
    connect(m_indicators, &StatusIndicators::outboxRequested, this, &MainWindow::showOutbox);
    connect(m_liveTimer, &QTimer::timeout, this, &MainWindow::refreshLiveValues);
    m_liveTimer->start(15000);

    buildMenus();
    restoreLayout();
    if (m_draft->restore())
        statusBar()->showMessage(tr("The unfinished appeal of the previous session was restored."), 10000);
    m_callPanel->setSelection(m_form->selection());
    refreshLiveValues();
    m_search->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    QAction* outbox = file->addAction(tr("&Outbox…"), this, &MainWindow::showOutbox);
    outbox->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu* search = menuBar()->addMenu(tr("&Search"));
    QAction* find = search->addAction(tr("&Find in the knowledge base"), this, &MainWindow::focusSearch);
    find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(Qt::Key_F3)});
    QAction* copy = search->addAction(tr("&Copy text for the caller"), m_article, &ArticleView::copyCallerText);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

    QMenu* callMenu = menuBar()->addMenu(tr("&Call"));
    for (QAction* a : {m_callPanel->startAction(), m_callPanel->holdAction(), m_callPanel->endAction(),
                       m_callPanel->discardAction()})
        callMenu->addAction(a);

    QMenu* appeal = menuBar()->addMenu(tr("&Appeal"));
    QAction* fileAppeal = appeal->addAction(tr("&File an appeal"), this, &MainWindow::openAppealForm);
    fileAppeal->setShortcut(Qt::Key_F8);
    QAction* submit = appeal->addAction(tr("&Submit the form"), m_form, &AppealForm::submit);
    submit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    submit->setShortcutContext(Qt::WidgetShortcut); // shown in the menu; the form owns the live shortcut

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_callDock->toggleViewAction());
    view->addAction(m_formDock->toggleViewAction());

    m_modeMenu = menuBar()->addMenu(tr("&Mode"));
    m_supervisorAction =
        m_modeMenu->addAction(tr("&Supervisor: call log and dashboard…"), this, &MainWindow::supervisorModeRequested);
    m_supervisorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_editorAction = m_modeMenu->addAction(tr("Knowledge base &editor…"), this, &MainWindow::editorModeRequested);
    m_editorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    setModes({});
}

void MainWindow::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::openArticle(const QString& articleId) {
    const kb::Article* article = m_services.kb ? m_services.kb->article(articleId) : nullptr;
    if (!article) {
        statusBar()->showMessage(tr("The article «%1» is not in the knowledge base.").arg(articleId), 8000);
        return;
    }
    m_article->showArticle(article);
    m_navigator->revealInTree(articleId);
    m_services.session->noteArticleOpened(articleId, article->category);
    refreshLiveValues();
}

void MainWindow::openAppealForm() {
    const kb::Article* article = m_article->article();
    if (article && m_form->data().articleId != article->id)
        m_form->prefillFromArticle(*article);
    m_formDock->show();
    m_formDock->raise();
    m_form->firstInput()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showOutbox() {
    if (!m_outboxDialog)
        m_outboxDialog = new OutboxDialog(m_services, this);
    m_outboxDialog->show();
    m_outboxDialog->raise();
    m_outboxDialog->activateWindow();
}

void MainWindow::refreshLiveValues() {
    const KindSelection selection = m_form->selection();
    const QDateTime base = m_services.session->deadlineBase();
    const AppealFormData data = m_form->data();
    PlaceholderValues values;
    values.organisation = data.organisation.trimmed();
    values.deadline = DeadlineText::dueTime(DeadlineText::promised(*m_services.policy, selection, base));
    values.operatorName = m_services.settings->serverLogin();
    values.municipality = data.municipality.trimmed();
    values.contact = data.contactPerson.trimmed();
    m_article->setPlaceholders(values);
    m_scriptView->setPlaceholders(values);
    m_indicators->refresh();
}

void MainWindow::setKnowledgeBase(const kb::KnowledgeBase* kb, kb::SearchIndex* index, const QStringList& updated) {
    m_services.kb = kb;
    m_services.index = index;
    m_navigator->setKnowledgeBase(kb, index);
    m_form->setKnowledgeBase(kb);
    m_scripts->setKnowledgeBase(kb);
    const QString openId = m_article->article() ? m_article->article()->id : QString();
    const bool openChanged = m_article->setKnowledgeBase(kb);
    refreshLiveValues();
    if (openChanged && !openId.isEmpty()) {
        statusBar()->showMessage(m_article->article()
                                     ? tr("The knowledge base was updated; the open article has changed.")
                                     : tr("The knowledge base was updated; the open article was removed from it."),
                                 15000);
    } else {
        statusBar()->showMessage(
            tr("The knowledge base was updated (%n article(s)).", nullptr, static_cast<int>(updated.size())), 8000);
    }
}

void MainWindow::setModes(const net::UserModes& modes) {
    // Not offered at all, rather than offered and refused: the menu shows what this user can do.
    const bool supervisor = net::supervisorModeAccess(modes).ok();
    m_supervisorAction->setVisible(supervisor);
    m_supervisorAction->setEnabled(supervisor);
    m_editorAction->setVisible(modes.editor);
    m_editorAction->setEnabled(modes.editor);
    m_modeMenu->menuAction()->setVisible(supervisor || modes.editor);
}

void MainWindow::showProblem(const QString& message) {
    statusBar()->showMessage(message, 30000);
}

void MainWindow::noteKbPagesSkipped(int pages) {
    if (pages > 0)
        statusBar()->showMessage(
            tr("Knowledge base sync: %n page(s) with errors were skipped, the previous text stays.", nullptr, pages),
            15000);
}

void MainWindow::restoreLayout() {
    const QByteArray geometry = m_services.settings->windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    else
        resize(1366, 740);
    const QByteArray state = m_services.settings->windowState();
    if (!state.isEmpty())
        restoreState(state);
    for (QSplitter* s : {m_splitter, m_article->splitter()}) {
        const QByteArray splitterState = m_services.settings->splitterState(s->objectName());
        if (!splitterState.isEmpty())
            s->restoreState(splitterState);
    }
}

void MainWindow::saveLayout() {
    m_services.settings->setWindowGeometry(saveGeometry());
    m_services.settings->setWindowState(saveState());
    for (QSplitter* s : {m_splitter, m_article->splitter()})
        m_services.settings->setSplitterState(s->objectName(), s->saveState());
    m_services.settings->sync();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_draft->saveNow();
    saveLayout();
    event->accept();
}

} // namespace hotline::ui
