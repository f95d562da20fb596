#include "DraftKeeper.h"

#include "AppealForm.h"
#include "call/CallSession.h"
#include "settings/DataPaths.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

namespace hotline::ui {

DraftKeeper::DraftKeeper(AppealForm* form, call::CallSession* session, QString path, QObject* parent)
    : QObject(parent)
    , m_form(form)
    , m_session(session)
    , m_path(std::move(path))
    , m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &DraftKeeper::saveNow);
    connect(m_form, &AppealForm::edited, m_timer, qOverload<>(&QTimer::start));
    connect(m_session, &call::CallSession::stateChanged, m_timer, qOverload<>(&QTimer::start));
}

void DraftKeeper::setDelayMs(int ms) {
    m_timer->setInterval(ms);
}

void DraftKeeper::saveNow() {
    m_timer->stop();
    const AppealFormData data = m_form->data();
    if (data.isEmpty() && !m_session->isOpen()) {
        QFile::remove(m_path);
        return;
    }
    QJsonObject root{{QStringLiteral("form"), data.toJson()}};
    if (m_session->isOpen()) {
        root.insert(QStringLiteral("call"),
                    QJsonObject{{QStringLiteral("start"), m_session->startedAt().toString(Qt::ISODate)},
                                {QStringLiteral("end"),
                                 m_session->startedAt().addSecs(m_session->elapsedSeconds()).toString(Qt::ISODate)},
                                {QStringLiteral("holdSeconds"), m_session->holdSeconds()},
                                {QStringLiteral("rang"), m_session->rangAt().toString(Qt::ISODate)},
                                {QStringLiteral("caller"), m_session->callerNumber()}});
    }
    // The next change tries again; the outbox, not the draft, is what must not fail, but the operator is told.
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return emit failed(tr("The draft of the appeal cannot be saved: %1").arg(file.errorString()));
    // Owner-only before the caller's data is written.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return emit failed(tr("The draft of the appeal is not saved: it cannot be made readable by you only."));
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return emit failed(tr("The draft of the appeal cannot be saved: %1").arg(file.errorString()));
    if (auto st = restrictToOwner(m_path); !st) {
        QFile::remove(m_path);
        emit failed(st.error().message);
    }
}

bool DraftKeeper::restore() {
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.isEmpty())
        return false;
    const QJsonObject call = root.value(QLatin1String("call")).toObject();
    if (!call.isEmpty()) {
        // A call that was running when the app died counts as ended at its last saved moment.
        const QDateTime start = QDateTime::fromString(call.value(QLatin1String("start")).toString(), Qt::ISODate);
        const QDateTime end = QDateTime::fromString(call.value(QLatin1String("end")).toString(), Qt::ISODate);
        m_session->restoreEnded(start, end, call.value(QLatin1String("holdSeconds")).toInt(),
                                QDateTime::fromString(call.value(QLatin1String("rang")).toString(), Qt::ISODate),
                                call.value(QLatin1String("caller")).toString());
    }
    m_form->setData(AppealFormData::fromJson(root.value(QLatin1String("form")).toObject()));
    m_timer->stop();
    return true;
}

void DraftKeeper::clear() {
    m_timer->stop();
    QFile::remove(m_path);
}

} // namespace hotline::ui
