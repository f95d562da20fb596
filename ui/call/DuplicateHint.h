#pragma once

#include "net/Account.h"
#include "net/DuplicateFinder.h"

#include <QLabel>
#include <functional>

namespace hotline {
class Clock;
namespace phone {
class CallerHistory;
}
} // namespace hotline

namespace hotline::ui {

// Under the form's ИНН: an open appeal with the same ИНН filed in the last 30 days (this workstation's outbox
// at once, then Redmine), shown before the operator files a duplicate, with a link to add to it instead.
class DuplicateHint : public QLabel {
    Q_OBJECT
public:
    static constexpr int days = 30;

    DuplicateHint(phone::CallerHistory& history, std::function<net::UserModes()> modes, const Clock& clock,
                  QWidget* parent = nullptr);
    // Checks this ИНН (a valid one; anything else hides the hint).
    void check(const QString& inn);
    QString checkedInn() const { return m_inn; }
    // The open appeals found, newest first (issue 0: still in the outbox).
    const QList<net::DuplicateHint>& hints() const { return m_hints; }

protected:
    // A wrapped label in the form's rows must ask for the height its text needs at its width.
    void resizeEvent(QResizeEvent* event) override;

signals:
    void noteRequested(int issueId, const QString& subject);
    void checked();

private:
    void render(const QString& scope);

    phone::CallerHistory& m_history;
    std::function<net::UserModes()> m_modes;
    const Clock& m_clock;
    QString m_inn;
    QList<net::DuplicateHint> m_hints;
    int m_serverTotal = -1; // Redmine's count of the open appeals (-1: not asked or not answered)
    int m_generation = 0;
};

} // namespace hotline::ui
