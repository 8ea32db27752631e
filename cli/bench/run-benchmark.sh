#!/usr/bin/env bash
# Benchmark of 'gioreport normalize', run by hand (not a test): see docs/benchmark.md.
#
# Builds corpora of each input kind by copying formats/corpus/files (text dumps, HTML, DOCX, PDF, and a
# mixed one of 10,000 files with the .doc files too), then for each: gioreport on 1 thread and on all cores, and Tika's plain text
# extraction alone on the same files with the same JVM options. Prints a Markdown table of files/s, CPU time
# per file, the ratio gioreport / Tika, peak heap and the most live heap after a collection.
#
#   cli/bench/run-benchmark.sh                 # the full run (about 20 minutes on 2 cores)
#   BENCH_SCALE=0.1 cli/bench/run-benchmark.sh # a quick try with a tenth of the files
#   BENCH_KINDS="text pdf" cli/bench/run-benchmark.sh
#
# Environment: BENCH_DIR (work folder, default /tmp/gioreport-bench), BENCH_SCALE (default 1),
# BENCH_KINDS (default "text html docx pdf mixed"), BENCH_JAVA_OPTS (default -Xmx512m), BENCH_THREADS
# (the "all cores" figure, default nproc), BENCH_SKIP_BUILD=1 to use the jars already built.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${BENCH_DIR:-/tmp/gioreport-bench}"
scale="${BENCH_SCALE:-1}"
kinds="${BENCH_KINDS:-text html docx pdf mixed}"
java_opts="${BENCH_JAVA_OPTS:--Xmx512m}"
all="${BENCH_THREADS:-$(nproc)}"
corpus="$root/formats/corpus/files"
classes="$root/cli/bench/target/classes"
cp="$classes:$root/cli/target/gioreport-cli.jar:$root/cli/target/lib/*"

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  echo "building gioreport..." >&2
  (cd "$root" && mvn -q -B -DskipTests -pl cli -am install) >&2
fi
mkdir -p "$classes"
javac -nowarn -d "$classes" -cp "$root/cli/target/gioreport-cli.jar:$root/cli/target/lib/*" \
  "$root"/cli/bench/src/org/gioreport/bench/*.java

text_sources=("$corpus"/{pdf-text,pdftotext,pdftotext-layout,cell-dump,web-page,encodings,damaged}/*.txt)
declare -A sources=(
  [text]="${text_sources[*]}"
  [html]="$(echo "$corpus"/html/*.html)"
  [docx]="$(echo "$corpus"/docx/*.docx)"
  [pdf]="$(echo "$corpus"/pdf/*.pdf)"
)
shopt -s nullglob
doc_sources=("$corpus"/doc/*.doc)
shopt -u nullglob
sources[mixed]="${sources[text]} ${sources[html]} ${sources[docx]} ${doc_sources[*]} ${sources[pdf]}"
declare -A counts=([text]=20000 [html]=3000 [docx]=3000 [pdf]=3000 [mixed]=10000)

# make_corpus KIND: copies the kind's corpus files round after round (one sub-folder a round) up to its count
make_corpus() {
  local kind="$1" want files dir round=0 made=0
  want=$(awk -v n="${counts[$kind]}" -v s="$scale" 'BEGIN { printf "%d", n * s }')
  read -r -a files <<< "${sources[$kind]}"
  dir="$work/corpus/$kind"
  if [ -f "$dir/.complete-$want" ]; then echo "$want"; return; fi
  rm -rf "$dir" && mkdir -p "$dir"
  while [ "$made" -lt "$want" ]; do
    round=$((round + 1))
    local r; r="$dir/$(printf 'r%04d' "$round")"; mkdir -p "$r"
    local take=$(( want - made < ${#files[@]} ? want - made : ${#files[@]} ))
    for f in "${files[@]:0:$take}"; do
      cp "$f" "$r/$(basename "$(dirname "$f")")-$(basename "$f")"
    done
    made=$((made + take))
  done
  touch "$dir/.complete-$want"
  echo "$want"
}

# run NAME COMMAND...: runs under /usr/bin/time; leaves "$work/NAME.err" and sets wall, rss_mb, cpu
run() {
  local name="$1"; shift
  /usr/bin/time -f "TIME %e %M %U %S" -o "$work/$name.time" "$@" > "$work/$name.out" 2> "$work/$name.err" || true
  read -r _ wall rss user sys < "$work/$name.time"
  rss_mb=$((rss / 1024))
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
}

# the most live heap after any collection, in MB, from a -Xlog:gc file
live_after_gc() {
  grep -o -- '->[0-9]*M' "$1" | tr -dc '0-9\n' | sort -n | tail -1
}

mkdir -p "$work"
report="$work/results.md"
{
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GB;" \
    "$(java -version 2>&1 | head -1); JVM options: $java_opts; $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "| corpus | files | threads | gioreport files/s | CPU ms/file | Tika files/s | gioreport / Tika (wall) | peak heap used | most live heap after GC | max RSS | load avg |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$report"

for kind in $kinds; do
  n=$(make_corpus "$kind")
  for t in 1 "$all"; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    run "gioreport-$kind-$t" java $java_opts -Xlog:gc:file="$work/gc-$kind-$t.log" -cp "$cp" \
      org.gioreport.bench.HeapWatch normalize --threads "$t" --timeout 120 -o "$work/$kind-$t.jsonl" "$work/corpus/$kind"
    g_wall=$wall; g_cpu=$cpu; g_rss=$rss_mb
    records=$(wc -l < "$work/$kind-$t.jsonl")
    [ "$records" -eq "$n" ] || echo "warning: $kind on $t threads wrote $records records for $n files" >&2
    heap=$(grep -o 'peak used [0-9]* MB' "$work/gioreport-$kind-$t.err" | grep -o '[0-9]*' || echo "?")
    live=$(live_after_gc "$work/gc-$kind-$t.log")
    tika="–"; ratio="–"
    if [ "$kind" != "text" ]; then
      run "tika-$kind-$t" java $java_opts -cp "$cp" org.gioreport.bench.TikaBaseline "$work/corpus/$kind" "$t"
      tika=$(awk -v n="$n" -v w="$wall" 'BEGIN { printf "%.1f", n / w }')
      ratio=$(awk -v g="$g_wall" -v w="$wall" 'BEGIN { printf "%.2f×", g / w }')
    fi
    rate=$(awk -v n="$n" -v w="$g_wall" 'BEGIN { printf "%.1f", n / w }')
    per=$(awk -v n="$n" -v c="$g_cpu" 'BEGIN { printf "%.2f", c * 1000 / n }')
    echo "| $kind | $n | $t | $rate | $per | $tika | $ratio | ${heap} MB | ${live} MB | ${g_rss} MB | $load |" >> "$report"
    echo "done: $kind, $t threads: $rate files/s" >&2
  done
done

{
  echo
  echo "files/s is the whole run (JVM start included) over the files; CPU ms/file is user + system time of the"
  echo "process over the files; peak heap used adds up each heap pool's peak (an upper bound); the most live heap"
  echo "after GC is the largest heap left after any collection (-Xlog:gc); load avg is the machine's 1-minute load"
  echo "when the run started (other work on the machine slows every figure)."
} >> "$report"
cat "$report"
