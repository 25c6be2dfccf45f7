"""Writes the ILLUSTRATIVE expert panel of this folder from ../matrix.csv (standard library only).

Each invented expert starts from the illustrative matrix, scores only the rows of the blocks they
know, leaves some cells blank ("no opinion") and moves some scores by one step. Seeded: running it
again rewrites the same files. None of this is the study's data.
"""
import csv
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rows = [r for r in csv.reader(open(os.path.join(HERE, "..", "matrix.csv"), encoding="utf-8")) if r and not r[0].startswith("#")]
ids = rows[0][1:]
base = {r[0]: dict(zip(ids, r[1:])) for r in rows[1:]}
groups = {}
for v in csv.DictReader(open(os.path.join(HERE, "..", "variables.csv"), encoding="utf-8")):
    groups.setdefault(v["group"], []).append(v["id"])

experts = {
    # name: (blocks whose rows they score, share of blank cells, share of moved scores, seed)
    "economist": (["Global economic context", "Economic change", "Societal change"], 0.05, 0.20, 11),
    "industrialist": (["Global economic context", "Economic change", "Technological change"], 0.10, 0.25, 12),
    "regional-agency": (list(groups), 0.15, 0.20, 13),
    "researcher": (["Technological change", "Regional attractiveness", "Regulatory and environmental change"], 0.05, 0.15, 14),
    "trade-union": (["Regional attractiveness", "Societal change", "Economic change", "Regulatory and environmental change"], 0.20, 0.30, 15),
}
for name, (blocks, blank, move, seed) in experts.items():
    rnd = random.Random(seed)
    scored = [i for i in ids if any(i in groups[b] for b in blocks)]
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        f.write("# ILLUSTRATIVE grid of an invented expert (%s), written by make_panel.py from ../matrix.csv; NOT study data.\n" % name)
        w = csv.writer(f, lineterminator="\n")
        w.writerow([""] + ids)
        for i in scored:
            out = []
            for j in ids:
                t = base[i][j]
                if i == j:
                    out.append("")
                elif rnd.random() < blank:
                    out.append("")
                elif t == "P":
                    out.append("P" if rnd.random() < 0.7 else str(rnd.choice([1, 2])))
                else:
                    v = int(t)
                    if rnd.random() < move:
                        v = min(3, max(0, v + rnd.choice([-1, 1])))
                    out.append(str(v))
            w.writerow([i] + out)
with open(os.path.join(HERE, "experts.csv"), "w", newline="", encoding="utf-8") as f:
    f.write("# ILLUSTRATIVE weights (the regional agency's grid counts double); NOT study data.\n")
    f.write("expert,weight\neconomist,1\nindustrialist,1\nregional-agency,2\nresearcher,1\ntrade-union,1\n")
