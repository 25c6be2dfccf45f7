package org.micmac4j.ism;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
    private final LevelNumbering levelNumbering;
    private final ClosureMode closure;
    private final IsmSplit split;
    private final List<String> ids;
    private final Map<String, Integer> index;
    private final boolean[][] initial;
    private final boolean[][] reach;
    private final boolean[][] transitive;
    private final List<IsmCell> transitiveCells;
    private final List<IsmVariable> variables;
    private final List<List<String>> levels;
    private final List<IsmIteration> iterations;
    private final List<String> conicalOrder;
    private final List<IsmEdge> reducedEdges;
    private final double drivingThreshold;
    private final double dependenceThreshold;

    IsmResult(Ism settings, List<String> ids, boolean[][] initial, BitMatrix reach, boolean[][] transitive,
            LevelPartition partition) {
        this.levelNumbering = settings.levelNumbering();
        this.closure = settings.closure();
        this.split = settings.split();
        this.ids = List.copyOf(ids);
        this.index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        this.initial = IsmInput.copy(initial);
        this.reach = reach.toArray();
        this.transitive = IsmInput.copy(transitive);
        this.transitiveCells = cells(this.transitive, this.ids);
        int n = ids.size();
        int[] driving = IntStream.range(0, n).map(reach::rowCount).toArray();
        int[] dependence = IntStream.range(0, n).map(reach::columnCount).toArray();
        this.drivingThreshold = split.drivingThreshold(driving);
        this.dependenceThreshold = split.dependenceThreshold(dependence);
        int[] level = partition.levels();
        List<IsmVariable> vars = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            IsmCluster cluster = IsmCluster.of(split.isHigh(driving[i], drivingThreshold),
                    split.isHigh(dependence[i], dependenceThreshold));
            vars.add(new IsmVariable(ids.get(i), i, driving[i], dependence[i], level[i], cluster));
        }
        this.variables = List.copyOf(vars);
        this.levels = partition.members();
        this.iterations = partition.iterations();
        this.conicalOrder = vars.stream()
                .sorted(Comparator.comparingInt(IsmVariable::level).thenComparingInt(IsmVariable::index))
                .map(IsmVariable::id).collect(Collectors.toUnmodifiableList());
        this.reducedEdges = ReducedDigraph.edges(reach.closure(), this.ids);
    }

    private static List<IsmCell> cells(boolean[][] m, List<String> ids) {
        List<IsmCell> out = new ArrayList<>();
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                if (m[i][j]) {
                    out.add(new IsmCell(ids.get(i), ids.get(j)));
                }
            }
        }
        return List.copyOf(out);
    }

    /** @return the level numbering used */
    public LevelNumbering levelNumbering() {
        return levelNumbering;
    }

    /** @return the closure mode used */
    public ClosureMode closure() {
        return closure;
    }

    /** @return the ISM-MICMAC split rule used */
    public IsmSplit split() {
        return split;
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
        return IsmInput.copy(initial);
    }

    /**
     * @return the final reachability matrix: the transitive closure of the initial one, or the
     *     input itself under {@link ClosureMode#AS_GIVEN} (a copy)
     */
    public boolean[][] finalReachability() {
        return IsmInput.copy(reach);
    }

    /**
     * @param from a variable id
     * @param to a variable id
     * @return whether {@code from} reaches {@code to} in the final reachability matrix
     */
    public boolean reaches(String from, String to) {
        return reach[indexOf(from)][indexOf(to)];
    }

    /**
     * @return the transitive cells, row by row in input order (unmodifiable): under
     *     {@link ClosureMode#TRANSITIVE} the cells the closure added to the initial matrix; under
     *     {@link ClosureMode#AS_GIVEN} the cells the input marked {@code 1*}
     */
    public List<IsmCell> transitiveCells() {
        return transitiveCells;
    }

    /**
     * @param from a variable id
     * @param to a variable id
     * @return whether the cell is a transitive cell (printed 1*)
     */
    public boolean isTransitive(String from, String to) {
        return transitive[indexOf(from)][indexOf(to)];
    }

    /**
     * @param from a variable id
     * @param to a variable id
     * @return the cell as ISM papers print it: "1*" for a transitive cell, "1" or "0"
     */
    public String cellText(String from, String to) {
        int i = indexOf(from);
        int j = indexOf(to);
        return transitive[i][j] ? "1*" : reach[i][j] ? "1" : "0";
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
        return levels;
    }

    /** @return the number of levels */
    public int levelCount() {
        return levels.size();
    }

    /** @return the iterations of the level partition, first to last (unmodifiable) */
    public List<IsmIteration> iterations() {
        return iterations;
    }

    /** @return the threshold on the driving power axis */
    public double drivingThreshold() {
        return drivingThreshold;
    }

    /** @return the threshold on the dependence power axis */
    public double dependenceThreshold() {
        return dependenceThreshold;
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
                c[a][b] = reach[order[a]][order[b]];
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
        return reducedEdges;
    }

    private int indexOf(String id) {
        Integer i = index.get(id);
        if (i == null) {
            throw Messages.invalid("unknown variable id '%s'", id);
        }
        return i;
    }
}
