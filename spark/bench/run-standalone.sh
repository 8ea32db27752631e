#!/bin/bash
# Runs the Spark job on a Spark standalone cluster of this machine: a master and one worker started from the
# Maven-resolved Spark jars (spark-classpath.xml, as run-local.sh), and a client-mode driver started with plain
# java, on a copy of the bundled corpus (formats/corpus/files without its expected files and manifest: 226
# inputs). Then it checks the records: one per input, none repeated, no other. Master and worker are stopped on
# exit; the output and the logs are kept (their folder is printed), everything else is removed.
#   mvn -B -pl spark -am package -DskipTests        # builds spark/target/gioreport-spark-*-job.jar
#   spark/bench/run-standalone.sh [--kill-worker] [job options...]
# --kill-worker: a few seconds (KILL_AFTER, default 5) into the stage that reads the documents, the worker is
# killed (SIGKILL; its executor follows it) and a new one is started; the run must still give every input once.
# What a standalone cluster needs that Spark's own start scripts otherwise set up (here, for plain java):
# - a Spark home with a jars/ folder: the worker builds its executors' class path from $SPARK_HOME/jars (here
#   links to the Maven-resolved jars); without it no executor starts ("Library directory ... does not exist");
# - SPARK_SCALA_VERSION=2.13: without it the worker's launcher code looks for a source build's
#   launcher/target/scala-2.13 and no executor starts ("Cannot find any build directories");
# - SPARK_LOCAL_IP=127.0.0.1: master, worker, driver and executors bind to loopback, and so do the web UIs,
#   which bind to every interface otherwise (--host does not cover them).
# Figures: docs/spark.md, "A standalone cluster".
set -euo pipefail
kill_worker=false
if [ "${1:-}" = "--kill-worker" ]; then
    kill_worker=true
    shift
fi
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jar=$(ls "$here"/../target/gioreport-spark-*-job.jar)
cp_file="$here/../target/spark-classpath.txt"
if [ ! -s "$cp_file" ]; then
    mvn -B -q -f "$here/spark-classpath.xml" dependency:build-classpath -Dmdep.outputFile="$cp_file" >&2
fi
opts=$(sed -n '/<spark.java17.options>/,/<\/spark.java17.options>/p' "$here/../pom.xml" \
    | sed -e 's/<[^>]*>//g' | tr '\n' ' ')

run=$(mktemp -d "${TMPDIR:-/tmp}/gioreport-standalone-XXXXXX")
out="$run/out"
logs="$run/logs"
tmp="$run/tmp" # removed on exit: the Spark home, the input copy, the workers' folders (the job jar's copies)
mkdir -p "$logs" "$tmp/spark-home/jars" "$tmp/input" "$tmp/local"
pids=()
cleanup() {
    local rc=$?
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    # the executors' logs, before their folders go
    for f in "$tmp"/work-*/app-*/*/stderr; do
        [ -f "$f" ] || continue
        w=${f#"$tmp"/}
        cp "$f" "$logs/executor-$(echo "$w" | cut -d/ -f1,3 | tr / -).log"
    done
    rm -rf "$tmp"
    if [ -d "$out" ]; then
        echo "output: $out" >&2
    fi
    echo "logs:   $logs" >&2
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

IFS=: read -ra spark_jars < "$cp_file" || true # no line end: read says 1, and a "while read" loop drops the last jar
ln -s "${spark_jars[@]}" "$tmp/spark-home/jars/"
(cd "$root/formats/corpus/files" && find . -type f ! -name '*.expected.json' ! -name manifest.json \
    -exec cp --parents {} "$tmp/input/" \;)
input="$tmp/input"
inputs=$(find "$input" -type f | wc -l)

# SPARK_LOCAL_DIRS: the shuffle and block files, in $tmp too (a killed worker's would stay behind in /tmp)
export SPARK_HOME="$tmp/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 \
    SPARK_LOCAL_DIRS="$tmp/local"
spark_cp=$(cat "$cp_file")
worker_cores=${WORKER_CORES:-2}
started=$(date +%s.%N)

# Waits until the file has a line matching the pattern (the daemon $2 still alive) and prints that line.
await_line() {
    local file=$1 pid=$2 pattern=$3 i
    for i in $(seq 1200); do
        if grep -m1 -E "$pattern" "$file" 2>/dev/null; then
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "run-standalone: process $pid ended, see $file" >&2
            return 1
        fi
        sleep 0.25
    done
    echo "run-standalone: timed out waiting for '$pattern' in $file" >&2
    return 1
}

# shellcheck disable=SC2086 # the options are words
java $opts -Xmx512m -cp "$spark_cp" org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port 0 --webui-port 0 > "$logs/master.log" 2>&1 &
master_pid=$!
pids+=("$master_pid")
master=$(await_line "$logs/master.log" "$master_pid" 'Starting Spark master at spark://' \
    | sed -e 's/.*Starting Spark master at //')
echo "run-standalone: master $master" >&2

workers=0
start_worker() {
    workers=$((workers + 1))
    mkdir -p "$tmp/work-$workers"
    # shellcheck disable=SC2086
    java $opts -Xmx512m -cp "$spark_cp" org.apache.spark.deploy.worker.Worker \
        --host 127.0.0.1 --port 0 --webui-port 0 --cores "$worker_cores" --memory "${WORKER_MEMORY:-3g}" \
        --work-dir "$tmp/work-$workers" "$master" > "$logs/worker-$workers.log" 2>&1 &
    worker_pid=$!
    pids+=("$worker_pid")
    await_line "$logs/worker-$workers.log" "$worker_pid" 'Successfully registered with master' > /dev/null
    echo "run-standalone: worker $workers registered (pid $worker_pid)" >&2
}
start_worker

# The client-mode driver: the job jar on the driver's class path and in spark.jars (fetched by the executors).
# shellcheck disable=SC2086
java $opts -Xmx1g -Dspark.master="$master" -Dspark.submit.deployMode=client -Dspark.jars="$jar" \
    -Dspark.executor.memory="${EXECUTOR_MEMORY:-2g}" -Dspark.ui.enabled=false \
    -cp "$spark_cp:$jar" org.gioreport.spark.NormalizeJob "$@" "$out" "$input" > "$logs/driver.log" 2>&1 &
driver_pid=$!
pids+=("$driver_pid")

if $kill_worker; then
    # In the middle of reading the documents: the job that counts the results (collectAsList in NormalizeJob,
    # the stage that reads every document and caches its result) has started its tasks, a few seconds ago.
    # Killing the worker then loses those tasks, the shuffle files and what was cached: Spark must read the
    # documents again on the new worker, and the output must still hold each once.
    for i in $(seq 2400); do
        awk '/Got job [0-9]+ \(collectAsList at NormalizeJob/ { job = 1 } job && /Starting task/ { found = 1; exit }
             END { exit !found }' "$logs/driver.log" && break
        kill -0 "$driver_pid" 2>/dev/null || break
        sleep 0.25
    done
    sleep "${KILL_AFTER:-5}"
    if ! kill -0 "$driver_pid" 2>/dev/null; then
        echo "run-standalone: the driver ended before the worker could be killed" >&2
        exit 1
    fi
    executors=$(pgrep -P "$worker_pid" || true)
    kill -KILL "$worker_pid"
    wait "$worker_pid" 2>/dev/null || true
    echo "run-standalone: worker $workers killed (pid $worker_pid) while the documents were being read;" \
        "its executors (pids $(echo $executors)) follow it" >&2
    for pid in $executors; do # an executor ends itself when its worker is gone; make sure it has
        for i in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
        if kill -KILL "$pid" 2>/dev/null; then
            echo "run-standalone: executor $pid outlived its worker: killed" >&2
        fi
    done
    start_worker
fi

rc=0
wait "$driver_pid" || rc=$?
ended=$(date +%s.%N)
grep -E '^gioreport-spark:|ERROR|Lost (task|executor)|its executor exited|Resubmitting' "$logs/driver.log" \
    | cut -c1-200 >&2 || true
if [ "$rc" -ne 0 ]; then
    echo "run-standalone: the driver failed (exit $rc), see $logs/driver.log" >&2
    exit "$rc"
fi

# The check: one record per input, none repeated, none for anything else.
cat "$out"/records/*/part-* | jq -r '.source.path' | sort > "$logs/recorded-paths.txt"
find "$input" -type f | sort > "$logs/input-paths.txt"
records=$(wc -l < "$logs/recorded-paths.txt")
repeated=$(uniq -d "$logs/recorded-paths.txt" | wc -l)
missing=$(comm -23 "$logs/input-paths.txt" <(uniq "$logs/recorded-paths.txt") | wc -l)
unexpected=$(comm -13 "$logs/input-paths.txt" <(uniq "$logs/recorded-paths.txt") | wc -l)
# tasks that were running on the killed worker's executor (failures of a retry, e.g. FetchFailed, not counted)
lost=$(grep -cE 'its executor exited|ExecutorLostFailure' "$logs/driver.log" || true)
printf 'run-standalone: %d inputs, %d records, %d repeated, %d missing, %d not an input; %d workers, %d tasks lost; %.1f s\n' \
    "$inputs" "$records" "$repeated" "$missing" "$unexpected" "$workers" "$lost" \
    "$(awk "BEGIN { print $ended - $started }")" >&2
if $kill_worker && [ "$lost" -eq 0 ]; then
    echo "run-standalone: warning: the worker died between tasks, none was lost (try a larger KILL_AFTER)" >&2
fi
if [ "$records" -ne "$inputs" ] || [ "$repeated" -ne 0 ] || [ "$missing" -ne 0 ] || [ "$unexpected" -ne 0 ]; then
    echo "run-standalone: FAILED: not one record per input" >&2
    exit 1
fi
