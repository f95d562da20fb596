#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace hotline::ui {

// «Дополнить обращение»: what the caller adds to an appeal already in Redmine. The text goes to the outbox
// as a note on that issue (delivered exactly once), instead of a duplicate appeal.
class NoteDialog : public QDialog {
    Q_OBJECT
public:
    NoteDialog(int issueId, const QString& subject, QWidget* parent = nullptr);
    QString text() const;
    QPlainTextEdit* editor() const { return m_text; }

private:
    QPlainTextEdit* m_text;
    QPushButton* m_ok;
};

} // namespace hotline::ui
