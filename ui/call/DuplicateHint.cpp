#include "DuplicateHint.h"

#include "call/Clock.h"
#include "domain/MoscowTime.h"
#include "domain/Validators.h"
#include "phone/CallerHistory.h"

#include <algorithm>

namespace hotline::ui {

DuplicateHint::DuplicateHint(phone::CallerHistory& history, std::function<net::UserModes()> modes, const Clock& clock,
                             QWidget* parent)
    : QLabel(parent)
    , m_history(history)
    , m_modes(std::move(modes))
    , m_clock(clock) {
    setObjectName(QStringLiteral("duplicateHint"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setStyleSheet(QStringLiteral("QLabel{background-color:#fff4ce; color:#5c3b00; padding:3px;}"));
    setVisible(false);
    connect(this, &QLabel::linkActivated, this, [this](const QString& link) {
        const int id = link.section(QLatin1Char(':'), 1).toInt();
        for (const net::DuplicateHint& h : std::as_const(m_hints)) {
            if (h.issueId == id && id > 0)
                emit noteRequested(id, h.subject);
        }
    });
}

void DuplicateHint::check(const QString& innText) {
    const domain::Validation v = domain::validateInn(innText);
    const QString inn = v.valid ? v.normalized : QString();
    if (inn == m_inn)
        return;
    m_inn = inn;
    const int generation = ++m_generation;
    m_hints.clear();
    m_serverTotal = -1;
    if (inn.isEmpty()) {
        setVisible(false);
        return;
    }
    const QDateTime since = m_clock.now().addDays(-days);
    // This workstation's own appeals first: they may not be in Redmine yet.
    for (const phone::AppealSummary& a : m_history.localAppeals({QString(), inn})) {
        if (!a.closed && a.created >= since)
            m_hints.append({a.issueId, a.subject, a.status, a.created});
    }
    if (!m_history.serverConfigured()) {
        render(tr("Checked on this workstation only: no server is connected."));
        emit checked();
        return;
    }
    render(tr("Asking Redmine…"));
    m_history.withSchema(this, [this, generation, inn, since](Result<net::RedmineSchema> schema) {
        if (generation != m_generation)
            return;
        if (!schema) {
            render(tr("Checked on this workstation only: %1").arg(schema.error().message));
            emit checked();
            return;
        }
        net::findOpenAppealsByInn(
            *m_history.client(), schema.value(), inn, since, m_modes ? m_modes() : net::UserModes{}, this,
            [this, generation, since](Result<net::DuplicateHints> found) {
                if (generation != m_generation)
                    return;
                if (!found) {
                    render(tr("Checked on this workstation only: %1").arg(found.error().message));
                } else {
                    for (const net::DuplicateHint& h : found.value().hints) {
                        const bool known =
                            std::any_of(m_hints.cbegin(), m_hints.cend(),
                                        [&](const net::DuplicateHint& k) { return k.issueId == h.issueId; });
                        if (!known && h.created.toUTC() >= since)
                            m_hints.append(h);
                    }
                    m_serverTotal = found.value().total;
                    std::sort(m_hints.begin(), m_hints.end(),
                              [](const auto& a, const auto& b) { return a.created > b.created; });
                    render(found.value().ownOnly ? found.value().scopeNote() : QString());
                }
                emit checked();
            });
    });
}

void DuplicateHint::resizeEvent(QResizeEvent* event) {
    QLabel::resizeEvent(event);
    const int needed = heightForWidth(width());
    if (needed > 0 && needed != minimumHeight())
        setMinimumHeight(needed);
}

void DuplicateHint::render(const QString& scope) {
    if (m_hints.isEmpty()) {
        setText(scope.isEmpty() ? QString()
                                : QStringLiteral("<span style='color:#666'>%1</span>").arg(scope.toHtmlEscaped()));
        setStyleSheet(QString());
        setVisible(!scope.isEmpty());
        return;
    }
    setStyleSheet(QStringLiteral("QLabel{background-color:#fff4ce; color:#5c3b00; padding:3px;}"));
    const net::DuplicateHint& first = m_hints.first();
    const QString when = domain::toMoscow(first.created).toString(QStringLiteral("dd.MM.yyyy"));
    QString text = first.issueId > 0
                       ? tr("An open appeal with this INN from the last %1 days: <b>№%2</b> of %3 «%4» (%5). "
                            "<a href=\"note:%2\">Add to it</a> instead of filing a new one?")
                             .arg(days)
                             .arg(first.issueId)
                             .arg(when, first.subject.toHtmlEscaped(), first.status.toHtmlEscaped())
                       : tr("An appeal with this INN was filed on this workstation on %1 and is not sent yet: «%2».")
                             .arg(when, first.subject.toHtmlEscaped());
    // Redmine counts what it has (it sends only the newest few); the ones not sent yet are only here.
    const qsizetype all =
        m_serverTotal < 0 ? m_hints.size()
                          : m_serverTotal + std::count_if(m_hints.cbegin(), m_hints.cend(),
                                                          [](const net::DuplicateHint& h) { return h.issueId == 0; });
    if (all > 1)
        text += QLatin1Char(' ') + tr("Open appeals with this INN: %1 in all.").arg(all);
    if (!scope.isEmpty())
        text += QStringLiteral("<br><span style='color:#666'>%1</span>").arg(scope.toHtmlEscaped());
    setText(text);
    setVisible(true);
    if (width() > 0)
        setMinimumHeight(heightForWidth(width()));
}

} // namespace hotline::ui
