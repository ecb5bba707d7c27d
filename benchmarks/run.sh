#!/usr/bin/env bash
# Runs the JMH benchmarks: the SDK against hand-written OkHttp + Jackson, on a loopback server,
# with the allocation profiler. Extra arguments go to JMH (e.g. a benchmark name regex, -f 1 -wi 3 -i 5).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package -pl benchmarks -am
cp=$(mvn -B -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
exec java -cp "benchmarks/target/classes:$cp" org.openjdk.jmh.Main -prof gc "$@"
