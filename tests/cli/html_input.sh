#!/usr/bin/env bash
# HTML input: tags stripped and entities decoded for reading, offsets still into the markup,
# script content ignored.
source "$(dirname "$0")/lib.sh"
expect_exit 0 "$CT" extract --format json "$SRC/examples/page.html"
"$PY" - "$SRC/examples/page.html" <<'PY'
import json, sys
doc = json.load(open("out.txt", encoding="utf-8"))
html = open(sys.argv[1], encoding="utf-8").read()
assert doc["document"]["format"] == "html"
claims = [c for c in doc["claims"] if c["chain"]]
assert any("deficit" in c["text"] for c in claims), claims
for c in doc["claims"]:
    assert html[c["start"]:c["end"]] == c["text"]
    assert "tracker" not in c["text"]
PY
