#!/usr/bin/env bash
# Runs the JMH benchmarks: the SDK against hand-written OkHttp + Jackson, on a loopback server,
# with the allocation profiler. Extra arguments go to JMH (e.g. a benchmark name regex, -f 1 -wi 3 -i 5).
set -euo pipefail
cd "$(dirname "$0")/.."
# One run, so that the classpath names the sdk jars just built rather than a snapshot installed earlier
# (or none, on a fresh clone); each module writes its own target/classpath.txt.
mvn -B -q -DskipTests package dependency:build-classpath -pl benchmarks -am -Dmdep.outputFile=target/classpath.txt
exec java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" org.openjdk.jmh.Main -prof gc "$@"
