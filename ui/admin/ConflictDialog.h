#pragma once

#include "kbedit/PublishFlow.h"

#include <QDialog>

namespace hotline::ui {

// «Статью изменил другой редактор»: who saved which version when, and the line difference between the
// editor's text and the server's. Nothing was overwritten and the editor's text stays in the editor; the editor
// chooses to publish their text on top of the new version (after a confirmation), to take the server's text
// (their own stays one Ctrl+Z away), or to close and think.
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    enum Choice {
        Close = QDialog::Rejected,
        KeepMine = 10,
        TakeServer = 11,
    };

    ConflictDialog(const QString& what, const kbedit::Conflict& conflict, QWidget* parent = nullptr);
    QString diffText() const; // the difference as shown, plain text
};

} // namespace hotline::ui
