#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, -DCERTDESK_FUZZ=ON, clang) and runs each one for
# N seconds on a copy of its seed corpus, then prints a table: executions, executions per
# second, corpus size after the run and crashes (crash, leak, timeout or out-of-memory inputs,
# kept in <build>/work/<target>/artifacts).
#   scripts/fuzz.sh [SECONDS] [TARGET...]     SECONDS defaults to 60, TARGETs to all of them
# FUZZ_BUILD_DIR (default build/fuzz) and FUZZ_JOBS (build jobs, default 1) change the build.
# Needs clang and libFuzzer (Debian: clang, libclang-rt-14-dev). Exit status 1 when any target
# found something.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
build="${FUZZ_BUILD_DIR:-build/fuzz}"
jobs="${FUZZ_JOBS:-1}"
all=(fuzz_order_json fuzz_domain_org_json fuzz_account_json fuzz_finance_json fuzz_api_error
     fuzz_text fuzz_csr fuzz_certificate fuzz_pkcs12)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")

command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is missing (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }
if [ ! -f "$build/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DCERTDESK_FUZZ=ON -DCERTDESK_BUILD_TESTS=OFF -DCERTDESK_BUILD_SANDBOX=OFF
fi
nice -n 10 cmake --build "$build" -j"$jobs" --target "${targets[@]}"

results=()
status=0
for t in "${targets[@]}"; do
    work="$build/work/$t/script"
    rm -rf "$work"
    mkdir -p "$work/corpus" "$work/artifacts"
    cp tests/fuzz/corpus/"$t"/* "$work/corpus/" 2>/dev/null || true
    echo "== $t: $seconds s"
    set +e
    "$build/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$work/corpus" >"$work/log" 2>&1
    rc=$?
    set -e
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log" | tail -1)
    files=$(find "$work/corpus" -type f | wc -l)
    bytes=$(du -sk "$work/corpus" | cut -f1)
    crashes=$(find "$work/artifacts" -type f | wc -l)
    if [ "$rc" -ne 0 ] || [ "$crashes" -gt 0 ]; then
        status=1
        grep -m3 -E "ERROR: |runtime error|SUMMARY" "$work/log" || tail -5 "$work/log"
        ls "$work/artifacts"
    fi
    results+=("$(printf '%-22s %12s %8s %8s %6s KB %8s' "$t" "${execs:-?}" "${rate:-?}" "$files" "$bytes" "$crashes")")
done

printf '\n%-22s %12s %8s %8s %9s %8s\n' target executions exec/s corpus size crashes
for r in "${results[@]}"; do
    echo "$r"
done
exit $status
