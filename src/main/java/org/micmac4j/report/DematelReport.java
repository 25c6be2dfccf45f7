package org.micmac4j.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.micmac4j.dematel.DematelResult;

/**
 * The report of a DEMATEL analysis: the report folder, the JSON document and the terminal table.
 * The folder holds
 *
 * <ul>
 *   <li>{@code dematel-map.svg}, the impact-relation map (the strongest relations drawn as arrows:
 *       at most {@value #DRAWN_RELATIONS_PER_VARIABLE} per variable on average, or
 *       {@value #DRAWN_RELATIONS_MIN}, whichever is more);</li>
 *   <li>{@code dematel-report.html}, one self-contained page with the settings, the variables
 *       table (D, R, D+R, D−R, group, weight), the total-relation matrix T with the cells above the
 *       threshold marked (up to {@linkplain #withMatrixTablesUpTo a number of variables}), the
 *       relations and the map inline.</li>
 * </ul>
 *
 * <pre>{@code
 * DematelReport.withDefaults().withTitle("My study").write(result, Path.of("dematel-report"));
 * }</pre>
 *
 * <p>Immutable; {@code with...} methods return modified copies.
 */
public final class DematelReport {
    /** Default title. */
    public static final String TITLE_DEFAULT = "DEMATEL analysis";
    /** Default: the page shows the n×n matrix T up to this many variables. */
    public static final int MATRIX_TABLES_UP_TO_DEFAULT = 100;
    /**
     * Default: the JSON document and the page list at most this many relations, the strongest (a
     * dense matrix has about n²/2 cells above the mean).
     */
    public static final int RELATIONS_LISTED_DEFAULT = 10_000;
    /** The map draws at most this many relations per variable on average, the strongest. */
    public static final int DRAWN_RELATIONS_PER_VARIABLE = 2;
    /** ... but never fewer than this many (small studies show every relation). */
    public static final int DRAWN_RELATIONS_MIN = 200;

    private static final DematelReport DEFAULTS = new DematelReport(TITLE_DEFAULT, MATRIX_TABLES_UP_TO_DEFAULT,
            RELATIONS_LISTED_DEFAULT);

    private final String title;
    private final int tablesUpTo;
    private final int relationsListed;

    private DematelReport(String title, int tablesUpTo, int relationsListed) {
        this.title = title;
        this.tablesUpTo = tablesUpTo;
        this.relationsListed = relationsListed;
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
        return new DematelReport(Objects.requireNonNull(newTitle, "title"), tablesUpTo, relationsListed);
    }

    /**
     * @param variables the page shows the n×n matrix T up to this many variables, 0 or more
     * @return a copy with it
     */
    public DematelReport withMatrixTablesUpTo(int variables) {
        if (variables < 0) {
            throw new IllegalArgumentException("variables must be 0 or more, got " + variables);
        }
        return new DematelReport(title, variables, relationsListed);
    }

    /**
     * @param relations the most relations the JSON document and the page list (the strongest; the
     *     JSON gives their total number), 0 or more
     * @return a copy with it
     */
    public DematelReport withRelationsListed(int relations) {
        if (relations < 0) {
            throw new IllegalArgumentException("relations must be 0 or more, got " + relations);
        }
        return new DematelReport(title, tablesUpTo, relations);
    }

    /**
     * Renders every file in memory.
     *
     * @param result the analysis
     * @return file name to content
     */
    public Map<String, String> render(DematelResult result) {
        Map<String, String> svgs = new LinkedHashMap<>();
        svgs.put("dematel-map.svg", DematelMapSvg.of(result,
                Math.max(DRAWN_RELATIONS_MIN, DRAWN_RELATIONS_PER_VARIABLE * result.size())));
        Map<String, String> files = ReportFiles.withDeclarations(svgs);
        files.put("dematel-report.html", DematelHtml.of(result, title, tablesUpTo, relationsListed, svgs));
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
    public List<Path> write(DematelResult result, Path dir) throws IOException {
        return ReportFiles.write(render(result), dir);
    }

    /**
     * The machine-readable result, as {@code micmac dematel --json} prints it:
     *
     * <pre>
     * {"settings":{"normalization":"MAX_ROW_COLUMN","rounding":null|decimals,"thresholdRule":"MEAN"},
     *  "divisor":s,"threshold":t,"largestEigenvalueT":λ,
     *  "variables":[{"id":..,"name":..,"D":d,"R":r,"DplusR":..,"DminusR":..,"group":"CAUSE|EFFECT|NEUTRAL",
     *                "weight":w}],
     *  "relationCount":m,
     *  "relations":[{"from":..,"to":..,"strength":T(i,j)}]}
     * </pre>
     *
     * D is the row sum of the total-relation matrix T (influence given), R its column sum
     * (influence received); {@code relationCount} is the number of cells of T strictly above the
     * threshold, {@code relations} lists them row by row (only the strongest when there are more
     * than {@linkplain #withRelationsListed the limit}; ties at the cut in row order);
     * {@code rounding} is null when N is not rounded. Numbers are written exactly (shortest
     * round-trip form).
     *
     * @param result the analysis
     * @param out where the document goes, one line, streamed
     * @throws java.io.UncheckedIOException when {@code out} fails
     */
    public void writeJson(DematelResult result, Appendable out) {
        DematelJson.write(result, relationsListed, out);
    }

    /**
     * @param result the analysis
     * @return the document of {@link #writeJson}, one line
     */
    public String json(DematelResult result) {
        StringBuilder sb = new StringBuilder();
        writeJson(result, sb);
        return sb.toString();
    }

    /**
     * @param result the analysis
     * @return one row per variable (id, D, R, D+R, D−R, weight, group), then the threshold, the
     *     number of relations above it and the largest eigenvalue of T, lines ending in {@code \n}
     */
    public String table(DematelResult result) {
        return DematelTable.of(result);
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
}
