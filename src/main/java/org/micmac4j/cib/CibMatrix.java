package org.micmac4j.cib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.Messages;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * A cross-impact judgement matrix over every variant of a {@link ScenarioSpace}: cell
 * {@code (r, c)} (flat variant indices, see {@link ScenarioSpace#flatIndex(int, int)}) is the
 * impact of variant {@code r} being part of the scenario on variant {@code c}; row = impacting
 * variant, column = impacted variant. Integers of any range (usually −3..+3).
 *
 * <p><b>Own-descriptor blocks are used as given</b>, never zeroed: a cell from a variant of a
 * descriptor to a variant of the same descriptor acts as a self-impact, as in ScenarioWizard (its
 * solution lists are reproduced only with them; see the cibsa nested case). Most matrices have
 * them empty (0).
 *
 * <p><b>Overflow.</b> Every impact score is a sum of one cell per descriptor. The factory rejects
 * a matrix whose largest possible |score| exceeds {@link #SCORE_LIMIT}, so that scores and their
 * differences are exact in {@code int} arithmetic.
 *
 * <p>Immutable.
 *
 * <pre>{@code
 * CibMatrix m = CibMatrix.of(space, cells);       // cells[r][c], copied
 * ImpactBalance b = m.balance(space.scenario("A2", "B1", "C3"));
 * b.isConsistent();
 * }</pre>
 */
public final class CibMatrix {
    /** Largest |impact score| a matrix may produce: 2^30, so that differences fit an int. */
    public static final int SCORE_LIMIT = 1 << 30;

    private final ScenarioSpace space;
    private final int[] cells;
    private final int n;

    private CibMatrix(ScenarioSpace space, int[] cells) {
        this.space = space;
        this.cells = cells;
        this.n = space.totalVariants();
    }

    /**
     * @param space the scenario space (rows and columns in its flat variant order)
     * @param cells the square matrix {@code cells[impacting][impacted]}; copied
     * @return the matrix
     * @throws InvalidInputException when the array is not N×N (N = number of variants) or scores
     *         could exceed {@link #SCORE_LIMIT}
     */
    public static CibMatrix of(ScenarioSpace space, int[][] cells) {
        Messages.require(space != null, "the scenario space is missing");
        int n = space.totalVariants();
        Messages.require(cells != null && cells.length == n, "the matrix needs %d rows (one per variant), got %d", n,
                cells == null ? 0 : cells.length);
        int[] flat = new int[n * n];
        for (int r = 0; r < n; r++) {
            Messages.require(cells[r] != null && cells[r].length == n, "row %s (%d) needs %d cells, got %d",
                    space.label(r), r + 1, n, cells[r] == null ? 0 : cells[r].length);
            System.arraycopy(cells[r], 0, flat, r * n, n);
        }
        return ofFlat(space, flat);
    }

    /** Takes ownership of {@code flat} (row-major N×N). */
    static CibMatrix ofFlat(ScenarioSpace space, int[] flat) {
        int n = space.totalVariants();
        long bound = 0;
        for (int d = 0; d < space.descriptorCount(); d++) {
            long m = 0;
            for (int r = space.offset(d); r < space.offset(d) + space.variantCount(d); r++) {
                for (int c = 0; c < n; c++) {
                    m = Math.max(m, Math.abs((long) flat[r * n + c]));
                }
            }
            bound += m;
        }
        if (bound > SCORE_LIMIT) {
            throw Messages.invalid("impact scores could reach %d in magnitude, more than the limit %d: the cells are "
                    + "too large", bound, SCORE_LIMIT);
        }
        return new CibMatrix(space, flat);
    }

    /** @return the scenario space */
    public ScenarioSpace space() {
        return space;
    }

    /** @return the number of variants N (rows and columns) */
    public int size() {
        return n;
    }

    /**
     * @param impacting flat index of the impacting variant (row)
     * @param impacted flat index of the impacted variant (column)
     * @return the judgement
     */
    public int cell(int impacting, int impacted) {
        return cells[impacting * n + impacted];
    }

    /**
     * @param d impacting descriptor, {@code v} its variant; {@code j} impacted descriptor, {@code b} its variant
     * @param v impacting variant
     * @param j impacted descriptor
     * @param b impacted variant
     * @return the judgement C[(d, v), (j, b)]
     */
    public int impact(int d, int v, int j, int b) {
        return cells[space.flatIndex(d, v) * n + space.flatIndex(j, b)];
    }

    /** @return a copy of the cells, {@code [impacting][impacted]} */
    public int[][] toArray() {
        int[][] a = new int[n][];
        for (int r = 0; r < n; r++) {
            a[r] = Arrays.copyOfRange(cells, r * n, (r + 1) * n);
        }
        return a;
    }

    /** The cells, row-major, shared: kernels read it, nobody writes it. */
    int[] cells() {
        return cells;
    }

    /**
     * @param newCells the new cells, row-major N×N; ownership taken
     * @return a matrix over the same space
     */
    CibMatrix withCells(int[] newCells) {
        return ofFlat(space, newCells);
    }

    /**
     * The impact balance of a scenario: every variant's impact score
     * θ_j(b | z) = Σ_i C[(i, z_i), (j, b)], with its inconsistency, consistency value and total
     * impact score.
     *
     * @param scenario a scenario of this matrix's space
     * @return its balance
     * @throws InvalidInputException when the scenario does not fit the space
     */
    public ImpactBalance balance(Scenario scenario) {
        return balance(scenario, null);
    }

    /** The balance with only the {@code tested} descriptors in IC and CV (null: all). */
    ImpactBalance balance(Scenario scenario, boolean[] tested) {
        space.check(scenario);
        int[] scores = new int[n];
        for (int d = 0; d < space.descriptorCount(); d++) {
            int row = space.offset(d) + scenario.variant(d);
            for (int c = 0; c < n; c++) {
                scores[c] += cells[row * n + c];
            }
        }
        return new ImpactBalance(space, scenario, scores, tested);
    }

    /**
     * The same judgements over another space with the same descriptor and variant ids, possibly in
     * another order (names are not compared): cell {@code (r, c)} of the result is this matrix's
     * cell for the variants with the ids of {@code target}'s variants {@code r} and {@code c}. Lets
     * matrices written by different people (e.g. an {@link Ensemble}'s members) be compared by id.
     *
     * @param target the space to re-index to
     * @return a matrix over {@code target}; this one when the spaces are equal
     * @throws InvalidInputException naming the first descriptor or variant present in one space
     *         and not in the other
     */
    public CibMatrix alignedTo(ScenarioSpace target) {
        Messages.require(target != null, "the target scenario space is missing");
        if (target.equals(space)) {
            return this;
        }
        Map<String, Integer> own = new HashMap<>();
        for (int d = 0; d < space.descriptorCount(); d++) {
            own.put(space.descriptor(d).id(), d);
        }
        int[] map = new int[target.totalVariants()];
        for (int d = 0; d < target.descriptorCount(); d++) {
            Descriptor want = target.descriptor(d);
            Integer o = own.remove(want.id());
            Messages.require(o != null, "descriptor %s is missing", want.id());
            Descriptor mine = space.descriptor(o);
            Map<String, Integer> variants = new HashMap<>();
            for (int v = 0; v < mine.variantCount(); v++) {
                variants.put(mine.variant(v).id(), v);
            }
            for (int v = 0; v < want.variantCount(); v++) {
                Integer ov = variants.remove(want.variant(v).id());
                Messages.require(ov != null, "variant %s of descriptor %s is missing", want.variant(v).id(), want.id());
                map[target.flatIndex(d, v)] = space.flatIndex(o, ov);
            }
            Messages.require(variants.isEmpty(), "descriptor %s has an extra variant %s", want.id(),
                    variants.keySet().stream().sorted().findFirst().orElse(""));
        }
        Messages.require(own.isEmpty(), "descriptor %s is extra",
                own.keySet().stream().sorted().findFirst().orElse(""));
        int m = map.length;
        int[] flat = new int[m * m];
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < m; c++) {
                flat[r * m + c] = cells[map[r] * n + map[c]];
            }
        }
        return new CibMatrix(target, flat);
    }

    /**
     * A fingerprint of what the analyses compute from: the descriptor and variant ids, in order, and
     * every cell (names are left out). Two matrices with the same fingerprint give the same
     * results; partial results computed apart are merged only when their fingerprints agree
     * ({@link SuccessionPart#merge}).
     *
     * @return {@code sha256:} followed by 64 hex digits of SHA-256 over the ids (UTF-8, each
     *     followed by a zero byte, a descriptor's variants after it, an empty id closing it) and
     *     the cells row by row (4 bytes each, big-endian)
     */
    public String fingerprint() {
        java.security.MessageDigest md;
        try {
            md = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        for (Descriptor d : space.descriptors()) {
            id(md, d.id());
            for (int v = 0; v < d.variantCount(); v++) {
                id(md, d.variant(v).id());
            }
            id(md, "");
        }
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(4 * cells.length);
        buf.asIntBuffer().put(cells);
        md.update(buf.array());
        return "sha256:" + java.util.HexFormat.of().formatHex(md.digest());
    }

    private static void id(java.security.MessageDigest md, String id) {
        md.update(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update((byte) 0);
    }

    /**
     * Every judgement multiplied by a factor. A positive factor multiplies every score difference
     * by it: the consistent scenarios (K = 0) and the succession are unchanged, the inconsistencies
     * scale. A negative factor reverses every judgement.
     *
     * @param factor the factor
     * @return the scaled matrix over the same space
     * @throws InvalidInputException when a cell or a score would exceed {@link #SCORE_LIMIT}
     */
    public CibMatrix scaled(int factor) {
        int[] out = new int[cells.length];
        for (int i = 0; i < cells.length; i++) {
            long v = (long) cells[i] * factor;
            if (Math.abs(v) > SCORE_LIMIT) {
                throw Messages.invalid("scaling by %d makes cell %s a judgement of %d, beyond the limit %d", factor,
                        Messages.cell(space.label(i / n), i / n + 1, space.label(i % n), i % n + 1), v, SCORE_LIMIT);
            }
            out[i] = (int) v;
        }
        return ofFlat(space, out);
    }

    /**
     * The impact relations transposed: the judgement of variant r on variant c becomes that of c on
     * r (cell (r, c) of the result is cell (c, r) of this matrix), over the same space. What each
     * variant receives becomes what it gives: a check of how a matrix reads the other way round.
     *
     * @return the transposed matrix
     * @throws InvalidInputException when its scores could exceed {@link #SCORE_LIMIT}
     */
    public CibMatrix transposed() {
        int[] out = new int[cells.length];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                out[c * n + r] = cells[r * n + c];
            }
        }
        return ofFlat(space, out);
    }

    /**
     * The sum of an ensemble's matrices, cell by cell: ScenarioWizard's sum matrix, whose solution
     * set is that of the exact mean (a positive scale changes no consistency), without rounding.
     *
     * @param members the matrices, at least one, over equal spaces (align others with {@link #alignedTo})
     * @return the sum
     * @throws InvalidInputException when there is no member, the spaces differ (naming the member),
     *         or a score of the sum could exceed {@link #SCORE_LIMIT}
     */
    public static CibMatrix sum(List<CibMatrix> members) {
        long[] total = total(members);
        int[] out = new int[total.length];
        CibMatrix first = members.get(0);
        for (int i = 0; i < total.length; i++) {
            if (Math.abs(total[i]) > SCORE_LIMIT) {
                throw Messages.invalid("the sum of cell %s is %d, beyond the limit %d", Messages.cell(
                        first.space.label(i / first.n), i / first.n + 1, first.space.label(i % first.n),
                        i % first.n + 1), total[i], SCORE_LIMIT);
            }
            out[i] = (int) total[i];
        }
        return ofFlat(first.space, out);
    }

    /**
     * The mean of an ensemble's matrices, cell by cell, rounded to the nearest integer, halves away
     * from zero (−1.5 → −2, 1.5 → 2): a matrix on the members' own scale, for reading. Rounding can
     * change ties, so analyse the {@link #sum} (the exact mean's solution set) rather than this.
     *
     * @param members the matrices, at least one, over equal spaces
     * @return the rounded mean
     * @throws InvalidInputException when there is no member or the spaces differ (naming the member)
     */
    public static CibMatrix mean(List<CibMatrix> members) {
        long[] total = total(members);
        int[] out = new int[total.length];
        long m = members.size();
        for (int i = 0; i < total.length; i++) {
            long t = Math.abs(total[i]);
            long q = (2 * t + m) / (2 * m); // round(t / m), halves up, on the magnitude
            out[i] = (int) (total[i] < 0 ? -q : q);
        }
        return ofFlat(members.get(0).space, out);
    }

    private static long[] total(List<CibMatrix> members) {
        Ensemble.requireOneSpace(members);
        long[] total = new long[members.get(0).cells.length];
        for (CibMatrix m : members) {
            for (int i = 0; i < total.length; i++) {
                total[i] += m.cells[i];
            }
        }
        return total;
    }

    /**
     * The sub-matrix on chosen descriptors: their rows and columns, in the order given. Its
     * scenarios leave the other descriptors out altogether (their impacts are not counted; to hold
     * them at variants instead, use {@link Cib#withIntervention}).
     *
     * @param descriptorIds the descriptors kept, at least one, each once
     * @return the sub-matrix
     * @throws InvalidInputException naming an unknown or repeated descriptor
     */
    public CibMatrix restrictedTo(List<String> descriptorIds) {
        Messages.require(descriptorIds != null && !descriptorIds.isEmpty(),
                "a sub-matrix needs at least one descriptor");
        int[] d = new int[descriptorIds.size()];
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < d.length; i++) {
            d[i] = space.indexOf(descriptorIds.get(i));
            Messages.require(seen.add(d[i]), "descriptor %s is listed twice", descriptorIds.get(i));
        }
        return restrictedTo(d);
    }

    /** The rows and columns of the given descriptors (indices), in that order. */
    CibMatrix restrictedTo(int[] descriptors) {
        List<Descriptor> ds = new ArrayList<>();
        int size = 0;
        for (int d : descriptors) {
            ds.add(space.descriptor(d));
            size += space.variantCount(d);
        }
        int[] flat = new int[size];
        int x = 0;
        for (int d : descriptors) {
            for (int v = 0; v < space.variantCount(d); v++) {
                flat[x++] = space.offset(d) + v;
            }
        }
        int[] out = new int[size * size];
        for (int r = 0; r < size; r++) {
            for (int c = 0; c < size; c++) {
                out[r * size + c] = cells[flat[r] * n + flat[c]];
            }
        }
        return ofFlat(ScenarioSpace.of(ds), out);
    }

    /** @return true when every own-descriptor block is all zero */
    public boolean ownBlocksZero() {
        for (int d = 0; d < space.descriptorCount(); d++) {
            int lo = space.offset(d);
            int hi = lo + space.variantCount(d);
            for (int r = lo; r < hi; r++) {
                for (int c = lo; c < hi; c++) {
                    if (cells[r * n + c] != 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CibMatrix m && space.equals(m.space) && Arrays.equals(cells, m.cells);
    }

    @Override
    public int hashCode() {
        return 31 * space.hashCode() + Arrays.hashCode(cells);
    }

    @Override
    public String toString() {
        return "CibMatrix " + n + "x" + n + " over " + space;
    }
}
