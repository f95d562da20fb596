#include "ArticleEditor.h"

#include "ArticlePreview.h"
#include "MetadataForm.h"
#include "ProblemList.h"
#include "kbedit/KbEditor.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace hotline::ui {

namespace {

// Puts `text` into the box changing only the part that differs: the cursor and the scroll position stay.
void replaceKeepingCursor(QPlainTextEdit* box, const QString& text) {
    const QString old = box->toPlainText();
    if (old == text)
        return;
    qsizetype prefix = 0;
    while (prefix < old.size() && prefix < text.size() && old.at(prefix) == text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < old.size() - prefix && suffix < text.size() - prefix &&
           old.at(old.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;
    const int scroll = box->verticalScrollBar()->value();
    QTextCursor c(box->document());
    c.setPosition(int(prefix));
    c.setPosition(int(old.size() - suffix), QTextCursor::KeepAnchor);
    c.insertText(text.mid(prefix, text.size() - prefix - suffix));
    QTextCursor shown = box->textCursor();
    shown.setPosition(c.position());
    box->setTextCursor(shown);
    box->verticalScrollBar()->setValue(scroll);
}

} // namespace

ArticleEditor::ArticleEditor(kbedit::KbWorkspace& workspace, kbedit::KbEditor& editor, QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_editor(editor)
    , m_state(new QLabel(this))
    , m_form(new MetadataForm(workspace, editor, this))
    , m_body(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_problems(new ProblemList(this))
    , m_split(new QSplitter(Qt::Horizontal, this))
    , m_previewTimer(new QTimer(this)) {
    auto* left = new QWidget(m_split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 4, 0);
    m_state->setObjectName(QStringLiteral("articleState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::RichText);
    leftLayout->addWidget(m_state);
    leftLayout->addWidget(m_form);
    auto* bodyLabel = new QLabel(tr("&Text (Markdown: the sections «## …», lists «- …», **bold**, "
                                    "[title](kb:article-id)):"),
                                 left);
    bodyLabel->setWordWrap(true);
    bodyLabel->setBuddy(m_body);
    leftLayout->addWidget(bodyLabel);
    m_body->setObjectName(QStringLiteral("articleBody"));
    m_body->setAccessibleName(tr("Article text"));
    m_body->setUndoRedoEnabled(false); // every change is a step on the editor's undo stack
    m_body->setTabChangesFocus(true);
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    leftLayout->addWidget(m_body, 1);

    auto* right = new QSplitter(Qt::Vertical, m_split);
    right->setObjectName(QStringLiteral("adminPreviewSplitter"));
    auto* previewBox = new QWidget(right);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(4, 0, 0, 0);
    auto* previewLabel = new QLabel(tr("&Preview — as the operator sees it:"), previewBox);
    previewLabel->setBuddy(m_preview);
    previewLayout->addWidget(previewLabel);
    m_preview->setObjectName(QStringLiteral("articlePreview"));
    m_preview->setOpenLinks(false);
    previewLayout->addWidget(m_preview, 1);
    right->addWidget(previewBox);
    m_problems->setContentsMargins(4, 0, 0, 0);
    right->addWidget(m_problems);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    m_split->addWidget(left);
    m_split->addWidget(right);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 1);
    m_split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ArticleEditor::renderPreviewNow);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading && !m_id.isEmpty())
            m_editor.setField(m_id, kbedit::ArticleField::Body, m_body->toPlainText());
    });
    connect(&m_ws, &kbedit::KbWorkspace::articleChanged, this, [this](const QString& id) {
        if (id != m_id)
            return;
        loadBody();
        updateState();
        m_previewTimer->start();
    });
    connect(m_problems, &ProblemList::activated, this, &ArticleEditor::goTo);
    showArticle({});
}

void ArticleEditor::showArticle(const QString& id) {
    m_id = id;
    m_serverNote.clear();
    m_form->showArticle(id);
    const bool has = m_ws.article(id) != nullptr;
    m_body->setEnabled(has);
    const bool was = std::exchange(m_loading, true);
    m_body->setPlainText(has ? m_ws.article(id)->doc.body : QString());
    m_loading = was;
    updateState();
    renderPreviewNow();
    setProblems(m_all);
}

void ArticleEditor::loadBody() {
    const kbedit::ArticleEntry* e = m_ws.article(m_id);
    if (!e)
        return;
    const bool was = std::exchange(m_loading, true);
    replaceKeepingCursor(m_body, e->doc.body);
    m_loading = was;
}

void ArticleEditor::setServerNote(const QString& text) {
    m_serverNote = text;
    updateState();
}

void ArticleEditor::updateState() {
    const kbedit::ArticleEntry* e = m_ws.article(m_id);
    if (!e) {
        m_state->setText(tr("Choose an article in the list on the left (Ctrl+L), or create one (Ctrl+N)."));
        return;
    }
    QString state;
    if (e->isNew())
        state = tr("<b>New article</b>, not on the server yet — kept as a draft on this computer.");
    else if (e->modified())
        state =
            e->baseVersion > 0
                ? tr("<b>Draft</b> based on version %1 — kept on this computer until published.").arg(e->baseVersion)
                : tr("<b>Draft</b> based on the shipped text — kept on this computer until published.");
    else
        state = e->baseVersion > 0 ? tr("Published, version %1.").arg(e->baseVersion)
                                   : tr("As shipped with the application.");
    if (!m_serverNote.isEmpty())
        state += QStringLiteral(" <span style=\"color:#b05a00;\">%1</span>").arg(m_serverNote.toHtmlEscaped());
    m_state->setText(QStringLiteral("%1 <span style=\"color:#777777;\">(%2)</span>").arg(state, m_id.toHtmlEscaped()));
}

void ArticleEditor::renderPreviewNow() {
    m_previewTimer->stop();
    const kbedit::ArticleEntry* e = m_ws.article(m_id);
    if (!e) {
        m_preview->clear();
        return;
    }
    const int scroll = m_preview->verticalScrollBar()->value();
    m_preview->setHtml(ArticlePreview::html(e->doc.parse()));
    m_preview->verticalScrollBar()->setValue(scroll);
}

void ArticleEditor::setProblems(const QList<kbedit::Problem>& problems) {
    m_all = problems;
    m_problems->setProblems(kbedit::KbChecker::about(problems, kbedit::Problem::Scope::Article, m_id));
}

void ArticleEditor::goTo(const kbedit::Problem& problem) {
    if (problem.bodyLine > 0) {
        const QTextBlock block = m_body->document()->findBlockByNumber(problem.bodyLine - 1);
        if (block.isValid()) {
            QTextCursor c(block);
            m_body->setTextCursor(c);
            m_body->centerCursor();
        }
        m_body->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!problem.field.isEmpty() && m_form->focusField(problem.field))
        return;
    m_body->setFocus(Qt::OtherFocusReason);
}

} // namespace hotline::ui
