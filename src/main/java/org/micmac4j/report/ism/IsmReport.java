package org.micmac4j.report.ism;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.Messages;
import org.micmac4j.ism.IsmInput;
import org.micmac4j.ism.IsmResult;
import org.micmac4j.report.Report;
import org.micmac4j.report.internal.ReportFiles;
import org.micmac4j.report.internal.Workbook;
import org.micmac4j.report.internal.render.Numbers;

/**
 * The report of an ISM analysis: the terminal table, the JSON document, the workbook and the
 * report folder ({@link Report}). The folder holds
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
 * The workbook has the sheets {@code variables} (driving and dependence power, level, cluster),
 * {@code levels}, {@code edges} (the level diagram's arrows), {@code transitive_cells} and, up to
 * the same number of variables, {@code final_reachability}.
 *
 * <pre>{@code
 * IsmReport.withDefaults().withTitle("My study").write(result, Path.of("ism-report"));
 * }</pre>
 *
 * <p>Immutable; {@code with...} methods return modified copies. Bad settings throw
 * {@link InvalidInputException}.
 */
public final class IsmReport implements Report<IsmResult> {
    /** Default title. */
    public static final String TITLE_DEFAULT = "ISM analysis";
    /** Default: the page shows the reachability matrix and the iterations up to this many variables. */
    public static final int MATRIX_TABLES_UP_TO_DEFAULT = 100;
    /** Default: the JSON document gives the number of transitive cells, not the list (up to n²). */
    public static final boolean TRANSITIVE_CELLS_LISTED_DEFAULT = false;
    /** The report folder's page. */
    public static final String PAGE = "ism-report.html";

    private static final IsmReport DEFAULTS = new IsmReport(TITLE_DEFAULT, MATRIX_TABLES_UP_TO_DEFAULT,
            TRANSITIVE_CELLS_LISTED_DEFAULT, null);

    private final String title;
    private final int tablesUpTo;
    private final boolean cellsListed;
    private final IsmInput.Kind inputKind;

    private IsmReport(String title, int tablesUpTo, boolean cellsListed, IsmInput.Kind inputKind) {
        this.title = title;
        this.tablesUpTo = tablesUpTo;
        this.cellsListed = cellsListed;
        this.inputKind = inputKind;
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
        return new IsmReport(Objects.requireNonNull(newTitle, "title"), tablesUpTo, cellsListed, inputKind);
    }

    /**
     * @param variables the page shows the final reachability matrix and the sets of every
     *     iteration up to this many variables (they grow as n² and n²·levels), 0 or more
     * @return a copy with it
     * @throws InvalidInputException when negative
     */
    public IsmReport withMatrixTablesUpTo(int variables) {
        Messages.require(variables >= 0, "variables must be 0 or more, got %d", variables);
        return new IsmReport(title, variables, cellsListed, inputKind);
    }

    /**
     * @param listed whether the JSON document lists the transitive cells (up to n² of them) or
     *     only gives their number
     * @return a copy with it
     */
    public IsmReport withTransitiveCellsListed(boolean listed) {
        return new IsmReport(title, tablesUpTo, listed, inputKind);
    }

    /**
     * @param kind the kind of input the reported results were made from (a structural
     *     self-interaction matrix or a reachability matrix), named in the JSON document and the
     *     terminal text; null when unknown
     * @return a copy with it
     */
    public IsmReport withInputKind(IsmInput.Kind kind) {
        return new IsmReport(title, tablesUpTo, cellsListed, kind);
    }

    /**
     * Renders every file in memory.
     *
     * @param result the analysis
     * @return file name to content, in the order of the class description
     */
    @Override
    public Map<String, String> render(IsmResult result) {
        Map<String, String> svgs = new LinkedHashMap<>();
        svgs.put("ism-levels.svg", IsmLevelsSvg.of(result));
        svgs.put("ism-micmac.svg", IsmPlaneSvg.of(result));
        Map<String, String> files = ReportFiles.withDeclarations(svgs);
        files.put(PAGE, IsmHtml.of(result, title, tablesUpTo, svgs));
        return files;
    }

    /** @return {@value #PAGE} */
    @Override
    public String page() {
        return PAGE;
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
     * transitive edges removed (the level diagram's arrows); {@code input} is
     * {@linkplain #withInputKind the kind of input}, omitted when unknown.
     *
     * @param result the analysis
     * @param out where the document goes, one line, streamed
     * @throws java.io.UncheckedIOException when {@code out} fails
     */
    @Override
    public void writeJson(IsmResult result, Appendable out) {
        IsmJson.write(result, inputKind, cellsListed, out);
    }

    /**
     * The terminal text: the title, one line on the input, the closure, the levels, the split and
     * its thresholds and the entries added by transitivity, then one row per variable (id, driving
     * power, dependence power, level, ISM-MICMAC cluster) and the levels.
     *
     * @param result the analysis
     * @return the text, lines ending in {@code \n}
     */
    @Override
    public String table(IsmResult result) {
        String input = inputKind == null ? "" : inputKind == IsmInput.Kind.SSIM ? " (SSIM)" : " (reachability matrix)";
        return title + "\n" + String.format(Locale.ROOT, "%d variables%s; closure %s; %s partition; %d levels; "
                + "ISM-MICMAC split %s: driving threshold %s, dependence threshold %s; %d entries added by "
                + "transitivity", result.size(), input, result.config().closure(), result.config().partition(),
                result.levelCount(), result.config().split(), Numbers.count(result.thresholds().influence()),
                Numbers.count(result.thresholds().dependence()), result.transitiveCellCount()) + "\n\n"
                + IsmTable.of(result);
    }

    @Override
    public void writeXlsx(IsmResult result, OutputStream out) throws IOException {
        Workbook.write(IsmSheets.of(result, tablesUpTo), out);
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

    /** @return the kind of input named in the outputs, or null */
    public IsmInput.Kind inputKind() {
        return inputKind;
    }
}
