#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QGridLayout;
class QLayout;
class QToolButton;

namespace hotline::domain {
class ReferenceData;
}
namespace hotline::kb {
class KnowledgeBase;
}
namespace hotline::kbedit {
class ScriptEditor;
}

namespace hotline::ui {

// The form of one node of the open script: its id and type, the short name and the text read aloud, the
// operator's note, and what the type has — the answers with the node each leads to (a question), the next node
// (information), the article and the appeal's settings (a result: left empty, they come from the article), the
// script to go on in (a jump). Every change is an undo step of ScriptEditor.
class ScriptNodeForm : public QWidget {
    Q_OBJECT
public:
    // `kb`: the articles and categories a result may name; `reference`: the agencies.
    ScriptNodeForm(kbedit::ScriptEditor& editor, const kb::KnowledgeBase* kb, const domain::ReferenceData& reference,
                   QWidget* parent = nullptr);

    void showNode(const QString& scriptId, const QString& nodeId);
    QString nodeId() const { return m_node; }
    // Takes the script's state again (after an edit or an undo), keeping the cursor where it is.
    void reload();
    // Puts the focus into the field `what` is about ("answers", "next", "article", …; empty: the text).
    void focusField(const QString& what);

    QLineEdit* idField() const { return m_id; }
    QComboBox* typeField() const { return m_type; }
    QLineEdit* labelField() const { return m_label; }
    QPlainTextEdit* textField() const { return m_text; }
    // One row per answer: its text and the node it leads to.
    struct AnswerRow {
        QLineEdit* text;
        QComboBox* target;
        QToolButton* up;
        QToolButton* remove;
    };
    const QList<AnswerRow>& answerRows() const { return m_rows; }
    QPushButton* addAnswerButton() const { return m_addAnswer; }
    QComboBox* nextField() const { return m_next; }
    QComboBox* articleField() const { return m_article; }
    QComboBox* kindField() const { return m_kind; }
    QSpinBox* daysField() const { return m_days; }
    QComboBox* scriptField() const { return m_jumpScript; }

signals:
    void message(const QString& text, bool problem);
    void nodeRenamed(const QString& newId);

private:
    void build();
    QComboBox* targetCombo(QWidget* parent) const;
    void fillTargets(QComboBox* combo, const QString& current) const;
    void loadAnswers();
    void answerEdited(int index);
    void setRows();
    void chooseAgencies();

    kbedit::ScriptEditor& m_editor;
    const kb::KnowledgeBase* m_kb;
    const domain::ReferenceData& m_reference;
    QString m_scriptId;
    QString m_node;
    bool m_loading = false;

    QFormLayout* m_form;
    QLineEdit* m_id;
    QComboBox* m_type;
    QLineEdit* m_label;
    QPlainTextEdit* m_text;
    QPlainTextEdit* m_note;
    QWidget* m_answersBox;
    QGridLayout* m_answerGrid;
    QList<AnswerRow> m_rows;
    QPushButton* m_addAnswer;
    QComboBox* m_next;
    QComboBox* m_article;
    QComboBox* m_kind;
    QSpinBox* m_days;
    QLayout* m_kindRow;
    QLayout* m_agencyRow;
    QLineEdit* m_agencies;
    QComboBox* m_algorithm;
    QComboBox* m_category;
    QComboBox* m_jumpScript;
};

} // namespace hotline::ui
