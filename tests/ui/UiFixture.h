#pragma once

// One operator window over the shipped knowledge base, a fake clock and a private data directory.
#include "CatchQt.h"
#include "MainWindow.h"
#include "TestPaths.h"
#include "call/CallSession.h"
#include "call/ManualClock.h"
#include "domain/DeadlinePolicy.h"
#include "domain/MoscowTime.h"
#include "domain/ReferenceData.h"
#include "kb/KbRepository.h"
#include "outbox/OutboxStore.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace hotline::test {

// The search index is derived data: built once per test run, read by every test.
inline kb::KbRepository::Opened& sharedKb() {
    static QTemporaryDir indexDir;
    static kb::KbRepository::Opened opened =
        kb::KbRepository::open(kbDir(), indexDir.filePath(QStringLiteral("index.sqlite"))).value();
    return opened;
}

inline QDateTime msk(int y, int m, int d, int h, int min) {
    return domain::moscowDateTime(QDate(y, m, d), QTime(h, min));
}

// Types text into the focused widget one character at a time (QTest::keyClicks asserts on Cyrillic).
inline void typeText(const QString& text) {
    for (const QChar ch : text) {
        QWidget* w = QApplication::focusWidget();
        REQUIRE(w != nullptr);
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

inline void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWidget* w = QApplication::focusWidget();
    REQUIRE(w != nullptr);
    QTest::keyClick(w, static_cast<Qt::Key>(key), modifiers);
}

struct UiFixture {
    explicit UiFixture(const QDateTime& now, const QString& dataPath = {})
        : clock(now)
        , session(clock) {
        REQUIRE(dir.isValid());
        dataDir = dataPath.isEmpty() ? dir.path() : dataPath;
        settings = std::make_unique<Settings>(dataDir + QStringLiteral("/settings.ini"));
        policy = std::make_unique<domain::DeadlinePolicy>(domain::DeadlinePolicy::fromKb(kbDir()).value());
        reference = std::make_unique<domain::ReferenceData>(
            domain::ReferenceData::load(kbDir() + QStringLiteral("/reference")).value());
        outbox = std::move(outbox::OutboxStore::open(dataDir + QStringLiteral("/outbox.sqlite"), clock)).value();
        services.kb = &sharedKb().kb;
        services.index = sharedKb().index.get();
        services.policy = policy.get();
        services.reference = reference.get();
        services.outbox = outbox.get();
        services.settings = settings.get();
        services.clock = &clock;
        services.session = &session;
        services.dataDir = dataDir;
        services.confirm = [this](QWidget*, const QString& question) {
            questions.append(question);
            return answer;
        };
    }

    ui::MainWindow& open() {
        window = std::make_unique<ui::MainWindow>(services);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        return *window;
    }

    QTemporaryDir dir;
    QString dataDir;
    ManualClock clock;
    call::CallSession session;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<domain::DeadlinePolicy> policy;
    std::unique_ptr<domain::ReferenceData> reference;
    std::unique_ptr<outbox::OutboxStore> outbox;
    ui::Services services;
    QStringList questions;
    bool answer = true;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace hotline::test
