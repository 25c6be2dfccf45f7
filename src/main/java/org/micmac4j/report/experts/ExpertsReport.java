package org.micmac4j.report.experts;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.micmac4j.InvalidInputException;
import org.micmac4j.experts.PanelResult;
import org.micmac4j.experts.RobustnessResult;
import org.micmac4j.internal.Messages;
import org.micmac4j.report.Report;
import org.micmac4j.report.internal.MicmacSheets;
import org.micmac4j.report.internal.ReportFiles;
import org.micmac4j.report.internal.RobustnessSection;
import org.micmac4j.report.internal.SheetTable;
import org.micmac4j.report.internal.Workbook;
import org.micmac4j.report.micmac.MicmacReport;

/**
 * The report of a panel synthesis ({@link Report}): the terminal text (panel, coverage, agreement
 * and what it means, the most disputed cells with the experts' opinions by name, leave-one-out,
 * the aggregate's classification, robustness), the JSON document, the workbook and the folder:
 * {@code report.html} (panel, coverage, agreement, disputed cells, leave-one-out, robustness with
 * its two pictures), {@code aggregate/} (the {@link MicmacReport} of the aggregate matrix),
 * {@code aggregate.csv}, {@code agreement.csv}, {@code disputed-cells.csv} (to send back to the
 * panel for a Delphi round), {@code coverage.csv}, {@code leave-one-out.csv}, and with draws
 * {@code robustness.csv}, {@code sector-probability.svg} and {@code rank-intervals.svg}. The
 * whole folder, {@code aggregate/} included, is prepared before any file is replaced.
 *
 * <pre>{@code
 * ExpertsReport.withDefaults().withTitle("Panel 2040").write(PanelFindings.of(result), dir);
 * }</pre>
 *
 * <p>Immutable. Bad settings throw {@link InvalidInputException}.
 */
public final class ExpertsReport implements Report<PanelFindings> {
    /** The default title. */
    public static final String TITLE_DEFAULT = "Expert panel synthesis";
    /** The report folder's page. */
    public static final String PAGE = "report.html";
    /** The sub-folder with the MICMAC report of the aggregate matrix. */
    public static final String AGGREGATE_FOLDER = "aggregate";

    private static final ExpertsReport DEFAULTS = new ExpertsReport(TITLE_DEFAULT);

    private final String title;

    private ExpertsReport(String title) {
        this.title = title;
    }

    /** @return the report with the default title */
    public static ExpertsReport withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param newTitle the title, not blank
     * @return a copy
     * @throws InvalidInputException when blank
     */
    public ExpertsReport withTitle(String newTitle) {
        Messages.require(newTitle != null && !newTitle.isBlank(), "the report title must not be blank");
        return new ExpertsReport(newTitle);
    }

    /** @return the title */
    public String title() {
        return title;
    }

    /**
     * Renders every file of the folder in memory, those of {@code aggregate/} included.
     *
     * @param f the synthesis and its robustness
     * @return file name to content
     */
    @Override
    public Map<String, String> render(PanelFindings f) {
        PanelResult r = f.synthesis();
        RobustnessResult mc = f.robustness();
        Map<String, String> svgs = mc == null ? new LinkedHashMap<>() : RobustnessSection.pictures(mc);
        Map<String, String> files = ReportFiles.withDeclarations(svgs);
        files.put("aggregate.csv", ExpertsSheets.aggregateCsv(r));
        files.put("coverage.csv", ExpertsSheets.coverage(r).csv());
        files.put("disputed-cells.csv", ExpertsSheets.disputed(r).csv());
        if (r.agreement() != null) {
            files.put("agreement.csv", ExpertsSheets.agreement(r.agreement()).csv());
            files.put("leave-one-out.csv", ExpertsSheets.leaveOneOut(r).csv());
        }
        if (mc != null) {
            files.put("robustness.csv", RobustnessSection.csv(mc));
        }
        files.put(PAGE, ExpertsHtml.of(title, r, mc, svgs));
        files.putAll(ReportFiles.inFolder(AGGREGATE_FOLDER, aggregate(r).render(r.analysis())));
        return files;
    }

    /** @return {@value #PAGE} */
    @Override
    public String page() {
        return PAGE;
    }

    /** The MICMAC report of the aggregate matrix, titled after this one. */
    private MicmacReport aggregate(PanelResult r) {
        return MicmacReport.withDefaults().withTitle(title + ": aggregate matrix")
                .withNotes(List.of("Aggregate of " + r.panel().expertCount() + " experts by the rule "
                        + r.config().rule().name().toLowerCase(Locale.ROOT) + "."));
    }

    /**
     * The document of {@code micmac experts --json}:
     * <pre>
     * {"experts":[names],"rule":"mean","draws":N,"seed":S,
     *  "agreement":{"kendallW":{"directInfluence":w,"directDependence":w,"indirectInfluence":w,
     *               "indirectDependence":w},"krippendorffAlpha":{"ordinal":a,"interval":a}},
     *  "variables":[{"id":..,"name":..,"aggregate":{"direct":V,"indirect":V,"potentialDirect":V,
     *               "potentialIndirect":V},"robustness":{"indirect":{"sectorProbability":{"INFLUENT":p,..},
     *               "influenceRank":{"median":r,"p05":r,"p95":r},"dependenceRank":{..}}}}],
     *  "disputedCells":[{"from":id,"to":id,"scores":{"expert":score|"P"|null},"spread":s}]}
     * </pre>
     * V is the per-view object of the MICMAC document ({@link MicmacReport#writeJson}) for the
     * aggregate. {@code agreement} is null with a single expert, {@code robustness} null without
     * draws ({@code draws} 0), a statistic null when undefined. {@code spread} is the sample
     * standard deviation of the cell's opinions; a P opinion is written "P".
     *
     * @param f the synthesis and its robustness
     * @param out where the document goes, one line
     */
    @Override
    public void writeJson(PanelFindings f, Appendable out) {
        ExpertsJson.write(f, out);
    }

    /**
     * @param f the synthesis and its robustness
     * @return the panel (experts, rule, coverage), the agreement in numbers and in words on
     *     published scales, the most disputed cells with each expert's opinion by name,
     *     leave-one-out with its column names, then the aggregate matrix's MICMAC text and, with
     *     draws, the robustness table
     */
    @Override
    public String table(PanelFindings f) {
        PanelResult r = f.synthesis();
        StringBuilder sb = new StringBuilder(ExpertsText.of(r)).append('\n');
        sb.append(MicmacReport.withDefaults().withTitle("Aggregate matrix").withRobustness(f.robustness())
                .table(r.analysis()));
        return sb.toString();
    }

    /**
     * The workbook: {@code experts}, {@code coverage}, {@code agreement}, {@code disputed_cells},
     * {@code leave_one_out}, the aggregate's MICMAC sheets (one per view, characteristics,
     * stability, matrix, variables) and, with draws, {@code robustness}.
     */
    @Override
    public void writeXlsx(PanelFindings f, OutputStream out) throws IOException {
        PanelResult r = f.synthesis();
        List<SheetTable> sheets = new ArrayList<>();
        sheets.add(ExpertsSheets.experts(r.panel()));
        sheets.add(ExpertsSheets.coverage(r));
        if (r.agreement() != null) {
            sheets.add(ExpertsSheets.agreement(r.agreement()));
        }
        sheets.add(ExpertsSheets.disputed(r));
        if (r.agreement() != null) {
            sheets.add(ExpertsSheets.leaveOneOut(r));
        }
        sheets.addAll(MicmacSheets.of(r.analysis(), MicmacReport.MATRIX_SHEET_MAX_DEFAULT));
        if (f.robustness() != null) {
            sheets.add(RobustnessSection.sheet(f.robustness()));
        }
        Workbook.write(sheets, out);
    }

    @Override
    public String toString() {
        return "ExpertsReport[title=" + title + "]";
    }
}
