package org.micmac4j.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.micmac4j.ism.IsmInput;
import org.micmac4j.ism.IsmResult;
import org.micmac4j.report.render.Numbers;

/**
 * The report of an ISM analysis: the report folder, the JSON document and the terminal table.
 * The folder holds
 *
 * <ul>
 *   <li>{@code ism-levels.svg}, the level diagram;</li>
 *   <li>{@code ism-micmac.svg}, the ISM-MICMAC plane;</li>
 *   <li>{@code ism-report.html}, one self-contained page with the settings, the variables table,
 *       the levels, the final reachability matrix (entries added by transitivity marked 1*), the
 *       level partition iterations (reachability, antecedent and intersection sets) and both
 *       pictures inline; the matrix and the iterations only up to
 *       {@linkplain #withMatrixTablesUpTo a number of variables}.</li>
 * </ul>
 *
 * <pre>{@code
 * IsmReport.withDefaults().withTitle("My study").write(result, Path.of("ism-report"));
 * }</pre>
 *
 * <p>Immutable; {@code with...} methods return modified copies.
 */
public final class IsmReport {
    /** Default title. */
    public static final String TITLE_DEFAULT = "ISM analysis";
    /** Default: the page shows the reachability matrix and the iterations up to this many variables. */
    public static final int MATRIX_TABLES_UP_TO_DEFAULT = 100;
    /** Default: the JSON document gives the number of transitive cells, not the list (up to n²). */
    public static final boolean TRANSITIVE_CELLS_LISTED_DEFAULT = false;

    private static final IsmReport DEFAULTS = new IsmReport(TITLE_DEFAULT, MATRIX_TABLES_UP_TO_DEFAULT,
            TRANSITIVE_CELLS_LISTED_DEFAULT);

    private final String title;
    private final int tablesUpTo;
    private final boolean cellsListed;

    private IsmReport(String title, int tablesUpTo, boolean cellsListed) {
        this.title = title;
        this.tablesUpTo = tablesUpTo;
        this.cellsListed = cellsListed;
    }

    /** @return the report with the default title and sizes */
    public static IsmReport withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param newTitle the study's title, shown at the top of the page
     * @return a copy with it
     */
    public IsmReport withTitle(String newTitle) {
        return new IsmReport(Objects.requireNonNull(newTitle, "title"), tablesUpTo, cellsListed);
    }

    /**
     * @param variables the page shows the final reachability matrix and the sets of every
     *     iteration up to this many variables (they grow as n² and n²·levels), 0 or more
     * @return a copy with it
     */
    public IsmReport withMatrixTablesUpTo(int variables) {
        if (variables < 0) {
            throw new IllegalArgumentException("variables must be 0 or more, got " + variables);
        }
        return new IsmReport(title, variables, cellsListed);
    }

    /**
     * @param listed whether the JSON document lists the transitive cells (up to n² of them) or
     *     only gives their number
     * @return a copy with it
     */
    public IsmReport withTransitiveCellsListed(boolean listed) {
        return new IsmReport(title, tablesUpTo, listed);
    }

    /**
     * Renders every file in memory.
     *
     * @param result the analysis
     * @return file name to content, in the order of the class description
     */
    public Map<String, String> render(IsmResult result) {
        Map<String, String> svgs = new LinkedHashMap<>();
        svgs.put("ism-levels.svg", IsmLevelsSvg.of(result));
        svgs.put("ism-micmac.svg", IsmPlaneSvg.of(result));
        Map<String, String> files = ReportFiles.withDeclarations(svgs);
        files.put("ism-report.html", IsmHtml.of(result, title, tablesUpTo, svgs));
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
    public List<Path> write(IsmResult result, Path dir) throws IOException {
        return ReportFiles.write(render(result), dir);
    }

    /**
     * The machine-readable result, as {@code micmac ism --json} prints it:
     *
     * <pre>
     * {"settings":{"input":"SSIM|REACHABILITY","closure":"TRANSITIVE|AS_GIVEN",
     *              "levelNumbering":"FROM_SINKS|FROM_SOURCES","split":"HALF_N","equalCountsAsHigh":true},
     *  "thresholds":{"driving":t,"dependence":t},
     *  "variables":[{"id":..,"drivingPower":p,"dependencePower":q,"level":l,
     *                "cluster":"AUTONOMOUS|DEPENDENT|LINKAGE|INDEPENDENT"}],
     *  "levels":[[ids of level 1],[ids of level 2],...],
     *  "transitiveCellCount":m,
     *  "transitiveCells":[{"from":..,"to":..}],      (only when listed)
     *  "edges":[{"from":..,"to":..,"withinCycle":bool}]}
     * </pre>
     *
     * {@code transitiveCells} are the entries of the final reachability matrix added by
     * transitivity (printed 1*), or with {@code AS_GIVEN} the cells the input marked 1*, listed
     * only {@linkplain #withTransitiveCellsListed when asked}; {@code edges} is the digraph with
     * transitive edges removed (the level diagram's arrows); {@code input} is omitted when null.
     *
     * @param result the analysis
     * @param input the kind of input it was made from, or null
     * @param out where the document goes, one line, streamed
     * @throws java.io.UncheckedIOException when {@code out} fails
     */
    public void writeJson(IsmResult result, IsmInput.Kind input, Appendable out) {
        IsmJson.write(result, input, cellsListed, out);
    }

    /**
     * @param result the analysis
     * @param input the kind of input it was made from, or null
     * @return the document of {@link #writeJson}, one line
     */
    public String json(IsmResult result, IsmInput.Kind input) {
        StringBuilder sb = new StringBuilder();
        writeJson(result, input, sb);
        return sb.toString();
    }

    /**
     * @param result the analysis
     * @return one row per variable (id, driving power, dependence power, level, ISM-MICMAC
     *     cluster), then the levels, lines ending in {@code \n}
     */
    public String table(IsmResult result) {
        return IsmTable.of(result);
    }

    /**
     * @param result the analysis
     * @return one line: closure, number of levels, split and thresholds, number of transitive
     *     entries
     */
    public String summary(IsmResult result) {
        return String.format(Locale.ROOT, "closure %s; %s partition; %d levels; ISM-MICMAC split %s: driving threshold "
                + "%s, dependence threshold %s; %d entries added by transitivity", result.config().closure(),
                result.config().partition(), result.levelCount(),
                result.config().split(), Numbers.count(result.thresholds().influence()),
                Numbers.count(result.thresholds().dependence()), result.transitiveCellCount());
    }

    /** @return the title */
    public String title() {
        return title;
    }

    /** @return the number of variables up to which the page shows the matrix and the iterations */
    public int matrixTablesUpTo() {
        return tablesUpTo;
    }

    /** @return whether the JSON document lists the transitive cells */
    public boolean transitiveCellsListed() {
        return cellsListed;
    }
}
