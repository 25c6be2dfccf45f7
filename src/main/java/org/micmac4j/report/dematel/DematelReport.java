package org.micmac4j.report.dematel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.micmac4j.InvalidInputException;
import org.micmac4j.dematel.DematelResult;
import org.micmac4j.internal.Messages;
import org.micmac4j.report.Report;
import org.micmac4j.report.internal.ReportFiles;
import org.micmac4j.report.internal.Workbook;

/**
 * The report of a DEMATEL analysis: the terminal table, the JSON document, the workbook and the
 * report folder ({@link Report}). The folder holds
 *
 * <ul>
 *   <li>{@code dematel-map.svg}, the impact-relation map (the strongest relations drawn as arrows:
 *       at most {@value #DRAWN_RELATIONS_PER_VARIABLE} per variable on average, or
 *       {@value #DRAWN_RELATIONS_MIN}, whichever is more);</li>
 *   <li>{@code dematel-report.html}, one self-contained page with the settings, the variables
 *       table (D, R, D+R, D−R, role, weight), the total-relation matrix T with the cells above the
 *       threshold marked (up to {@linkplain #withMatrixTablesUpTo a number of variables}), the
 *       relations and the map inline.</li>
 * </ul>
 *
 * The workbook has the sheets {@code variables} (D, R, D+R, D−R, role, weight), {@code relations}
 * (the listed ones) and, up to the same number of variables as the page, {@code total_relation}
 * (T).
 *
 * <p>The relations (the cells of the total-relation matrix T above the threshold) are listed and
 * drawn only up to {@linkplain #withRelationsUpTo a number of variables}, by default
 * {@value #RELATIONS_UP_TO_DEFAULT}: D, R, D+R, D−R, the roles and the weights need no T, while T
 * itself is an O(n³) solve (about 20 s at 3000 variables on two cores). Above it the JSON document
 * writes {@code null} for the relations, the page and the map say they were left out and how to
 * ask for them.
 *
 * <pre>{@code
 * DematelReport.withDefaults().withTitle("My study").write(result, Path.of("dematel-report"));
 * }</pre>
 *
 * <p>Immutable; {@code with...} methods return modified copies. Bad settings throw
 * {@link InvalidInputException}.
 */
public final class DematelReport implements Report<DematelResult> {
    /** Default title. */
    public static final String TITLE_DEFAULT = "DEMATEL analysis";
    /** Default: the page shows the n×n matrix T up to this many variables. */
    public static final int MATRIX_TABLES_UP_TO_DEFAULT = 100;
    /**
     * Default: the JSON document and the page list at most this many relations, the strongest (a
     * dense matrix has about n²/2 cells above the mean).
     */
    public static final int RELATIONS_LISTED_DEFAULT = 10_000;
    /**
     * Default: the relations (and T) are computed up to this many variables; above, they are left
     * out unless asked for with {@link #withRelationsUpTo}.
     */
    public static final int RELATIONS_UP_TO_DEFAULT = 1000;
    /** The map draws at most this many relations per variable on average, the strongest. */
    public static final int DRAWN_RELATIONS_PER_VARIABLE = 2;
    /** ... but never fewer than this many (small studies show every relation). */
    public static final int DRAWN_RELATIONS_MIN = 200;
    /** The report folder's page. */
    public static final String PAGE = "dematel-report.html";

    private static final DematelReport DEFAULTS = new DematelReport(TITLE_DEFAULT, MATRIX_TABLES_UP_TO_DEFAULT,
            RELATIONS_LISTED_DEFAULT, RELATIONS_UP_TO_DEFAULT);

    private final String title;
    private final int tablesUpTo;
    private final int relationsListed;
    private final int relationsUpTo;

    private DematelReport(String title, int tablesUpTo, int relationsListed, int relationsUpTo) {
        this.title = title;
        this.tablesUpTo = tablesUpTo;
        this.relationsListed = relationsListed;
        this.relationsUpTo = relationsUpTo;
    }

    /** @return the report with the default title and sizes */
    public static DematelReport withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param newTitle the study's title, shown at the top of the page
     * @return a copy with it
     */
    public DematelReport withTitle(String newTitle) {
        return new DematelReport(Objects.requireNonNull(newTitle, "title"), tablesUpTo, relationsListed, relationsUpTo);
    }

    /**
     * @param variables the page shows the n×n matrix T up to this many variables, 0 or more
     * @return a copy with it
     * @throws InvalidInputException when negative
     */
    public DematelReport withMatrixTablesUpTo(int variables) {
        Messages.require(variables >= 0, "variables must be 0 or more, got %d", variables);
        return new DematelReport(title, variables, relationsListed, relationsUpTo);
    }

    /**
     * @param relations the most relations the JSON document and the page list (the strongest; the
     *     JSON gives their total number), 0 or more
     * @return a copy with it
     * @throws InvalidInputException when negative
     */
    public DematelReport withRelationsListed(int relations) {
        Messages.require(relations >= 0, "relations must be 0 or more, got %d", relations);
        return new DematelReport(title, tablesUpTo, relations, relationsUpTo);
    }

    /**
     * @param variables the relations (and the total-relation matrix T they are read from, an O(n³)
     *     solve) are computed up to this many variables, 0 or more; {@link Integer#MAX_VALUE}
     *     always computes them
     * @return a copy with it
     * @throws InvalidInputException when negative
     */
    public DematelReport withRelationsUpTo(int variables) {
        Messages.require(variables >= 0, "variables must be 0 or more, got %d", variables);
        return new DematelReport(title, tablesUpTo, relationsListed, variables);
    }

    /**
     * Renders every file in memory.
     *
     * @param result the analysis
     * @return file name to content
     */
    @Override
    public Map<String, String> render(DematelResult result) {
        Map<String, String> svgs = new LinkedHashMap<>();
        svgs.put("dematel-map.svg", DematelMapSvg.of(result, DematelRelations.strongest(result,
                Math.max(DRAWN_RELATIONS_MIN, DRAWN_RELATIONS_PER_VARIABLE * result.size()), relationsUpTo)));
        Map<String, String> files = ReportFiles.withDeclarations(svgs);
        files.put(PAGE, DematelHtml.of(result, title, tablesUpTo,
                DematelRelations.strongest(result, relationsListed, relationsUpTo), svgs));
        return files;
    }

    /** @return {@value #PAGE} */
    @Override
    public String page() {
        return PAGE;
    }

    /**
     * The machine-readable result, as {@code micmac dematel --json} prints it:
     *
     * <pre>
     * {"settings":{"normalization":"MAX_ROW_COLUMN","rounding":null|decimals,"thresholdRule":"MEAN"},
     *  "divisor":s,"threshold":t,"largestEigenvalueT":λ,
     *  "variables":[{"id":..,"name":..,"D":d,"R":r,"DplusR":..,"DminusR":..,"role":"CAUSE|EFFECT|NEUTRAL",
     *                "weight":w}],
     *  "relationCount":m|null,
     *  "relations":[{"from":..,"to":..,"strength":T(i,j)}]|null}
     * </pre>
     *
     * D is the row sum of the total-relation matrix T (influence given), R its column sum
     * (influence received); {@code relationCount} is the number of cells of T strictly above the
     * threshold, {@code relations} lists them row by row (only the strongest when there are more
     * than {@linkplain #withRelationsListed the limit}; ties at the cut in row order);
     * both are {@code null} when the result has more variables than
     * {@linkplain #withRelationsUpTo the relations are computed for}, and so is {@code threshold}
     * when its rule needs T (MEDIAN, MIDPOINT, MEAN_PLUS_SD);
     * {@code rounding} is null when N is not rounded. Numbers are written exactly (shortest
     * round-trip form).
     *
     * @param result the analysis
     * @param out where the document goes, one line, streamed
     * @throws java.io.UncheckedIOException when {@code out} fails
     */
    @Override
    public void writeJson(DematelResult result, Appendable out) {
        DematelJson.write(result, DematelRelations.strongest(result, relationsListed, relationsUpTo), out);
    }

    /**
     * The terminal text: the title and the number of variables, then one row per variable (id,
     * D, R, D+R, D−R, weight, role), the threshold, the number of relations above it (or that
     * they were left out) and the largest eigenvalue of T.
     *
     * @param result the analysis
     * @return the text, lines ending in {@code \n}
     */
    @Override
    public String table(DematelResult result) {
        return title + "\n" + result.size() + " variables\n\n"
                + DematelTable.of(result, DematelRelations.strongest(result, 0, relationsUpTo));
    }

    @Override
    public void writeXlsx(DematelResult result, OutputStream out) throws IOException {
        Workbook.write(DematelSheets.of(result, DematelRelations.strongest(result, relationsListed, relationsUpTo),
                tablesUpTo), out);
    }

    /** @return the title */
    public String title() {
        return title;
    }

    /** @return the number of variables up to which the page shows T */
    public int matrixTablesUpTo() {
        return tablesUpTo;
    }

    /** @return the most relations listed */
    public int relationsListed() {
        return relationsListed;
    }

    /** @return the most variables for which the relations are computed */
    public int relationsUpTo() {
        return relationsUpTo;
    }
}
