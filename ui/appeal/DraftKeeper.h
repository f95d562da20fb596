#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace hotline::call {
class CallSession;
}

namespace hotline::ui {

class AppealForm;

// Keeps the form's content (and the call it belongs to) in a draft file in the data directory, readable by
// the user only, a moment after every change; restores it after a crash and drops it once filed or cleared.
class DraftKeeper : public QObject {
    Q_OBJECT
public:
    DraftKeeper(AppealForm* form, call::CallSession* session, QString path, QObject* parent = nullptr);

    QString path() const { return m_path; }
    // Loads a draft left by a previous run; true when there was one.
    bool restore();
    void setDelayMs(int ms);

signals:
    // The draft could not be kept (it is then not written at all rather than readable by others).
    void failed(const QString& message);

public slots:
    void saveNow();
    void clear();

private:
    AppealForm* m_form;
    call::CallSession* m_session;
    QString m_path;
    QTimer* m_timer;
};

} // namespace hotline::ui
