#include "threads/Handoff.h"

#include <QCoreApplication>
#include <QEvent>
#include <QRunnable>
#include <QThreadPool>

#if defined(__SANITIZE_THREAD__)
extern "C" void __tsan_acquire(void* addr);
extern "C" void __tsan_release(void* addr);
#endif

namespace hotline::threads {
namespace {

// The writes before `release(x)` happen before the reads after `acquire(x)` on another thread.
void release([[maybe_unused]] void* token) {
#if defined(__SANITIZE_THREAD__)
    __tsan_release(token);
#endif
}
void acquire([[maybe_unused]] void* token) {
#if defined(__SANITIZE_THREAD__)
    __tsan_acquire(token);
#endif
}

// Released once fully built, acquired before anything of it is read on the worker.
class Task final : public QRunnable {
public:
    explicit Task(std::function<void()> f)
        : m_f(std::move(f)) {
        release(this);
    }
    void run() override {
        acquire(this);
        m_f();
    }

private:
    std::function<void()> m_f;
};

class CallEvent final : public QEvent {
public:
    static QEvent::Type type() {
        static const auto t = static_cast<QEvent::Type>(QEvent::registerEventType());
        return t;
    }
    explicit CallEvent(std::function<void()> f)
        : QEvent(type())
        , m_f(std::move(f)) {
        release(this);
    }
    ~CallEvent() override { acquire(this); } // also when Qt drops it undelivered at exit
    void call() {
        acquire(this);
        m_f();
    }

private:
    std::function<void()> m_f;
};

class Receiver final : public QObject {
public:
    bool event(QEvent* e) override {
        acquire(e); // before reading the event at all (no effect for Qt's own events)
        if (e->type() != CallEvent::type())
            return QObject::event(e);
        static_cast<CallEvent*>(e)->call();
        return true;
    }
};

// One receiver living on the application object's thread for the whole run (created by whichever thread asks first).
Receiver* receiver() {
    static Receiver* const r = [] {
        auto* created = new Receiver;
        created->moveToThread(QCoreApplication::instance()->thread());
        return created;
    }();
    return r;
}

} // namespace

void runOnPool(QThreadPool* pool, std::function<void()> task) {
    pool->start(new Task(std::move(task)));
}

void runOnAppThread(std::function<void()> f) {
    QCoreApplication::postEvent(receiver(), new CallEvent(std::move(f)));
}

} // namespace hotline::threads
