#pragma once

#include <QObject>

class QWidget;

namespace hotline::ui {

// Text boxes keep an undo history of their own and take Ctrl+Z for it. In the KB editor every change is a
// command on the editor's undo stack instead, so this filter hands Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y of the text
// boxes inside `root` to the window's Undo and Redo actions.
class UndoShortcutFilter : public QObject {
    Q_OBJECT
public:
    explicit UndoShortcutFilter(QObject* parent = nullptr);
    // Installs itself on every text box, spin box and date edit inside `root` (call again after adding some).
    void watch(QWidget* root);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace hotline::ui
