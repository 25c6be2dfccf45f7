package org.micmac4j.experts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Scale;
import org.micmac4j.Variable;
import org.micmac4j.internal.Messages;

/**
 * Several experts' direct-influence grids over the same variables. A cell an expert left blank is
 * "no opinion", not 0; P (potential) is an opinion. Each expert has a weight (1 unless given).
 *
 * <pre>{@code
 * Panel p = Panel.builder(variables)
 *         .set("alice", "A", "B", 3).potential("alice", "B", "C")
 *         .set("bob", "A", "B", 2)
 *         .weight("bob", 2)
 *         .build();
 * }</pre>
 *
 * <p>Immutable. Experts keep the order in which they were first named.
 */
public final class Panel implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Variable> variables;
    private final List<String> experts;
    private final double[] weights;
    /** [expert][i * n + j]: the score, NaN when blank; 0 with potential set for P. */
    private final double[][] scores;
    private final boolean[][] potential;
    private final Scale scale;

    private Panel(List<Variable> variables, List<String> experts, double[] weights, double[][] scores,
            boolean[][] potential, Scale scale) {
        this.variables = variables;
        this.experts = experts;
        this.weights = weights;
        this.scores = scores;
        this.potential = potential;
        this.scale = scale;
    }

    /**
     * @param variables the variables in order (ids unique)
     * @return a builder on the classic scale
     */
    public static Builder builder(List<Variable> variables) {
        return new Builder(variables);
    }

    /**
     * A panel of complete grids, blanks not possible: each matrix is one expert's opinion on
     * every off-diagonal cell.
     *
     * @param grids expert name to matrix, all on the same variables in the same order
     * @return the panel, on the first matrix's scale
     */
    public static Panel of(Map<String, InfluenceMatrix> grids) {
        Messages.require(!grids.isEmpty(), "a panel needs at least one expert");
        InfluenceMatrix first = grids.values().iterator().next();
        Builder b = builder(first.variables()).scale(first.scale());
        int n = first.size();
        for (Map.Entry<String, InfluenceMatrix> e : grids.entrySet()) {
            InfluenceMatrix m = e.getValue();
            Messages.require(m.variables().equals(first.variables()),
                    "expert %s: the variables differ from those of %s", e.getKey(), grids.keySet().iterator().next());
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i == j) {
                        continue;
                    }
                    if (m.isPotential(i, j)) {
                        b.potential(e.getKey(), i, j);
                    } else {
                        b.set(e.getKey(), i, j, m.value(i, j));
                    }
                }
            }
        }
        return b.build();
    }

    /** @return the variables */
    public List<Variable> variables() {
        return variables;
    }

    /** @return the number of variables n */
    public int size() {
        return variables.size();
    }

    /** @return the experts' names in order */
    public List<String> experts() {
        return experts;
    }

    /** @return the number of experts m */
    public int expertCount() {
        return experts.size();
    }

    /** @return the scale the scores were checked against */
    public Scale scale() {
        return scale;
    }

    /**
     * @param expert expert index
     * @return its weight (&gt; 0)
     */
    public double weight(int expert) {
        return weights[expert];
    }

    /**
     * @param expert expert index
     * @param i row (influencing variable)
     * @param j column (influenced variable)
     * @return whether the expert gave an opinion (a number or P) on the cell
     */
    public boolean hasOpinion(int expert, int i, int j) {
        int c = i * size() + j;
        return potential[expert][c] || !Double.isNaN(scores[expert][c]);
    }

    /**
     * @param expert expert index
     * @param i row
     * @param j column
     * @return whether the expert's opinion is P
     */
    public boolean isPotential(int expert, int i, int j) {
        return potential[expert][i * size() + j];
    }

    /**
     * @param expert expert index
     * @param i row
     * @param j column
     * @return the score, NaN when blank, 0 for P (see {@link #isPotential})
     */
    public double score(int expert, int i, int j) {
        return scores[expert][i * size() + j];
    }

    /**
     * @param expert expert index
     * @param i row
     * @param j column
     * @return the opinion as written in a grid: "" when blank, "P", or the number
     */
    public String token(int expert, int i, int j) {
        if (isPotential(expert, i, j)) {
            return "P";
        }
        double v = score(expert, i, j);
        return Double.isNaN(v) ? "" : Messages.number(v);
    }

    /**
     * @param i row
     * @param j column
     * @return how many experts gave an opinion on the cell
     */
    public int opinionCount(int i, int j) {
        int count = 0;
        for (int e = 0; e < experts.size(); e++) {
            if (hasOpinion(e, i, j)) {
                count++;
            }
        }
        return count;
    }

    /**
     * One expert's grid with each blank cell c valued {@code blank[c]} (row-major); P cells stay P;
     * on the permissive scale when a fill value is not on the panel's scale.
     */
    InfluenceMatrix grid(int expert, double[] blank) {
        int n = size();
        boolean onScale = true;
        for (double v : blank) {
            onScale &= scale.accepts(v);
        }
        InfluenceMatrix.Builder b = InfluenceMatrix.builder(variables).scale(onScale ? scale : Scale.PERMISSIVE);
        for (int i = 0, c = 0; i < n; i++) {
            for (int j = 0; j < n; j++, c++) {
                if (i == j) {
                    continue;
                }
                if (potential[expert][c]) {
                    b.potential(i, j);
                } else {
                    double v = scores[expert][c];
                    b.set(i, j, Double.isNaN(v) ? blank[c] : v);
                }
            }
        }
        return b.build();
    }

    /**
     * One expert's own grid, blanks counting 0.
     *
     * @param expert expert index
     * @return the matrix
     */
    public InfluenceMatrix grid(int expert) {
        return grid(expert, new double[size() * size()]);
    }

    /**
     * The panel restricted to some experts, in the given order (for leave-one-out).
     *
     * @param keep expert indices, distinct
     * @return the smaller panel
     */
    public Panel select(int... keep) {
        List<String> names = new ArrayList<>();
        double[] w = new double[keep.length];
        double[][] s = new double[keep.length][];
        boolean[][] p = new boolean[keep.length][];
        for (int k = 0; k < keep.length; k++) {
            names.add(experts.get(keep[k]));
            w[k] = weights[keep[k]];
            s[k] = scores[keep[k]];
            p[k] = potential[keep[k]];
        }
        Messages.require(names.stream().distinct().count() == names.size(), "select: repeated expert");
        Messages.require(!names.isEmpty(), "select: no expert left");
        return new Panel(variables, List.copyOf(names), w, s, p, scale);
    }

    /**
     * @param byExpert a weight &gt; 0 for every expert
     * @return the same opinions with these weights
     */
    public Panel withWeights(Map<String, Double> byExpert) {
        double[] w = new double[experts.size()];
        for (int e = 0; e < w.length; e++) {
            Double x = byExpert.get(experts.get(e));
            Messages.require(x != null, "no weight for expert %s", experts.get(e));
            Messages.require(Double.isFinite(x) && x > 0, "expert %s: the weight must be finite and > 0, got %s",
                    experts.get(e), x);
            w[e] = x;
        }
        return new Panel(variables, experts, w, scores, potential, scale);
    }

    /** @return the panel without expert {@code e} */
    Panel without(int e) {
        int[] keep = new int[experts.size() - 1];
        for (int k = 0, x = 0; k < experts.size(); k++) {
            if (k != e) {
                keep[x++] = k;
            }
        }
        return select(keep);
    }

    double[] rawScores(int expert) {
        return scores[expert];
    }

    boolean[] rawPotential(int expert) {
        return potential[expert];
    }

    @Override
    public String toString() {
        return "Panel[" + experts.size() + " experts, " + size() + " variables]";
    }

    /** Collects opinions; experts are added in the order they are first named. */
    public static final class Builder {
        private final List<Variable> variables;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, double[]> scores = new LinkedHashMap<>();
        private final Map<String, boolean[]> potential = new HashMap<>();
        private final Map<String, Double> weights = new HashMap<>();
        private Scale scale = Scale.CLASSIC;

        private Builder(List<Variable> variables) {
            this.variables = List.copyOf(variables);
            Messages.require(!this.variables.isEmpty(), "a panel needs at least one variable");
            for (int i = 0; i < this.variables.size(); i++) {
                Messages.require(index.put(this.variables.get(i).id(), i) == null, "duplicate variable id '%s'",
                        this.variables.get(i).id());
            }
        }

        /**
         * @param newScale the scale that checks every score (default {@link Scale#CLASSIC})
         * @return this
         */
        public Builder scale(Scale newScale) {
            this.scale = Objects.requireNonNull(newScale, "scale");
            return this;
        }

        /**
         * Adds an expert with no opinion yet (so that an expert who scored nothing is reported
         * by {@link #build()} rather than silently missing).
         *
         * @param expert the name
         * @return this
         */
        public Builder expert(String expert) {
            grid(expert);
            return this;
        }

        /**
         * @param expert the expert
         * @param from influencing variable id
         * @param to influenced variable id
         * @param value the score, on the scale; NaN clears the cell (no opinion)
         * @return this
         */
        public Builder set(String expert, String from, String to, double value) {
            return set(expert, id(expert, from), id(expert, to), value);
        }

        /**
         * @param expert the expert
         * @param i row index
         * @param j column index
         * @param value the score, on the scale; NaN clears the cell (no opinion)
         * @return this
         */
        public Builder set(String expert, int i, int j, double value) {
            int c = cell(i, j);
            if (!Double.isNaN(value)) {
                Messages.require(scale.accepts(value), "expert %s, row %s, column %s: %s is not on the scale %s",
                        expert, variables.get(i).id(), variables.get(j).id(), Messages.number(value), scale);
                Messages.require(i != j || value == 0, "expert %s, row %s: the diagonal must be blank or 0, got %s",
                        expert, variables.get(i).id(), Messages.number(value));
            }
            grid(expert)[c] = i == j ? Double.NaN : value;
            potential.get(expert)[c] = false;
            return this;
        }

        /**
         * @param expert the expert
         * @param from influencing variable id
         * @param to influenced variable id
         * @return this, with the cell set to P
         */
        public Builder potential(String expert, String from, String to) {
            return potential(expert, id(expert, from), id(expert, to));
        }

        /**
         * @param expert the expert
         * @param i row index
         * @param j column index
         * @return this, with the cell set to P
         */
        public Builder potential(String expert, int i, int j) {
            int c = cell(i, j);
            Messages.require(scale.allowsPotential(), "expert %s, row %s, column %s: P, but the scale %s has no P",
                    expert, variables.get(i).id(), variables.get(j).id(), scale);
            Messages.require(i != j, "expert %s, row %s: the diagonal must be blank or 0, got P", expert,
                    variables.get(i).id());
            grid(expert)[c] = 0;
            potential.get(expert)[c] = true;
            return this;
        }

        /**
         * @param expert the expert
         * @param weight a finite weight &gt; 0 (default 1)
         * @return this
         */
        public Builder weight(String expert, double weight) {
            Messages.require(Double.isFinite(weight) && weight > 0,
                    "expert %s: the weight must be finite and > 0, got %s", expert, weight);
            grid(expert);
            weights.put(expert, weight);
            return this;
        }

        /** @return the names of the experts added so far */
        public List<String> experts() {
            return List.copyOf(scores.keySet());
        }

        /**
         * @return the panel
         * @throws org.micmac4j.InvalidInputException when there is no expert or an expert scored
         *     nothing (naming the expert)
         */
        public Panel build() {
            Messages.require(!scores.isEmpty(), "a panel needs at least one expert");
            List<String> names = List.copyOf(scores.keySet());
            int m = names.size();
            double[][] s = new double[m][];
            boolean[][] p = new boolean[m][];
            double[] w = new double[m];
            for (int e = 0; e < m; e++) {
                String name = names.get(e);
                s[e] = scores.get(name).clone();
                p[e] = potential.get(name).clone();
                w[e] = weights.getOrDefault(name, 1.0);
                boolean any = false;
                for (int c = 0; c < s[e].length && !any; c++) {
                    any = p[e][c] || !Double.isNaN(s[e][c]);
                }
                Messages.require(any, "expert %s scored nothing (every cell is blank)", name);
            }
            return new Panel(variables, Collections.unmodifiableList(new ArrayList<>(names)), w, s, p, scale);
        }

        private double[] grid(String expert) {
            Objects.requireNonNull(expert, "expert");
            Messages.require(!expert.isBlank(), "blank expert name");
            return scores.computeIfAbsent(expert, k -> {
                int n = variables.size();
                double[] g = new double[n * n];
                Arrays.fill(g, Double.NaN);
                potential.put(k, new boolean[n * n]);
                return g;
            });
        }

        private int id(String expert, String id) {
            Integer i = index.get(id);
            if (i == null) {
                throw Messages.invalid("expert %s: unknown variable id '%s'", expert, id);
            }
            return i;
        }

        private int cell(int i, int j) {
            int n = variables.size();
            if (i < 0 || i >= n || j < 0 || j >= n) {
                throw new IndexOutOfBoundsException("cell (" + i + ", " + j + ") outside " + n + " variables");
            }
            return i * n + j;
        }
    }
}
