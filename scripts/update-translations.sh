#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources. English is "plurals only": lupdate collects the
# %n strings and the plural forms are filled in here ("order(s)" -> "order" / "orders").
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
SOURCES=(app models ui)
# The shipped languages; each file keeps its translations when the sources change.
LANGUAGES=(de es fr ja pt_BR)
for lang in "${LANGUAGES[@]}"; do
    "$LUPDATE" -silent -no-obsolete -locations relative -target-language "$lang" "${SOURCES[@]}" \
        -ts "translations/certdesk_${lang}.ts"
done
"$LUPDATE" -silent -no-obsolete -locations none -pluralonly "${SOURCES[@]}" -ts translations/certdesk_en.ts
python3 - translations/certdesk_en.ts <<'PY'
import re, sys, html
path = sys.argv[1]
text = open(path, encoding="utf-8").read()

def fill(match):
    source = html.unescape(match.group(1))
    one = re.sub(r"\((s|es)\)", "", source)
    many = re.sub(r"\((s|es)\)", r"\1", source)
    esc = lambda s: html.escape(s, quote=False)
    return (match.group(0).split("<translation")[0] +
            "<translation>\n            <numerusform>%s</numerusform>\n"
            "            <numerusform>%s</numerusform>\n        </translation>" % (esc(one), esc(many)))

# A translator comment may sit between the source and the translation; a source never holds a
# raw "<", so [^<]* cannot run on into the next message.
text = re.sub(r"<source>([^<]*)</source>((?:\s*<(?:comment|extracomment)>[^<]*"
              r"</(?:comment|extracomment)>)*)\s*<translation[^>]*>.*?</translation>", fill, text,
              flags=re.S)
open(path, "w", encoding="utf-8").write(text)
PY
echo "translations updated"
