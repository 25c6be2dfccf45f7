#!/usr/bin/env python3
"""numpy/scipy side of compare.sh: builds the same matrices as Data.java (SplitMix64), times
numpy/scipy on them, reads the JMH JSON results and prints one table and the targets.

Usage: compare.py RESULTS_DIR [--quick | --smoke]   (called by compare.sh)
--smoke: the tiny sizes of compare.sh --smoke, to check that every step runs (numbers meaningless).
"""
import json
import os
import statistics
import subprocess
import sys
import time

import numpy as np
import scipy.sparse as sp

M64 = np.uint64(0xFFFFFFFFFFFFFFFF)
GOLDEN = np.uint64(0x9E3779B97F4A7C15)
C1 = np.uint64(0xBF58476D1CE4E5B9)
C2 = np.uint64(0x94D049BB133111EB)


def mix(seed, index):
    """SplitMix64 of (seed, index) on uint64 arrays (wrapping arithmetic), as Data.mix."""
    z = np.uint64(seed) + (index.astype(np.uint64) + np.uint64(1)) * GOLDEN
    z = (z ^ (z >> np.uint64(30))) * C1
    z = (z ^ (z >> np.uint64(27))) * C2
    return z ^ (z >> np.uint64(31))


def dense(n):
    """Data.dense(n): fill 0.5, values 1..3."""
    a = np.empty(n * n, dtype=np.float64)
    chunk = 1 << 22
    for s in range(0, n * n, chunk):
        h = mix(1, np.arange(s, min(n * n, s + chunk), dtype=np.uint64))
        a[s:s + len(h)] = np.where(h & np.uint64(1), np.uint64(1) + (h >> np.uint64(1)) % np.uint64(3), 0)
    return a.reshape(n, n)


def sparse(n, per_row=10):
    """Data.sparse(n, 10) as a CSR matrix of float64."""
    i = np.arange(n, dtype=np.uint64)
    start = mix(2, i) % np.uint64(n)
    step = np.uint64(1) + mix(3, i) % np.uint64((n - 1) // (per_row - 1))
    t = np.arange(per_row, dtype=np.uint64)
    cols = ((start[:, None] + t[None, :] * step[:, None]) % np.uint64(n)).ravel().astype(np.int64)
    rows = np.repeat(np.arange(n, dtype=np.int64), per_row)
    w = (np.uint64(1) + mix(4, np.arange(n * per_row, dtype=np.uint64)) % np.uint64(3)).astype(np.float64)
    return sp.csr_matrix((w, (rows, cols)), shape=(n, n))


def iterate(matvec, rmatvec, n, k=7):
    """k steps from ones, each result rescaled to sum 1 (as Iteration.java)."""
    x = np.ones(n)
    y = np.ones(n)
    for _ in range(k):
        x = matvec(x)
        x /= x.sum()
        y = rmatvec(y)
        y /= y.sum()
    return x, y


def timeit(fn, budget):
    """Median seconds of fn() over at least 3 runs and about `budget` seconds, after one warm-up."""
    fn()
    times = []
    t_end = time.perf_counter() + budget
    while len(times) < 3 or time.perf_counter() < t_end:
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
        if len(times) >= 200:
            break
    return statistics.median(times)


def jmh(results_dir, prefix):
    """{(benchmark method, params...): seconds per op} from the JMH JSON files named prefix*.json."""
    out = {}
    unit_s = {"s/op": 1, "ms/op": 1e-3, "us/op": 1e-6, "ns/op": 1e-9}
    records = []
    for f in sorted(os.listdir(results_dir)):
        if f.startswith(prefix) and f.endswith(".json") and os.path.getsize(os.path.join(results_dir, f)) > 0:
            records += json.load(open(os.path.join(results_dir, f)))
    for r in records:
        m = r["primaryMetric"]
        key = (r["benchmark"].rsplit(".", 1)[-1],) + tuple(sorted((r.get("params") or {}).items()))
        out[key] = m["score"] * unit_s[m["scoreUnit"]]
    return out


class Sizes:
    """The orders compared; compare.sh runs JMH at the same ones (--smoke: tiny, to check the steps)."""

    def __init__(self, quick, smoke):
        self.dense = [29, 100] if smoke else [29, 100, 1000, 5000, 10000]
        self.mid = 100 if smoke else 1000  # the ranking compared with matrix_power too
        self.large = [] if smoke else [5000, 10000]  # streamed from memory: the bandwidth floor
        self.sparse = [10_000] if smoke else [1_000_000] if quick else [100_000, 1_000_000]
        self.power = [64, 100] if smoke else [1000, 2048]
        self.gemm = self.power[-1]  # one product, for GFLOP/s


def main():
    results_dir = sys.argv[1]
    smoke = "--smoke" in sys.argv
    quick = "--quick" in sys.argv or smoke
    budget = 0.2 if smoke else 1.0 if quick else 3.0
    z = Sizes(quick, smoke)
    dense_sizes = z.dense
    sparse_sizes = z.sparse
    py = {}
    print("numpy %s, scipy %s, BLAS threads: %s" % (np.__version__, __import__("scipy").__version__,
                                                    os.environ.get("OPENBLAS_NUM_THREADS", "default")))

    # Copy bandwidth (STREAM convention: bytes read + written per second).
    src = np.ones(256 << 20, dtype=np.uint8)
    dst = np.empty_like(src)
    t = timeit(lambda: np.copyto(dst, src), budget)
    py["copy_gbs"] = 2 * src.nbytes / t / 1e9
    del src, dst

    jar = os.path.join(os.path.dirname(os.path.abspath(__file__)), "target", "benchmarks.jar")
    checks = []
    for n in dense_sizes:
        m = dense(n)
        x, y = iterate(lambda v: m @ v, lambda v: v @ m, n)
        if n <= 1000:
            checks.append(("dense", n, m, x))
        py[("vec", n)] = timeit(lambda: iterate(lambda v: m @ v, lambda v: v @ m, n), budget)
        if n == z.mid:
            py[("mp_rank", n)] = timeit(lambda: np.linalg.matrix_power(m, 7).sum(axis=1), budget)
        del m
    for n in z.power:
        m = dense(n)
        py[("mp", n)] = timeit(lambda: np.linalg.matrix_power(m, 7), budget)
        if n == z.gemm:
            py[("gemm", n)] = timeit(lambda: m @ m, budget)
        del m
    for n in sparse_sizes:
        a = sp.csr_matrix(sparse(n))
        at = a.T.tocsr()  # scipy's best formulation: both products as CSR gathers
        best = min(timeit(lambda: iterate(lambda v: a @ v, lambda v: at @ v, n), budget),
                   timeit(lambda: iterate(lambda v: a @ v, lambda v: a.T @ v, n), budget))
        py[("sparse", n)] = best
        x, _ = iterate(lambda v: a @ v, lambda v: at @ v, n)
        checks.append(("sparse", n, a, x))
        del a, at

    # Same matrices on both sides: compare with DataCheck's line.
    same = True
    for kind, n, m, x in checks:
        line = subprocess.run([os.environ.get("JAVA", "java"), "-cp", jar, "org.micmac4j.bench.DataCheck", kind, str(n)],
                              capture_output=True, text=True, check=True).stdout.split()
        jx = [float(v) for v in line[4].split("=")[1].split(",")]
        nnz = m.nnz if sp.issparse(m) else int(np.count_nonzero(m))
        ok = int(line[2].split("=")[1]) == nnz and float(line[3].split("=")[1]) == float(m.sum()) \
            and np.allclose(jx, [x[0], x[n // 2], x[n - 1]], rtol=1e-9, atol=0)
        same &= ok
        print("data check %s n=%d: %s" % (kind, n, "same matrix and x7 as Java" if ok else "MISMATCH " + " ".join(line)))

    rk = jmh(results_dir, "ranking-plain")
    rkv = jmh(results_dir, "ranking-vector")
    spj = jmh(results_dir, "sparse")
    pv = jmh(results_dir, "power-vector")
    pp = jmh(results_dir, "power-plain")
    gv = jmh(results_dir, "gemm-vector")
    gp = jmh(results_dir, "gemm-plain")
    mm = jmh(results_dir, "micmac")
    cp = jmh(results_dir, "copy")
    for name, jvm in (("crossover-plain", "plain Java 17"), ("crossover-vector", "Vector API")):
        cr = jmh(results_dir, name)
        for bench, what in (("parallel", "parallel crossover (%s), one step on a byte matrix, 1 vs 2 threads:"),
                            ("gemm", "GEMM parallel crossover (%s), one product, 1 vs 2 threads:")):
            orders = sorted({int(dict(k[1:])["n"]) for k in cr if k[0] == bench})
            if orders:
                print(what % jvm)
            for n in orders:
                t1, t2 = cr.get((bench, ("n", str(n)), ("threads", "1"))), cr.get((bench, ("n", str(n)), ("threads", "2")))
                if t1 and t2:
                    print("  n=%5d  %8.1f us  %8.1f us  speed-up %.2f" % (n, t1 * 1e6, t2 * 1e6, t1 / t2))
        fills = sorted({float(dict(k[1:])["fill"]) for k in cr if k[0] == "fill"})
        if fills:
            print("fill crossover (%s), one step at n=2000, one thread, byte store vs CSR:" % jvm)
            for f in fills:
                fs = repr(f) if repr(f) in ("0.01", "0.02", "0.05", "0.1", "0.2") else str(f)
                tb = cr.get(("fill", ("fill", fs), ("layout", "BYTES")))
                ts = cr.get(("fill", ("fill", fs), ("layout", "SPARSE")))
                if tb and ts:
                    print("  fill=%-5s  bytes %8.1f us  CSR %8.1f us  CSR/bytes %.2f" % (fs, tb * 1e6, ts * 1e6, ts / tb))

    java_copy = []
    for threads, meth in ((1, "copy1"), (2, "copy2")):
        s = cp.get((meth,))
        if s:
            java_copy.append(2 * (256 << 20) * threads / s / 1e9)
    bw = max([py["copy_gbs"]] + java_copy)
    print("copy bandwidth: numpy 1 thread %.1f GB/s; Java %s GB/s; floor uses %.1f GB/s"
          % (py["copy_gbs"], " / ".join("%.1f" % g for g in java_copy) or "n/a", bw))

    def g2(res, n, impl="micmac4j"):
        return res.get(("product", ("impl", impl), ("n", str(n))))

    def ms(s):
        return "—" if s is None else ("%.3f" % (s * 1e3) if s < 1 else "%.0f" % (s * 1e3))

    rows = []

    def row(case, jname, js, pname, ps):
        rows.append((case, jname, ms(js), pname, ms(ps), "—" if js is None or ps is None else "%.3f" % (js / ps)))

    for n in dense_sizes:
        for res, jvm in ((rkv, "Vector API"), (rk, "plain Java 17")):
            for impl in ("auto", "single", "doubles", "naive"):
                js = res.get(("rankK7", ("impl", impl), ("n", str(n))))
                if js is not None:
                    row("ranking k=7 dense n=%d" % n, "micmac4j %s, %s" % (impl, jvm), js, "numpy vector iteration", py[("vec", n)])
        if n == z.mid:
            row("ranking k=7 dense n=%d" % n, "micmac4j auto, Vector API", rkv.get(("rankK7", ("impl", "auto"), ("n", str(n)))),
                "numpy matrix_power + sums", py[("mp_rank", n)])
        if n in z.large:
            floor = 7 * n * n / (bw * 1e9)
            py[("floor", n)] = floor
            for res, jvm in ((rkv, "Vector API"), (rk, "plain Java 17")):
                row("ranking k=7 dense n=%d" % n, "micmac4j auto, " + jvm, res.get(("rankK7", ("impl", "auto"), ("n", str(n)))),
                    "bandwidth floor: 7 x %d MB / %.1f GB/s" % (n * n // 1_000_000, bw), floor)
    for n in sparse_sizes:
        for impl in ("auto", "single"):
            js = spj.get(("rankK7", ("impl", impl), ("n", str(n))))
            if js is not None:
                row("ranking k=7 sparse n=%d, 10/row" % n, "micmac4j " + impl, js, "scipy.sparse iteration", py[("sparse", n)])
    for n in z.power:
        row("MDI^7 n=%d" % n, "micmac4j Vector API", pv.get(("mdi7", ("impl", "micmac4j"), ("n", str(n)))),
            "numpy matrix_power", py[("mp", n)])
        for impl in ("micmac4j", "ejml", "ejml-mt", "commons-math", "naive"):
            js = pp.get(("mdi7", ("impl", impl), ("n", str(n))))
            if js is not None:
                row("MDI^7 n=%d" % n, impl + (" scalar (no Vector API)" if impl == "micmac4j" else ""), js,
                    "numpy matrix_power", py[("mp", n)])
    n = z.gemm
    for res, name in ((gv, "micmac4j Vector API"), (gp, "micmac4j plain Java")):
        for impl in ("micmac4j", "previous"):
            js = res.get(("product", ("impl", impl), ("n", str(n))))
            if js is not None:
                row("one product n=%d" % n, name if impl == "micmac4j" else "previous plain GEMM (before issue 20)", js,
                    "numpy a @ b", py[("gemm", n)])
    for n in (29, 100, 1000):
        for meth in ("wholeAnalysis", "autoRanking", "fixedK7"):
            js = mm.get((meth, ("n", str(n))))
            if js is not None:
                rows.append(("Micmac API n=%d" % n, meth, ms(js), "", "", ""))

    head = ("case", "Java", "Java ms", "Python / reference", "Python ms", "ratio")
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(6)]
    line = lambda r: "| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |"
    print()
    print(line(head))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print(line(r))
    print()
    if not same:
        print("WARNING: the Java and Python matrices differ; the ratios compare different work")

    # GFLOP/s of the products: 2n³ per product, 4 products in MDI^7 (repeated squaring on both sides).
    flops = lambda n, products: products * 2.0 * n ** 3
    cpus = os.cpu_count() or 1
    mhz = 0.0
    try:
        mhz = max(float(l.split(":")[1]) for l in open("/proc/cpuinfo") if l.startswith("cpu MHz"))
    except (OSError, ValueError):
        pass
    print("GFLOP/s (2n^3 per product):")
    ng, np_ = z.gemm, z.power[-1]
    for label, s_, f in (("micmac4j one product n=%d, Vector API" % ng, g2(gv, ng), flops(ng, 1)),
                         ("micmac4j one product n=%d, plain Java" % ng, g2(gp, ng), flops(ng, 1)),
                         ("previous plain GEMM n=%d" % ng, g2(gp, ng, "previous"), flops(ng, 1)),
                         ("numpy a @ b n=%d" % ng, py[("gemm", ng)], flops(ng, 1)),
                         ("micmac4j MDI^7 n=%d, Vector API" % np_, pv.get(("mdi7", ("impl", "micmac4j"), ("n", str(np_)))), flops(np_, 4)),
                         ("numpy matrix_power n=%d" % np_, py[("mp", np_)], flops(np_, 4))):
        print("  %-42s %s" % (label, "n/a" if s_ is None else "%.1f" % (f / s_ / 1e9)))
    if mhz:
        print("  peak at the reported clock: %d cores x 16 flops/cycle (2 x 256-bit FMA) x %.0f MHz = %.0f GFLOP/s"
              " (turbo clocks are higher: see RESULTS.md)" % (cpus, mhz, cpus * 16 * mhz / 1e3))
    print()

    def target(name, js, ref, goal):
        if js is None or ref is None:
            print("target %s: ratio n/a (goal %s) missed" % (name, goal))
            return
        r = js / ref
        print("target %s: ratio %.3f (goal %s) %s" % (name, r, goal, "met" if r <= float(goal) else "missed"))

    g = lambda d, *k: d.get(k)
    for res, jvm in ((rkv, "vector-api"), (rk, "plain-java17")):
        target("ranking-k7-n%d-vs-numpy-%s" % (z.mid, jvm), g(res, "rankK7", ("impl", "auto"), ("n", str(z.mid))),
               py[("vec", z.mid)], "1.0")
        for n in z.large:
            js = g(res, "rankK7", ("impl", "auto"), ("n", str(n)))
            target("ranking-k7-n%d-vs-numpy-%s" % (n, jvm), js, py[("vec", n)], "0.5")
            target("ranking-k7-n%d-vs-bandwidth-floor-%s" % (n, jvm), js, py[("floor", n)], "1.25")
    ns = z.sparse[-1]
    target("sparse-k7-n%d-vs-scipy" % ns, g(spj, "rankK7", ("impl", "auto"), ("n", str(ns))), py[("sparse", ns)], "1.0")
    for n in z.power:
        target("mdi7-n%d-vector-api-vs-numpy" % n, g(pv, "mdi7", ("impl", "micmac4j"), ("n", str(n))), py[("mp", n)], "1.2")
    target("mdi7-n%d-plain-vs-previous-plain" % np_, g(pp, "mdi7", ("impl", "micmac4j"), ("n", str(np_))),
           g(pp, "mdi7", ("impl", "previous"), ("n", str(np_))), "0.5")
    for n in z.power:
        target("mdi7-n%d-scalar-vs-ejml-chain" % n, g(pp, "mdi7", ("impl", "micmac4j"), ("n", str(n))),
               g(pp, "mdi7", ("impl", "ejml"), ("n", str(n))), "0.333")
    target("whole-analysis-n29-vs-50us", g(mm, "wholeAnalysis", ("n", "29")), 50e-6, "1.0")


if __name__ == "__main__":
    main()
