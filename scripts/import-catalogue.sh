#!/usr/bin/env bash
# Regenerates the catalogue MotCua ships (engine/src/main/resources/catalogue/catalogue.json.gz)
# from the national portal's data beside the project (../shared/data/procedures/procedures.jsonl).
# Usage: scripts/import-catalogue.sh [procedures.jsonl]
set -euo pipefail
cd "$(dirname "$0")/.."
input=${1:-../shared/data/procedures/procedures.jsonl}
out=$(mktemp -d)
./mvnw -B -q -pl workflows -DskipTests package
java -jar workflows/target/catalogue-import-cli.jar "$input" "$out"
gzip -9 -n -c "$out/catalogue.json" > engine/src/main/resources/catalogue/catalogue.json.gz
cp "$out/problems.json" docs/catalogue-problems.json
rm -rf "$out"
echo "Wrote engine/src/main/resources/catalogue/catalogue.json.gz and docs/catalogue-problems.json"
units=../shared/data/admin-units
java -Dloader.main=vn.motcua.workflows.adminunits.AdminUnitsImportCommand -jar workflows/target/catalogue-import-cli.jar \
  "$units/units-34-provinces-2025.json" "$units/provinces-63-before-2025.csv" engine/src/main/resources/adminunits/admin-units.json
