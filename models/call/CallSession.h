#pragma once

#include "CallRecord.h"
#include "Clock.h"

#include <QObject>
#include <optional>

namespace hotline::domain {
class DeadlinePolicy;
}

namespace hotline::call {

// The operator's current call over an injected Clock: start, hold/resume, end. An ended call stays here
// until an appeal is filed for it or the operator discards it, so nothing about it is lost. Deadlines are
// computed from the call's *start* (the 16:00 rule), never from the filing time.
class CallSession : public QObject {
    Q_OBJECT
public:
    enum class State {
        Idle,   // no call
        Active, // talking
        OnHold,
        Ended, // waiting to be filed or discarded
    };
    enum class Handling {
        Normal,
        Near, // at least 80% of the target handling time
        Over,
    };

    explicit CallSession(const Clock& clock, QObject* parent = nullptr);

    State state() const { return m_state; }
    bool isOpen() const { return m_state != State::Idle; }
    bool isRunning() const { return m_state == State::Active || m_state == State::OnHold; }

    bool start(); // only when idle
    bool hold();
    bool resume();
    bool end();
    // The operator confirmed that the call needs no appeal; `result` says how it ended.
    bool discard(CallResult result = CallResult::Consulted);
    // An appeal of this call reached the outbox: an ended call is complete now.
    void noteAppealFiled(const QString& clientId);
    // The operator opened an article (its category, when known, becomes the call's category).
    void noteArticleOpened(const QString& articleId, const QString& categoryId = {});
    void setArticleId(const QString& id) { noteArticleOpened(id); }
    // The guided scripts run during the call so far (the runner's runs, the current one last): replaces what
    // was noted before. Ignored with no call.
    void noteScriptRuns(const QList<CallScriptRun>& runs);
    const QList<CallScriptRun>& scriptRuns() const { return m_scriptRuns; }
    // Who takes the calls on this workstation (the Redmine login); kept across calls.
    void setOperatorLogin(const QString& login) { m_operatorLogin = login; }

    // How long a query may stand before the next one counts as a new search rather than a refinement.
    static constexpr int searchSettleSeconds = 2;
    static constexpr int maxSearches = 50;
    const QList<CallSearch>& searches() const { return m_searches; }
    const QStringList& articles() const { return m_articles; }
    // After a crash: the call the saved draft belonged to, as an ended call.
    void restoreEnded(const QDateTime& start, const QDateTime& end, int holdSeconds);

    QDateTime startedAt() const { return m_start; }
    QDateTime endedAt() const { return m_end; }
    int elapsedSeconds() const;
    int holdSeconds() const;
    int holdCount() const { return m_holdCount; }
    // What the deadlines count from: the call's start, or now when there is no call.
    QDateTime deadlineBase() const;

    Handling handling(int targetSeconds) const;
    // Seconds from now to today's cut-off (Moscow), when today is a working day and it is not past yet.
    std::optional<int> secondsToCutoff(const domain::DeadlinePolicy& policy) const;

public slots:
    // The operator searched the KB during the call and `hits` articles were found (0: nothing). Search as you
    // type reports every pause in typing: a query that extends or shortens the previous one within
    // searchSettleSeconds refines it instead of counting as another search. An empty query ends the search.
    void noteSearch(const QString& query, int hits);

signals:
    void stateChanged(hotline::call::CallSession::State state);
    void finished(const hotline::call::CallRecord& record);

private:
    void setState(State state);
    void finish(CallRecord::Outcome outcome, CallResult result);
    QDateTime reference() const; // now, or the end of an ended call

    const Clock& m_clock;
    State m_state = State::Idle;
    QUuid m_id;
    QDateTime m_start;
    QDateTime m_end;
    QDateTime m_holdStart;
    int m_holdSeconds = 0;
    int m_holdCount = 0;
    QString m_articleId;
    QString m_categoryId;
    QString m_operatorLogin;
    QStringList m_articles;
    QList<CallSearch> m_searches;
    QList<CallScriptRun> m_scriptRuns;
    QDateTime m_lastSearchAt;
    bool m_searchOpen = false; // the last search may still be refined
    QStringList m_appeals;
};

} // namespace hotline::call
