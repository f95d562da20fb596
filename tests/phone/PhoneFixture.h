#pragma once

// The operator window wired as app/gui/main.cpp wires it, with a real baresip as the softphone and the
// harness's real Redmine as the server (operator1's key).

#include "ItSupport.h"
#include "PhoneRig.h"
#include "UiFixture.h"
#include "call/CallPanel.h"
#include "call/CallerCard.h"
#include "call/PhoneUi.h"
#include "outbox/CallRecorder.h"
#include "phone/BaresipLink.h"
#include "phone/CallerHistory.h"
#include "phone/PhoneDesk.h"

#include <QDockWidget>
#include <QLabel>
#include <QStatusBar>

namespace hotline::test {

// A random Russian mobile number, so that tests sharing the server never see each other's callers.
inline QString randomMobile() {
    return QStringLiteral("+7916%1").arg(QRandomGenerator::global()->bounded(1000000, 9999999));
}

// Files `appeal` as `user` (OPERATOR1, OPERATOR2, ...) through a real outbox; returns the issue number.
inline int fileAs(const QString& user, const domain::Appeal& appeal) {
    QTemporaryDir dir;
    it::Client net(user);
    test::FakeClock clock;
    clock.t = QDateTime::currentDateTimeUtc().addDays(1);
    const auto reference = domain::ReferenceData::load(kbDir() + QStringLiteral("/reference")).value();
    auto store = outbox::OutboxStore::open(dir.filePath(QStringLiteral("outbox.sqlite")), clock).value();
    outbox::OutboxSender sender(*store, net.client, reference, clock);
    const qint64 id = store->enqueue(appeal).value();
    QSignalSpy done(&sender, &outbox::OutboxSender::passFinished);
    sender.deliverDue();
    REQUIRE(done.wait(60000));
    const auto entry = store->entry(id);
    INFO(entry->lastError.toStdString());
    REQUIRE(entry->state == outbox::OutboxEntry::State::Sent);
    return entry->redmineIssueId;
}

struct PhoneWindow {
    UiFixture ui;
    it::Client redmine{QStringLiteral("OPERATOR1")};
    phone::BaresipLink link;
    std::unique_ptr<phone::PhoneDesk> desk;
    std::unique_ptr<phone::CallerHistory> history;
    std::unique_ptr<outbox::CallRecorder> recorder;
    ui::PhoneUi* phoneUi = nullptr;

    // `softphone` null: none set up on this workstation.
    PhoneWindow(const QDateTime& now, const Baresip* softphone, bool server = true)
        : ui(now) {
        ui.session.setOperatorLogin(QStringLiteral("operator1"));
        ui.open();
        REQUIRE(link.setAddress(softphone ? softphone->control() : QString()).ok());
        desk = std::make_unique<phone::PhoneDesk>(&link, ui.session, ui.clock);
        recorder = std::make_unique<outbox::CallRecorder>(ui.session, *ui.outbox);
        QObject::connect(desk.get(), &phone::PhoneDesk::missed, recorder.get(), [this](const call::CallRecord& r) {
            if (!recorder->record(r))
                FAIL_CHECK("a missed call was not recorded in the outbox");
        });
        history = std::make_unique<phone::CallerHistory>(ui.outbox.get(), server ? &redmine.client : nullptr,
                                                         *ui.policy, ui.clock);
        phoneUi = new ui::PhoneUi(*ui.window, {desk.get(), history.get(), ui.outbox.get(), &ui.clock,
                                               [] { return net::modesFromRoles({net::names::roleOperator}, false); }});
        if (softphone) {
            REQUIRE(waitUntil([this] { return link.state() == phone::Softphone::State::Ready; }));
            CHECK(phoneUi->statusText() == QStringLiteral("Телефон: готов"));
        }
    }
    ~PhoneWindow() { ui.window.reset(); }

    ui::MainWindow& window() { return *ui.window; }
    void key(int k, Qt::KeyboardModifiers m = Qt::NoModifier) {
        QTest::keyClick(ui.window.get(), static_cast<Qt::Key>(k), m);
    }
    QString statusMessage() { return ui.window->statusBar()->currentMessage(); }
    bool waitLine(phone::PhoneDesk::Line line, int ms = 60000) {
        return waitUntil([&] { return desk->line() == line; }, ms);
    }
    bool waitSession(call::CallSession::State state, int ms = 60000) {
        return waitUntil([&] { return ui.session.state() == state; }, ms);
    }
};

} // namespace hotline::test
