#!/usr/bin/env bash
# audit: the terminal report, and a self-contained HTML page where article text is escaped
# (an article with <script> shows it as text), Arabic is right to left, and every claim
# is anchored in the text.
source "$(dirname "$0")/lib.sh"
cat > evil.txt <<'TXT'
Police said the <script>document.title="pwned"</script> banner was removed. "We <b>will</b> act," the mayor said.
TXT
expect_exit 0 "$CT" ingest --db t.db "$SRC/examples/kim-russia-visit.ar.txt" evil.txt
expect_exit 0 "$CT" audit --db t.db "$SRC/examples/kim-russia-visit.ar.txt"
contains out.txt "chain: Yonhap > KCNA"
contains out.txt "byline:"
expect_exit 0 "$CT" audit --db t.db --html page.html --all
"$PY" - <<'PY'
import json, re, subprocess, sys
page = open("page.html", encoding="utf-8").read()
assert "<script" not in page.lower(), "a script element reached the page"
assert "&lt;script&gt;document.title" in page
assert 'dir="rtl"' in page and 'lang="ar"' in page
assert "<svg" in page and "http://" not in page.replace("http://www.w3.org/2000/svg", "")
assert page.count('class="claim ') >= 10
assert "Unconfirmed claims" in page
PY
