package org.micmac4j.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.cib.WeightMode;
import org.micmac4j.cib.io.CibInput;
import org.micmac4j.cib.io.ConstraintsFile;
import org.micmac4j.cib.io.SolutionList;
import org.micmac4j.report.cib.CibFindings;
import org.micmac4j.report.cib.CibReport;
import org.micmac4j.scenario.Quantities;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code micmac cib MATRIX(.scw|.csv) [--max-inconsistency K] [--weights exact|sampled:N]
 * [--seed S] [--sl FILE] [--noise SD [--draws N] [--noise-zeros] [--threads T]] [--fix D=v ...]
 * [--constraints FILE] [--diverse K] [--quantities FILE] [--leverage]} or
 * {@code micmac cib --ensemble MATRIX... | FOLDER [--noise SD ...]}: cross-impact balance analysis (docs/METHOD.md
 * §10) of a judgement matrix, of its robustness to judgement noise, or of an ensemble of matrices.
 */
@Command(name = "cib", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Cross-impact balance: every scenario with inconsistency at most K, exactly, with its "
            + "consistency value and total impact score; optional succession weights; writes a ScenarioWizard "
            + "solution list (--sl) and a report folder (cib-report.html).",
            "With --noise: also each scenario's probability of consistency when every judgement is drawn around "
                + "its value. With --ensemble: several matrices over the same descriptors and variants (matched by "
                + "id; e.g. one per expert), each scenario with its share of members and which ones; with --noise "
                + "too, --draws noisy copies of every member.",
            "After the kernel (docs/METHOD.md §10.1-10.3): --fix holds descriptors at variants (an intervention, "
                + "compared with the free solution set), --constraints rules combinations out, --diverse K picks "
                + "contrasting scenarios, --quantities attaches indicator values to variants, --leverage finds the "
                + "judgements the solution set hangs on. The JSON echoes them in \"settings\" and adds "
                + "\"interventionChange\", \"diverse\", \"quantities\" on every scenario, \"indicators\" and "
                + "\"leverage\"."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:unexpected failure", "2:bad input (file, matrix, option)"})
final class CibCommand extends ToolCommand {
    /** Default report folder. */
    public static final Path DEFAULT_OUT = Path.of("cib-report");

    @Parameters(paramLabel = "MATRIX", arity = "1..*", description = "ScenarioWizard project (.scw) or CSV with "
            + "DESCRIPTOR:variant labels (row = impacting, column = impacted). With --ensemble: several, or a "
            + "folder of them (its .csv and .scw files, by name).")
    List<Path> files;

    @Option(names = "--max-inconsistency", paramLabel = "K", defaultValue = "0",
            description = "Keep every scenario with inconsistency <= K (default ${DEFAULT-VALUE}: the consistent ones).")
    int maxInconsistency;

    @Option(names = "--weights", paramLabel = "exact|sampled:N",
            description = "Succession basin weights: exact (every scenario a start) or sampled:N (N random starts).")
    String weights;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + Succession.SEED_DEFAULT,
            description = "Seed of the sampled weights and of the noise draws (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--sl", paramLabel = "FILE", description = "Write the solution list in ScenarioWizard's .sl format.")
    Path sl;

    @Option(names = "--ensemble", description = "Treat the matrices as an ensemble (e.g. one per expert): every "
            + "scenario with the share of members in whose solution set it is.")
    boolean ensemble;

    @Option(names = "--noise", paramLabel = "SD", description = "Judgement noise: solve --draws copies of the matrix "
            + "(of every member with --ensemble), "
            + "each cell c drawn as c + round(SD * g), g standard normal; every scenario with its probability of "
            + "inconsistency <= K.")
    Double noise;

    @Option(names = "--draws", paramLabel = "N", description = "Noisy copies with --noise (default "
            + JudgementNoise.DRAWS_DEFAULT + ").")
    Integer draws;

    @Option(names = "--noise-zeros", description = "With --noise, draw zero cells too (by default a 0, \"no "
            + "influence\", stays 0).")
    boolean noiseZeros;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
            description = "Threads for the noise draws (0: all processors; results do not depend on it).")
    int threads;

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
            + "solution order, then each time the one farthest (Hamming) from those taken; each pick with its distance.")
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

    /** For picocli. */
    public CibCommand() {
    }

    @Override
    protected int run() throws Exception {
        checkOptions();
        Cib cib = Cib.withDefaults().withMaxInconsistency(maxInconsistency);
        if (ensemble) {
            return runEnsemble(cib);
        }
        Succession succession = succession();
        CibInput in = CibInput.read(files.get(0));
        if (succession != null && succession.weightMode() == WeightMode.EXACT
                && in.matrix().space().size().compareTo(java.math.BigInteger.valueOf(succession.exactLimit())) > 0) {
            fail("--weights exact: " + files.get(0) + " has " + in.matrix().space().size() + " scenarios, more than "
                    + "the " + succession.exactLimit() + " weighed exactly (4 bytes each); use --weights sampled:N");
        }
        cib = cib.withIntervention(intervention());
        if (constraints != null) {
            cib = cib.withConstraints(ConstraintsFile.read(constraints));
        }
        CibResult result = cib.solve(in.matrix());
        KernelChange change = fix.isEmpty() ? null
                : KernelChange.between(cib.withIntervention(Map.of()).solve(in.matrix()), result);
        SuccessionResult w = succession == null ? null : succession.weights(in.matrix());
        ShareResult<JudgementNoise> noisy = null;
        if (noise != null) {
            int n = draws == null ? JudgementNoise.DRAWS_DEFAULT : draws;
            noisy = noise(cib, n).withProgress(DrawProgress.onTerminal(err(), n, work(in.matrix(), n), "draws"))
                    .analyze(in.matrix());
        }
        if (sl != null) {
            SolutionList.write(SolutionList.entries(result, w == null ? Map.of() : w.weights(),
                    SolutionList.Order.RESULT), sl);
        }
        CibFindings findings = CibFindings.of(in.matrix(), result).withSuccession(w).withNoise(noisy)
                .withInconsistencyCounts(writesFiles(DEFAULT_OUT) ? InconsistencyCounts.of(in.matrix(), seed) : null)
                .withInterventionChange(change)
                .withDiverse(diverse == null ? List.of() : DiverseSelection.select(result, w, diverse))
                .withQuantities(quantities == null ? null : Quantities.read(quantities, in.matrix().space()))
                .withLeverage(leverage ? Leverage.withDefaults().withCib(cib).analyze(in.matrix()) : null);
        show(CibReport.withDefaults().withTitle(in.title()).withNotes(in.notes()), findings, DEFAULT_OUT);
        return ExitCodes.OK;
    }

    private int runEnsemble(Cib cib) throws Exception {
        List<CibMatrix> matrices = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<CibInput> members = CibInput.readEnsemble(files);
        CibInput first = members.get(0);
        for (CibInput in : members) {
            matrices.add(in.matrix());
            names.add(in.name());
            in.notes().stream().filter(n -> !notes.contains(n)).forEach(notes::add);
        }
        int count = matrices.size();
        ShareResult<Ensemble> r = Ensemble.withDefaults().withCib(cib)
                .withProgress(DrawProgress.onTerminal(err(), count, work(first.matrix(), count), "members"))
                .analyze(matrices);
        ShareResult<JudgementNoise> noisy = null;
        if (noise != null) {
            int n = draws == null ? JudgementNoise.DRAWS_DEFAULT : draws;
            noisy = noise(cib, n).withProgress(DrawProgress.onTerminal(err(), Math.multiplyExact(n, count),
                    work(first.matrix(), Math.multiplyExact(n, count)), "draws")).analyze(matrices);
        }
        show(CibReport.withDefaults().withTitle("Ensemble of " + r.matrices() + " matrices").withNotes(notes),
                CibFindings.ensemble(r, names).withNoise(noisy), DEFAULT_OUT);
        return ExitCodes.OK;
    }

    /** A size measure of solving {@code count} matrices: scenarios in the space times matrices, saturated. */
    private static long work(CibMatrix m, int count) {
        java.math.BigInteger w = m.space().size().multiply(java.math.BigInteger.valueOf(count));
        return w.bitLength() < 63 ? w.longValue() : Long.MAX_VALUE;
    }

    /** The judgement noise of the options: --noise, --draws (given as n), --seed, --noise-zeros, --threads. */
    private JudgementNoise noise(Cib cib, int n) {
        return JudgementNoise.withDefaults().withStandardDeviation(noise).withDraws(n).withSeed(seed)
                .withZerosKept(!noiseZeros).withThreads(threads).withCib(cib);
    }

    private void checkOptions() {
        if (maxInconsistency < 0) {
            fail("--max-inconsistency must be >= 0, got " + maxInconsistency);
        }
        if (threads < 0) {
            fail("--threads must be >= 0, got " + threads);
        }
        if (noise == null && (draws != null || noiseZeros)) {
            fail("--draws and --noise-zeros need --noise SD");
        }
        if (noise != null && !(noise >= 0 && Double.isFinite(noise))) {
            fail("--noise must be a finite standard deviation >= 0, got " + noise);
        }
        if (sl != null && sl.toString().isBlank()) {
            fail("--sl: the solution list file must be named (got an empty path)");
        }
        if (draws != null && draws < 1) {
            fail("--draws must be >= 1, got " + draws);
        }
        if (diverse != null && diverse < 1) {
            fail("--diverse must be >= 1, got " + diverse);
        }
        if (weights != null && (!fix.isEmpty() || constraints != null)) {
            fail("--weights cannot be combined with --fix or --constraints: the succession weighs every scenario of "
                    + "the free matrix");
        }
        if (ensemble) {
            if (weights != null || sl != null) {
                fail("--ensemble cannot be combined with --weights or --sl");
            }
            if (!fix.isEmpty() || constraints != null || diverse != null || quantities != null || leverage) {
                fail("--ensemble cannot be combined with --fix, --constraints, --diverse, --quantities or --leverage");
            }
        } else if (files.size() > 1 || Files.isDirectory(files.get(0))) {
            fail("several matrices or a folder need --ensemble (got " + files.size() + " argument"
                    + (files.size() == 1 ? ", a folder)" : "s)"));
        }
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

    private Succession succession() {
        if (weights == null) {
            return null;
        }
        String w = weights.strip().toLowerCase(Locale.ROOT);
        Succession s = Succession.withDefaults().withSeed(seed);
        if (w.equals("exact")) {
            return s.withWeightMode(WeightMode.EXACT);
        }
        if (w.startsWith("sampled:")) {
            try {
                long n = Long.parseLong(w.substring("sampled:".length()).strip());
                if (n > 0) {
                    return s.withWeightMode(WeightMode.SAMPLED).withSamples(n);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new ParameterException(spec.commandLine(), "--weights expects exact or sampled:N with N > 0, got '"
                + weights + "'");
    }
}
