#pragma once

#include "net/Account.h"
#include "phone/CallerHistory.h"

#include <QObject>
#include <functional>

class QDockWidget;
class QLabel;
class QTabWidget;
class QTimer;

namespace hotline {
class Clock;
namespace outbox {
class OutboxStore;
}
namespace phone {
class MissedCallsModel;
class PhoneDesk;
} // namespace phone
} // namespace hotline

namespace hotline::ui {

class CallerCard;
class DuplicateHint;
class MainWindow;
class MissedCallsView;

// The phone in the operator's window: «Телефон: …» in the status bar, the softphone behind F5/F6/F7, the
// caller's card (a dock under the article: on ringing, and for the phone or ИНН typed in the form), the
// missed calls as a tab of the call panel, the duplicate hint under the form's ИНН and «Дополнить обращение».
// Everything it adds is its own; the window itself only gives it its docks.
class PhoneUi : public QObject {
    Q_OBJECT
public:
    struct Parts {
        phone::PhoneDesk* desk = nullptr;        // never null (without a softphone it takes no key)
        phone::CallerHistory* history = nullptr; // never null
        outbox::OutboxStore* outbox = nullptr;   // may be null
        const Clock* clock = nullptr;            // never null
        std::function<net::UserModes()> modes;   // the user's Redmine roles (duplicate hint's scope)
    };
    PhoneUi(MainWindow& window, Parts parts);
    ~PhoneUi() override;

    CallerCard* card() const { return m_card; }
    QDockWidget* cardDock() const { return m_cardDock; }
    MissedCallsView* missedView() const { return m_missed; }
    QTabWidget* callTabs() const { return m_tabs; }
    DuplicateHint* duplicateHint() const { return m_hint; }
    QString statusText() const;

public slots:
    // Shows the caller's card for this number (with the form's ИНН when it has one).
    void showCaller(const QString& number);
    // «Дополнить обращение»: asks for the text, then stores the note in the outbox.
    void addNote(int issueId, const QString& subject);
    void showAppealByNumber();
    void showMissedCalls();

private:
    void buildActions();
    void onFormEdited();
    void refreshStatus();
    void newAppeal(const phone::CallerKey& key);

    MainWindow& m_window;
    Parts m_parts;
    QLabel* m_status;
    QDockWidget* m_cardDock;
    CallerCard* m_card;
    QTabWidget* m_tabs;
    phone::MissedCallsModel* m_missedModel;
    MissedCallsView* m_missed;
    DuplicateHint* m_hint;
    QTimer* m_formTimer;
    phone::CallerKey m_formKey; // the phone and ИНН the form had when the card last followed it
};

} // namespace hotline::ui
