#pragma once

#include <QEventLoop>
#include <QTimer>
#include <optional>
#include <utility>

namespace hotline::test {

// Starts an asynchronous call and runs the event loop until its callback brings a value (or `timeoutMs` passes:
// then nothing). `start` receives the callback to hand to the call: awaitCallback<Result<X>>([&](auto done) {
// thing.run(done); }). The tests' one way to wait for a callback.
template <typename T, typename Start>
std::optional<T> awaitCallback(Start&& start, int timeoutMs = 60000) {
    std::optional<T> out;
    QEventLoop loop;
    std::forward<Start>(start)([&](T value) {
        out = std::move(value);
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return out;
}

} // namespace hotline::test
