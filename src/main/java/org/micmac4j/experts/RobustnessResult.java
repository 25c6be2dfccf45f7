package org.micmac4j.experts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.micmac4j.Sector;
import org.micmac4j.Variable;
import org.micmac4j.View;

/**
 * The result of a {@link Robustness} run: per view and variable the probability of each sector
 * and the median and 90 % interval of the influence and dependence ranks; the robust key
 * variables; the probability that the automatic indirect order stops stable.
 */
public final class RobustnessResult {
    private final Robustness config;
    private final List<Variable> variables;
    private final int draws;
    private final double stableProbability;
    private final Map<View, List<VariableRobustness>> views = new EnumMap<>(View.class);

    RobustnessResult(Robustness config, List<Variable> variables, Robustness.Tally tally, int draws,
            boolean potentialViews) {
        this.config = config;
        this.variables = variables;
        this.draws = draws;
        this.stableProbability = tally.stable / (double) draws;
        int n = variables.size();
        for (View view : View.values()) {
            int v = tally.viewIndex(view);
            List<VariableRobustness> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Map<Sector, Double> p = new EnumMap<>(Sector.class);
                for (Sector s : Sector.values()) {
                    p.put(s, tally.sectors[v][i * 4 + s.ordinal()] / (double) draws);
                }
                list.add(new VariableRobustness(variables.get(i), Collections.unmodifiableMap(p),
                        RankSummary.of(tally.influence[v], i * n, n, draws),
                        RankSummary.of(tally.dependence[v], i * n, n, draws)));
            }
            views.put(view, Collections.unmodifiableList(list));
        }
    }

    /** @return the configuration that produced this result */
    public Robustness config() {
        return config;
    }

    /** @return the number of draws */
    public int draws() {
        return draws;
    }

    /** @return the seed */
    public long seed() {
        return config.draws().seed();
    }

    /** @return the variables */
    public List<Variable> variables() {
        return variables;
    }

    /** @return the share of draws whose automatic indirect order stopped stable (not at the maximum order) */
    public double stableProbability() {
        return stableProbability;
    }

    /**
     * @param view a view
     * @return one entry per variable, in order
     */
    public List<VariableRobustness> view(View view) {
        return views.get(view);
    }

    /**
     * @param view a view
     * @return the variables INFLUENT or RELAY in at least {@link Robustness#keyThreshold()} of
     *     the draws, in variable order
     */
    public List<Variable> robustKeyVariables(View view) {
        List<Variable> out = new ArrayList<>();
        for (VariableRobustness r : views.get(view)) {
            if (r.keyProbability() >= config.keyThreshold() - 1e-12) {
                out.add(r.variable());
            }
        }
        return out;
    }
}
