package org.micmac4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.micmac4j.internal.LabelledMatrices;
import org.micmac4j.internal.Messages;
import org.micmac4j.internal.store.ByteStore;
import org.micmac4j.internal.store.Layout;
import org.micmac4j.internal.store.MatrixStore;
import org.micmac4j.internal.store.Stores;

/**
 * An immutable direct-influence matrix (MDI) over an ordered list of {@link Variable}s: cell
 * (i, j) says how strongly variable i directly acts on variable j. A cell holds a value allowed by
 * the matrix's {@link Scale} (by default {@link Scale#CLASSIC}: 0..3) or P, a potential influence
 * that does not act today but could in the future. The diagonal is 0.
 *
 * <p>P cells have no value of their own: an analysis weighs them (by default 0 in the current
 * matrix and 3 in the potential matrix, see {@link Micmac}).
 *
 * <p>Built by {@link #builder(List)}, from a {@code double[][]} ({@link #of(double[][])}, copied)
 * or read from CSV ({@code org.micmac4j.io.MatrixCsv}). Every factory validates the whole matrix
 * and throws an {@link InvalidInputException} naming the row and column at fault: a non-square
 * array, a NaN, infinite, negative or out-of-scale value, a non-zero diagonal, a P cell under a
 * scale without P, blank or duplicate ids, values whose sum exceeds the double range.
 *
 * <pre>{@code
 * InfluenceMatrix m = InfluenceMatrix.builder(List.of(Variable.of("A"), Variable.of("B"), Variable.of("C")))
 *         .set("A", "B", 3).set("B", "C", 2).potential("C", "A")
 *         .build();
 * }</pre>
 */
public final class InfluenceMatrix implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Variable> variables;
    private final Map<String, Integer> index;
    private final MatrixStore store;
    private final long[] potentialCells;
    private final Scale scale;

    private InfluenceMatrix(List<Variable> variables, Map<String, Integer> index, MatrixStore store,
            long[] potentialCells, Scale scale) {
        this.variables = variables;
        this.index = index;
        this.store = store;
        this.potentialCells = potentialCells;
        this.scale = scale;
    }

    /**
     * Starts a matrix over the given variables, all cells 0, scale {@link Scale#CLASSIC}.
     *
     * @param variables the variables in order; the list is copied
     * @return a builder
     * @throws InvalidInputException when the list is empty or ids repeat
     */
    public static Builder builder(List<Variable> variables) {
        return new Builder(variables);
    }

    /**
     * Starts a matrix over variables with the given ids (names equal to ids).
     *
     * @param ids the ids in order
     * @return a builder
     */
    public static Builder builder(String... ids) {
        List<Variable> vs = new ArrayList<>(ids.length);
        for (String id : ids) {
            vs.add(Variable.of(id));
        }
        return builder(vs);
    }

    /**
     * A matrix from values, with variables V1..Vn and the classic scale.
     *
     * @param values square array, copied
     * @return the matrix
     */
    public static InfluenceMatrix of(double[][] values) {
        return of(values, Scale.CLASSIC);
    }

    /**
     * A matrix from values, with variables V1..Vn.
     *
     * @param values square array, copied
     * @param scale the scale that validates values
     * @return the matrix
     */
    public static InfluenceMatrix of(double[][] values, Scale scale) {
        return of(LabelledMatrices.numbered(values.length, Variable::of), values, scale);
    }

    /**
     * A matrix from values.
     *
     * @param variables the variables in row (and column) order, copied
     * @param values square array, {@code values[i][j]} = influence of i on j; copied
     * @param scale the scale that validates values
     * @return the matrix
     */
    public static InfluenceMatrix of(List<Variable> variables, double[][] values, Scale scale) {
        Builder b = builder(variables).scale(scale);
        int n = variables.size();
        double[][] copy = LabelledMatrices.squareCopy(b.variables, Variable::id, values, v -> null);
        double[] cells = b.doubles();
        for (int i = 0; i < n; i++) {
            System.arraycopy(copy[i], 0, cells, i * n, n);
        }
        return b.build();
    }

    /**
     * A sparse matrix from its links, never allocating n² cells (for networks of millions of
     * variables). Stored {@link Storage#SPARSE}; no P cells.
     *
     * <pre>{@code
     * InfluenceMatrix m = InfluenceMatrix.fromLinks(variables, from, to, weight, Scale.CLASSIC);
     * }</pre>
     *
     * @param variables the variables, copied
     * @param from index of the influencing variable of each link, not modified
     * @param to index of the influenced variable, not modified
     * @param weight weight of each link, not modified
     * @param scale the scale that validates weights
     * @return the matrix
     * @throws InvalidInputException naming the first bad link (index out of range, diagonal,
     *     refused weight, repeated cell)
     */
    public static InfluenceMatrix fromLinks(List<Variable> variables, int[] from, int[] to, double[] weight,
            Scale scale) {
        List<Variable> vs = LabelledMatrices.distinct(variables, Variable::id);
        int n = vs.size();
        Messages.require(from.length == to.length && to.length == weight.length,
                "from, to and weight must have the same length, got %d, %d and %d", from.length, to.length,
                weight.length);
        double total = 0;
        for (int e = 0; e < from.length; e++) {
            int i = from[e];
            int j = to[e];
            Messages.require(i >= 0 && i < n && j >= 0 && j < n, "link %d (%d -> %d) is outside 0..%d", e + 1, i, j,
                    n - 1);
            // The cell's name is formatted only on error: formatting it for every link cost more
            // than the whole validation.
            if (!scale.accepts(weight[e])) {
                throw Messages.invalid("link %d, %s: %s", e + 1, Messages.cell(vs.get(i).id(), i, vs.get(j).id(), j),
                        scale.whyRefused(weight[e]));
            }
            if (i == j && weight[e] != 0) {
                throw Messages.invalid("link %d, %s: the diagonal must be 0", e + 1,
                        Messages.cell(vs.get(i).id(), i, vs.get(j).id(), j));
            }
            total += weight[e];
            if (total == Double.POSITIVE_INFINITY) {
                throw overflow("link " + (e + 1) + ", " + Messages.cell(vs.get(i).id(), i, vs.get(j).id(), j));
            }
        }
        MatrixStore store;
        try {
            store = Stores.sparse(n, from, to, weight);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
        Map<String, Integer> idx = indexOf(vs);
        return new InfluenceMatrix(vs, idx, store, new long[0], scale);
    }

    /** @return the storage in use (never {@link Storage#AUTO}) */
    public Storage storage() {
        switch (store.layout()) {
            case SPARSE:
                return Storage.SPARSE;
            case BYTES:
                return Storage.COMPACT;
            default:
                return Storage.DENSE;
        }
    }

    private static Layout layout(Storage storage) {
        switch (storage) {
            case DENSE:
                return Layout.DENSE;
            case COMPACT:
                return Layout.BYTES;
            case SPARSE:
                return Layout.SPARSE;
            default:
                return Layout.AUTO;
        }
    }

    /** @return n, the number of variables */
    public int size() {
        return variables.size();
    }

    /** @return the variables in order, unmodifiable */
    public List<Variable> variables() {
        return variables;
    }

    /**
     * @param i index, 0-based
     * @return the variable at that index
     */
    public Variable variable(int i) {
        return variables.get(i);
    }

    /**
     * @param id a variable id
     * @return its index
     * @throws InvalidInputException when no variable has that id
     */
    public int indexOf(String id) {
        Integer i = index.get(id);
        if (i == null) {
            throw Messages.invalid("unknown variable id '%s'", id);
        }
        return i;
    }

    /**
     * @param id a variable id
     * @return whether a variable has it
     */
    public boolean contains(String id) {
        return index.containsKey(id);
    }

    /** @return the scale the values were validated against */
    public Scale scale() {
        return scale;
    }

    /**
     * The numeric value of a cell; a P cell reads 0 (see {@link #isPotential}).
     *
     * @param i row
     * @param j column
     * @return m_ij
     */
    public double value(int i, int j) {
        return store.get(i, j);
    }

    /**
     * @param i row
     * @param j column
     * @return whether cell (i, j) is P
     */
    public boolean isPotential(int i, int j) {
        return Arrays.binarySearch(potentialCells, (long) i * size() + j) >= 0;
    }

    /**
     * The weight of a cell when P counts {@code potentialWeight}.
     *
     * @param i row
     * @param j column
     * @param potentialWeight what a P cell is worth
     * @return the weight
     */
    public double weight(int i, int j, double potentialWeight) {
        return isPotential(i, j) ? potentialWeight : store.get(i, j);
    }

    /** @return the number of P cells */
    public int potentialCount() {
        return potentialCells.length;
    }

    /** @return the number of cells with a non-zero value (P cells not included) */
    public long nonZeroCount() {
        return store.nonZeroCount();
    }

    /** Receives the links of a matrix (see {@link #forEachLink}). */
    @FunctionalInterface
    public interface LinkVisitor {
        /**
         * @param from the influencing variable (row)
         * @param to the influenced variable (column)
         * @param weight the link's weight, positive
         */
        void visit(int from, int to, double weight);
    }

    /**
     * Visits every link (non-zero cell) without a dense copy: O(links) for a sparse matrix, in no
     * particular order. P cells are visited with {@code potentialWeight} when it is positive.
     *
     * <pre>{@code
     * double[] out = new double[m.size()];
     * m.forEachLink(0, (i, j, w) -> out[i] += w);   // the direct influences
     * }</pre>
     *
     * @param potentialWeight what a P cell is worth, finite and non-negative
     * @param visitor receives each link
     */
    public void forEachLink(double potentialWeight, LinkVisitor visitor) {
        Messages.nonNegative(potentialWeight, "potentialWeight");
        store.forEachNonZero(visitor::visit);
        if (potentialWeight > 0) {
            int n = size();
            for (long c : potentialCells) {
                visitor.visit((int) (c / n), (int) (c % n), potentialWeight);
            }
        }
    }

    /**
     * The weights as an array.
     *
     * @param potentialWeight what a P cell is worth
     * @return a new n x n array
     */
    public double[][] toArray(double potentialWeight) {
        int n = size();
        double[][] a = new double[n][n];
        store.forEachNonZero((i, j, v) -> a[i][j] = v);
        for (long c : potentialCells) {
            a[(int) (c / n)][(int) (c % n)] = potentialWeight;
        }
        return a;
    }

    /**
     * The text of a cell as written in CSV: the value ({@code 0}, {@code 2}, {@code 1.5}) or
     * {@code P}.
     *
     * @param i row
     * @param j column
     * @return the token
     */
    public String token(int i, int j) {
        return isPotential(i, j) ? "P" : Messages.number(store.get(i, j));
    }

    /**
     * The matrix with variables reordered: row and column {@code k} of the result are row and
     * column {@code order[k]} of this one.
     *
     * @param order a permutation of 0..n-1, not modified
     * @return the permuted matrix
     */
    public InfluenceMatrix permute(int[] order) {
        int n = size();
        Messages.require(order.length == n, "the permutation has %d entries, expected %d", order.length, n);
        boolean[] seen = new boolean[n];
        for (int k : order) {
            Messages.require(k >= 0 && k < n && !seen[k], "not a permutation of 0..%d: %s", n - 1,
                    Arrays.toString(order));
            seen[k] = true;
        }
        List<Variable> vs = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            vs.add(variables.get(order[k]));
        }
        Builder b = builder(vs).scale(scale);
        for (int a = 0; a < n; a++) {
            for (int c = 0; c < n; c++) {
                copyCell(b, a, c, order[a], order[c]);
            }
        }
        return b.build();
    }

    /**
     * The transposed matrix (influence and dependence swap roles), same variables.
     *
     * @return the transpose
     */
    public InfluenceMatrix transpose() {
        int n = size();
        Builder b = builder(variables).scale(scale);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                copyCell(b, j, i, i, j);
            }
        }
        return b.build();
    }

    private void copyCell(Builder b, int toRow, int toColumn, int fromRow, int fromColumn) {
        if (isPotential(fromRow, fromColumn)) {
            b.potential(toRow, toColumn);
        } else {
            b.set(toRow, toColumn, store.get(fromRow, fromColumn));
        }
    }

    /**
     * The same cells over other variables (new names, groups or descriptions; ids may change).
     *
     * @param newVariables n variables with unique ids, copied
     * @return the matrix
     */
    public InfluenceMatrix withVariables(List<Variable> newVariables) {
        Messages.require(newVariables.size() == size(), "%d variables given for a matrix of %d", newVariables.size(),
                size());
        List<Variable> vs = List.copyOf(newVariables);
        return new InfluenceMatrix(vs, indexOf(vs), store, potentialCells, scale);
    }

    /**
     * The same matrix with a few cells changed: cell ({@code from[k]}, {@code to[k]}) takes the
     * value {@code values[k]}, for k &lt; count (a P cell so listed loses its P mark). Costs one
     * copy of the cells in the matrix's own storage plus O(count), where a {@link Builder} would
     * validate and convert all n² cells: the way to make many variants of a large matrix (Monte
     * Carlo draws, what-if changes).
     *
     * <pre>{@code
     * InfluenceMatrix m2 = m.withCells(new int[] {0, 2}, new int[] {1, 0}, new double[] {3, 0}, 2);
     * }</pre>
     *
     * @param from rows of the changed cells, not modified
     * @param to their columns, not modified; the cells listed in strictly increasing row-major
     *     order (by row, then column), so each at most once
     * @param values the new values, accepted by the matrix's scale; not modified
     * @param count how many entries of the three arrays to use, 0 ≤ count ≤ each length
     * @return the changed matrix; this one is unchanged
     * @throws InvalidInputException naming the first bad change (outside the matrix, out of order
     *     or repeated, refused by the scale, non-zero on the diagonal) or when the sum of the
     *     values would exceed the double range
     */
    public InfluenceMatrix withCells(int[] from, int[] to, double[] values, int count) {
        Messages.require(count >= 0 && count <= from.length && count <= to.length && count <= values.length,
                "count %d exceeds the arrays (lengths %d, %d, %d) or is negative", count, from.length, to.length,
                values.length);
        int n = size();
        long previous = -1;
        double added = 0;
        int touchedP = 0;
        // Checked cell by cell without building a message unless one fails: this runs for every
        // changed cell of every Monte Carlo draw.
        for (int k = 0; k < count; k++) {
            int i = from[k];
            int j = to[k];
            if (i < 0 || i >= n || j < 0 || j >= n) {
                throw Messages.invalid("change %d (%d -> %d) is outside 0..%d", k + 1, i, j, n - 1);
            }
            long c = (long) i * n + j;
            if (c <= previous) {
                throw Messages.invalid("change %d, %s: cells must be listed once each, by row then column", k + 1,
                        where(i, j));
            }
            previous = c;
            double v = values[k];
            if (!scale.accepts(v)) {
                throw Messages.invalid("change %d, %s: %s", k + 1, where(i, j), scale.whyRefused(v));
            }
            if (i == j && v != 0) {
                throw Messages.invalid("change %d, %s: the diagonal must be 0, got %s", k + 1, where(i, j),
                        Messages.number(v));
            }
            added += v;
            if (potentialCells.length > 0 && Arrays.binarySearch(potentialCells, c) >= 0) {
                touchedP++;
            }
        }
        MatrixStore changed = store.withCells(from, to, values, count);
        // The old sum was finite; only a bound past the double range needs the exact sum.
        if (!Double.isFinite(store.maxValue() * (double) store.nonZeroCount() + added)) {
            double[] total = {0};
            changed.forEachNonZero((i, j, v) -> total[0] += v);
            if (total[0] == Double.POSITIVE_INFINITY) {
                throw overflow("after the changes");
            }
        }
        long[] p = potentialCells;
        if (touchedP > 0) {
            p = new long[potentialCells.length - touchedP];
            int k = 0;
            int q = 0;
            for (long c : potentialCells) {
                while (q < count && (long) from[q] * n + to[q] < c) {
                    q++;
                }
                if (q < count && (long) from[q] * n + to[q] == c) {
                    continue;
                }
                p[k++] = c;
            }
        }
        return new InfluenceMatrix(variables, index, changed, p, scale);
    }

    private String where(int i, int j) {
        return Messages.cell(variables.get(i).id(), i, variables.get(j).id(), j);
    }

    /**
     * The cell store with P cells weighted, for analyses in this package.
     *
     * @param potentialWeight what a P cell is worth
     * @return the store (shared when no cell changes)
     */
    MatrixStore store(double potentialWeight) {
        if (potentialCells.length == 0 || potentialWeight == 0) {
            return store;
        }
        return store.withCells(potentialCells, potentialWeight);
    }

    /** @return P cell positions i·n + j, sorted; a copy */
    long[] potentialCells() {
        return potentialCells.clone();
    }

    private static Map<String, Integer> indexOf(List<Variable> vs) {
        List<Variable> checked = LabelledMatrices.distinct(vs, Variable::id);
        Map<String, Integer> idx = new HashMap<>(checked.size() * 2);
        for (int i = 0; i < checked.size(); i++) {
            idx.put(checked.get(i).id(), i);
        }
        return Collections.unmodifiableMap(idx);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof InfluenceMatrix)) {
            return false;
        }
        InfluenceMatrix m = (InfluenceMatrix) o;
        if (!variables.equals(m.variables) || !scale.equals(m.scale)
                || !Arrays.equals(potentialCells, m.potentialCells) || store.nonZeroCount() != m.store.nonZeroCount()) {
            return false;
        }
        boolean[] same = {true};
        store.forEachNonZero((i, j, v) -> same[0] &= m.store.get(i, j) == v);
        return same[0];
    }

    @Override
    public int hashCode() {
        int[] h = {variables.hashCode() * 31 + Arrays.hashCode(potentialCells)};
        store.forEachNonZero((i, j, v) -> h[0] = h[0] * 31 + Double.hashCode(v) + i * 17 + j);
        return h[0];
    }

    @Override
    public String toString() {
        return "InfluenceMatrix[n=" + size() + ", nonZero=" + nonZeroCount() + ", P=" + potentialCount() + ", scale="
                + scale + "]";
    }

    /**
     * Every analysis sums the cells (influence, dependence, their totals): a matrix whose sum
     * leaves the double range would give infinite or NaN results, so it is refused where the sum
     * overflows.
     */
    private static InvalidInputException overflow(String where) {
        return Messages.invalid("%s: the sum of the values exceeds the double range (about 1.8e308) here: "
                + "divide every value by a common factor", where);
    }

    /**
     * Collects cells of a matrix. Not thread-safe; {@link #build()} validates everything and may be
     * called more than once.
     */
    public static final class Builder {
        private final List<Variable> variables;
        private final Map<String, Integer> index;
        // One byte per cell while every value set is an integer in 0..127 (the classic scale and
        // most studies): a 10 000-variable matrix then needs 100 MB here, not 800 MB of doubles.
        // The first other value moves the cells to doubles (`values`); exactly one is non-null.
        private byte[] small;
        private double[] values;
        private final boolean[] potential;
        private Scale scale = Scale.CLASSIC;
        private Storage storage = Storage.AUTO;

        private Builder(List<Variable> variables) {
            this.variables = List.copyOf(variables);
            this.index = indexOf(this.variables);
            int n = this.variables.size();
            this.small = new byte[Math.multiplyExact(n, n)];
            this.potential = new boolean[n * n];
        }

        /**
         * @param newScale the scale that validates values (default {@link Scale#CLASSIC})
         * @return this builder
         */
        public Builder scale(Scale newScale) {
            this.scale = java.util.Objects.requireNonNull(newScale, "scale");
            return this;
        }

        /**
         * @param newStorage how the built matrix stores its cells (default {@link Storage#AUTO})
         * @return this builder
         */
        public Builder storage(Storage newStorage) {
            this.storage = java.util.Objects.requireNonNull(newStorage, "storage");
            return this;
        }

        /**
         * Sets a value (clears a P mark on the cell).
         *
         * @param i row, 0-based
         * @param j column, 0-based
         * @param value the influence of i on j
         * @return this builder
         */
        public Builder set(int i, int j, double value) {
            int c = cell(i, j);
            if (small != null && ByteStore.fits(value)) {
                small[c] = (byte) value;
            } else {
                doubles()[c] = value;
            }
            potential[c] = false;
            return this;
        }

        /** @return the cells as doubles, moving them there from bytes on first use */
        private double[] doubles() {
            if (values == null) {
                values = new double[small.length];
                for (int c = 0; c < small.length; c++) {
                    values[c] = small[c];
                }
                small = null;
            }
            return values;
        }

        private double value(int c) {
            return small != null ? small[c] : values[c];
        }

        /**
         * Sets a value by ids.
         *
         * @param from id of the influencing variable (row)
         * @param to id of the influenced variable (column)
         * @param value the influence
         * @return this builder
         */
        public Builder set(String from, String to, double value) {
            return set(id(from), id(to), value);
        }

        /**
         * Marks a cell P (potential influence).
         *
         * @param i row
         * @param j column
         * @return this builder
         */
        public Builder potential(int i, int j) {
            int c = cell(i, j);
            if (small != null) {
                small[c] = 0;
            } else {
                values[c] = 0;
            }
            potential[c] = true;
            return this;
        }

        /**
         * Marks a cell P by ids.
         *
         * @param from row id
         * @param to column id
         * @return this builder
         */
        public Builder potential(String from, String to) {
            return potential(id(from), id(to));
        }

        private int id(String id) {
            Integer i = index.get(id);
            if (i == null) {
                throw Messages.invalid("unknown variable id '%s'", id);
            }
            return i;
        }

        private int cell(int i, int j) {
            int n = variables.size();
            if (i < 0 || i >= n || j < 0 || j >= n) {
                throw new IndexOutOfBoundsException("cell (" + i + ", " + j + ") outside a " + n + "x" + n + " matrix");
            }
            return i * n + j;
        }

        /**
         * Validates every cell and builds the matrix.
         *
         * @return the matrix
         * @throws InvalidInputException naming the first bad cell
         */
        public InfluenceMatrix build() {
            int n = variables.size();
            long pCount = 0;
            double total = 0;
            for (int i = 0, c = 0; i < n; i++) {
                for (int j = 0; j < n; j++, c++) {
                    if (potential[c]) {
                        pCount++;
                        if (i == j) {
                            throw Messages.invalid("%s: the diagonal must be 0, got P", where(i, j));
                        }
                        if (!scale.allowsPotential()) {
                            throw Messages.invalid("%s: P (potential) cell, but the scale %s has no P", where(i, j),
                                    scale);
                        }
                        continue;
                    }
                    double v = value(c);
                    if (!scale.accepts(v)) {
                        throw Messages.invalid("%s: %s", where(i, j), scale.whyRefused(v));
                    }
                    // The location is formatted only on failure: formatting it for each of n² cells
                    // cost most of the time of reading a large matrix.
                    if (i == j && v != 0) {
                        throw Messages.invalid("%s: the diagonal must be 0, got %s", where(i, j), Messages.number(v));
                    }
                    total += v;
                    if (total == Double.POSITIVE_INFINITY) {
                        throw overflow(where(i, j));
                    }
                }
            }
            long[] pCells = new long[(int) pCount];
            for (int c = 0, k = 0; c < potential.length; c++) {
                if (potential[c]) {
                    pCells[k++] = c;
                }
            }
            MatrixStore store;
            try {
                store = small != null ? Stores.copyOf(small, n, layout(storage))
                        : Stores.copyOf(values, n, layout(storage));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(storage + " storage cannot hold these values: " + e.getMessage(), e);
            }
            return new InfluenceMatrix(variables, index, store, pCells, scale);
        }

        private String where(int i, int j) {
            return Messages.cell(variables.get(i).id(), i, variables.get(j).id(), j);
        }
    }
}
