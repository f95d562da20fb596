#include "SearchField.h"

#include <QKeyEvent>
#include <QTimer>

namespace hotline::ui {

SearchField::SearchField(QWidget* parent)
    : QLineEdit(parent)
    , m_debounce(new QTimer(this))
    , m_settle(new QTimer(this)) {
    setObjectName(QStringLiteral("searchField"));
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Search the knowledge base: words, abbreviations, typos are fine (Ctrl+F)"));
    setAccessibleName(tr("Search the knowledge base"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(70);
    // A pause longer than between two keystrokes of a typing operator: the searches that widen a query finding
    // little wait for it (SearchIndex::searchTyped).
    m_settle->setSingleShot(true);
    m_settle->setInterval(350);
    connect(m_debounce, &QTimer::timeout, this, [this] { emit queryChanged(text()); });
    connect(m_settle, &QTimer::timeout, this, [this] {
        m_debounce->stop();
        emit querySettled(text());
    });
    connect(this, &QLineEdit::textChanged, this, [this] {
        m_debounce->start();
        m_settle->start();
    });
}

void SearchField::setDebounceMs(int ms) {
    m_debounce->setInterval(ms);
}

void SearchField::setSettleMs(int ms) {
    m_settle->setInterval(ms);
}

void SearchField::flush() {
    if (!m_debounce->isActive() && !m_settle->isActive())
        return;
    m_debounce->stop();
    m_settle->stop();
    emit querySettled(text());
}

void SearchField::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Up:
        flush();
        emit moveRequested(-1);
        return;
    case Qt::Key_Down:
        flush();
        emit moveRequested(1);
        return;
    case Qt::Key_PageUp:
        flush();
        emit moveRequested(-10);
        return;
    case Qt::Key_PageDown:
        flush();
        emit moveRequested(10);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        flush();
        emit activated();
        return;
    case Qt::Key_Escape:
        if (!text().isEmpty()) {
            clear();
            flush();
            return;
        }
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace hotline::ui
