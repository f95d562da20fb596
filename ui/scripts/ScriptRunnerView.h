#pragma once

#include "article/ArticleHtml.h"
#include "scripts/ScriptRunner.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace hotline::domain {
class ReferenceData;
}
namespace hotline::kb {
class KnowledgeBase;
}

namespace hotline::ui {

// A guided script in the operator's window, one node at a time: the question (or information) to read out in a
// frame, the answers as buttons with the number keys 1–9, the way so far as a breadcrumb, Backspace one step
// back, Ctrl+R from the start, Esc to leave. At a result it shows what the result sets; the window opens the
// article and fills the appeal form (ScriptController).
class ScriptRunnerView : public QWidget {
    Q_OBJECT
public:
    // `kb` may be null (then nothing can be started).
    explicit ScriptRunnerView(const kb::KnowledgeBase* kb, QWidget* parent = nullptr);
    // For the editor's preview: scripts looked up elsewhere (the editor's own texts).
    ScriptRunnerView(scripts::ScriptRunner::Lookup lookup, const kb::KnowledgeBase* kb, QWidget* parent = nullptr);

    void setKnowledgeBase(const kb::KnowledgeBase* kb);
    void setReference(const domain::ReferenceData* reference) { m_reference = reference; }
    void setPlaceholders(const PlaceholderValues& values);

    // `takeFocus`: the number keys work at once (the operator's window); the editor's preview leaves it.
    Status start(const QString& scriptId, bool takeFocus = true);
    bool isRunning() const { return m_runner.isRunning(); }
    scripts::ScriptRunner& runner() { return m_runner; }
    const scripts::ScriptRunner& runner() const { return m_runner; }

    QList<QPushButton*> answerButtons() const { return m_buttons; }
    QString breadcrumbText() const;
    QString nodeText() const;
    QPushButton* backButton() const { return m_back; }

public slots:
    void choose(int index); // 0-based; at information any index goes on
    void back();
    void restart();
    void closeScript();
    // Draws the current node again (after the knowledge base or the placeholders changed).
    void render();

signals:
    void stepped();
    void resultReached(const QString& scriptId, const QString& nodeId);
    void closed();
    void problem(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void build();
    void clearButtons();
    void addButton(int number, const QString& text);
    void after(const Status& st);
    QString fill(const QString& text) const;
    QString resultSummary(const scripts::Node& node) const;

    const kb::KnowledgeBase* m_kb;
    const domain::ReferenceData* m_reference = nullptr;
    scripts::ScriptRunner m_runner;
    PlaceholderValues m_values;
    QLabel* m_title;
    QLabel* m_trail;
    QLabel* m_text;
    QLabel* m_summary;
    QLabel* m_note;
    QLabel* m_about; // the script's notes for the operator
    QWidget* m_answers;
    QVBoxLayout* m_answerLayout;
    QList<QPushButton*> m_buttons;
    QPushButton* m_back;
    QPushButton* m_restart;
    QPushButton* m_close;
};

} // namespace hotline::ui
