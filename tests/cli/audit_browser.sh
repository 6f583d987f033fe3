#!/usr/bin/env bash
# The HTML audit page in a real browser (headless Chromium): the claims are highlighted,
# no script of the article runs, and a screenshot is saved (build/tests/audit-screenshot.png).
source "$(dirname "$0")/lib.sh"
CHROME="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$CHROME" ]; then
  echo "SKIP: chromium is not installed (scripts/setup --test installs it)"
  exit 77
fi
cat > evil.txt <<'TXT'
Police said the <script>document.title="pwned";document.body.setAttribute("data-pwned","1")</script> banner was removed.
<img src=x onerror="document.title='pwned'"> "We will act," the mayor said.
TXT
expect_exit 0 "$CT" ingest --db t.db "$SRC/examples/kim-russia-visit.ar.txt" evil.txt
expect_exit 0 "$CT" audit --db t.db --html page.html --all
"$CT" show --db t.db 1 > doc1.json
"$CT" show --db t.db 2 > doc2.json
expected=$("$PY" -c 'import json; print(sum(len(json.load(open(f))["claims"]) for f in ("doc1.json","doc2.json")))')
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$WORK/profile" --virtual-time-budget=2000)
timeout 60 "$CHROME" "${flags[@]}" --dump-dom "file://$WORK/page.html" > dom.html 2>chrome.err || fail "chromium failed: $(tail -3 chrome.err)"
"$PY" - "$expected" <<'PY'
import re, sys
dom = open("dom.html", encoding="utf-8").read()
expected = int(sys.argv[1])
claims = len(re.findall(r'<a class="claim ', dom))
assert claims == expected, (claims, expected)
assert "<title>" in dom and "pwned</title>" not in dom, "the article's script ran"
assert "data-pwned" not in re.sub(r"&lt;.*?&gt;", "", dom.split("<body")[1].split(">")[0]), "script ran"
assert 'dir="rtl"' in dom
PY
shot="${CLAIMTRACE_SCREENSHOT_DIR:-$WORK}/audit-screenshot.png"
timeout 60 "$CHROME" "${flags[@]}" --window-size=1280,2400 --screenshot="$shot" "file://$WORK/page.html" 2>>chrome.err \
  || fail "screenshot failed"
[ -s "$shot" ] || fail "no screenshot"
