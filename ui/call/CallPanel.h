#pragma once

#include "KindSelection.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace hotline::call {
class CallSession;
}
namespace hotline::phone {
class PhoneDesk;
}

namespace hotline::ui {

struct Services;

// The call panel: start, hold/resume and end the call from the keyboard (F5, F6, F7); elapsed time against
// the target handling time; time left to the 16:00 cut-off; the registration day and the deadlines of the
// chosen kind, computed from the call's start.
class CallPanel : public QWidget {
    Q_OBJECT
public:
    CallPanel(const Services& services, call::CallSession* session, int targetSeconds, QWidget* parent = nullptr);

    QAction* startAction() const { return m_start; }
    QAction* holdAction() const { return m_hold; }
    QAction* endAction() const { return m_end; }
    QAction* discardAction() const { return m_discard; }
    void setSelection(const KindSelection& selection);
    // The softphone: while it has a call, F5 answers, F6 holds and F7 hangs up through it. Null: by hand.
    void setPhone(phone::PhoneDesk* phone);

    // What the view shows, for tests and accessibility.
    QString elapsedText() const;
    QString cutoffText() const;
    QString deadlinesText() const;
    QString handlingColour() const; // "normal", "near" or "over"

public slots:
    void refresh();
    void startCall();
    void toggleHold();
    void endCall();
    void discardCall();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitHeightToText();
    const Services& m_services;
    call::CallSession* m_session;
    QPointer<phone::PhoneDesk> m_phone;
    int m_targetSeconds;
    KindSelection m_selection;
    QAction* m_start;
    QAction* m_hold;
    QAction* m_end;
    QAction* m_discard;
    QLabel* m_state;
    QLabel* m_elapsed;
    QProgressBar* m_target;
    QLabel* m_holdTime;
    QLabel* m_cutoff;
    QLabel* m_deadlines;
    QLabel* m_calendar;
    QTimer* m_tick;
};

} // namespace hotline::ui
