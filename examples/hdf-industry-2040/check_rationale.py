"""Consistency check and summary for the illustrative HdF industry 2040 example.

Checks, using only the Python standard library:
  * variables.csv has the expected columns and the ids of matrix.csv, in the same order;
  * matrix.csv is 29 x 29 (after its leading '#' comment line), cells in {0,1,2,3,P},
    zero diagonal;
  * rationale.csv has exactly one line for every cell scored 3 or P, and no other line,
    and its score column matches the matrix.

Then prints: the count of each value, the fill rate, influence (row sums) and dependence
(column sums) with P valued 0 (MDI) and 3 (MPDI), the sectors of the influence/dependence
plane (MEAN split, value equal to the threshold counts as high), and the strongly connected
components of the direct influence graph (edge i -> j when the cell is non-zero, P included
or not).

Run:  python3 check_rationale.py   (exit status 1 on any inconsistency)
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ALLOWED = {'0', '1', '2', '3', 'P'}


def read_matrix(path):
    with open(path, encoding='utf-8', newline='') as f:
        lines = [line for line in f if not line.startswith('#')]
    rows = list(csv.reader(lines))
    header = rows[0]
    assert header[0] == '', 'first header cell must be empty'
    ids = header[1:]
    cells = {}
    for r in rows[1:]:
        assert len(r) == len(ids) + 1, f'row {r[0]} has {len(r) - 1} cells'
        cells[r[0]] = r[1:]
    assert list(cells) == ids, 'row ids differ from column ids'
    return ids, cells


def sccs(ids, succ):
    """Tarjan's algorithm, iterative. Returns components in reverse topological order."""
    index, low, on, stack, out = {}, {}, set(), [], []
    counter = 0
    for root in ids:
        if root in index:
            continue
        work = [(root, iter(succ[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on.add(root)
        while work:
            v, it = work[-1]
            advanced = False
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(succ[w])))
                    advanced = True
                    break
                if w in on:
                    low[v] = min(low[v], index[w])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                out.append(sorted(comp, key=ids.index))
    return out


def main():
    errors = []
    ids, cells = read_matrix(os.path.join(HERE, 'matrix.csv'))
    n = len(ids)
    if n != 29:
        errors.append(f'expected 29 variables, found {n}')

    with open(os.path.join(HERE, 'variables.csv'), encoding='utf-8', newline='') as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != ['id', 'name', 'group', 'description', 'name_fr', 'label_source']:
            errors.append(f'variables.csv columns: {reader.fieldnames}')
        var_ids = [row['id'] for row in reader]
    if var_ids != ids:
        errors.append('variables.csv ids differ from matrix ids (or their order)')

    for a, i in enumerate(ids):
        for b, j in enumerate(ids):
            v = cells[i][b]
            if v not in ALLOWED:
                errors.append(f'{i}->{j}: bad cell {v!r}')
            if a == b and v != '0':
                errors.append(f'{i}: non-zero diagonal')

    strong = {(i, ids[b]): cells[i][b] for i in ids for b in range(n) if cells[i][b] in ('3', 'P')}
    seen = {}
    with open(os.path.join(HERE, 'rationale.csv'), encoding='utf-8', newline='') as f:
        for row in csv.DictReader(f):
            key = (row['from'], row['to'])
            if key in seen:
                errors.append(f'duplicate rationale for {key}')
            seen[key] = row
            if key not in strong:
                errors.append(f'rationale for {key} but the cell is not 3 or P')
            elif row['score'] != strong[key]:
                errors.append(f'{key}: rationale score {row["score"]} != matrix {strong[key]}')
            if not row['rationale'].strip():
                errors.append(f'{key}: empty rationale')
    for key in strong:
        if key not in seen:
            errors.append(f'no rationale for {key} ({strong[key]})')

    counts = {v: sum(cells[i].count(v) for i in ids) for v in ['0', '1', '2', '3', 'P']}
    nonzero = n * n - counts['0']
    print(f'n = {n}')
    print('counts: ' + ', '.join(f'{v}={c}' for v, c in counts.items()))
    print(f'non-zero cells = {nonzero}; fill = {nonzero / (n * n):.1%} of n^2, '
          f'{nonzero / (n * (n - 1)):.1%} of n(n-1)')
    print(f'rationale lines = {len(seen)} (3 cells: {counts["3"]}, P cells: {counts["P"]})')

    for pval in (0, 3):
        val = lambda c: pval if c == 'P' else int(c)
        infl = {i: sum(val(c) for c in cells[i]) for i in ids}
        dep = {j: sum(val(cells[i][b]) for i in ids) for b, j in enumerate(ids)}
        total = sum(infl.values())
        mean = total / n
        print(f'\nP = {pval} ({"MDI" if pval == 0 else "MPDI"}): total = {total}, mean = {mean:.2f}')
        print(f'{"id":8} {"infl":>5} {"dep":>5}  sector')
        for i in ids:
            hi, hd = infl[i] >= mean, dep[i] >= mean
            sector = {(True, False): 'INFLUENT', (True, True): 'RELAY',
                      (False, True): 'DEPENDENT', (False, False): 'AUTONOMOUS'}[(hi, hd)]
            print(f'{i:8} {infl[i]:5} {dep[i]:5}  {sector}')

    for with_p in (False, True):
        succ = {i: [ids[b] for b in range(n)
                    if cells[i][b] != '0' and (with_p or cells[i][b] != 'P')] for i in ids}
        comps = sccs(ids, succ)
        comps.reverse()  # topological order: sources first
        print(f'\nstrongly connected components ({"P edges included" if with_p else "P edges excluded"}): '
              f'{len(comps)}, sizes {[len(c) for c in comps]}')
        for c in comps:
            print('  ' + ' '.join(c))

    if errors:
        print('\nERRORS:', file=sys.stderr)
        for e in errors:
            print('  ' + e, file=sys.stderr)
        return 1
    print('\nall checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
