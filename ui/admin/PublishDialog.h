#pragma once

#include "kbedit/LineDiff.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace hotline::ui {

// Asks for the edit comment (required: an empty one is refused and the dialog stays open) and shows what is
// about to be published against the version on the server.
class PublishDialog : public QDialog {
    Q_OBJECT
public:
    // `todayText` non-empty: offer to set the article's "updated" to today (checked).
    PublishDialog(const QString& what, const QList<kbedit::DiffLine>& changes, const QString& todayText,
                  QWidget* parent = nullptr);

    QString comment() const;
    bool setUpdatedToday() const;
    QLineEdit* commentField() const { return m_comment; }
    QLabel* errorLabel() const { return m_error; }

public slots:
    void accept() override;

private:
    QLineEdit* m_comment;
    QCheckBox* m_today = nullptr;
    QLabel* m_error;
};

} // namespace hotline::ui
