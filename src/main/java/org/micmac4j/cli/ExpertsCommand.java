package org.micmac4j.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.micmac4j.Draws;
import org.micmac4j.Micmac;
import org.micmac4j.Variable;
import org.micmac4j.View;
import org.micmac4j.agreement.AlphaMetric;
import org.micmac4j.experts.AggregationRule;
import org.micmac4j.experts.BlankCells;
import org.micmac4j.experts.CellDispersion;
import org.micmac4j.experts.ExpertLeverage;
import org.micmac4j.experts.Panel;
import org.micmac4j.experts.PanelAgreement;
import org.micmac4j.experts.PanelCsv;
import org.micmac4j.experts.PanelResult;
import org.micmac4j.experts.PanelSynthesis;
import org.micmac4j.experts.RankAgreement;
import org.micmac4j.experts.Robustness;
import org.micmac4j.experts.RobustnessResult;
import org.micmac4j.experts.VariableRobustness;
import org.micmac4j.io.VariablesCsv;
import org.micmac4j.io.XlsxTables;
import org.micmac4j.report.MicmacReport;
import org.micmac4j.report.ExpertsJson;
import org.micmac4j.report.ExpertsReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/**
 * {@code micmac experts INPUT [options]}: synthesises several experts' grids into one matrix,
 * analyses it, measures the experts' agreement and, with {@code --draws}, the robustness of the
 * classification.
 */
@Command(name = "experts", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Many experts, one synthesis: aggregates experts' (partial) grids, runs MICMAC on the "
            + "aggregate, measures agreement (Kendall's W, Krippendorff's alpha), lists disputed cells for a "
            + "Delphi round, and with --draws estimates sector probabilities by Monte Carlo.",
            "INPUT is a folder of matrix CSV files (one per expert, file name = expert; blank = no opinion), "
                + "an Excel workbook with one sheet per expert (sheet name = expert), "
                + "or one long CSV with the header expert,from,to,score."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:unexpected failure", "2:bad input (file, grid, option)",
            "130:stopped by Ctrl-C"})
final class ExpertsCommand extends ToolCommand {
    /** Default report folder. */
    public static final Path DEFAULT_OUT = Path.of("experts-report");

    @Parameters(paramLabel = "INPUT", description = "Folder of expert grids, a workbook (.xlsx) with one sheet per expert, or a long CSV "
            + "expert,from,to,score.")
    Path input;

    @Option(names = "--variables", paramLabel = "VARS.csv",
            description = "Variables file (id, name, group, description). Default: INPUT/variables.csv when present, "
                    + "else the ids in order of appearance.")
    Path variables;

    @Option(names = "--rule", paramLabel = "RULE", defaultValue = "mean",
            description = "Aggregation of each cell: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Rule rule;

    @Option(names = "--weights", paramLabel = "FILE",
            description = "Expert weights expert,weight (mean, mode and rounded use them). Default: "
                    + "INPUT/experts.csv when present.")
    Path weights;

    @Option(names = "--min-coverage", paramLabel = "K", defaultValue = "2",
            description = "Report cells with fewer than K opinions. Default: ${DEFAULT-VALUE}.")
    int minCoverage;

    @Option(names = "--disputed", paramLabel = "N", defaultValue = "20",
            description = "How many of the most disputed cells to list. Default: ${DEFAULT-VALUE}.")
    int disputed;

    @Mixin
    DrawsOptions monteCarlo;

    @Option(names = "--perturb", paramLabel = "P,Q", converter = PerturbConverter.class,
            description = "Also perturb each draw: a non-zero cell moves by ±1 with probability P, a zero becomes 1 "
                    + "with probability Q.")
    PerturbConverter.Perturb perturb;

    @Mixin
    DrawnChoicesOptions drawnChoices;

    @Option(names = "--cell-draws", description = "Draw each cell from its experts' opinions (besides resampling experts).")
    boolean cellDraws;

    @Option(names = "--no-bootstrap", description = "Do not resample the experts in the draws.")
    boolean noBootstrap;

    @Option(names = "--blanks", paramLabel = "HOW", defaultValue = "zero",
            description = "How a blank reads in an expert's own grid for Kendall's W: zero (the grid as returned) or "
                    + "aggregate (the panel's value; fairer to partial grids). Default: ${DEFAULT-VALUE}.")
    Blanks blanks;

    @Option(names = "--scale", paramLabel = "SCALE", defaultValue = "classic",
            description = "Scores allowed: classic (0..3 and P) or real. Default: ${DEFAULT-VALUE}.")
    AnalyzeCommand.Scales scale;

    /** The rules offered on the command line. */
    enum Rule {
        mean(AggregationRule.MEAN), median(AggregationRule.MEDIAN), mode(AggregationRule.MODE),
        rounded(AggregationRule.ROUNDED), max(AggregationRule.MAX);

        final AggregationRule rule;

        Rule(AggregationRule rule) {
            this.rule = rule;
        }
    }

    /** The blank-cell readings offered on the command line. */
    enum Blanks {
        zero(BlankCells.ZERO), aggregate(BlankCells.AGGREGATE);

        final BlankCells value;

        Blanks(BlankCells value) {
            this.value = value;
        }
    }

    /** For picocli. */
    public ExpertsCommand() {
    }

    @Override
    protected int run() throws Exception {
        if (minCoverage < 1) {
            throw new ParameterException(spec.commandLine(), "--min-coverage must be at least 1, got " + minCoverage);
        }
        if (disputed < 0) {
            throw new ParameterException(spec.commandLine(), "--disputed must be >= 0, got " + disputed);
        }
        long draws = monteCarlo.count() == null ? 0 : monteCarlo.count();
        monteCarlo.threads();
        Panel panel = readPanel();
        PanelSynthesis synthesis = PanelSynthesis.withDefaults().withRule(rule.rule).withMinCoverage(minCoverage)
                .withDisputedCells(disputed).withBlankCells(blanks.value).withMicmac(Micmac.withDefaults());
        PanelResult result = synthesis.synthesize(panel);
        RobustnessResult robustness = null;
        if (draws != 0) {
            Robustness mc = Robustness.withDefaults().withDraws(robustnessDraws(monteCarlo, draws, panel.size()))
                    .withExpertBootstrap(!noBootstrap).withCellDraws(cellDraws);
            if (perturb != null) {
                mc = mc.withPerturbation(perturb.p(), perturb.q());
            }
            robustness = drawnChoices.applyTo(mc).run(panel, synthesis);
        }
        if (output.json()) {
            out().println(ExpertsJson.of(result, robustness, monteCarlo.seed));
        } else {
            printSummary(result, robustness);
        }
        Path dir = output.reportDir(DEFAULT_OUT);
        if (dir != null) {
            ExpertsReport.withDefaults().withTitle("Expert panel: " + input.getFileName()).write(result, robustness, dir);
            if (!output.json()) {
                out().println();
                out().println("Report written to " + dir.resolve("report.html"));
            }
        }
        return ExitCodes.OK;
    }

    private Panel readPanel() throws Exception {
        Path varsFile = variables;
        Path weightsFile = weights;
        if (Files.isDirectory(input)) {
            if (varsFile == null && Files.isRegularFile(input.resolve(PanelCsv.VARIABLES_FILE))) {
                varsFile = input.resolve(PanelCsv.VARIABLES_FILE);
            }
            if (weightsFile == null && Files.isRegularFile(input.resolve(PanelCsv.WEIGHTS_FILE))) {
                weightsFile = input.resolve(PanelCsv.WEIGHTS_FILE);
            }
        } else if (!Files.isRegularFile(input)) {
            throw new org.micmac4j.InvalidInputException(input + ": no such file or folder");
        }
        List<Variable> vars = varsFile == null ? null : VariablesCsv.read(varsFile);
        Panel panel = Files.isDirectory(input) ? PanelCsv.readFolder(input, vars, scale.scale)
                : XlsxTables.isWorkbook(input) ? PanelCsv.readWorkbook(input, vars, scale.scale)
                : PanelCsv.readLong(input, vars, scale.scale);
        return weightsFile == null ? panel : PanelCsv.readWeights(weightsFile, panel);
    }

    private void printSummary(PanelResult r, RobustnessResult mc) {
        Panel p = r.panel();
        out().printf(Locale.ROOT, "%d experts (%s), %d variables; rule %s%n", p.expertCount(),
                String.join(", ", p.experts()), p.size(), r.config().rule().name().toLowerCase(Locale.ROOT));
        out().printf(Locale.ROOT, "Coverage: %d cells with fewer than %d opinions, %d with none (aggregated as 0)%n",
                r.coverage().weak().size(), r.config().minCoverage(), r.coverage().uncovered().size());
        PanelAgreement a = r.agreement();
        if (a != null) {
            out().println();
            out().println("Agreement");
            for (View v : PanelAgreement.rankedViews()) {
                RankAgreement k = a.kendallW(v);
                out().printf(Locale.ROOT, "  Kendall's W %-8s influence %.3f (chi2 %.2f, p %.3g)   dependence %.3f "
                        + "(chi2 %.2f, p %.3g)%n", v.name().toLowerCase(Locale.ROOT), k.influence().w(),
                        k.influence().chiSquare(), k.influence().pValue(), k.dependence().w(), k.dependence().chiSquare(),
                        k.dependence().pValue());
            }
            out().printf(Locale.ROOT, "  Krippendorff's alpha  ordinal %.3f  interval %.3f  nominal %.3f  ratio %.3f%n",
                    a.alpha(AlphaMetric.ORDINAL).alpha(), a.alpha(AlphaMetric.INTERVAL).alpha(),
                    a.alpha(AlphaMetric.NOMINAL).alpha(), a.alpha(AlphaMetric.RATIO).alpha());
            out().println();
            out().println("Most disputed cells (from -> to: opinions, standard deviation)");
            for (CellDispersion d : r.disputedCells().subList(0, Math.min(10, r.disputedCells().size()))) {
                StringBuilder s = new StringBuilder();
                for (int e = 0; e < p.expertCount(); e++) {
                    String t = p.token(e, d.from(), d.to());
                    s.append(e == 0 ? "" : " ").append(t.isEmpty() ? "." : t);
                }
                out().printf(Locale.ROOT, "  %s -> %s: %s  sd %.2f%n", p.variables().get(d.from()).id(),
                        p.variables().get(d.to()).id(), s, d.standardDeviation());
            }
            out().println();
            out().println("Leave one expert out (indirect view): sector changes, largest rank shift");
            for (ExpertLeverage l : r.leaveOneOut()) {
                out().printf(Locale.ROOT, "  without %-20s %2d  %2d%n", l.expert(), l.sectorChanges(), l.maxRankShift());
            }
        }
        out().println();
        out().println("Aggregate matrix");
        out().print(MicmacReport.withDefaults().table(r.analysis()));
        if (mc != null) {
            printRobustness(out(), mc);
        }
    }

    /**
     * The draws of a robustness run (shared with {@code analyze --draws}): --draws within
     * {@link Robustness#DRAWS_MAX}, with progress when the run is long (draws × n²).
     */
    static Draws robustnessDraws(DrawsOptions options, long draws, int n) {
        Progress progress = Progress.counts(options.mixee.commandLine().getErr(), "draws", draws,
                Progress.work(Math.max(0, draws), (long) n * n));
        return options.draws("--draws", draws, Robustness.DRAWS_MAX, "each draw is a whole MICMAC analysis; at "
                + "that many a sector probability is within 0.001", progress);
    }

    /** Prints the indirect robustness table (shared with {@code analyze --draws}). */
    static void printRobustness(java.io.PrintWriter out, RobustnessResult mc) {
        out.println();
        out.printf(Locale.ROOT, "Robustness: %d draws, seed %d; indirect order stable in %.1f %% of draws%n", mc.draws(),
                mc.seed(), 100 * mc.stableProbability());
        out.println("  id          P(INFL)  P(RELAY)  P(DEP)  P(AUTO)  infl. rank [p05, p95]  dep. rank [p05, p95]");
        for (VariableRobustness v : mc.view(View.INDIRECT)) {
            out.printf(Locale.ROOT, "  %-10s  %6.2f  %7.2f  %6.2f  %7.2f  %5.1f [%4.1f, %4.1f]     %5.1f [%4.1f, %4.1f]%n",
                    v.variable().id(), v.probability(org.micmac4j.Sector.INFLUENT),
                    v.probability(org.micmac4j.Sector.RELAY), v.probability(org.micmac4j.Sector.DEPENDENT),
                    v.probability(org.micmac4j.Sector.AUTONOMOUS), v.influenceRank().median(), v.influenceRank().p05(),
                    v.influenceRank().p95(), v.dependenceRank().median(), v.dependenceRank().p05(),
                    v.dependenceRank().p95());
        }
        out.printf(Locale.ROOT, "Robust key variables (INFLUENT or RELAY in >= %.0f %% of draws): %s%n",
                100 * mc.config().keyThreshold(),
                String.join(", ", mc.robustKeyVariables(View.INDIRECT).stream().map(Variable::id).toList()));
    }
}
