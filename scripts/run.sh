#!/usr/bin/env bash
# Runs MotCua from the layout the build extracts (ui/target/motcua/motcua.jar with its libraries in
# ui/target/motcua/lib/) with a class-data sharing archive of its classes: the JVM then maps the
# ~20,000 classes a start loads, already parsed and verified, instead of reading them from 276
# jars (on two cores a restart takes about half the time, docs/measurements.md). The archive
# belongs to one build: the first run of a new build records it when MotCua stops (a few seconds
# more at that stop), every later start uses it. Without a writable place for it, or with an
# archive the JVM cannot use, MotCua simply starts without one (-Xshare:auto).
# Usage: scripts/run.sh            extra JVM options in JAVA_OPTS, e.g. JAVA_OPTS=-Xmx768m
# (java -jar ui/target/motcua.jar, the single-file jar of the same build, runs the same application.)
set -euo pipefail
cd "$(dirname "$0")/.."
app=$PWD/ui/target/motcua
jar=$app/motcua.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -B -DskipTests package" >&2; exit 1; }
archives=${MOTCUA_CDS_DIR:-$PWD/ui/target/cds}
# The archive's name is the build's fingerprint (MotCua's own jars by content, the libraries by
# name, the JDK): the JVM would refuse an archive of other jars anyway; this records a new one.
build=$( (cksum "$jar" "$app"/lib/*-SNAPSHOT.jar; ls "$app/lib"; java -version 2>&1) | cksum | cut -d' ' -f1)
archive=$archives/motcua-$build.jsa
cds=()
if [ -f "$archive" ]; then
  cds=(-XX:SharedArchiveFile="$archive")
elif mkdir -p "$archives" 2>/dev/null && mkdir "$archives/recording-$build" 2>/dev/null; then
  # Only the run that makes this directory records: nodes started together from one installation
  # must not write the same archive at once. (A recording run killed with -9 leaves no archive;
  # this build then runs without one, the next build records again.)
  find "$archives" -mindepth 1 -maxdepth 1 \( -name 'motcua-*.jsa' -o -name 'recording-*' \) \
    ! -name "recording-$build" -exec rm -rf {} +
  cds=(-XX:ArchiveClassesAtExit="$archive")
fi
# Class-data sharing reports each class it cannot archive (e.g. generated proxies) as a warning;
# those are expected, real errors still show.
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec java "${cds[@]}" -Xshare:auto -Xlog:cds=error,cds+dynamic=error ${JAVA_OPTS:-} -jar "$jar" "$@"
