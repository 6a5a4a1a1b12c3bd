#!/usr/bin/env bash
# Writes coprowidgets/languages/coprowidgets.pot, the template translators start from, from every translatable string
# in the plugin's PHP and its block's script. Needs GNU gettext (Debian: apt-get install gettext). Run it after
# changing any string; a browser test fails while a string is missing from the template. Then bring each translation
# up to date (msgmerge --update --no-wrap languages/coprowidgets-cy.po languages/coprowidgets.pot), translate what
# is new, and run make-mo.sh: another test fails while a .po lacks a string or a compiled file is stale.
set -euo pipefail
cd "$(dirname "$0")/coprowidgets"
pot=languages/coprowidgets.pot
mapfile -t php < <(find . -name '*.php' | sort)
xgettext --language=PHP --from-code=UTF-8 --add-comments=translators: --sort-by-file --no-wrap \
  --keyword=__ --keyword=_e --keyword=esc_html__ --keyword=esc_html_e --keyword=esc_attr__ --keyword=esc_attr_e \
  --keyword=_x:1,2c --keyword=_n:1,2 -o "$pot.tmp" "${php[@]}"
xgettext --language=JavaScript --from-code=UTF-8 --sort-by-file --no-wrap --keyword=__ -j -o "$pot.tmp" blocks/widget/index.js
{
  echo '# Translations of the CoProWidgets WordPress plugin.'
  echo '# This file is distributed under the same licence as the plugin (MIT).'
  echo 'msgid ""'
  echo 'msgstr ""'
  echo '"Project-Id-Version: CoProWidgets 1.0.0\n"'
  echo '"MIME-Version: 1.0\n"'
  echo '"Content-Type: text/plain; charset=UTF-8\n"'
  echo '"Content-Transfer-Encoding: 8bit\n"'
  echo '"PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\n"'
  echo '"Last-Translator: FULL NAME <EMAIL@ADDRESS>\n"'
  echo '"Language-Team: LANGUAGE <LL@li.org>\n"'
  echo '"Language: \n"'
  echo '"X-Domain: coprowidgets\n"'
  echo
  # Everything after xgettext's own header, which ends at its first blank line.
  sed '1,/^$/d' "$pot.tmp"
} > "$pot"
rm "$pot.tmp"
echo "Wrote $pot"
