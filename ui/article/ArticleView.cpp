#include "ArticleView.h"

#include "kb/KnowledgeBase.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedLayout>
#include <QTextBrowser>
#include <QUrl>

namespace hotline::ui {

ArticleView::ArticleView(const kb::KnowledgeBase* kb, QWidget* parent)
    : QWidget(parent)
    , m_kb(kb) {
    auto* stack = new QStackedLayout(this);
    m_empty = new QLabel(tr("Find an article with the search field above (Ctrl+F) or in the category tree, "
                            "then press Enter to open it."),
                         this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    stack->addWidget(m_empty);

    m_content = new QWidget(this);
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    m_copy = new QPushButton(tr("&Copy text for the caller"), m_content);
    m_copy->setToolTip(tr("Copies the title, documents, where to apply and the deadline for an e-mail or SMS"));
    m_file = new QPushButton(tr("File an &appeal (F8)"), m_content);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_file);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_splitter = new QSplitter(Qt::Vertical, m_content);
    m_splitter->setObjectName(QStringLiteral("articleSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_head = new QTextBrowser(m_splitter);
    m_head->setObjectName(QStringLiteral("articleScript"));
    m_head->setAccessibleName(tr("Answer script"));
    m_head->setOpenLinks(false);

    m_questionBox = new QGroupBox(tr("Clarifying questions"), m_splitter);
    auto* boxLayout = new QVBoxLayout(m_questionBox);
    boxLayout->setContentsMargins(4, 4, 4, 4);
    auto* scroll = new QScrollArea(m_questionBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* questionsWidget = new QWidget(scroll);
    m_questionLayout = new QVBoxLayout(questionsWidget);
    m_questionLayout->setContentsMargins(2, 2, 2, 2);
    scroll->setWidget(questionsWidget);
    boxLayout->addWidget(scroll);

    m_details = new QTextBrowser(m_splitter);
    m_details->setObjectName(QStringLiteral("articleDetails"));
    m_details->setAccessibleName(tr("Documents and where to apply"));
    m_details->setOpenLinks(false);
    m_splitter->addWidget(m_head);
    m_splitter->addWidget(m_questionBox);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 3);
    layout->addWidget(m_splitter, 1);
    stack->addWidget(m_content);

    connect(m_copy, &QPushButton::clicked, this, &ArticleView::copyCallerText);
    connect(m_file, &QPushButton::clicked, this, &ArticleView::fileAppealRequested);
    connect(m_head, &QTextBrowser::anchorClicked, this, &ArticleView::onAnchor);
    connect(m_details, &QTextBrowser::anchorClicked, this, &ArticleView::onAnchor);
    showArticle(nullptr);
}

bool ArticleView::setKnowledgeBase(const kb::KnowledgeBase* kb) {
    const QString id = m_article ? m_article->id : QString();
    const QString text = m_article ? m_article->markdown : QString();
    m_kb = kb;
    if (id.isEmpty())
        return false;
    const kb::Article* fresh = kb ? kb->article(id) : nullptr;
    if (fresh && fresh->markdown == text) {
        m_article = fresh;
        return false;
    }
    m_article = nullptr; // the old article lives in the old base, which is about to go
    showArticle(fresh);
    return true;
}

void ArticleView::showArticle(const kb::Article* article) {
    m_article = article;
    auto* stack = static_cast<QStackedLayout*>(layout());
    stack->setCurrentWidget(article ? m_content : static_cast<QWidget*>(m_empty));
    while (QLayoutItem* item = m_questionLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_questions.clear();
    if (!article) {
        m_head->clear();
        m_details->clear();
        return;
    }
    renderHead();
    for (const QString& question : article->questions) {
        // A check box does not wrap its text: the question is a wrapping label beside it that toggles it too.
        auto* row = new QWidget(m_questionBox);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto* box = new QCheckBox(row);
        const QString text = ArticleHtml::markdownToPlain(question);
        box->setAccessibleName(text);
        auto* label = new QLabel(text, row);
        label->setWordWrap(true);
        label->installEventFilter(this);
        label->setProperty("questionBox", QVariant::fromValue<QObject*>(box));
        rowLayout->addWidget(box, 0, Qt::AlignTop);
        rowLayout->addWidget(label, 1);
        m_questionLayout->addWidget(row);
        m_questions.append(box);
    }
    m_questionLayout->addStretch();
    m_questionBox->setVisible(!m_questions.isEmpty());
    m_details->setHtml(ArticleHtml::detailsHtml(*article, m_kb));
}

void ArticleView::setPlaceholders(const PlaceholderValues& values) {
    m_values = values;
    if (m_article)
        renderHead();
}

void ArticleView::renderHead() {
    // Keep the operator's place in the script when the values change during the call.
    const int scroll = m_head->verticalScrollBar()->value();
    m_head->setHtml(ArticleHtml::headHtml(*m_article, m_values));
    m_head->verticalScrollBar()->setValue(scroll);
}

QString ArticleView::callerText() const {
    return m_article ? ArticleHtml::callerText(*m_article, m_values.deadline) : QString();
}

void ArticleView::copyCallerText() {
    if (!m_article)
        return;
    QApplication::clipboard()->setText(callerText());
    emit callerTextCopied();
}

bool ArticleView::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::MouseButtonRelease) {
        if (auto* box = qobject_cast<QCheckBox*>(watched->property("questionBox").value<QObject*>()))
            box->toggle();
    }
    return QWidget::eventFilter(watched, event);
}

void ArticleView::onAnchor(const QUrl& url) {
    if (url.scheme() == QLatin1String("kb"))
        emit articleLinkActivated(url.path());
}

} // namespace hotline::ui
