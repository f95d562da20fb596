#pragma once
// Work handed to a worker thread and results handed back to the application's (GUI) thread.
//
// Both hand-offs are ordered by Qt's own locks (the thread pool's queue, the event queue). Debian's Qt is not built
// with ThreadSanitizer, so TSan cannot see those locks and would report every hand-off as a data race; these two
// functions mark each hand-off for it (and compile the marks away outside the tsan preset), so that the races it
// does report are ours.

#include <functional>

class QThreadPool;

namespace hotline::threads {

// Runs `task` on a thread of `pool`; everything written before the call is visible to the task.
void runOnPool(QThreadPool* pool, std::function<void()> task);

// Runs `f` later on the application object's thread, through its event queue; everything written before the call
// is visible to `f`. Callable from any thread.
void runOnAppThread(std::function<void()> f);

} // namespace hotline::threads
