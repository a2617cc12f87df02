#!/usr/bin/env bash
# Re-fetches the browser libraries MotCua serves as static scripts (vendored under
# ui/src/main/resources/META-INF/resources/vendor/<name>/<version>/<path without dist/>, with their
# licences) and checks them against the hashes below, so the run command needs only a JDK and the
# files can be audited. bpmn.io's licence requires the bpmn.io watermark to stay visible: MotCua
# never hides it.
# Usage: scripts/fetch-vendor.sh [--check]   (--check: verify the committed files only)
set -euo pipefail
cd "$(dirname "$0")/.."
VENDOR=ui/src/main/resources/META-INF/resources/vendor

# package version file-in-package sha256
LIBRARIES=(
  "echarts 6.1.0 dist/echarts.min.js b66b25aeb4df84e33199dc21694014d336d222cbd9deb0e5a7c14bd6aa0d0fd0"
  "camunda-bpmn-js 5.35.0 dist/camunda-platform-modeler.production.min.js 78911d3d05b79b789c346fd6e691d1b13f00c5a471071de447ccd2e87b3c2bc2"
  "camunda-bpmn-js 5.35.0 dist/camunda-platform-navigated-viewer.production.min.js 8d3a6c05a95479e796d40ffcf31eb2ba193e5d329a46353a81fa6367527f2f43"
  "camunda-bpmn-js 5.35.0 dist/assets/bpmn-js.css 8809876df03da043c27827b1a4d5306a8ebf3d5bd0f5b2db72202778f64c023b"
  "camunda-bpmn-js 5.35.0 dist/assets/color-picker.css 8b4d338b119fb315242a5dd83a716bf98e0d87ea8e321fcd9991c180b965cc55"
  "camunda-bpmn-js 5.35.0 dist/assets/diagram-js-minimap.css 229bbd278e1d824880bb630379db9ebb10b28b980b400e29ea6896791791f146"
  "camunda-bpmn-js 5.35.0 dist/assets/diagram-js.css df8d417a7dcc35a72290260093c2a1380a33f7f1b2595be1991ac667a60f65cc"
  "camunda-bpmn-js 5.35.0 dist/assets/element-template-chooser.css b6a24ba968839263edd34ba69483f989e0e8c4222eedc4c60d0e0c1763c1a0bf"
  "camunda-bpmn-js 5.35.0 dist/assets/element-templates.css 4ee044e2e794cfe9772b48d02bdb60b9b49e56e4745bfbd112ed9b7a5c7e3d58"
  "camunda-bpmn-js 5.35.0 dist/assets/popup-menu.css 17cf073c15de2685f4fcb906cd8e7086ab2752e2715e20e69f7694d8597120e4"
  "camunda-bpmn-js 5.35.0 dist/assets/properties-panel.css f29988d175d966be5dcb5ff457484f0948f7ab6583494ef36a6bceba233ce127"
  "camunda-bpmn-js 5.35.0 dist/assets/base-modeler.css eb73e76cd0bf17e3a09fb5ea6d9bbb61657cd99a5cfe08df27c92256ca95ec8f"
  "camunda-bpmn-js 5.35.0 dist/assets/base-navigated-viewer.css 91b916831677487d371524745ecc23819c7ff0956d3165b9f4d72bbbfac1005b"
  "camunda-bpmn-js 5.35.0 dist/assets/camunda-platform-modeler.css 7263e67839e480b1e56173db2b97a6835f69c9f2e87980e5160a8ca7b155fd39"
  "camunda-bpmn-js 5.35.0 dist/assets/camunda-platform-navigated-viewer.css 0a6586002aafe0c7f44d50786676e1ad8c22b2f4548a41859fcae16ed324fe02"
  "camunda-bpmn-js 5.35.0 dist/assets/bpmn-font/css/bpmn-embedded.css 57156c34a85b34c117167308fc7968f52d2beb809359d042c277982cd7bad10b"
  "@bpmn-io/form-js 1.23.0 dist/form-editor.umd.js 5371c8651ae6711eaf6537ada9ff8fbc7243704b92a4e60141e4ea9c578ad202"
  "@bpmn-io/form-js 1.23.0 dist/assets/form-js.css 898518a38bab4ebeaf3a6df0734fa29af2e5598f3d8d5326494ad49cfe456364"
  "@bpmn-io/form-js 1.23.0 dist/assets/form-js-editor.css 03f2232a761983f3c4dc30149ddefad9dce9c88c059494978428896f25a2e64c"
)

declare -A fetched=()
for entry in "${LIBRARIES[@]}"; do
  read -r package version file sha <<<"$entry"
  name=${package##*/}
  folder="$VENDOR/$name/$version"
  target="$folder/${file#dist/}"
  if [ "${1:-}" != "--check" ]; then
    if [ -z "${fetched[$package@$version]:-}" ]; then
      work=$(mktemp -d)
      (cd "$work" && npm pack "$package@$version" --silent >/dev/null && tar xzf ./*.tgz)
      fetched[$package@$version]=$work
      mkdir -p "$folder"
      cp "$work/package/LICENSE" "$folder/LICENSE"
      [ -f "$work/package/NOTICE" ] && cp "$work/package/NOTICE" "$folder/NOTICE"
    fi
    mkdir -p "$(dirname "$target")"
    cp "${fetched[$package@$version]}/package/$file" "$target"
  fi
  echo "$sha  $target" | sha256sum --check --quiet
  echo "$package $version: $target verified"
done
for work in "${fetched[@]}"; do rm -rf "$work"; done
