#pragma once

#include "kbedit/KbChecker.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTextBrowser;
class QTimer;

namespace hotline::kbedit {
class KbEditor;
class KbWorkspace;
} // namespace hotline::kbedit

namespace hotline::ui {

class MetadataForm;
class ProblemList;

// The open article: a line saying where it stands (draft, based on which version, newer on the server), the
// metadata form and the Markdown text on the left, the live preview as the operator sees it and the check's
// problems on the right. Changes of the text go to KbEditor as undo steps.
class ArticleEditor : public QWidget {
    Q_OBJECT
public:
    ArticleEditor(kbedit::KbWorkspace& workspace, kbedit::KbEditor& editor, QWidget* parent = nullptr);

    void showArticle(const QString& id);
    QString articleId() const { return m_id; }
    // The problems of the whole base; the editor shows the open article's.
    void setProblems(const QList<kbedit::Problem>& problems);
    void goTo(const kbedit::Problem& problem);
    void setServerNote(const QString& text); // "the server has version 5 by …", empty: none

    MetadataForm* form() const { return m_form; }
    QPlainTextEdit* bodyField() const { return m_body; }
    QTextBrowser* preview() const { return m_preview; }
    ProblemList* problems() const { return m_problems; }
    QLabel* stateLine() const { return m_state; }
    QSplitter* splitter() const { return m_split; }
    void renderPreviewNow();

private:
    void loadBody();
    void updateState();

    kbedit::KbWorkspace& m_ws;
    kbedit::KbEditor& m_editor;
    QString m_id;
    bool m_loading = false;
    QString m_serverNote;
    QList<kbedit::Problem> m_all;

    QLabel* m_state;
    MetadataForm* m_form;
    QPlainTextEdit* m_body;
    QTextBrowser* m_preview;
    ProblemList* m_problems;
    QSplitter* m_split;
    QTimer* m_previewTimer;
};

} // namespace hotline::ui
