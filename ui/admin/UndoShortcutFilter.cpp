#include "UndoShortcutFilter.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QWidget>

namespace hotline::ui {

UndoShortcutFilter::UndoShortcutFilter(QObject* parent)
    : QObject(parent) {}

void UndoShortcutFilter::watch(QWidget* root) {
    const auto install = [this](QObject* o) {
        o->removeEventFilter(this);
        o->installEventFilter(this);
    };
    for (auto* w : root->findChildren<QLineEdit*>())
        install(w);
    for (auto* w : root->findChildren<QPlainTextEdit*>())
        install(w);
    for (auto* w : root->findChildren<QAbstractSpinBox*>())
        install(w);
}

bool UndoShortcutFilter::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        const QKeyCombination combo = key->keyCombination();
        const bool redoY = combo == QKeyCombination(Qt::ControlModifier, Qt::Key_Y);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) || redoY) {
            // Not accepted: the text box does not take it, the window's shortcut does.
            key->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hotline::ui
