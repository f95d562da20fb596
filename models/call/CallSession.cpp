#include "CallSession.h"

#include "domain/DeadlinePolicy.h"
#include "domain/MoscowTime.h"

namespace hotline::call {

CallSession::CallSession(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock) {}

bool CallSession::start() {
    if (m_state != State::Idle)
        return false;
    m_id = QUuid::createUuid();
    m_start = m_clock.now();
    m_end = {};
    m_holdStart = {};
    m_holdSeconds = 0;
    m_holdCount = 0;
    m_articleId.clear();
    m_categoryId.clear();
    m_articles.clear();
    m_searches.clear();
    m_scriptRuns.clear();
    m_searchOpen = false;
    m_appeals.clear();
    setState(State::Active);
    return true;
}

bool CallSession::hold() {
    if (m_state != State::Active)
        return false;
    m_holdStart = m_clock.now();
    ++m_holdCount;
    setState(State::OnHold);
    return true;
}

bool CallSession::resume() {
    if (m_state != State::OnHold)
        return false;
    m_holdSeconds += static_cast<int>(m_holdStart.secsTo(m_clock.now()));
    m_holdStart = {};
    setState(State::Active);
    return true;
}

bool CallSession::end() {
    if (!isRunning())
        return false;
    if (m_state == State::OnHold)
        resume();
    m_end = m_clock.now();
    if (!m_appeals.isEmpty()) {
        finish(CallRecord::Outcome::Filed, CallResult::AppealFiled);
        return true;
    }
    setState(State::Ended);
    return true;
}

bool CallSession::discard(CallResult result) {
    if (m_state == State::Idle)
        return false;
    if (isRunning())
        end();
    if (m_state == State::Idle) // it had appeals: already complete
        return true;
    finish(CallRecord::Outcome::Discarded, result == CallResult::AppealFiled ? CallResult::Consulted : result);
    return true;
}

void CallSession::noteAppealFiled(const QString& clientId) {
    if (m_state == State::Idle)
        return;
    m_appeals.append(clientId);
    if (m_state == State::Ended)
        finish(CallRecord::Outcome::Filed, CallResult::AppealFiled);
}

void CallSession::noteArticleOpened(const QString& articleId, const QString& categoryId) {
    if (articleId.isEmpty())
        return;
    m_articleId = articleId;
    if (!categoryId.isEmpty())
        m_categoryId = categoryId;
    if (!m_articles.contains(articleId))
        m_articles.append(articleId);
    m_searchOpen = false; // an opened article ends the search that led to it
}

void CallSession::noteSearch(const QString& query, int hits) {
    const QString q = query.simplified().left(200);
    if (q.isEmpty()) {
        m_searchOpen = false;
        return;
    }
    if (m_state == State::Idle)
        return;
    const QDateTime now = m_clock.now();
    if (m_searchOpen && !m_searches.isEmpty() && m_lastSearchAt.secsTo(now) < searchSettleSeconds) {
        const QString& last = m_searches.last().query;
        if (q.startsWith(last, Qt::CaseInsensitive) || last.startsWith(q, Qt::CaseInsensitive)) {
            m_searches.last() = {q, std::max(0, hits)};
            m_lastSearchAt = now;
            return;
        }
    }
    if (m_searches.size() >= maxSearches)
        return;
    m_searches.append({q, std::max(0, hits)});
    m_lastSearchAt = now;
    m_searchOpen = true;
}

void CallSession::noteScriptRuns(const QList<CallScriptRun>& runs) {
    if (m_state == State::Idle)
        return;
    m_scriptRuns = runs;
}

void CallSession::restoreEnded(const QDateTime& start, const QDateTime& end, int holdSeconds) {
    if (m_state != State::Idle || !start.isValid())
        return;
    m_id = QUuid::createUuid();
    m_start = start;
    m_end = end.isValid() ? end : start;
    m_holdSeconds = holdSeconds;
    m_appeals.clear();
    setState(State::Ended);
}

QDateTime CallSession::reference() const {
    return m_state == State::Ended ? m_end : m_clock.now();
}

int CallSession::elapsedSeconds() const {
    if (m_state == State::Idle)
        return 0;
    return static_cast<int>(std::max<qint64>(0, m_start.secsTo(reference())));
}

int CallSession::holdSeconds() const {
    int seconds = m_holdSeconds;
    if (m_state == State::OnHold)
        seconds += static_cast<int>(m_holdStart.secsTo(m_clock.now()));
    return seconds;
}

QDateTime CallSession::deadlineBase() const {
    return m_state == State::Idle ? m_clock.now() : m_start;
}

CallSession::Handling CallSession::handling(int targetSeconds) const {
    const int elapsed = elapsedSeconds();
    if (targetSeconds <= 0 || m_state == State::Idle)
        return Handling::Normal;
    if (elapsed > targetSeconds)
        return Handling::Over;
    if (elapsed * 10 >= targetSeconds * 8)
        return Handling::Near;
    return Handling::Normal;
}

std::optional<int> CallSession::secondsToCutoff(const domain::DeadlinePolicy& policy) const {
    const QDateTime now = domain::toMoscow(m_clock.now());
    if (!policy.calendar().isWorkingDay(now.date()))
        return std::nullopt;
    const QDateTime cutoff = domain::moscowDateTime(now.date(), policy.settings().cutoff);
    const qint64 left = now.secsTo(cutoff);
    if (left <= 0)
        return std::nullopt;
    return static_cast<int>(left);
}

void CallSession::setState(State state) {
    m_state = state;
    emit stateChanged(state);
}

void CallSession::finish(CallRecord::Outcome outcome, CallResult result) {
    CallRecord record;
    record.id = m_id;
    record.start = m_start;
    record.end = m_end.isValid() ? m_end : m_clock.now();
    record.durationSeconds = static_cast<int>(std::max<qint64>(0, m_start.secsTo(record.end)));
    record.holdSeconds = m_holdSeconds;
    record.holdCount = m_holdCount;
    record.operatorLogin = m_operatorLogin;
    record.categoryId = m_categoryId;
    record.articleId = m_articleId;
    record.articles = m_articles;
    record.searches = m_searches;
    record.scriptRuns = m_scriptRuns;
    record.appealClientIds = m_appeals;
    record.outcome = outcome;
    record.result = result;
    m_start = {};
    m_end = {};
    m_appeals.clear();
    m_articles.clear();
    m_searches.clear();
    m_scriptRuns.clear();
    m_searchOpen = false;
    setState(State::Idle);
    emit finished(record);
}

} // namespace hotline::call
