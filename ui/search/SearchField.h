#pragma once

#include <QLineEdit>

class QTimer;

namespace hotline::ui {

// The search field: reports the query after a short pause in typing, again once typing pauses for longer
// (settled: the whole search may run), and turns Up/Down, Enter and Esc into navigation of the results, so the
// operator never leaves the keyboard's home row.
class SearchField : public QLineEdit {
    Q_OBJECT
public:
    explicit SearchField(QWidget* parent = nullptr);
    void setDebounceMs(int ms);
    void setSettleMs(int ms);
    // Reports a pending query as settled at once (Enter must open the top result of what was typed, not of less).
    void flush();

signals:
    void queryChanged(const QString& query); // while typing: a keystroke's search
    void querySettled(const QString& query); // typing paused, or Enter, arrows, Esc: the whole search
    void moveRequested(int delta);
    void activated();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QTimer* m_debounce;
    QTimer* m_settle;
};

} // namespace hotline::ui
