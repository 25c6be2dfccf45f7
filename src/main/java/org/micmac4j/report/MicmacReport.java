package org.micmac4j.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.micmac4j.MicmacResult;
import org.micmac4j.View;

/**
 * Writes the report folder of a MICMAC analysis:
 *
 * <ul>
 *   <li>{@code plane-direct.svg}, {@code plane-indirect.svg}, {@code plane-potential-indirect.svg}
 *       ({@link PlaneSvg}) and {@code displacement.svg} ({@link DisplacementSvg});</li>
 *   <li>{@code graph-direct.svg} and {@code graph-indirect.svg} ({@link GraphSvg}), with
 *       {@code .dot} and {@code .graphml} exports ({@link GraphExport});</li>
 *   <li>{@code results.csv} ({@link ResultsCsv}) and {@code report.html}, one self-contained page
 *       with every table and the pictures inline.</li>
 * </ul>
 *
 * <pre>{@code
 * MicmacReport.withDefaults().withTitle("My study").write(result, Path.of("micmac-report"));
 * }</pre>
 *
 * <p>Immutable; {@code with...} methods return modified copies.
 */
public final class MicmacReport {
    /** Default title. */
    public static final String TITLE_DEFAULT = "MICMAC analysis";
    private static final MicmacReport DEFAULTS = new MicmacReport(TITLE_DEFAULT, List.of(),
            InfluenceGraph.PERCENT_DEFAULT);

    private final String title;
    private final List<String> notes;
    private final double graphPercent;

    private MicmacReport(String title, List<String> notes, double graphPercent) {
        this.title = title;
        this.notes = notes;
        this.graphPercent = graphPercent;
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
        return new MicmacReport(Objects.requireNonNull(newTitle, "title"), notes, graphPercent);
    }

    /**
     * @param newNotes statements about the data shown prominently (e.g. that scores are
     *     illustrative)
     * @return a copy with them
     */
    public MicmacReport withNotes(List<String> newNotes) {
        return new MicmacReport(title, List.copyOf(newNotes), graphPercent);
    }

    /**
     * @param percent share of links the influence graphs keep, strongest first, in (0, 100]
     * @return a copy with it
     */
    public MicmacReport withGraphPercent(double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("graph percent must be in (0, 100], got " + percent);
        }
        return new MicmacReport(title, notes, percent);
    }

    /**
     * Renders every file in memory.
     *
     * @param result the analysis
     * @return file name to content, in the order they are listed in the class description
     */
    public Map<String, String> render(MicmacResult result) {
        Map<String, String> svgs = new LinkedHashMap<>();
        svgs.put("plane-direct.svg", PlaneSvg.of(result, View.DIRECT));
        svgs.put("plane-indirect.svg", PlaneSvg.of(result, View.INDIRECT));
        svgs.put("plane-potential-indirect.svg", PlaneSvg.of(result, View.POTENTIAL_INDIRECT));
        svgs.put("displacement.svg", DisplacementSvg.of(result));
        InfluenceGraph direct = InfluenceGraph.direct(result, graphPercent);
        InfluenceGraph indirect = InfluenceGraph.indirect(result, graphPercent);
        svgs.put("graph-direct.svg", GraphSvg.of(direct));
        svgs.put("graph-indirect.svg", GraphSvg.of(indirect));
        Map<String, String> files = ReportFiles.withDeclarations(svgs);
        files.put("graph-direct.dot", GraphExport.dot(direct));
        files.put("graph-indirect.dot", GraphExport.dot(indirect));
        files.put("graph-direct.graphml", GraphExport.graphml(direct));
        files.put("graph-indirect.graphml", GraphExport.graphml(indirect));
        files.put("results.csv", ResultsCsv.of(result));
        files.put("report.html", HtmlReport.of(result, title, notes, svgs));
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
}
