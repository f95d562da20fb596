#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace hotline::kbedit {
class KbEditor;
class KbWorkspace;
} // namespace hotline::kbedit

namespace hotline::ui {

class RoadmapEditor;

// The metadata of the open article as a form: title, category, kind, days (tasks), algorithm, updated,
// agencies, keywords, legal basis and the roadmap (complaints). Every change goes to KbEditor as an undo step;
// an undo or redo comes back through the workspace and is shown without disturbing the field being typed in.
class MetadataForm : public QWidget {
    Q_OBJECT
public:
    MetadataForm(kbedit::KbWorkspace& workspace, kbedit::KbEditor& editor, QWidget* parent = nullptr);

    void showArticle(const QString& id);
    void setToday(const QDate& today) { m_todayDate = today; } // Moscow date for the "Today" button
    // Focuses the field of a metadata key ("title", "category", …); false when there is none.
    bool focusField(const QString& key);

    QLineEdit* titleField() const { return m_title; }
    QComboBox* categoryField() const { return m_category; }
    QComboBox* kindField() const { return m_kind; }
    QSpinBox* daysField() const { return m_days; }
    QLineEdit* keywordsField() const { return m_keywords; }
    QDateEdit* updatedField() const { return m_updated; }

private:
    void fillCategories();
    void load();
    void set(int field, const QVariant& value);
    void chooseAgencies();
    void agenciesText();

    kbedit::KbWorkspace& m_ws;
    kbedit::KbEditor& m_editor;
    QString m_id;
    bool m_loading = false;
    QDate m_todayDate; // from setToday (the injected clock)

    QLineEdit* m_title;
    QComboBox* m_category;
    QComboBox* m_kind;
    QSpinBox* m_days;
    QComboBox* m_algorithm;
    QDateEdit* m_updated;
    QPushButton* m_today;
    QLineEdit* m_agencies;
    QPushButton* m_chooseAgencies;
    QLineEdit* m_keywords;
    QPlainTextEdit* m_legal;
    QLabel* m_roadmapLabel;
    RoadmapEditor* m_roadmap;
};

} // namespace hotline::ui
