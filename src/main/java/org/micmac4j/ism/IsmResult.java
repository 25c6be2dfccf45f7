package org.micmac4j.ism;

import org.micmac4j.internal.graph.BitMatrix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.micmac4j.Thresholds;
import org.micmac4j.Variable;
import org.micmac4j.internal.Messages;

/**
 * The result of an ISM analysis. Immutable: lists are unmodifiable and arrays are returned as
 * copies. Variables keep their input order everywhere unless a method says otherwise.
 *
 * <p>For a JSON report: {@link #variables()} (per variable: id, drivingPower, dependencePower,
 * level, cluster), {@link #levels()}, {@link #transitiveCells()}, {@link #iterations()},
 * {@link #conicalOrder()} and {@link #reducedEdges()} are records and lists of strings.
 */
public final class IsmResult {
    private final Ism config;
    private final List<String> ids;
    private final Map<String, Integer> index;
    private final BitMatrix initial;
    private final BitMatrix reach;
    private final BitMatrix transitive;
    private final LevelPartition partition;
    private final List<IsmVariable> variables;
    private final List<String> conicalOrder;
    private final Thresholds thresholds;
    private volatile List<IsmCell> transitiveCells;
    private volatile List<IsmEdge> reducedEdges;

    IsmResult(Ism config, List<Variable> variables, List<String> ids, BitMatrix initial, BitMatrix reach,
            BitMatrix transitive, LevelPartition partition) {
        this.config = config;
        this.ids = List.copyOf(ids);
        this.index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        this.initial = initial;
        this.reach = reach;
        this.transitive = transitive;
        this.partition = partition;
        int n = ids.size();
        int[] driving = new int[n];
        int[] dependence = new int[n];
        for (int i = 0; i < n; i++) {
            driving[i] = reach.rowCount(i);
            long[] row = reach.rowView(i);
            for (int w = 0; w < row.length; w++) {
                for (long bits = row[w]; bits != 0; bits &= bits - 1) {
                    dependence[(w << 6) + Long.numberOfTrailingZeros(bits)]++;
                }
            }
        }
        double[] t = config.thresholds(asDoubles(driving), asDoubles(dependence));
        this.thresholds = new Thresholds(config.split(), t[0], t[1]);
        int[] level = partition.levels();
        List<IsmVariable> vars = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            IsmCluster cluster = IsmCluster.of(config.isHigh(driving[i], t[0]), config.isHigh(dependence[i], t[1]));
            vars.add(new IsmVariable(variables.get(i), i, driving[i], dependence[i], level[i], cluster));
        }
        this.variables = List.copyOf(vars);
        this.conicalOrder = vars.stream()
                .sorted(Comparator.comparingInt(IsmVariable::level).thenComparingInt(IsmVariable::index))
                .map(IsmVariable::id).collect(Collectors.toUnmodifiableList());
    }

    private static double[] asDoubles(int[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }

    /** @return the configured analysis that produced this result */
    public Ism config() {
        return config;
    }

    /**
     * @return the ISM-MICMAC thresholds: {@code influence()} on the driving power axis,
     *     {@code dependence()} on the dependence power axis
     */
    public Thresholds thresholds() {
        return thresholds;
    }

    /** @return the variable ids in input order (unmodifiable) */
    public List<String> ids() {
        return ids;
    }

    /** @return the number of variables */
    public int size() {
        return ids.size();
    }

    /** @return the initial reachability matrix, unit diagonal (a copy) */
    public boolean[][] initialReachability() {
        return initial.toArray();
    }

    /**
     * @return the final reachability matrix: the transitive closure of the initial one, or the
     *     input itself under {@link ClosureMode#AS_GIVEN} (a copy)
     */
    public boolean[][] finalReachability() {
        return reach.toArray();
    }

    /**
     * @param from a variable id
     * @param to a variable id
     * @return whether {@code from} reaches {@code to} in the final reachability matrix
     */
    public boolean reaches(String from, String to) {
        return reach.get(indexOf(from), indexOf(to));
    }

    /**
     * @return the transitive cells, row by row in input order (unmodifiable): under
     *     {@link ClosureMode#TRANSITIVE} the cells the closure added to the initial matrix; under
     *     {@link ClosureMode#AS_GIVEN} the cells the input marked {@code 1*}
     */
    public List<IsmCell> transitiveCells() {
        List<IsmCell> cells = transitiveCells;
        if (cells == null) {
            List<IsmCell> out = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                for (int j = 0; j < ids.size(); j++) {
                    if (transitive.get(i, j)) {
                        out.add(new IsmCell(ids.get(i), ids.get(j)));
                    }
                }
            }
            cells = List.copyOf(out);
            transitiveCells = cells;
        }
        return cells;
    }

    /** @return the number of transitive cells (without listing them) */
    public int transitiveCellCount() {
        int count = 0;
        for (int i = 0; i < ids.size(); i++) {
            count += transitive.rowCount(i);
        }
        return count;
    }

    /**
     * @param from a variable id
     * @param to a variable id
     * @return whether the cell is a transitive cell (printed 1*)
     */
    public boolean isTransitive(String from, String to) {
        return transitive.get(indexOf(from), indexOf(to));
    }

    /**
     * @param from a variable id
     * @param to a variable id
     * @return the cell as ISM papers print it: "1*" for a transitive cell, "1" or "0"
     */
    public String cellText(String from, String to) {
        int i = indexOf(from);
        int j = indexOf(to);
        return transitive.get(i, j) ? "1*" : reach.get(i, j) ? "1" : "0";
    }

    /** @return every variable's results, in input order (unmodifiable) */
    public List<IsmVariable> variables() {
        return variables;
    }

    /**
     * @param id a variable id
     * @return that variable's results
     * @throws org.micmac4j.InvalidInputException for an unknown id
     */
    public IsmVariable variable(String id) {
        return variables.get(indexOf(id));
    }

    /** @return driving powers in input order (a copy) */
    public int[] drivingPowers() {
        return variables.stream().mapToInt(IsmVariable::drivingPower).toArray();
    }

    /** @return dependence powers in input order (a copy) */
    public int[] dependencePowers() {
        return variables.stream().mapToInt(IsmVariable::dependencePower).toArray();
    }

    /** @return the level of each variable in input order (a copy) */
    public int[] levelNumbers() {
        return variables.stream().mapToInt(IsmVariable::level).toArray();
    }

    /**
     * @return the levels: element k holds the ids at level k + 1, in input order (unmodifiable)
     */
    public List<List<String>> levels() {
        return partition.members();
    }

    /** @return the number of levels */
    public int levelCount() {
        return partition.count();
    }

    /**
     * @return the iterations of the level partition, first to last, with the reachability,
     *     antecedent and intersection sets of every remaining variable (unmodifiable; built on each
     *     call, O(levels · n²): meant for the tables of small studies)
     */
    public List<IsmIteration> iterations() {
        return partition.iterations();
    }

    /**
     * @param cluster a cluster
     * @return the ids in that cluster, in input order (unmodifiable)
     */
    public List<String> cluster(IsmCluster cluster) {
        return variables.stream().filter(v -> v.cluster() == cluster).map(IsmVariable::id)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * @return the order of the conical matrix: by level number (level 1 first), then input order
     *     (unmodifiable). Under {@link LevelNumbering#FROM_SINKS} the conical matrix is then block
     *     lower-triangular.
     */
    public List<String> conicalOrder() {
        return conicalOrder;
    }

    /**
     * @return the final reachability matrix with rows and columns in {@link #conicalOrder()}
     *     (a new array)
     */
    public boolean[][] conicalMatrix() {
        int n = ids.size();
        int[] order = conicalOrder.stream().mapToInt(this::indexOf).toArray();
        boolean[][] c = new boolean[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                c[a][b] = reach.get(order[a], order[b]);
            }
        }
        return c;
    }

    /**
     * @return the digraph with transitive edges removed (unmodifiable), computed on the
     *     transitive closure of the final reachability matrix (which is the matrix itself unless
     *     it was taken as given). Variables that reach each other form a cycle through their
     *     members in input order; between such sets one edge joins their first members. See
     *     {@link IsmEdge}.
     */
    public List<IsmEdge> reducedEdges() {
        List<IsmEdge> edges = reducedEdges;
        if (edges == null) {
            edges = ReducedDigraph.edges(config.closure() == ClosureMode.TRANSITIVE ? reach : reach.closure(), ids);
            reducedEdges = edges;
        }
        return edges;
    }

    private int indexOf(String id) {
        Integer i = index.get(id);
        if (i == null) {
            throw Messages.invalid("unknown variable id '%s'", id);
        }
        return i;
    }
}
