#!/usr/bin/env bash
# JMH benchmarks of extraction's inner pieces (src/test/java/org/govkg/bench/*Jmh.java).
# Usage: docs/bench/jmh.sh [JMH options, e.g. -f 1 -wi 2 -i 3 ExtractionJmh]   (run from the checkout)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main "$@"
