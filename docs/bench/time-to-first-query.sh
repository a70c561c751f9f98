#!/usr/bin/env bash
# Prints the time from `govkg serve` start to the first answered SPARQL query, for a fresh store
# (the sample documents are ingested first) and for a second start on the same store.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f target/govkg.jar ] || mvn -q -B -DskipTests package
store=$(mktemp -d)
port=${PORT:-18181}
query='SELECT (COUNT(*) AS ?n) { ?s ?p ?o }'
measure() {
  local start end pid
  start=$(date +%s%N)
  java -jar target/govkg.jar serve --store "$store/kg" --port "$port" --data data > "$store/log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null -H 'Accept: text/csv' --data-urlencode "query=$query" "http://localhost:$port/sparql"; do
    kill -0 "$pid" 2>/dev/null || { cat "$store/log"; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$1: $(( (end - start) / 1000000 )) ms from serve start to first answered query"
}
measure "fresh store (loads data/documents)"
measure "second start (documents unchanged)"
rm -rf "$store"
