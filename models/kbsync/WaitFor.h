#pragma once

#include <QEventLoop>
#include <QObject>
#include <functional>
#include <optional>

namespace hotline::kbsync {

template <typename T>
T waitFor(const std::function<void(QObject*, std::function<void(T)>)>& start) {
    QEventLoop loop;
    QObject context;
    std::optional<T> out;
    start(&context, [&](T value) {
        out = std::move(value);
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

} // namespace hotline::kbsync
