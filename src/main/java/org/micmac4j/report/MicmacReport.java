package org.micmac4j.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.micmac4j.MicmacResult;
import org.micmac4j.View;
import org.micmac4j.experts.RobustnessResult;

/**
 * The report of a MICMAC analysis: the report folder, the JSON document and the terminal table.
 * The folder holds
 *
 * <ul>
 *   <li>{@code plane-direct.svg}, {@code plane-indirect.svg}, {@code plane-potential-indirect.svg}
 *       (influence / dependence planes) and {@code displacement.svg} (direct to indirect);</li>
 *   <li>{@code graph-direct.svg} and {@code graph-indirect.svg} (influence graphs on a circle), with
 *       {@code .dot} and {@code .graphml} exports;</li>
 *   <li>{@code results.csv} and {@code report.html}, one self-contained page with every table and
 *       the pictures inline.</li>
 * </ul>
 *
 * <pre>{@code
 * MicmacReport.withDefaults().withTitle("My study").write(result, Path.of("micmac-report"));
 * String json = MicmacReport.withDefaults().json(result);
 * }</pre>
 *
 * <p>Sizes: every plane labels every variable up to 200 variables and the 60 most influent or
 * dependent above (the others keep a point with a tooltip). The graph pictures draw at most
 * {@value #DRAWN_LINKS_PER_VARIABLE} links per variable, strongest first; the DOT and GraphML
 * exports hold the links the {@linkplain #withGraphPercent filter} keeps, at most
 * {@linkplain #withExportLinksPerVariable a given number} from each variable (its strongest). The indirect
 * graph needs the full matrix MDI^k (k dense n×n products), so above
 * {@value #INDIRECT_GRAPH_MAX_VARIABLES} variables it is left out, and the page says so.
 *
 * <p>Immutable; {@code with...} methods return modified copies.
 */
public final class MicmacReport {
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
    /** The graph pictures draw at most this many links per variable, strongest first. */
    public static final int DRAWN_LINKS_PER_VARIABLE = 2;
    /**
     * Above this many variables the indirect graph is left out: it needs the full MDI^k, k dense
     * n×n products, which took about 90 % of the CPU time of the whole report at n = 3000.
     */
    public static final int INDIRECT_GRAPH_MAX_VARIABLES = 1000;

    private static final MicmacReport DEFAULTS = new MicmacReport(TITLE_DEFAULT, List.of(), GRAPH_PERCENT_DEFAULT,
            EXPORT_LINKS_PER_VARIABLE_DEFAULT);

    private final String title;
    private final List<String> notes;
    private final double graphPercent;
    private final int exportLinksPerVariable;

    private MicmacReport(String title, List<String> notes, double graphPercent, int exportLinksPerVariable) {
        this.title = title;
        this.notes = notes;
        this.graphPercent = graphPercent;
        this.exportLinksPerVariable = exportLinksPerVariable;
    }

    /** @return the report with the default title, no notes and graphs of the strongest 20 % */
    public static MicmacReport withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param newTitle the study's title, shown at the top of the page
     * @return a copy with it
     */
    public MicmacReport withTitle(String newTitle) {
        return new MicmacReport(Objects.requireNonNull(newTitle, "title"), notes, graphPercent, exportLinksPerVariable);
    }

    /**
     * @param newNotes statements about the data shown prominently (e.g. that scores are
     *     illustrative)
     * @return a copy with them
     */
    public MicmacReport withNotes(List<String> newNotes) {
        return new MicmacReport(title, List.copyOf(newNotes), graphPercent, exportLinksPerVariable);
    }

    /**
     * @param percent share of links the influence graphs keep, strongest first, in (0, 100]
     * @return a copy with it
     */
    public MicmacReport withGraphPercent(double percent) {
        InfluenceGraph.checkPercent(percent);
        return new MicmacReport(title, notes, percent, exportLinksPerVariable);
    }

    /**
     * @param links the most links from each variable that the DOT and GraphML exports hold (its
     *     strongest; equal weights in a fixed pseudo-random order of the cells), 1 or more
     * @return a copy with it
     */
    public MicmacReport withExportLinksPerVariable(int links) {
        if (links < 1) {
            throw new IllegalArgumentException("links per variable must be 1 or more, got " + links);
        }
        return new MicmacReport(title, notes, graphPercent, links);
    }

    /**
     * Renders every file in memory.
     *
     * @param result the analysis
     * @return file name to content, in the order they are listed in the class description
     */
    public Map<String, String> render(MicmacResult result) {
        return render(result, null);
    }

    /**
     * Renders every file in memory, with the Monte Carlo robustness of the matrix when given: then
     * also {@code robustness.csv}, {@code sector-probability.svg} and {@code rank-intervals.svg},
     * and a "Robustness (Monte Carlo)" section in the page (the one of the panel report, see
     * {@link RobustnessReport}).
     *
     * <pre>{@code
     * RobustnessResult mc = Robustness.withDefaults().withPerturbation(0.1, 0.02).run(matrix, micmac);
     * ReportFolder.of(dir).write(MicmacReport.withDefaults().render(micmac.analyze(matrix), mc));
     * }</pre>
     *
     * @param result the analysis
     * @param robustness the robustness of the same matrix, or null
     * @return file name to content
     */
    public Map<String, String> render(MicmacResult result, RobustnessResult robustness) {
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
        if (robustness != null) {
            robustnessPictures = RobustnessReport.pictures(robustness);
            files.putAll(ReportFiles.withDeclarations(robustnessPictures));
            files.put("robustness.csv", ExpertsCsv.robustness(robustness));
        }
        Map<String, String> extra = robustnessPictures;
        files.put("report.html", MicmacHtml.of(result, title, notes, svgs, indirect != null,
                robustness == null ? null : h -> RobustnessReport.section(h, robustness, extra, false)));
        return files;
    }

    /**
     * Writes the folder, creating it if needed, atomically and without replacing a file micmac4j did not
     * write ({@link org.micmac4j.io.ReportFolder}).
     *
     * @param result the analysis
     * @param dir the folder
     * @return the files written
     * @throws IOException when the folder or a file cannot be written
     */
    public List<Path> write(MicmacResult result, Path dir) throws IOException {
        return ReportFiles.write(render(result), dir);
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
     * Numbers are written exactly (shortest round-trip form).
     *
     * @param result the analysis
     * @param out where the document goes, one line, streamed
     * @throws java.io.UncheckedIOException when {@code out} fails
     */
    public void writeJson(MicmacResult result, Appendable out) {
        MicmacJson.write(result, out);
    }

    /**
     * @param result the analysis
     * @return the document of {@link #writeJson}, one line
     */
    public String json(MicmacResult result) {
        StringBuilder sb = new StringBuilder();
        writeJson(result, sb);
        return sb.toString();
    }

    /**
     * The classification table as plain text, for a terminal: one row per variable with its id,
     * name, direct and indirect ranks, its sector in each of the four views and its displacement
     * from the direct to the indirect view.
     *
     * @param result the analysis
     * @return the table, lines ending in {@code \n}
     */
    public String table(MicmacResult result) {
        return ClassificationTable.of(result);
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
}
