#pragma once

// libFuzzer's entry point, compiled both into the fuzzers (clang, -fsanitize=fuzzer) and into the seed replay
// tests (g++, ReplayMain.cpp). Each target feeds what a server could send to one parser: no crash, no hang, and a
// typed error (or a value) for every input.
#include <QByteArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

inline QByteArray fuzzBytes(const std::uint8_t* data, std::size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// A failed check inside a target: abort, which libFuzzer and the replay test both report as a failure.
void fuzzCheck(bool condition, const char* what);
