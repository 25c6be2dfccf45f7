package org.micmac4j.report.cib;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.Basin;
import org.micmac4j.cib.CibResult;
import org.micmac4j.cib.DescriptorGroup;
import org.micmac4j.cib.ShareInterval;
import org.micmac4j.cib.WeightMode;
import org.micmac4j.cib.CibScenario;
import org.micmac4j.cib.ScenarioShare;
import org.micmac4j.cib.ShareResult;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.report.internal.render.TextTable;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * Plain-text summary of a CIB solution set for the terminal: the size of the space, the number of
 * scenarios found, then one line per scenario (inconsistency, consistency value, total impact
 * score, weight, one column per descriptor); for an ensemble or judgement noise, one line per
 * scenario with its share of matrices.
 */
final class CibTable {
    /** The leading columns of a solution list, before the descriptors. */
    private static final List<String> SOLUTION_LEAD = List.of("#", "IC", "CV", "TIS", "weight");

    /** Default number of scenarios printed: 50. */
    static final int SHOWN_DEFAULT = 50;

    private CibTable() {
    }

    /**
     * @param matrix the matrix
     * @param result its solution set
     * @param weights succession weights, or null
     * @param shown how many scenarios to print
     * @return the text, lines ending in {@code \n}
     */
    static String of(CibMatrix matrix, CibResult result, SuccessionResult weights, int shown) {
        ScenarioSpace space = matrix.space();
        StringBuilder sb = new StringBuilder();
        sb.append(space.descriptorCount()).append(" descriptors, ").append(space.totalVariants()).append(" variants, ")
                .append(space.size()).append(" scenarios\n");
        int ic = result.config().maxInconsistency();
        sb.append(result.count()).append(ic == 0 ? " consistent scenario" : " scenario")
                .append(result.count().equals(java.math.BigInteger.ONE) ? "" : "s")
                .append(ic == 0 ? "" : " with inconsistency <= " + ic);
        if (!result.isComplete()) {
            sb.append("; the first ").append(result.size()).append(" listed, ").append(result.leftOut())
                    .append(" left out (--list N lists more)");
        }
        sb.append('\n');
        if (result.groups().size() > 1) {
            sb.append(result.groups().size()).append(" independent descriptor groups (the count is the product of "
                    + "theirs):\n");
            for (DescriptorGroup g : result.groups()) {
                sb.append("  ").append(String.join(" ", g.descriptors())).append(": ").append(g.count()).append(" of ")
                        .append(g.scenarios()).append('\n');
            }
        }
        if (weights != null) {
            boolean sampled = weights.mode() == WeightMode.SAMPLED;
            sb.append("succession weights: ").append(sampled ? "an estimate from " + weights.starts()
                    + " random starts (seed " + weights.config().draws().seed() + "; shares with "
                    + Math.round(100 * SuccessionResult.CONFIDENCE_DEFAULT) + " % Wilson intervals)"
                    : "exact, every one of the " + weights.starts() + " scenarios a start")
                    .append(", ").append(weights.fixedPoints().size()).append(" fixed points, ")
                    .append(weights.cycles().size()).append(" cycles (").append(weights.cycleStarts())
                    .append(" starts end in a cycle)\n");
            if (sampled) {
                for (Basin b : weights.fixedPoints().subList(0, Math.min(shown, weights.fixedPoints().size()))) {
                    ShareInterval i = weights.interval(b, SuccessionResult.CONFIDENCE_DEFAULT);
                    sb.append(String.format(java.util.Locale.ROOT, "  %s share %.4f [%.4f, %.4f]%n",
                            String.join(" ", space.variantIds(b.attractor().scenarios().get(0))), i.share(), i.lower(),
                            i.upper()));
                }
            }
            int c = 0;
            for (Basin b : weights.cycles()) {
                if (c++ == shown) {
                    sb.append("  ... ").append(weights.cycles().size() - shown).append(" more cycles (--list N)\n");
                    break;
                }
                sb.append("  cycle ").append(c).append(", weight ").append(b.weight()).append(": ");
                List<String> steps = new ArrayList<>();
                for (Scenario x : b.attractor().scenarios()) {
                    steps.add(String.join(" ", space.variantIds(x)));
                }
                sb.append(String.join(" -> ", steps)).append('\n');
            }
        }
        if (result.size() == 0) {
            return sb.toString();
        }
        sb.append('\n');
        Map<Scenario, Long> w = weights == null ? Map.of() : weights.weights();
        List<String[]> rows = rows(space, result.scenarios(), shown, CibScenario::scenario, SOLUTION_LEAD,
                (k, s) -> List.of(Integer.toString(k), Integer.toString(s.inconsistency()),
                        Integer.toString(s.consistencyValue()), Long.toString(s.totalImpactScore()),
                        weights == null ? "" : Long.toString(w.getOrDefault(s.scenario(), 0L))));
        sb.append(TextTable.render(rows, 0, SOLUTION_LEAD.size()));
        if (result.size() > shown) {
            sb.append("... ").append(result.size() - shown).append(" more listed (the report's ")
                    .append(CibReport.SOLUTIONS_CSV).append(", --json and --sl have them)\n");
        }
        return sb.toString();
    }

    /**
     * Plain-text table of an ensemble or judgement-noise result: one line per scenario (count,
     * share, one column per descriptor), share descending.
     *
     * @param shares the result
     * @param shown how many scenarios to print
     * @return the text, lines ending in {@code \n}
     */
    static String of(ShareResult<?> shares, int shown) {
        return of(shares, shown, null, null);
    }

    /**
     * As {@link #of(ShareResult, int)} for an ensemble, with a column naming the members in whose
     * solution set each scenario is ({@code all} when every member).
     *
     * @param shares the ensemble result
     * @param shown how many scenarios to print
     * @param members what to call each member in that column (e.g. its number), in solving order
     * @return the text, lines ending in {@code \n}
     */
    static String of(ShareResult<?> shares, int shown, List<String> members) {
        return of(shares, shown, "members", s -> holders(s, shares.matrices(), members, ","));
    }

    /**
     * As {@link #of(ShareResult, int)} for judgement noise over an ensemble
     * ({@link org.micmac4j.cib.JudgementNoise#analyze(List)}), with a column of each member's
     * probability, in member order, separated by slashes.
     *
     * @param shares the result
     * @param shown how many scenarios to print
     * @param members the number of members
     * @return the text, lines ending in {@code \n}
     */
    static String perMember(ShareResult<?> shares, int shown, int members) {
        return of(shares, shown, "by member", s -> byMember(s, shares.matrices(), members, "/"));
    }

    private static String of(ShareResult<?> shares, int shown, String extraHead,
            java.util.function.Function<ScenarioShare, String> extra) {
        StringBuilder sb = new StringBuilder();
        List<String> head = extra == null ? List.of("#", "count", "share") : List.of("#", "count", "share", extraHead);
        if (!shares.scenarios().isEmpty()) {
            sb.append(TextTable.render(rows(shares.space(), shares.scenarios(), shown, ScenarioShare::scenario, head,
                    (k, s) -> {
                        List<String> lead = new ArrayList<>(List.of(Integer.toString(k), s.count() + "/"
                                + shares.matrices(), String.format(Locale.ROOT, "%.3f", s.share())));
                        if (extra != null) {
                            lead.add(extra.apply(s));
                        }
                        return lead;
                    }), 0, head.size()));
        }
        if (shares.scenarios().size() > shown) {
            sb.append("... ").append(shares.scenarios().size() - shown)
                    .append(" more (the report's CSV files and --json list them all)\n");
        }
        return sb.toString();
    }

    /**
     * @param s a scenario's share under noise over an ensemble
     * @param total members · draws
     * @param members the number of members
     * @param separator between members
     * @return each member's probability, two decimals, in member order
     */
    static String byMember(ScenarioShare s, int total, int members, String separator) {
        int draws = total / members;
        return String.join(separator, java.util.Arrays.stream(s.countsPerBlock(draws, members))
                .mapToObj(c -> String.format(Locale.ROOT, "%.2f", c / (double) draws)).toList());
    }

    /**
     * @param s a scenario's share
     * @param total the number of matrices
     * @param names what to call each matrix, in solving order
     * @param separator between names
     * @return {@code all} when every matrix holds the scenario, else the names of those that do
     */
    static String holders(ScenarioShare s, int total, List<String> names, String separator) {
        if (s.count() == total) {
            return "all";
        }
        return String.join(separator, s.matrices().stream().map(names::get).toList());
    }

    /**
     * The rows of a scenario table: the header (the leading columns, then one column per
     * descriptor id), then for the first {@code shown} items their leading cells, then the chosen
     * variant of every descriptor.
     *
     * @param lead the leading cells of the k-th item (k from 1)
     */
    private static <T> List<String[]> rows(ScenarioSpace space, List<T> items, int shown,
            java.util.function.Function<T, Scenario> scenario, List<String> leadHead,
            java.util.function.BiFunction<Integer, T, List<String>> lead) {
        List<String[]> rows = new ArrayList<>();
        rows.add(header(space, leadHead.toArray(String[]::new)));
        for (int k = 0; k < Math.min(shown, items.size()); k++) {
            T item = items.get(k);
            List<String> cells = new ArrayList<>(lead.apply(k + 1, item));
            cells.addAll(space.variantIds(scenario.apply(item)));
            rows.add(cells.toArray(String[]::new));
        }
        return rows;
    }

    /** The header of a solution list: #, IC, CV, TIS, weight, then one column per descriptor id. */
    static String[] solutionHeader(ScenarioSpace space) {
        return header(space, SOLUTION_LEAD.toArray(String[]::new));
    }

    /** The given leading columns, then one column per descriptor id. */
    static String[] header(ScenarioSpace space, String... lead) {
        int n = space.descriptorCount();
        String[] head = new String[n + lead.length];
        System.arraycopy(lead, 0, head, 0, lead.length);
        for (int d = 0; d < n; d++) {
            head[d + lead.length] = space.descriptor(d).id();
        }
        return head;
    }
}
