#!/usr/bin/env bash
# Compiles the plugin's translations: each coprowidgets/languages/coprowidgets-<locale>.po (WordPress's locale names,
# such as cy, pl_PL, ur) to its .mo with GNU msgfmt, and the block editor script's strings to the JSON file
# WordPress loads for it (make-json.php). Run it after changing a .po; a test fails while a .mo or a JSON file is not
# what this script makes of its .po. Writes to languages/, or to the folder given as the first argument.
# Needs GNU gettext and PHP (Debian: apt-get install gettext php-cli).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
languages="$here/coprowidgets/languages"
out="$(cd "${1:-$languages}" && pwd)"
for po in "$languages"/coprowidgets-*.po; do
  name="$(basename "$po" .po)"
  msgfmt --check --output-file="$out/$name.mo" "$po"
  echo "Wrote $out/$name.mo"
done
php "$here/make-json.php" "$languages" "$out"
