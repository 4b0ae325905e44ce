#!/usr/bin/env bash
# Builds the benchmarks in Release mode into build-bench/ and runs every one of them, the Python
# reference of the record pipeline included, then prints one table of results and targets.
#
# Usage: tools/run-benchmarks.sh [--smoke] [--jobs N]
#   --smoke    tiny sizes: checks that each benchmark runs, checks no timing target
#   --jobs N   parallel build jobs (default 1, because the benchmarks share the machine)
#
# The benchmarks print RESULT|... and TARGET|... lines (benchmarks/benchreport.h); this script
# collects them. Environment: MB_BENCH_BUILD_DIR changes the build folder, PYTHON the
# interpreter of the Python parts (default python3).
# Exit status: 0 when every benchmark ran and met its targets, 1 when a target was missed or a
# benchmark failed, 2 on a usage error.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${MB_BENCH_BUILD_DIR:-$repo_root/build-bench}
python=${PYTHON:-python3}
smoke=()
jobs=1

while [[ $# -gt 0 ]]; do
    case $1 in
    --smoke) smoke=(--smoke) ;;
    --jobs)
        [[ $# -ge 2 && $2 =~ ^[1-9][0-9]*$ ]] || {
            echo "Invalid --jobs ${2:-}: expected a positive whole number." >&2
            exit 2
        }
        jobs=$2
        shift
        ;;
    *)
        echo "Unknown argument $1. Usage: tools/run-benchmarks.sh [--smoke] [--jobs N]" >&2
        exit 2
        ;;
    esac
    shift
done

launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

echo "==> Configuring and building $build_dir (Release)"
cmake -S "$repo_root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" >/dev/null
ninja -C "$build_dir" -j"$jobs" bench_pipeline bench_idle_worker bench_alert_model \
    bench_gui_cold_start mimecast-bridge-cli mimecast-bridge-simulator

bench="$build_dir/benchmarks"
output=$(mktemp)
trap 'rm -f "$output"' EXIT
failed=()

# Runs one benchmark, shows its output as it comes and keeps its RESULT and TARGET lines.
run() {
    local name=$1
    shift
    echo "==> $name"
    if ! "$@" 2>&1 | tee -a "$output"; then
        failed+=("$name")
    fi
}

export QT_QPA_PLATFORM=offscreen
export QT_LOGGING_RULES='*.debug=false;*.info=false'

run bench_pipeline "$bench/bench_pipeline" "${smoke[@]}" --python "$python" \
    --reference "$repo_root/benchmarks/pipeline_reference.py"
run bench_preview_e2e "$python" "$repo_root/benchmarks/bench_preview_e2e.py" "${smoke[@]}" \
    --cli "$build_dir/src/cli/mimecast-bridge-cli" \
    --simulator "$build_dir/src/simulator/mimecast-bridge-simulator" \
    --pipeline "$bench/bench_pipeline"
run bench_alert_model "$bench/bench_alert_model" "${smoke[@]}"
run bench_idle_worker "$bench/bench_idle_worker" "${smoke[@]}"
run bench_gui_cold_start "$bench/bench_gui_cold_start" "${smoke[@]}"

echo
echo "==> Results ($(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) CPUs)"
{
    echo "kind|benchmark|measure|value|unit|target|status"
    grep -E '^(RESULT|TARGET)\|' "$output" | sed -E 's/^RESULT(\|[^|]*\|[^|]*\|[^|]*\|[^|]*)$/RESULT\1||/'
} | column -t -s '|'

missed=$(grep -c -E '^TARGET\|.*\|MISS$' "$output" || true)
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "Failed to run or missed a target: ${failed[*]}" >&2
fi
if [[ $missed -gt 0 || ${#failed[@]} -gt 0 ]]; then
    echo "$missed target(s) missed." >&2
    exit 1
fi
echo "Every checked target met."
