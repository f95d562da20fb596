#pragma once

#include "ArticleHtml.h"

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTextBrowser;
class QUrl;
class QVBoxLayout;

namespace hotline::kb {
class KnowledgeBase;
}

namespace hotline::ui {

// The open article: title and the answer script in a frame with its placeholders filled, the clarifying
// questions as a checklist, then documents, where to apply, notes and related articles.
class ArticleView : public QWidget {
    Q_OBJECT
public:
    explicit ArticleView(const kb::KnowledgeBase* kb, QWidget* parent = nullptr);

    void showArticle(const kb::Article* article);
    // Another knowledge base (after a sync). The open article stays open: if its text is unchanged the
    // operator's ticks in the checklist stay too; if it changed it is shown anew; if it is gone the view
    // says so. Returns true when the open article was changed or removed.
    bool setKnowledgeBase(const kb::KnowledgeBase* kb);
    const kb::Article* article() const { return m_article; }
    void setPlaceholders(const PlaceholderValues& values);
    // The text "Copy for the caller" puts on the clipboard.
    QString callerText() const;
    QSplitter* splitter() const { return m_splitter; }
    QList<QCheckBox*> questionBoxes() const { return m_questions; }
    QTextBrowser* scriptBrowser() const { return m_head; }
    QTextBrowser* detailsBrowser() const { return m_details; }

public slots:
    void copyCallerText();

signals:
    void articleLinkActivated(const QString& articleId);
    void fileAppealRequested();
    void callerTextCopied();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void renderHead();
    void onAnchor(const QUrl& url);

    const kb::KnowledgeBase* m_kb;
    const kb::Article* m_article = nullptr;
    PlaceholderValues m_values;
    QLabel* m_empty;
    QWidget* m_content;
    QSplitter* m_splitter;
    QTextBrowser* m_head;
    QGroupBox* m_questionBox;
    QVBoxLayout* m_questionLayout;
    QList<QCheckBox*> m_questions;
    QTextBrowser* m_details;
    QPushButton* m_copy;
    QPushButton* m_file;
};

} // namespace hotline::ui
