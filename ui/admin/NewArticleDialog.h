#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace hotline::kbedit {
class KbEditor;
}

namespace hotline::ui {

// A new article: its title, the id (suggested from the title, it becomes the wiki page's name) and the
// subcategory. A refused input keeps the dialog open with the reason and everything typed.
class NewArticleDialog : public QDialog {
    Q_OBJECT
public:
    NewArticleDialog(kbedit::KbEditor& editor, const QString& category, const QString& today,
                     QWidget* parent = nullptr);

    QString createdId() const { return m_created; }
    QLineEdit* titleField() const { return m_title; }
    QLineEdit* idField() const { return m_id; }

public slots:
    void accept() override;

private:
    kbedit::KbEditor& m_editor;
    QString m_today;
    QLineEdit* m_title;
    QLineEdit* m_id;
    QComboBox* m_category;
    QLabel* m_error;
    bool m_idEdited = false;
    QString m_created;
};

} // namespace hotline::ui
