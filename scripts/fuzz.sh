#!/usr/bin/env bash
# Fuzzes the parsers of what the server sends with libFuzzer under ASan+UBSan (clang; Debian package `clang`).
#   scripts/fuzz.sh [runs per target, default 10000] [target ...]
# Targets: redmine_reply issue_json wiki_page kb_data_pages script_page (fuzz/*.cpp). Each run starts from the
# committed seeds (fuzz/corpus/<target>) in a scratch copy; a crash leaves its input in build/fuzz/crashes/ —
# replay it with build/ci/fuzz/fuzz_<target>_replay <file>, fix, and add it to the corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10000}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(redmine_reply issue_json wiki_page kb_data_pages script_page)
command -v clang++ >/dev/null || { echo "clang++ is needed: apt-get install clang" >&2; exit 1; }
flags="-O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
cmake -S . -B build/fuzz -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE= -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DHOTLINE_BUILD_FUZZ=ON -DHOTLINE_BUILD_TESTS=OFF -DHOTLINE_BUILD_BENCH=OFF >/dev/null
cmake --build build/fuzz -j2 --target "${targets[@]/#/fuzz_}"
mkdir -p build/fuzz/crashes
status=0
for t in "${targets[@]}"; do
    work="build/fuzz/corpus/$t"
    rm -rf "$work" && mkdir -p "$work" && cp fuzz/corpus/"$t"/* "$work"/
    echo "== $t: $runs runs"
    start=$(date +%s)
    rc=0
    ASAN_OPTIONS=detect_leaks=0 QT_QPA_PLATFORM=offscreen build/fuzz/fuzz/fuzz_"$t" -runs="$runs" -timeout=10 \
        -rss_limit_mb=2048 -artifact_prefix=build/fuzz/crashes/"$t"- -print_final_stats=1 "$work" \
        >build/fuzz/"$t".log 2>&1 || rc=$?
    grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|SUMMARY)|^==[0-9]+==ERROR" build/fuzz/"$t".log || true
    [ $rc -eq 0 ] || { echo "   $t failed (exit $rc): see build/fuzz/$t.log and build/fuzz/crashes/"; status=1; }
    echo "   $(( $(date +%s) - start )) s"
done
exit $status
