#!/usr/bin/env bash
# Times a one-shot ./learn check of a solved exercise against the plain Maven command, in the same run:
#   bash learn-tool/results/check-latency.sh
# Puts the reference solution of join-every-thread in its stub for the runs, and the stub as it was back after.
set -uo pipefail
cd "$(dirname "$0")/../.."
stub=exercises/src/main/java/exercises/joineverythread/JoinEveryThread.java
backup=$(mktemp)
cp "$stub" "$backup"
trap 'cp "$backup" "$stub"; rm -f "$backup"' EXIT
cp solutions/src/main/java/exercises/joineverythread/JoinEveryThread.java "$stub"
./learn check join-every-thread > /dev/null 2>&1   # warm-up: builds the tool if needed, writes the class-data archives
for i in 1 2 3 4 5 6 7; do
  s=$(date +%s%N); ./learn check join-every-thread > /tmp/check-latency.out 2>&1; rc=$?; e=$(date +%s%N)
  echo "learn rc=$rc ms=$(( (e - s) / 1000000 )) load=$(cut -d' ' -f1 /proc/loadavg) $(head -1 /tmp/check-latency.out)"
done
for i in 1 2 3; do
  s=$(date +%s%N); JAVA_HOME=$(.mvn/find-jdk) ./mvnw -q -o -pl exercises -am test -Dtest=JoinEveryThreadTest \
    -Dsurefire.failIfNoSpecifiedTests=false > /tmp/check-latency.out 2>&1; rc=$?; e=$(date +%s%N)
  echo "mvn rc=$rc ms=$(( (e - s) / 1000000 )) load=$(cut -d' ' -f1 /proc/loadavg)"
done
