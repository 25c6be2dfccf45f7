package org.micmac4j.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.micmac4j.Draws;
import org.micmac4j.InvalidInputException;
import org.micmac4j.cib.Cib;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.CibResult;
import org.micmac4j.cib.DiverseSelection;
import org.micmac4j.cib.Ensemble;
import org.micmac4j.cib.InconsistencyCounts;
import org.micmac4j.cib.JudgementNoise;
import org.micmac4j.cib.KernelChange;
import org.micmac4j.cib.Leverage;
import org.micmac4j.cib.ShareResult;
import org.micmac4j.cib.Succession;
import org.micmac4j.cib.SuccessionPart;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.cib.SuccessionRule;
import org.micmac4j.cib.WeightMode;
import org.micmac4j.cib.io.CibCsv;
import org.micmac4j.cib.io.CibInput;
import org.micmac4j.cib.io.ConstraintsFile;
import org.micmac4j.cib.io.SolutionList;
import org.micmac4j.cib.io.SuccessionParts;
import org.micmac4j.report.cib.CibFindings;
import org.micmac4j.report.cib.CibReport;
import org.micmac4j.scenario.Quantities;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code micmac cib MATRIX(.scw|.csv) [--max-inconsistency K] [--list N] [--weights exact|sampled:N]
 * [--succession global|sequential|adjacent] [--range FIRST:LAST --partial OUT] [--seed S] [--sl FILE]
 * [--noise SD [--draws N] [--noise-zeros] [--threads T]] [--fix D=v ...] [--constraints FILE] [--diverse K]
 * [--quantities FILE] [--leverage] [--descriptors IDS] [--write-matrix FILE]} or
 * {@code micmac cib --ensemble MATRIX... | FOLDER [--noise SD ...] [--sum ...]}, and
 * {@code micmac cib merge PARTS...} ({@link CibMergeCommand}): cross-impact balance analysis (docs/METHOD.md
 * §10) of a judgement matrix, of its robustness to judgement noise, or of an ensemble of matrices.
 */
@Command(name = "cib", mixinStandardHelpOptions = true, sortOptions = false, subcommands = CibMergeCommand.class,
        description = {"Cross-impact balance: every scenario with inconsistency at most K, exactly, with its "
            + "consistency value and total impact score; optional succession weights; writes a ScenarioWizard "
            + "solution list (--sl) and a report folder (cib-report.html).",
            "With --noise: also each scenario's probability of consistency when every judgement is drawn around "
                + "its value. With --ensemble: several matrices over the same descriptors and variants (matched by "
                + "id; e.g. one per expert), each scenario with its share of members and which ones; with --noise "
                + "too, --draws noisy copies of every member.",
            "After the kernel (docs/METHOD.md §10.1-10.4): --fix holds descriptors at variants (an intervention, "
                + "compared with the free solution set), --constraints rules combinations out, --diverse K picks "
                + "contrasting scenarios, --quantities attaches indicator values to variants, --leverage finds the "
                + "judgements the solution set hangs on; --succession sets the rule of --weights. The JSON "
                + "echoes them in \"settings\" and adds "
                + "\"interventionChange\", \"diverse\", \"quantities\" on every scenario, \"indicators\" and "
                + "\"leverage\". Matrix operations: --descriptors analyses a sub-matrix, --ensemble --sum the "
                + "members' sum matrix, --write-matrix saves the matrix analysed."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:unexpected failure", "2:bad input (file, matrix, option)",
            "130:stopped by Ctrl-C"})
final class CibCommand extends ToolCommand {
    /** Default report folder. */
    public static final Path DEFAULT_OUT = Path.of("cib-report");

    /** Default number of scenarios listed (terminal, JSON, report): {@value}. */
    public static final int LIST_DEFAULT = 10_000;

    @Parameters(paramLabel = "MATRIX", arity = "0..*", description = "ScenarioWizard project (.scw) or CSV with "
            + "DESCRIPTOR:variant labels (row = impacting, column = impacted). With --ensemble: several, or a "
            + "folder of them (its .csv and .scw files, by name).")
    List<Path> files;

    @Option(names = "--max-inconsistency", paramLabel = "K", defaultValue = "0",
            description = "Keep every scenario with inconsistency <= K (default ${DEFAULT-VALUE}: the consistent "
            + "ones).")
    int maxInconsistency;

    @Option(names = "--list", paramLabel = "N", defaultValue = "" + LIST_DEFAULT,
            description = "List at most N scenarios in the terminal, the JSON and the report (default "
                    + "${DEFAULT-VALUE}); the count stays exact and the output says how many are left out.")
    int list;

    @Option(names = "--weights", paramLabel = "exact|sampled:N",
            description = "Succession basin weights: exact (every scenario a start; in memory, or streamed when the "
                    + "space is larger than the heap holds: no size that fits a long is refused) or sampled:N (N "
                    + "random starts, at most 100000000, each share with a 95 %% Wilson interval; --seed and "
                    + "--threads apply).")
    String weights;

    @Option(names = "--succession", paramLabel = "global|sequential|adjacent", description = "With --weights: the "
            + "succession rule whose attractors and basins are weighed (default global). global: every descriptor "
            + "moves at once to its best variant (kept when already maximal, else the first maximal one); "
            + "sequential: one descriptor at a time in descriptor order, each judged after the moves before it "
            + "(Gauss-Seidel); adjacent: every descriptor moves one variant toward its best (for ordinal "
            + "descriptors, variants in order). The fixed points are the consistent scenarios under every rule; "
            + "the weights and cycles differ. Echoed in the report and the JSON settings; partial results of "
            + "different rules do not merge.")
    String succession;

    @Option(names = "--range", paramLabel = "FIRST:LAST", description = "With --weights exact and --partial: weigh "
            + "only the starts of ranks FIRST to LAST (0-based, both included, in scenario order), e.g. one share of "
            + "a run split over machines; merge the parts with `micmac cib merge`.")
    String range;

    @Option(names = "--partial", paramLabel = "OUT", description = "Write the exact weights of --range as a partial "
            + "result (attractors with counts, the range, the matrix and its fingerprint, the settings).")
    Path partial;

    @Option(names = "--sl", paramLabel = "FILE",
            description = "Write the solution list in ScenarioWizard's .sl format.")
    Path sl;

    @Option(names = "--ensemble", description = "Treat the matrices as an ensemble (e.g. one per expert): every "
            + "scenario with the share of members in whose solution set it is.")
    boolean ensemble;

    @Option(names = "--noise", paramLabel = "SD", description = "Judgement noise: solve --draws copies of the matrix "
            + "(of every member with --ensemble), "
            + "each cell c drawn as c + round(SD * g), g standard normal; every scenario with its probability of "
            + "inconsistency <= K. SD in judgement units, 0.." + (int) JudgementNoise.STANDARD_DEVIATION_MAX
            + " (beyond, every copy is a random matrix).")
    Double noise;

    /** --draws (noisy copies with --noise), --seed (of the noise, sampled weights, histogram), --threads. */
    @Mixin
    DrawsOptions monteCarlo;

    @Option(names = "--noise-zeros", description = "With --noise, draw zero cells too (by default a 0, \"no "
            + "influence\", stays 0).")
    boolean noiseZeros;

    @Option(names = "--fix", paramLabel = "D=v", description = "Intervention: hold descriptor D at variant v (ids "
            + "as in the labels D:v; repeatable). Only scenarios with the held variants are considered, the held "
            + "descriptors' consistency is not tested, their impacts count as usual; the report compares the "
            + "solution set with the free one (gained, lost).")
    List<String> fix = new ArrayList<>();

    @Option(names = "--constraints", paramLabel = "FILE", description = "Feasibility constraints, one rule a line: "
            + "'A:a1 implies B:b2', 'A:a1 excludes B:b3', 'C allows c1 c2' (# comments; or CSV fields). A scenario "
            + "violating one is excluded before its consistency is judged.")
    Path constraints;

    @Option(names = "--diverse", paramLabel = "K", description = "Pick K contrasting scenarios: the first of the "
            + "solution order, then each time the one farthest (Hamming) from those taken; each pick with its "
            + "distance.")
    Integer diverse;

    @Option(names = "--quantities", paramLabel = "FILE", description = "Quantified variants, CSV "
            + "descriptor,variant,indicator,value,unit: every scenario gets its indicator values (blank, not 0, where "
            + "its variant has none): a scenario x indicator table in the terminal, the JSON, the report's "
            + "quantities.csv and the --xlsx workbook.")
    Path quantities;

    @Option(names = "--leverage", description = "Leverage cells: for every judgement between two descriptors, the "
            + "smallest change within the scale (-3..3, or the matrix's largest |value|) that alters the solution "
            + "set, with the scenarios gained and lost, most fragile first.")
    boolean leverage;

    @Option(names = "--sum", description = "With --ensemble: analyse the members' sum matrix (cell by cell; the "
            + "exact mean's solution set) as one matrix, with every single-matrix option.")
    boolean sum;

    @Option(names = "--descriptors", paramLabel = "IDS", split = ",", description = "Analyse the sub-matrix on these "
            + "descriptors only, in this order (comma-separated ids; the others are left out altogether, unlike "
            + "--fix).")
    List<String> descriptors;

    @Option(names = "--write-matrix", paramLabel = "FILE", description = "Write the matrix analysed (after --sum and "
            + "--descriptors) as CSV with DESCRIPTOR:variant labels.")
    Path writeMatrix;

    /** For picocli. */
    public CibCommand() {
    }

    @Override
    protected int run() throws Exception {
        checkOptions();
        Cib cib = Cib.withDefaults().withMaxInconsistency(maxInconsistency).withLimit(list)
                .withThreads(monteCarlo.threads());
        if (ensemble && !sum) {
            return runEnsemble(cib);
        }
        CibInput in = ensemble ? sumOf(CibInput.readEnsemble(files)) : restricted(CibInput.read(files.get(0)));
        Succession succession = succession(in.matrix());
        if (writeMatrix != null) {
            CibCsv.write(in.matrix(), writeMatrix);
        }
        if (partial != null) {
            return runPartial(in, succession);
        }
        cib = cib.withIntervention(intervention());
        if (constraints != null) {
            cib = cib.withConstraints(ConstraintsFile.read(constraints));
        }
        JudgementNoise noiseConfig = noise == null ? null : noise(cib, in.matrix(), 1); // limits before any work
        CibResult result = cib.solve(in.matrix());
        KernelChange change = fix.isEmpty() ? null : KernelChange.between(
                whole(cib).withIntervention(Map.of()).solve(in.matrix()), whole(cib).solve(in.matrix()));
        SuccessionResult w = weigh(in.matrix(), succession);
        ShareResult<JudgementNoise> noisy = noiseConfig == null ? null
                : Engine.Current.engine.noise(noiseConfig, List.of(in.matrix()));
        if (sl != null) {
            SolutionList.write(SolutionList.entries(result, w == null ? Map.of() : w.weights(),
                    SolutionList.Order.RESULT), sl);
        }
        CibFindings findings = CibFindings.of(in.matrix(), result).withSuccession(w).withNoise(noisy)
                .withInconsistencyCounts(writesFiles(DEFAULT_OUT) ? InconsistencyCounts.of(in.matrix(), histogram())
                        : null)
                .withInterventionChange(change)
                .withDiverse(diverse == null ? List.of() : DiverseSelection.select(result, w, diverse))
                .withQuantities(quantities == null ? null : Quantities.read(quantities, in.matrix().space()))
                .withLeverage(leverage ? Leverage.withDefaults().withCib(cib).analyze(in.matrix()) : null);
        show(CibReport.withDefaults().withTitle(in.title()).withNotes(in.notes()).withScenariosListed(list), findings,
                DEFAULT_OUT);
        return ExitCodes.OK;
    }

    /** The weights; exact ones report progress when streamed (a long run), through the {@link Engine}. */
    private SuccessionResult weigh(CibMatrix m, Succession succession) {
        if (succession == null) {
            return null;
        }
        java.math.BigInteger size = m.space().size();
        if (succession.weightMode() == WeightMode.EXACT && size.bitLength() < 63) {
            long n = size.longValue();
            return Engine.Current.engine.exactWeights(m,
                    succession.withProgress(Progress.counts(err(), "exact basins: starts", n, n)));
        }
        return succession.weights(m);
    }

    /** --range FIRST:LAST --partial OUT: the exact weights of a range of starts, written as a partial result. */
    private int runPartial(CibInput in, Succession succession) throws java.io.IOException {
        long size = in.matrix().space().requireAtMost(Long.MAX_VALUE, "the exact succession weights");
        long[] r = range(size);
        long n = r[1] - r[0] + 1;
        SuccessionPart part = succession.withProgress(Progress.counts(err(), "exact basins: starts", n, n))
                .weights(in.matrix(), r[0], r[1]);
        SuccessionParts.write(part, in.matrix(), partial);
        if (!output.json()) {
            out().printf(Locale.ROOT, "starts %d:%d of %d: %d attractors (%d fixed points, %d cycles); partial result "
                    + "written to %s%n", part.first(), part.last(), size, part.basins().size(),
                    part.basins().stream().filter(b -> b.attractor().isFixedPoint()).count(),
                    part.basins().stream().filter(b -> !b.attractor().isFixedPoint()).count(), partial);
        }
        return ExitCodes.OK;
    }

    /** @return --range as [first, last], checked against the space */
    private long[] range(long size) {
        String[] p = range.strip().split(":", -1);
        try {
            if (p.length == 2) {
                long first = Long.parseLong(p[0].strip());
                long last = Long.parseLong(p[1].strip());
                if (first >= 0 && first <= last && last < size) {
                    return new long[] {first, last};
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ParameterException(spec.commandLine(), "--range expects FIRST:LAST with 0 <= FIRST <= LAST <= "
                + (size - 1) + " (0-based scenario ranks of " + files.get(0) + "), got '" + range + "'");
    }

    private int runEnsemble(Cib cib) throws Exception {
        List<CibMatrix> matrices = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<CibInput> members = CibInput.readEnsemble(files).stream().map(this::restricted).toList();
        CibInput first = members.get(0);
        for (CibInput in : members) {
            matrices.add(in.matrix());
            names.add(in.name());
            in.notes().stream().filter(n -> !notes.contains(n)).forEach(notes::add);
        }
        int count = matrices.size();
        JudgementNoise noiseConfig = noise == null ? null : noise(cib, first.matrix(), count); // limits first
        Progress solved = Progress.counts(err(), "members", count, work(first.matrix(), count));
        ShareResult<Ensemble> r = Engine.Current.engine.ensemble(Ensemble.withDefaults().withCib(whole(cib))
                .withProgress(solved::accept), matrices);
        ShareResult<JudgementNoise> noisy = noiseConfig == null ? null
                : Engine.Current.engine.noise(noiseConfig, matrices);
        show(CibReport.withDefaults().withTitle("Ensemble of " + r.matrices() + " matrices").withNotes(notes),
                CibFindings.ensemble(r, names).withNoise(noisy), DEFAULT_OUT);
        return ExitCodes.OK;
    }

    /**
     * How the analyses that need whole solution sets solve a matrix (ensemble and noise shares, the
     * intervention change): with the listing limit, at least {@link #LIST_DEFAULT}, as their bound; a
     * larger set is refused with one line naming it and --list (CibResult.all), never cut.
     */
    private Cib whole(Cib cib) {
        return cib.withLimit(Math.max(list, LIST_DEFAULT));
    }

    /** A size measure of solving {@code count} matrices: scenarios in the space times matrices, saturated. */
    private static long work(CibMatrix m, long count) {
        java.math.BigInteger w = m.space().size().multiply(java.math.BigInteger.valueOf(count));
        return w.bitLength() < 63 ? w.longValue() : Long.MAX_VALUE;
    }

    /**
     * The judgement noise of the options: --noise, --draws (default {@link JudgementNoise#DRAWS_DEFAULT},
     * at most {@link JudgementNoise#DRAWS_MAX} copies in all), --seed, --noise-zeros, --threads.
     *
     * @param m a matrix (for the progress measure)
     * @param members how many matrices get noisy copies
     */
    private JudgementNoise noise(Cib cib, CibMatrix m, int members) {
        long n = monteCarlo.count() == null ? JudgementNoise.DRAWS_DEFAULT : monteCarlo.count();
        long max = JudgementNoise.DRAWS_MAX / members;
        String why = "each copy is a whole CIB solve; at " + JudgementNoise.DRAWS_MAX + " copies"
                + (members > 1 ? " in all over " + members + " members" : "") + " a probability is within 0.001";
        long copies = Progress.work(Math.max(0, n), members);
        Progress progress = Progress.counts(err(), "draws", copies, work(m, copies));
        return JudgementNoise.withDefaults().withStandardDeviation(noise).withZerosKept(!noiseZeros).withCib(whole(cib))
                .withDraws(monteCarlo.draws("--draws", n, max, why, progress));
    }

    /** The random scenarios of the report's inconsistency histogram: --seed and --threads. */
    private Draws histogram() {
        return Draws.withDefaults().withCount(InconsistencyCounts.DRAWS_DEFAULT).withSeed(monteCarlo.seed)
                .withThreads(monteCarlo.threads());
    }

    private void checkOptions() {
        if (files.isEmpty()) {
            fail("a matrix file is missing (or use `micmac cib merge PARTS...`)");
        }
        if (list < 0 || list > CibReport.LISTED_MAX) {
            fail("--list must be in 0.." + CibReport.LISTED_MAX + ", got " + list);
        }
        if ((range == null) != (partial == null)) {
            fail("--range and --partial go together (--range FIRST:LAST --partial OUT)");
        }
        if (succession != null && weights == null) {
            fail("--succession needs --weights (the rule decides the basins, not the solution set)");
        }
        if (partial != null && (weights == null || !weights.strip().equalsIgnoreCase("exact"))) {
            fail("--range and --partial need --weights exact");
        }
        if (partial != null && (ensemble || noise != null || sl != null)) {
            fail("--partial cannot be combined with --ensemble, --noise or --sl (merge the parts first)");
        }
        if (maxInconsistency < 0) {
            fail("--max-inconsistency must be >= 0, got " + maxInconsistency);
        }
        monteCarlo.threads();
        if (noise == null && (monteCarlo.count() != null || noiseZeros)) {
            fail("--draws and --noise-zeros need --noise SD");
        }
        if (noise != null && !(noise >= 0 && noise <= JudgementNoise.STANDARD_DEVIATION_MAX)) {
            fail("--noise must be a standard deviation in 0.." + (int) JudgementNoise.STANDARD_DEVIATION_MAX
                    + " judgement units (judgements are scored on small scales such as -3..+3: a larger noise makes "
                    + "every copy a random matrix), got " + noise);
        }
        if (sl != null && sl.toString().isBlank()) {
            fail("--sl: the solution list file must be named (got an empty path)");
        }
        if (diverse != null && diverse < 1) {
            fail("--diverse must be >= 1, got " + diverse);
        }
        if (weights != null && (!fix.isEmpty() || constraints != null)) {
            fail("--weights cannot be combined with --fix or --constraints: the succession weighs every scenario of "
                    + "the free matrix");
        }
        if (sum && !ensemble) {
            fail("--sum needs --ensemble (the matrices to sum)");
        }
        if (ensemble && !sum) {
            if (writeMatrix != null) {
                fail("--write-matrix with --ensemble needs --sum (the one matrix analysed)");
            }
            if (weights != null || sl != null) {
                fail("--ensemble cannot be combined with --weights or --sl");
            }
            if (!fix.isEmpty() || constraints != null || diverse != null || quantities != null || leverage) {
                fail("--ensemble cannot be combined with --fix, --constraints, --diverse, --quantities or --leverage");
            }
        } else if (!ensemble && (files.size() > 1 || Files.isDirectory(files.get(0)))) {
            fail("several matrices or a folder need --ensemble (got " + files.size() + " argument"
                    + (files.size() == 1 ? ", a folder)" : "s)"));
        }
    }

    /** The input restricted to the --descriptors, when given. */
    private CibInput restricted(CibInput in) {
        if (descriptors == null) {
            return in;
        }
        try {
            return new CibInput(in.matrix().restrictedTo(descriptors), in.title() + " (descriptors " + String.join(", ",
                    descriptors) + ")", in.notes(), in.name());
        } catch (InvalidInputException e) {
            throw new InvalidInputException("--descriptors: " + in.name() + ": " + e.getMessage(), e);
        }
    }

    /** The members (each restricted) summed into one matrix, named after them. */
    private CibInput sumOf(List<CibInput> members) {
        List<CibInput> kept = members.stream().map(this::restricted).toList();
        List<String> notes = new ArrayList<>();
        kept.forEach(m -> m.notes().stream().filter(n -> !notes.contains(n)).forEach(notes::add));
        String names = String.join(", ", kept.stream().map(CibInput::name).toList());
        return new CibInput(CibMatrix.sum(kept.stream().map(CibInput::matrix).toList()), "Sum of " + kept.size()
                + " matrices (" + names + ")", notes, "sum");
    }

    /** The --fix options as descriptor id → variant id, in the order given. */
    private Map<String, String> intervention() {
        Map<String, String> held = new LinkedHashMap<>();
        for (String f : fix) {
            int eq = f.indexOf('=');
            if (eq <= 0 || eq == f.length() - 1) {
                fail("--fix expects DESCRIPTOR=variant (e.g. --fix A=a2), got '" + f + "'");
            }
            String d = f.substring(0, eq).strip();
            if (held.put(d, f.substring(eq + 1).strip()) != null) {
                fail("--fix: descriptor " + d + " is held twice");
            }
        }
        return held;
    }

    private void fail(String message) {
        throw new ParameterException(spec.commandLine(), message);
    }

    /** The succession weights of --weights, or null; sampled:N within {@link Draws#COUNT_MAX} starts. */
    private Succession succession(CibMatrix m) {
        if (weights == null) {
            return null;
        }
        String w = weights.strip().toLowerCase(Locale.ROOT);
        Succession s = Succession.withDefaults().withThreads(monteCarlo.threads()).withRule(rule());
        if (w.equals("exact")) {
            return s.withWeightMode(WeightMode.EXACT);
        }
        if (w.startsWith("sampled:")) {
            try {
                long n = Long.parseLong(w.substring("sampled:".length()).strip());
                if (n > 0) {
                    long perStart = (long) m.size() * m.size();
                    return s.withWeightMode(WeightMode.SAMPLED).withDraws(monteCarlo.draws("--weights sampled:N", n,
                            Draws.COUNT_MAX, "random starts; at that many a weight is within 0.0001 of the starts",
                            Progress.counts(err(), "starts", n, Progress.work(n, perStart))));
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new ParameterException(spec.commandLine(), "--weights expects exact or sampled:N with N > 0, got '"
                + weights + "'");
    }

    /** --succession, global by default. */
    private SuccessionRule rule() {
        if (succession == null) {
            return Succession.RULE_DEFAULT;
        }
        try {
            return SuccessionRule.of(succession);
        } catch (InvalidInputException e) {
            throw new ParameterException(spec.commandLine(), "--succession expects global, sequential or adjacent, "
                    + "got '" + succession + "'");
        }
    }
}
