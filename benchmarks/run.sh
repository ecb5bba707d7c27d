#!/usr/bin/env bash
# Runs the JMH benchmarks: the SDK against hand-written OkHttp + Jackson, on a loopback server,
# with the allocation profiler. Extra arguments go to JMH (e.g. a benchmark name regex, -f 1 -wi 3 -i 5).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package -pl benchmarks -am
mvn -B -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$PWD/benchmarks/target/classpath.txt"
exec java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" org.openjdk.jmh.Main -prof gc "$@"
