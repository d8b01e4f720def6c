#!/usr/bin/env bash
# JMH benchmarks of the engine: building the rule base (compiling, and loading from the cache) and
# one check of a synthetic draft of 30 to 50,000 clauses (and loading it from YAML).
#   bench/jmh.sh                          # all of them (about 5 minutes)
#   bench/jmh.sh EngineBenchmark.check -p clauses=5000,50000
#   bench/jmh.sh -l                       # list; any JMH option works (-h for help)
# Results: bench/target/jmh.txt (and whatever -rf/-rff ask for). Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/treatycheck.jar ]; then
    mvn -B -q -DskipTests package
fi
if [ ! -f bench/target/benchmarks.jar ] || [ -n "$(find bench/src bench/pom.xml target/treatycheck.jar -newer bench/target/benchmarks.jar -print -quit)" ]; then
    mvn -B -q -f bench/pom.xml package
fi
# The benchmarks read rules/ from the working folder (or -Dtreatycheck.bench.rules=DIR via -jvmArgsAppend).
java -cp bench/target/benchmarks.jar:target/treatycheck.jar org.openjdk.jmh.Main "$@" | tee bench/target/jmh.txt
