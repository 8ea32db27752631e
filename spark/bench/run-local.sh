#!/bin/sh
# Runs the Spark job in local mode on CORES cores, as spark-submit would: Spark's own jars (in Spark's versions,
# resolved by Maven from spark-classpath.xml) and the job jar, with Spark's Java 17 options. A fresh output
# folder each run (an existing one would make the run skip what it recorded), kept: its path is printed at the end.
#   mvn -B -pl spark -am package -DskipTests        # builds spark/target/gioreport-spark-*-job.jar
#   spark/bench/run-local.sh 2 /path/to/reports [job options...]
set -eu
cores=$1; shift
input=$1; shift
here=$(cd "$(dirname "$0")" && pwd)
jar=$(ls "$here"/../target/gioreport-spark-*-job.jar)
cp_file="$here/../target/spark-classpath.txt"
if [ ! -s "$cp_file" ]; then
    mvn -B -q -f "$here/spark-classpath.xml" dependency:build-classpath -Dmdep.outputFile="$cp_file" >&2
fi
out=$(mktemp -d "${TMPDIR:-/tmp}/gioreport-local-XXXXXX")/out
trap 'if [ -d "$out" ]; then echo "output: $out" >&2; else rmdir "$(dirname "$out")"; fi' EXIT
opts=$(sed -n '/<spark.java17.options>/,/<\/spark.java17.options>/p' "$here/../pom.xml" \
    | sed -e 's/<[^>]*>//g' | tr '\n' ' ')
# shellcheck disable=SC2086 # the options are words
java $opts -Xmx${BENCH_XMX:-4g} -Dspark.master="local[$cores]" -Dspark.ui.enabled=false \
    -Dlog4j2.level=warn -cp "$(cat "$cp_file"):$jar" org.gioreport.spark.NormalizeJob "$@" "$out" "$input"
