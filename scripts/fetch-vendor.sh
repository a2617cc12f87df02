#!/usr/bin/env bash
# Re-fetches the browser libraries MotCua serves as static scripts (vendored under
# ui/src/main/resources/META-INF/resources/vendor/<name>/<version>/, with their licences) and checks
# them against the hashes below, so the run command needs only a JDK and the files can be audited.
# Usage: scripts/fetch-vendor.sh [--check]   (--check: verify the committed files only)
set -euo pipefail
cd "$(dirname "$0")/.."
VENDOR=ui/src/main/resources/META-INF/resources/vendor

# name version file-in-package sha256
LIBRARIES=(
  "echarts 6.1.0 dist/echarts.min.js b66b25aeb4df84e33199dc21694014d336d222cbd9deb0e5a7c14bd6aa0d0fd0"
)

for entry in "${LIBRARIES[@]}"; do
  read -r name version file sha <<<"$entry"
  target="$VENDOR/$name/$version/$(basename "$file")"
  if [ "${1:-}" != "--check" ]; then
    work=$(mktemp -d)
    (cd "$work" && npm pack "$name@$version" --silent >/dev/null && tar xzf ./*.tgz)
    mkdir -p "$(dirname "$target")"
    cp "$work/package/$file" "$target"
    cp "$work/package/LICENSE" "$(dirname "$target")/LICENSE"
    [ -f "$work/package/NOTICE" ] && cp "$work/package/NOTICE" "$(dirname "$target")/NOTICE"
    rm -rf "$work"
  fi
  echo "$sha  $target" | sha256sum --check --quiet
  echo "$name $version: $target verified"
done
