#pragma once

#include <ctime>

namespace hotline::bench {

// The calling thread's CPU time in ms: on a shared machine the wall clock also counts the time other processes had
// the core, so the benchmarks print both.
inline double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

} // namespace hotline::bench
