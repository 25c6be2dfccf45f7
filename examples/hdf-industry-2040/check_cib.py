"""Build and check the ILLUSTRATIVE cross-impact (CIB) matrices of the HdF industry 2040 example.

Standard library only. The matrices are NOT the study's: the study published hypotheses
(micro-scenarios) but no cross-impact judgements. They were authored for micmac4j by the rule
below, from the meaning of the hypotheses' titles and from the illustrative influence matrix.

The rule. Each hypothesis of a variable gets a polarity for industry in the region, read from its
title (POLARITY below): '+' favourable, '-' unfavourable, '0' mixed, 'c' its title was cut in the
source (see hypotheses.csv, completeness = truncated). The judgement of hypothesis a of variable i
on hypothesis b of variable j is

    C[(i, a), (j, b)] = s(i, j) * p(a) * p(b)

with s(i, j) the illustrative influence score of i on j (matrix.csv; P counts 0), p = +1, 0, -1
for '+', '0', '-', and 0 for a cut title (too little meaning is left to judge it). Own-variable
blocks are 0.

  * cib-matrix.csv: the 12 key variables of the bundled MICMAC analysis that have hypotheses
    (INFLUENT or RELAY in the indirect view; MODAFF and BIGDATA are key variables without any).
    Only links scored 2 or 3 are judged, then the cells in OVERRIDES were set by hand where the
    rule reads the hypotheses wrongly. Every +-3 has a line in cib-rationale.csv.
  * cib-full-matrix.csv: all 22 variables with hypotheses (3^22 = 31 381 059 609 scenarios),
    every link scored 1..3, no override: the scale demonstration.

Run:  python3 check_cib.py          checks that the files equal the rule and the rationale is complete
      python3 check_cib.py --write  writes the two matrices from the rule
Exit status 1 on any inconsistency.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ILLUSTRATIVE = ('# ILLUSTRATIVE cross-impact judgements authored for micmac4j by the rule in check_cib.py; '
                'NOT the study\'s (it published no cross-impact judgements).')
KEYS = 'CROISS MONNAIE BREXIT PRODFR COUTS ETAT APPRO REGLEM CLIMAT CAPHUM RD CONSO'.split()
POLARITY = {
    'CROISS': '+0c', 'MONNAIE': '-+0', 'BREXIT': 'cc-', 'PRODFR': 'c-c', 'EXPORT': '+0-', 'COUTS': '+0-',
    'ETAT': '+-c', 'INTERN': '+-+', 'APPRO': '+--', 'SERVIC': '+-0', 'LOGIST': 'cc-', 'SECUR': 'c0c',
    'REGLEM': '+0-', 'CLIMAT': '0-+', 'CAPHUM': '+cc', 'ATTRAC': '+--', 'INFRA': '-+0', 'INSTIT': '+0-',
    'RD': '+0-', 'PLM': '-+-', 'IMAGIN': '-++', 'CONSO': '+0-',
}
# (impacting variable, its hypothesis, impacted variable, its hypothesis) -> judgement, set by hand
OVERRIDES = {
    # the exchange rate acts on supply through the price of dollar-denominated energy
    ('MONNAIE', 'H1', 'APPRO', 'H1'): 3, ('MONNAIE', 'H1', 'APPRO', 'H2'): 0, ('MONNAIE', 'H1', 'APPRO', 'H3'): -2,
    ('MONNAIE', 'H2', 'APPRO', 'H1'): 0, ('MONNAIE', 'H2', 'APPRO', 'H2'): 0, ('MONNAIE', 'H2', 'APPRO', 'H3'): 0,
    ('MONNAIE', 'H3', 'APPRO', 'H1'): -3, ('MONNAIE', 'H3', 'APPRO', 'H2'): 0, ('MONNAIE', 'H3', 'APPRO', 'H3'): 2,
    # a lack of long-term vision acts on costs less than an outright disruption
    ('APPRO', 'H2', 'COUTS', 'H1'): -2, ('APPRO', 'H2', 'COUTS', 'H3'): 2,
    # regulation that meets consumers' expectations does not lower production costs by itself
    ('REGLEM', 'H1', 'COUTS', 'H1'): 1, ('REGLEM', 'H1', 'COUTS', 'H3'): -1,
    ('ETAT', 'H2', 'REGLEM', 'H1'): -2,
    ('CLIMAT', 'H2', 'REGLEM', 'H1'): -2,
}
P = {'+': 1, '0': 0, '-': -1, 'c': 0}


def influence():
    with open(os.path.join(HERE, 'matrix.csv'), encoding='utf-8', newline='') as f:
        rows = list(csv.reader(line for line in f if not line.startswith('#')))
    ids = rows[0][1:]
    return {r[0]: {j: (0 if c == 'P' else int(c)) for j, c in zip(ids, r[1:])} for r in rows[1:]}, ids


def hypotheses():
    with open(os.path.join(HERE, 'hypotheses.csv'), encoding='utf-8', newline='') as f:
        rows = list(csv.DictReader(f))
    out = {}
    for r in rows:
        out.setdefault(r['variable_id'], []).append(r)
    return out


def build(variables, m, min_score, overrides):
    labels = [f'{v}:H{a + 1}' for v in variables for a in range(3)]
    cells = {}
    for i in variables:
        for a in range(3):
            row = []
            for j in variables:
                for b in range(3):
                    s = m[i][j] if i != j and m[i][j] >= min_score else 0
                    c = s * P[POLARITY[i][a]] * P[POLARITY[j][b]]
                    c = overrides.get((i, f'H{a + 1}', j, f'H{b + 1}'), c)
                    row.append(c)
            cells[f'{i}:H{a + 1}'] = row
    return labels, cells


def text(labels, cells):
    lines = [ILLUSTRATIVE, ',' + ','.join(labels)]
    lines += [lab + ',' + ','.join(str(c) for c in cells[lab]) for lab in labels]
    return '\n'.join(lines) + '\n'


def main():
    errors = []
    m, ids = influence()
    hyp = hypotheses()
    full = [v for v in ids if v in hyp]
    if sorted(full) != sorted(POLARITY):
        errors.append(f'POLARITY must cover exactly the variables with hypotheses: {full}')
    for v in full:
        if [r['variant'] for r in hyp[v]] != ['H1', 'H2', 'H3']:
            errors.append(f'{v}: hypotheses are not H1, H2, H3')
        for r, p in zip(hyp[v], POLARITY[v]):
            if (p == 'c') != (r['completeness'] == 'truncated'):
                errors.append(f'{v} {r["variant"]}: polarity {p!r} but completeness {r["completeness"]}')
    for (i, a, j, b) in OVERRIDES:
        if i not in KEYS or j not in KEYS or m[i][j] < 2:
            errors.append(f'override {i}:{a} -> {j}:{b} is outside the judged key links')
    key = build(KEYS, m, 2, OVERRIDES)
    fullm = build(full, m, 1, {})
    outputs = {'cib-matrix.csv': text(*key), 'cib-full-matrix.csv': text(*fullm)}
    if '--write' in sys.argv:
        for name, t in outputs.items():
            with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as f:
                f.write(t)
    for name, t in outputs.items():
        with open(os.path.join(HERE, name), encoding='utf-8', newline='') as f:
            if f.read() != t:
                errors.append(f'{name} differs from the rule (python3 check_cib.py --write rebuilds it)')

    labels, cells = key
    strong = {(lab, labels[c]): v for lab in labels for c, v in enumerate(cells[lab]) if abs(v) == 3}
    seen = set()
    with open(os.path.join(HERE, 'cib-rationale.csv'), encoding='utf-8', newline='') as f:
        for row in csv.DictReader(f):
            k = (row['from'], row['to'])
            if k in seen:
                errors.append(f'duplicate rationale for {k}')
            seen.add(k)
            if k not in strong:
                errors.append(f'rationale for {k} but the cell is not +-3')
            elif int(row['score']) != strong[k]:
                errors.append(f'{k}: rationale score {row["score"]} != matrix {strong[k]}')
            if not row['rationale'].strip():
                errors.append(f'{k}: empty rationale')
    for k in strong:
        if k not in seen:
            errors.append(f'no rationale for {k} ({strong[k]})')

    for name, (labs, cl) in (('cib-matrix.csv', key), ('cib-full-matrix.csv', fullm)):
        values = [v for lab in labs for v in cl[lab]]
        nz = sum(1 for v in values if v)
        print(f'{name}: {len(labs) // 3} descriptors, {len(labs)} variants, 3^{len(labs) // 3} = '
              f'{3 ** (len(labs) // 3):,} scenarios; non-zero cells {nz}; '
              + ', '.join(f'{s:+d}: {values.count(s)}' for s in (-3, -2, -1, 1, 2, 3)))
    print(f'cib-rationale.csv: {len(seen)} lines for {len(strong)} cells scored +-3')
    if errors:
        print('\nERRORS:', file=sys.stderr)
        for e in errors:
            print('  ' + e, file=sys.stderr)
        return 1
    print('all checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
