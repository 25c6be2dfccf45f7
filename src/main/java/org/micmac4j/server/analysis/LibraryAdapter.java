package org.micmac4j.server.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

import org.micmac4j.Draws;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Micmac;
import org.micmac4j.MicmacResult;
import org.micmac4j.Scale;
import org.micmac4j.Sector;
import org.micmac4j.Variable;
import org.micmac4j.View;
import org.micmac4j.ViewResult;
import org.micmac4j.agreement.AlphaMetric;
import org.micmac4j.experts.AggregationRule;
import org.micmac4j.experts.BlankCells;
import org.micmac4j.experts.CellDispersion;
import org.micmac4j.experts.Coverage;
import org.micmac4j.experts.Panel;
import org.micmac4j.experts.PanelAgreement;
import org.micmac4j.experts.PanelResult;
import org.micmac4j.experts.PanelSynthesis;
import org.micmac4j.experts.Robustness;
import org.micmac4j.experts.RobustnessResult;
import org.micmac4j.experts.VariableRobustness;
import org.micmac4j.report.experts.ExpertsReport;
import org.micmac4j.report.experts.PanelFindings;
import org.micmac4j.report.micmac.MicmacReport;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.Ensemble;
import org.micmac4j.cib.ScenarioShare;
import org.micmac4j.cib.ShareResult;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.Hypotheses;
import org.micmac4j.scenario.KeyVariables;
import org.micmac4j.scenario.ScenarioSpace;
import org.micmac4j.scenario.Variant;
import org.micmac4j.server.store.Rows.DescriptorRow;
import org.micmac4j.server.store.Rows.DisputedRow;
import org.micmac4j.server.store.Rows.VariantRow;
import org.micmac4j.server.store.Rows.VariableRow;
import org.micmac4j.server.study.Checks;
import org.micmac4j.server.study.Grids;
import org.micmac4j.server.study.WorkspaceException;

/**
 * Every call of the workspace into the library's analysis (org.micmac4j, experts, report) goes
 * through here, so that the server follows the library's API in one place. The workspace computes
 * nothing itself: the panel, its synthesis, agreement, disputed cells, classification, plane and
 * Monte Carlo are the library's, with the options of {@code micmac experts}.
 */
public final class LibraryAdapter {
    /** The seed {@code micmac experts} reports when it draws nothing. */
    public static final long SEED_DEFAULT = 1;

    private LibraryAdapter() {
    }

    /**
     * A synthesis of a study's grids.
     *
     * @param panel the panel (experts with at least one opinion, in panel-folder order)
     * @param result the library's result
     */
    public record Synthesis(Panel panel, PanelResult result) {
    }

    /**
     * @param v a stored variable
     * @return the library's variable
     */
    public static Variable variable(VariableRow v) {
        return Variable.of(v.id(), v.name()).withGroup(v.group()).withDescription(v.description());
    }

    /**
     * @param grids a round's grids
     * @return the panel of the experts who gave an opinion, or null when nobody did
     */
    public static Panel panel(Grids grids) {
        List<Grids.ExpertGrid> experts = grids.panelOrder();
        if (experts.isEmpty()) {
            return null;
        }
        List<Variable> vars = grids.variables().stream().map(LibraryAdapter::variable).toList();
        Panel.Builder b = Panel.builder(vars).scale(Scale.CLASSIC);
        int n = grids.size();
        for (Grids.ExpertGrid e : experts) {
            b.expert(e.name());
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    String v = e.values()[i * n + j];
                    if (v == null || i == j) {
                        continue;
                    }
                    if (v.equals("P")) {
                        b.potential(e.name(), i, j);
                    } else {
                        b.set(e.name(), i, j, Integer.parseInt(v));
                    }
                }
            }
        }
        return b.build();
    }

    /**
     * @param o the options
     * @return the library's synthesis configured as {@code micmac experts} with those options
     */
    static PanelSynthesis configure(SynthesisOptions o) {
        return PanelSynthesis.withDefaults().withRule(AggregationRule.valueOf(o.rule().toUpperCase(Locale.ROOT)))
                .withMinCoverage(o.minCoverage()).withDisputedCells(o.disputed())
                .withBlankCells(o.blanks().equals("aggregate") ? BlankCells.AGGREGATE : BlankCells.ZERO)
                .withMicmac(Micmac.withDefaults());
    }

    /**
     * @param grids a round's grids
     * @param options the aggregation options
     * @return the synthesis
     * @throws WorkspaceException 409 when no expert has given an opinion yet
     */
    public static Synthesis synthesize(Grids grids, SynthesisOptions options) {
        Panel p = panel(grids);
        if (p == null) {
            throw WorkspaceException.conflict("synthesis: no expert has given an opinion yet");
        }
        return new Synthesis(p, configure(options).synthesize(p));
    }

    /**
     * @param s a synthesis
     * @return the document {@code micmac experts --json} prints for the same panel and options
     */
    public static String json(Synthesis s) {
        return ExpertsReport.withDefaults().json(PanelFindings.of(s.result()).withSeed(SEED_DEFAULT));
    }

    /**
     * @param s a synthesis
     * @param view direct, indirect, potential-direct or potential-indirect
     * @return the influence-dependence plane of the aggregate as the report draws it
     */
    public static String planeSvg(Synthesis s, String view) {
        String file = switch (view) {
            case "direct" -> "plane-direct.svg";
            case "indirect" -> "plane-indirect.svg";
            case "potential-indirect" -> "plane-potential-indirect.svg";
            default -> throw WorkspaceException.badRequest("view: direct, indirect or potential-indirect; got " + view);
        };
        return MicmacReport.withDefaults().render(s.result().analysis()).get(file);
    }

    /**
     * The panel's anonymous distribution of one cell: how many experts answered 0, 1, 2, 3, P.
     *
     * @param p the panel
     * @param i row
     * @param j column
     * @return five counts
     */
    static int[] distribution(Panel p, int i, int j) {
        int[] counts = new int[Checks.VALUES.size()];
        for (int e = 0; e < p.expertCount(); e++) {
            if (p.isPotential(e, i, j)) {
                counts[4]++;
            } else if (p.hasOpinion(e, i, j)) {
                counts[(int) p.score(e, i, j)]++;
            }
        }
        return counts;
    }

    /**
     * The cells to show with the panel's distribution in the next Delphi round: the library's most
     * disputed cells (default options) of the closing round.
     *
     * @param grids the closing round's grids
     * @return the cells with their distributions (empty when nobody answered)
     */
    public static List<DisputedRow> disputedForNextRound(Grids grids) {
        Panel p = panel(grids);
        if (p == null || p.expertCount() < 2) {
            return List.of();
        }
        PanelResult r = configure(SynthesisOptions.DEFAULTS).synthesize(p);
        List<DisputedRow> out = new ArrayList<>();
        for (CellDispersion d : r.disputedCells()) {
            out.add(new DisputedRow(d.from(), d.to(), distribution(p, d.from(), d.to())));
        }
        return out;
    }

    /**
     * What the facilitator's dashboard shows of a synthesis, as JSON-ready maps and lists.
     *
     * @param s the synthesis
     * @return agreement, disputed cells with distributions, coverage, aggregate, classification
     */
    public static Map<String, Object> dashboard(Synthesis s) {
        PanelResult r = s.result();
        Panel p = s.panel();
        int n = p.size();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("experts", p.experts());
        PanelAgreement a = r.agreement();
        if (a != null) {
            Map<String, Object> ag = new LinkedHashMap<>();
            ag.put("kendallWDirectInfluence", finite(a.kendallW(View.DIRECT).influence().w()));
            ag.put("kendallWDirectDependence", finite(a.kendallW(View.DIRECT).dependence().w()));
            ag.put("kendallWIndirectInfluence", finite(a.kendallW(View.INDIRECT).influence().w()));
            ag.put("kendallWIndirectDependence", finite(a.kendallW(View.INDIRECT).dependence().w()));
            ag.put("alphaOrdinal", finite(a.alpha(AlphaMetric.ORDINAL).alpha()));
            ag.put("alphaInterval", finite(a.alpha(AlphaMetric.INTERVAL).alpha()));
            out.put("agreement", ag);
        } else {
            out.put("agreement", null);
        }
        List<Object> disputed = new ArrayList<>();
        for (CellDispersion d : r.disputedCells()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", p.variables().get(d.from()).id());
            m.put("to", p.variables().get(d.to()).id());
            m.put("spread", finite(d.standardDeviation()));
            m.put("counts", distribution(p, d.from(), d.to()));
            disputed.add(m);
        }
        out.put("disputedCells", disputed);
        Coverage cov = r.coverage();
        int[][] coverage = new int[n][n];
        String[][] aggregate = new String[n][n];
        InfluenceMatrix agg = r.aggregate();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                coverage[i][j] = i == j ? 0 : cov.count(i, j);
                aggregate[i][j] = i == j ? "" : agg.isPotential(i, j) ? "P" : number(agg.value(i, j));
            }
        }
        out.put("coverage", coverage);
        out.put("minCoverage", r.config().minCoverage());
        out.put("aggregate", aggregate);
        MicmacResult m = r.analysis();
        ViewResult direct = m.view(View.DIRECT);
        ViewResult indirect = m.view(View.INDIRECT);
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", p.variables().get(i).id());
            row.put("name", p.variables().get(i).name());
            row.put("directInfluenceRank", direct.influenceRank(i));
            row.put("directDependenceRank", direct.dependenceRank(i));
            row.put("directSector", direct.sector(i).name());
            row.put("indirectInfluenceRank", indirect.influenceRank(i));
            row.put("indirectDependenceRank", indirect.dependenceRank(i));
            row.put("indirectSector", indirect.sector(i).name());
            rows.add(row);
        }
        out.put("classification", rows);
        out.put("indirectOrder", indirect.order());
        return out;
    }

    private static Double finite(double x) {
        return Double.isFinite(x) ? x : null;
    }

    private static String number(double v) {
        if (v == Math.rint(v)) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /**
     * Sector probabilities by Monte Carlo, as {@code micmac experts --draws N --seed S}.
     *
     * @param s the synthesis
     * @param options its options
     * @param draws the number of draws
     * @param seed the seed
     * @param progress told the number of draws done (from worker threads)
     * @return per variable (indirect view): id, name, and the probability of each sector
     */
    public static List<Map<String, Object>> sectorProbabilities(
            Synthesis s, SynthesisOptions options, int draws, long seed, IntConsumer progress) {
        RobustnessResult mc = Robustness.withDefaults().withDraws(Draws.withDefaults().withCount(draws).withSeed(seed)
                .withThreads(1).withProgress(progress == null ? null : done -> progress.accept((int) done)))
                .run(s.panel(), configure(options));
        List<Map<String, Object>> out = new ArrayList<>();
        for (VariableRobustness v : mc.view(View.INDIRECT)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", v.variable().id());
            m.put("name", v.variable().name());
            for (Sector sec : Sector.values()) {
                m.put(sec.name(), v.probability(sec));
            }
            out.add(m);
        }
        return out;
    }

    // ------------------------------------------------------------------ cross-impact balance

    private static final String HYPOTHESES = "/org/micmac4j/data/hdf-industry-2040/hypotheses.csv";
    /** Variants of a key variable without hypotheses. */
    static final List<VariantRow> GENERIC_VARIANTS
            = List.of(new VariantRow("H1", "rises"), new VariantRow("H2", "stays"), new VariantRow("H3", "falls"));

    /**
     * Descriptors from the key variables of a synthesis (the library's {@link KeyVariables}:
     * influent or relay in the indirect view), the most influent first: their variants are the
     * bundled study's hypotheses where the variable has them, else rises / stays / falls.
     *
     * @param s the synthesis
     * @param max at most this many descriptors
     * @return the descriptors
     */
    public static List<DescriptorRow> keyDescriptors(Synthesis s, int max) {
        MicmacResult m = s.result().analysis();
        ViewResult indirect = m.view(View.INDIRECT);
        List<Variable> keys = new ArrayList<>(KeyVariables.withDefaults().select(m));
        List<Variable> all = m.variables();
        keys.sort(java.util.Comparator.comparingInt(v -> indirect.influenceRank(all.indexOf(v))));
        Hypotheses h = bundledHypotheses();
        List<DescriptorRow> out = new ArrayList<>();
        for (Variable v : keys.subList(0, Math.min(max, keys.size()))) {
            List<VariantRow> variants = h.has(v.id())
                    ? h.variants(v.id()).stream().map(x -> new VariantRow(x.id(), x.name())).toList()
                    : GENERIC_VARIANTS;
            out.add(new DescriptorRow(v.id(), v.name(), variants));
        }
        return out;
    }

    private static Hypotheses bundledHypotheses() {
        try (java.io.InputStream in = LibraryAdapter.class.getResourceAsStream(HYPOTHESES)) {
            return Hypotheses.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                    "bundled hypotheses");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The ensemble of the experts' CIB matrices (the library's {@link Ensemble}: each expert's
     * matrix solved, every scenario with the share of experts for whom it is consistent).
     *
     * @param descriptors the descriptors
     * @param experts the experts' names
     * @param judgements each expert's flat judgements (row-major, null = none, counted as 0)
     * @param limit at most this many scenarios, the most shared first
     * @return {"members":[names], "scenarios":[{"variants":[{descriptor, variant, name}], "share", "count",
     * "experts"}]}
     */
    public static Map<String, Object> cibEnsemble(
            List<DescriptorRow> descriptors, List<String> experts, List<Integer[]> judgements, int limit) {
        List<Descriptor> ds = new ArrayList<>();
        for (DescriptorRow d : descriptors) {
            ds.add(Descriptor.of(d.id(), d.name(),
                    d.variants().stream().map(v -> Variant.of(v.id(), v.name())).toList()));
        }
        ScenarioSpace space = ScenarioSpace.of(ds);
        int n = space.totalVariants();
        List<CibMatrix> members = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int e = 0; e < experts.size(); e++) {
            Integer[] g = judgements.get(e);
            int[][] cells = new int[n][n];
            boolean any = false;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    Integer v = g[i * n + j];
                    if (v != null && space.descriptorOf(i) != space.descriptorOf(j)) {
                        cells[i][j] = v;
                        any = true;
                    }
                }
            }
            if (any) {
                members.add(CibMatrix.of(space, cells));
                names.add(experts.get(e));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("members", names);
        List<Object> scenarios = new ArrayList<>();
        if (!members.isEmpty()) {
            ShareResult<Ensemble> r = Ensemble.withDefaults().analyze(members);
            List<ScenarioShare> sorted = new ArrayList<>(r.scenarios());
            sorted.sort(java.util.Comparator.comparingDouble(ScenarioShare::share).reversed());
            for (ScenarioShare sh : sorted.subList(0, Math.min(limit, sorted.size()))) {
                Map<String, Object> m = new LinkedHashMap<>();
                List<Object> vs = new ArrayList<>();
                int[] chosen = sh.scenario().variants();
                for (int d = 0; d < ds.size(); d++) {
                    Variant v = ds.get(d).variant(chosen[d]);
                    vs.add(Map.of("descriptor", ds.get(d).id(), "variant", v.id(), "name", v.name()));
                }
                m.put("variants", vs);
                m.put("share", sh.share());
                m.put("count", sh.count());
                m.put("experts", sh.matrices().stream().map(names::get).toList());
                scenarios.add(m);
            }
        }
        out.put("scenarios", scenarios);
        return out;
    }
}
