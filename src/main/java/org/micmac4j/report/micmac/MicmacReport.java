package org.micmac4j.report.micmac;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.micmac4j.InvalidInputException;
import org.micmac4j.MicmacResult;
import org.micmac4j.StopReason;
import org.micmac4j.View;
import org.micmac4j.experts.RobustnessResult;
import org.micmac4j.internal.Messages;
import org.micmac4j.report.Report;
import org.micmac4j.report.internal.MicmacSheets;
import org.micmac4j.report.internal.ReportFiles;
import org.micmac4j.report.internal.RobustnessSection;
import org.micmac4j.report.internal.SheetTable;
import org.micmac4j.report.internal.Workbook;

/**
 * The report of a MICMAC analysis: the terminal table, the JSON document, the workbook and the
 * report folder ({@link Report}). The folder holds
 *
 * <ul>
 *   <li>{@code plane-direct.svg}, {@code plane-indirect.svg}, {@code plane-potential-indirect.svg}
 *       (influence / dependence planes) and {@code displacement.svg} (direct to indirect);</li>
 *   <li>{@code graph-direct.svg} and {@code graph-indirect.svg} (influence graphs on a circle), with
 *       {@code .dot} and {@code .graphml} exports;</li>
 *   <li>{@code results.csv} and {@code report.html}, one self-contained page with every table and
 *       the pictures inline;</li>
 *   <li>with {@linkplain #withRobustness the Monte Carlo robustness} of the matrix, also
 *       {@code robustness.csv}, {@code sector-probability.svg} and {@code rank-intervals.svg}, and a
 *       "Robustness (Monte Carlo)" section in the page.</li>
 * </ul>
 *
 * The workbook has one sheet per view (ids, names, groups, values, ranks, sectors), the matrix
 * characteristics, the stability per order, the matrix (up to
 * {@linkplain #withMatrixSheetMax a number of variables}) and the variables; with robustness, a
 * {@code robustness} sheet.
 *
 * <pre>{@code
 * MicmacReport.withDefaults().withTitle("My study").write(result, Path.of("micmac-report"));
 * String json = MicmacReport.withDefaults().json(result);
 * RobustnessResult mc = Robustness.withDefaults().withPerturbation(0.1, 0.02).run(matrix, micmac);
 * MicmacReport.withDefaults().withRobustness(mc).writeXlsx(result, Path.of("results.xlsx"));
 * }</pre>
 *
 * <p>Sizes: every plane labels every variable up to 200 variables and the 60 most influent or
 * dependent above (the others keep a point with a tooltip). The graph pictures draw at most
 * {@value #DRAWN_LINKS_PER_VARIABLE} links per variable, strongest first; the DOT and GraphML
 * exports hold the links the {@linkplain #withGraphPercent filter} keeps, at most
 * {@linkplain #withExportLinksPerVariable a given number} from each variable (its strongest). The
 * indirect graph needs the full matrix MDI^k (k dense n×n products), so above
 * {@value #INDIRECT_GRAPH_MAX_VARIABLES} variables it is left out, and the page says so.
 *
 * <p>Immutable; {@code with...} methods return modified copies. Bad settings throw
 * {@link InvalidInputException}.
 */
public final class MicmacReport implements Report<MicmacResult> {
    /** Default title. */
    public static final String TITLE_DEFAULT = "MICMAC analysis";
    /** Default share of links the influence graphs keep, strongest first, in percent. */
    public static final double GRAPH_PERCENT_DEFAULT = 20;
    /**
     * Default cap of the DOT and GraphML exports: at most this many links from each variable, its
     * strongest (a dense matrix of 3000 variables has 9 million links; 20 % of them is no graph
     * anyone opens).
     */
    public static final int EXPORT_LINKS_PER_VARIABLE_DEFAULT = 20;
    /** Default largest matrix written as the workbook's {@code matrix} sheet (n² cells): 2000, 4 million cells. */
    public static final int MATRIX_SHEET_MAX_DEFAULT = 2000;
    /** The graph pictures draw at most this many links per variable, strongest first. */
    public static final int DRAWN_LINKS_PER_VARIABLE = 2;
    /**
     * Above this many variables the indirect graph is left out: it needs the full MDI^k, k dense
     * n×n products, which took about 90 % of the CPU time of the whole report at n = 3000.
     */
    public static final int INDIRECT_GRAPH_MAX_VARIABLES = 1000;
    /** The report folder's page. */
    public static final String PAGE = "report.html";

    private static final MicmacReport DEFAULTS = new MicmacReport(TITLE_DEFAULT, List.of(), GRAPH_PERCENT_DEFAULT,
            EXPORT_LINKS_PER_VARIABLE_DEFAULT, MATRIX_SHEET_MAX_DEFAULT, null);

    private final String title;
    private final List<String> notes;
    private final double graphPercent;
    private final int exportLinksPerVariable;
    private final int matrixSheetMax;
    private final RobustnessResult robustness;

    private MicmacReport(String title, List<String> notes, double graphPercent, int exportLinksPerVariable,
            int matrixSheetMax, RobustnessResult robustness) {
        this.title = title;
        this.notes = notes;
        this.graphPercent = graphPercent;
        this.exportLinksPerVariable = exportLinksPerVariable;
        this.matrixSheetMax = matrixSheetMax;
        this.robustness = robustness;
    }

    /** @return the report with the default title, no notes and graphs of the strongest 20 % */
    public static MicmacReport withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param newTitle the study's title, shown at the top of the page and of the terminal text
     * @return a copy with it
     */
    public MicmacReport withTitle(String newTitle) {
        return new MicmacReport(Objects.requireNonNull(newTitle, "title"), notes, graphPercent, exportLinksPerVariable,
                matrixSheetMax, robustness);
    }

    /**
     * @param newNotes statements about the data shown prominently (e.g. that scores are
     *     illustrative)
     * @return a copy with them
     */
    public MicmacReport withNotes(List<String> newNotes) {
        return new MicmacReport(title, List.copyOf(newNotes), graphPercent, exportLinksPerVariable, matrixSheetMax,
                robustness);
    }

    /**
     * @param percent share of links the influence graphs keep, strongest first, in (0, 100]
     * @return a copy with it
     * @throws InvalidInputException when outside (0, 100]
     */
    public MicmacReport withGraphPercent(double percent) {
        InfluenceGraph.checkPercent(percent);
        return new MicmacReport(title, notes, percent, exportLinksPerVariable, matrixSheetMax, robustness);
    }

    /**
     * @param links the most links from each variable that the DOT and GraphML exports hold (its
     *     strongest; equal weights in a fixed pseudo-random order of the cells), 1 or more
     * @return a copy with it
     * @throws InvalidInputException when below 1
     */
    public MicmacReport withExportLinksPerVariable(int links) {
        Messages.require(links >= 1, "links per variable must be 1 or more, got %d", links);
        return new MicmacReport(title, notes, graphPercent, links, matrixSheetMax, robustness);
    }

    /**
     * @param n the largest number of variables whose matrix the workbook holds as a sheet (0:
     *     never)
     * @return a copy with it
     * @throws InvalidInputException when negative
     */
    public MicmacReport withMatrixSheetMax(int n) {
        Messages.require(n >= 0, "the matrix sheet limit must be >= 0, got %d", n);
        return new MicmacReport(title, notes, graphPercent, exportLinksPerVariable, n, robustness);
    }

    /**
     * @param mc the Monte Carlo robustness of the matrix the reported result comes from (it must
     *     cover the same variables), reported beside it in every form; null for none
     * @return a copy with it
     */
    public MicmacReport withRobustness(RobustnessResult mc) {
        return new MicmacReport(title, notes, graphPercent, exportLinksPerVariable, matrixSheetMax, mc);
    }

    /**
     * Renders every file in memory.
     *
     * @param result the analysis
     * @return file name to content, in the order they are listed in the class description
     * @throws InvalidInputException when the robustness covers other variables
     */
    @Override
    public Map<String, String> render(MicmacResult result) {
        RobustnessResult mc = robustnessOf(result);
        Map<String, String> svgs = new LinkedHashMap<>();
        svgs.put("plane-direct.svg", PlaneSvg.of(result, View.DIRECT));
        svgs.put("plane-indirect.svg", PlaneSvg.of(result, View.INDIRECT));
        svgs.put("plane-potential-indirect.svg", PlaneSvg.of(result, View.POTENTIAL_INDIRECT));
        svgs.put("displacement.svg", DisplacementSvg.of(result));
        InfluenceGraph direct = InfluenceGraph.direct(result, graphPercent, exportLinksPerVariable);
        InfluenceGraph indirect = result.variables().size() <= INDIRECT_GRAPH_MAX_VARIABLES
                ? InfluenceGraph.indirect(result, graphPercent, exportLinksPerVariable) : null;
        svgs.put("graph-direct.svg", GraphSvg.of(direct));
        if (indirect != null) {
            svgs.put("graph-indirect.svg", GraphSvg.of(indirect));
        }
        Map<String, String> files = ReportFiles.withDeclarations(svgs);
        files.put("graph-direct.dot", GraphExport.dot(direct));
        files.put("graph-direct.graphml", GraphExport.graphml(direct));
        if (indirect != null) {
            files.put("graph-indirect.dot", GraphExport.dot(indirect));
            files.put("graph-indirect.graphml", GraphExport.graphml(indirect));
        }
        files.put("results.csv", ResultsCsv.of(result));
        Map<String, String> robustnessPictures = null;
        if (mc != null) {
            robustnessPictures = RobustnessSection.pictures(mc);
            files.putAll(ReportFiles.withDeclarations(robustnessPictures));
            files.put("robustness.csv", RobustnessSection.csv(mc));
        }
        Map<String, String> extra = robustnessPictures;
        files.put(PAGE, MicmacHtml.of(result, title, notes, svgs, indirect != null,
                mc == null ? null : h -> RobustnessSection.html(h, mc, extra, false)));
        return files;
    }

    /** @return {@value #PAGE} */
    @Override
    public String page() {
        return PAGE;
    }

    /**
     * The machine-readable result, as {@code micmac analyze --json} prints it:
     *
     * <pre>
     * {"order":k,"stable":bool,
     *  "structure":{"kind":"PRIMITIVE|PERIODIC|REDUCIBLE|ACYCLIC","period":p},
     *  "split":{"rule":"MEAN","influence":t,"dependence":t},
     *  "variables":[{"id":..,"name":..,"group":..,"direct":V,"indirect":V,
     *                "potentialDirect":V,"potentialIndirect":V}]}
     * </pre>
     *
     * where each V is {@code {"influence":x,"dependence":y,"influenceRank":r,"dependenceRank":s,
     * "sector":"INFLUENT|RELAY|DEPENDENT|AUTONOMOUS"}} with influence and dependence on the
     * comparable scale. {@code structure} is the diagnosis of the current matrix; {@code split}
     * gives the thresholds of the indirect view; {@code group} is null when a variable has none.
     * Numbers are written exactly (shortest round-trip form). With robustness the document is
     * {@code {"analysis":<the above>,"robustness":R}}, R as {@code micmac analyze --draws N
     * --json} documents it (draws, seed, perturbation, stable probability, robust key variables,
     * and per variable the sector probabilities and rank summaries of the four views).
     *
     * @param result the analysis
     * @param out where the document goes, one line, streamed
     * @throws java.io.UncheckedIOException when {@code out} fails
     */
    @Override
    public void writeJson(MicmacResult result, Appendable out) {
        RobustnessResult mc = robustnessOf(result);
        if (mc == null) {
            MicmacJson.write(result, out);
            return;
        }
        try {
            out.append("{\"analysis\":");
            MicmacJson.write(result, out);
            out.append(",\"robustness\":");
            RobustnessSection.json(mc, out);
            out.append('}');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The terminal text: the title, the notes, one line on the order, the structure and the
     * split, then the classification table (one row per variable with its id, name, direct and
     * indirect ranks, its sector in each of the four views and its displacement from the direct
     * to the indirect view), a legend and, with robustness, the table of sector probabilities and
     * rank intervals.
     *
     * @param result the analysis
     * @return the text, lines ending in {@code \n}
     */
    @Override
    public String table(MicmacResult result) {
        RobustnessResult mc = robustnessOf(result);
        StringBuilder sb = new StringBuilder(title).append('\n');
        notes.forEach(n -> sb.append("NOTE: ").append(n).append('\n'));
        sb.append(String.format(Locale.ROOT, "%d variables; indirect order k = %d (%s); structure %s; split %s%n%n",
                result.variables().size(), result.order(), stop(result), result.structure(),
                result.config().split()).replace("\r\n", "\n"));
        sb.append(ClassificationTable.of(result)).append('\n');
        sb.append("Ranks: 1 = most influent / most dependent. D = direct (MDI), I = indirect (MDI^k);"
                + " displacement: places gained from direct to indirect.\n");
        if (mc != null) {
            sb.append(RobustnessSection.text(mc));
        }
        return sb.toString();
    }

    /** The stop reason in words, saying "stable" once: e.g. "stable", "fixed, NOT stable". */
    static String stop(MicmacResult result) {
        StopReason reason = result.iteration(View.INDIRECT).stopReason();
        if (reason == StopReason.STABLE) {
            return "stable";
        }
        String words = reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return words + (result.isStable() ? ", stable" : ", NOT stable");
    }

    /**
     * The workbook: one sheet per view, {@code characteristics}, {@code stability},
     * {@code matrix} (up to {@linkplain #withMatrixSheetMax a size}), {@code variables} and, with
     * robustness, {@code robustness}. Numbers are number cells; a NaN (an undefined Kendall tau)
     * is a blank cell.
     *
     * @param result the analysis (its lazy views are computed here)
     * @param out where the workbook goes
     * @throws IOException when {@code out} fails
     */
    @Override
    public void writeXlsx(MicmacResult result, OutputStream out) throws IOException {
        RobustnessResult mc = robustnessOf(result);
        List<SheetTable> sheets = new ArrayList<>(MicmacSheets.of(result, matrixSheetMax));
        if (mc != null) {
            sheets.add(RobustnessSection.sheet(mc));
        }
        Workbook.write(sheets, out);
    }

    /** The robustness, checked against the result: the same variables in the same order. */
    private RobustnessResult robustnessOf(MicmacResult result) {
        if (robustness != null && !robustness.variables().equals(result.variables())) {
            throw new InvalidInputException("the robustness covers other variables than the analysis ("
                    + robustness.variables().size() + " and " + result.variables().size() + ")");
        }
        return robustness;
    }

    /** @return the title */
    public String title() {
        return title;
    }

    /** @return the notes, unmodifiable */
    public List<String> notes() {
        return notes;
    }

    /** @return the share of links kept in the graphs, in percent */
    public double graphPercent() {
        return graphPercent;
    }

    /** @return the most links from each variable in the DOT and GraphML exports */
    public int exportLinksPerVariable() {
        return exportLinksPerVariable;
    }

    /** @return the largest number of variables whose matrix the workbook holds */
    public int matrixSheetMax() {
        return matrixSheetMax;
    }

    /** @return the robustness reported beside the analysis, or null */
    public RobustnessResult robustness() {
        return robustness;
    }
}
