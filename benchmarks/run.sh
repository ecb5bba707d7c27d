#!/usr/bin/env bash
# Benchmarks of the SDK against openai-java and a hand-written OkHttp + Jackson floor, on a loopback server.
#   bash benchmarks/run.sh              the harness, full run (~4 min): writes benchmarks/target/benchmark-results.md
#   bash benchmarks/run.sh --smoke      the harness in seconds: fails only if a contender missed a figure or a model
#   bash benchmarks/run.sh [--smoke] --rounds N --slice-ms N ...   flags of io.modelsdk.bench.Options
#   bash benchmarks/run.sh jmh [ARGS]   the JMH benchmarks with the allocation profiler; ARGS go to JMH
#   bash benchmarks/run.sh classes      the classes each contender's cold start loads, per phase
#   bash benchmarks/run.sh alloc [CLASS]  top allocation sites (JFR) of one contender's list loop, the SDK's by default
set -euo pipefail
cd "$(dirname "$0")/.."
# One reactor run, so that the class paths name the sdk jars just built rather than a snapshot installed
# earlier (or none, on a fresh clone); each module writes its own runtime target/classpath.txt, which for
# sdk-openai is the SDK contender's runtime. Tests, sources and Javadoc are skipped: only the jars matter.
mvn -B -q -DskipTests -Dmaven.source.skip=true -Dmaven.javadoc.skip=true \
  package dependency:build-classpath -pl benchmarks -am \
  -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime

if [ "${1:-}" = jmh ]; then
  shift
  exec java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" org.openjdk.jmh.Main -prof gc "$@"
fi

# The floor's and openai-java's own runtime class paths, for cold starts and jar sizes.
mvn -B -q -f benchmarks/contenders/pom.xml dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime
sdk_jar=$(ls sdk-openai/target/sdk-openai-*.jar | grep -Ev -- '-(sources|javadoc|tests)\.jar$')
{
  echo "floor=$(cat benchmarks/contenders/floor/target/classpath.txt)"
  echo "openai-java=$(cat benchmarks/contenders/openai-java/target/classpath.txt)"
  echo "models-sdk=$sdk_jar:$(cat sdk-openai/target/classpath.txt)"
} > benchmarks/target/contender-classpaths.properties

if [ "${1:-}" = alloc ]; then
  cp="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
  java -XX:StartFlightRecording=filename=benchmarks/target/alloc.jfr,settings=profile -cp "$cp" \
    io.modelsdk.bench.Loop "${2:-io.modelsdk.bench.SdkContender}" 15
  exec java -cp "$cp" io.modelsdk.bench.AllocationSites benchmarks/target/alloc.jfr 15
fi

if [ "${1:-}" = classes ]; then
  exec java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" io.modelsdk.bench.FirstCallClasses
fi

exec java -Xms2g -Xmx2g -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  io.modelsdk.bench.Harness "$@"
