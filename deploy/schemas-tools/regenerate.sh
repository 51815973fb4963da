#!/usr/bin/env bash
# Regenerates deploy/src/test/resources/schemas/{kubernetes-models.json,strimzi/*.json}.
# Needs network access to Maven Central and the npm registry, Node.js, and a JDK >= 21 for Strimzi's
# generator (JAVA21_HOME; defaults to the Temurin JDK found on the project's machines).
# The tests never run this: they read the committed output, offline.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/deploy/src/test/resources/schemas"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

java21="${JAVA21_HOME:-$(ls -d /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/temurin-[3-9]* 2>/dev/null | head -1 || true)}"
[ -n "$java21" ] || { echo "set JAVA21_HOME to a JDK >= 21" >&2; exit 1; }

echo "== Strimzi CRDs (generator and API classes from Maven Central, JDK $java21)"
mkdir -p "$work/strimzi"
JAVA_HOME="$java21" "$repo/mvnw" -q -f "$here/strimzi-crds/pom.xml" exec:java -Dout.dir="$work/strimzi"

echo "== kubernetes-models schemas (npm)"
cp "$here/package.json" "$work/"
(cd "$work" && npm install --ignore-scripts --no-audit --no-fund --no-package-lock --silent)

node "$here/extract.cjs" "$work" "$work/strimzi" "$out"
rm -rf "$here/strimzi-crds/target"
echo "done: $out"
