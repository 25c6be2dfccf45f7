package org.micmac4j.report.morph;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.Messages;
import org.micmac4j.morph.MorphologicalResult;
import org.micmac4j.report.Report;
import org.micmac4j.report.internal.ReportFiles;
import org.micmac4j.report.internal.Workbook;

/**
 * The report of a morphological analysis ({@link Report}): the terminal text (the size of the
 * field, the exact number of consistent configurations, the survival of every value and the
 * listed configurations), the JSON document, the workbook ({@code configurations},
 * {@code survival}) and the folder: {@value #PAGE} (the morphological box with the first
 * consistent configuration highlighted, the listed configurations and the survival counts),
 * {@code morphological-box.svg}, {@value #CONFIGURATIONS_CSV} and {@value #SURVIVAL_CSV}.
 *
 * <pre>{@code
 * MorphReport.withDefaults().withTitle("Zwicky 1962").write(result, Path.of("morph-report"));
 * }</pre>
 *
 * <p>Immutable. Bad settings throw {@link InvalidInputException}.
 */
public final class MorphReport implements Report<MorphologicalResult> {
    /** Default title. */
    public static final String TITLE_DEFAULT = "Morphological analysis";
    /** Most configurations the page lists (the CSV file and the workbook hold every listed one): 1000. */
    public static final int LISTED_MAX = 1000;
    /** The report folder's page. */
    public static final String PAGE = "morph-report.html";
    /** The listed configurations. */
    public static final String CONFIGURATIONS_CSV = "configurations.csv";
    /** The survival of every value. */
    public static final String SURVIVAL_CSV = "survival.csv";

    private static final MorphReport DEFAULTS = new MorphReport(TITLE_DEFAULT, List.of());

    private final String title;
    private final List<String> notes;

    private MorphReport(String title, List<String> notes) {
        this.title = title;
        this.notes = notes;
    }

    /** @return the report with {@link #TITLE_DEFAULT} and no notes */
    public static MorphReport withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param newTitle the title, not blank
     * @return a copy with it
     * @throws InvalidInputException when blank
     */
    public MorphReport withTitle(String newTitle) {
        Messages.require(newTitle != null && !newTitle.isBlank(), "the report title must not be blank");
        return new MorphReport(newTitle, notes);
    }

    /**
     * @param newNotes statements shown at the top of the page and the text (e.g. the parameters
     *     fixed in the inference mode)
     * @return a copy with them
     */
    public MorphReport withNotes(List<String> newNotes) {
        return new MorphReport(title, List.copyOf(newNotes));
    }

    /** @return the title */
    public String title() {
        return title;
    }

    /** @return the notes */
    public List<String> notes() {
        return notes;
    }

    @Override
    public Map<String, String> render(MorphologicalResult result) {
        Map<String, String> csv = new LinkedHashMap<>();
        csv.put(CONFIGURATIONS_CSV, MorphSheets.configurations(result).csv());
        csv.put(SURVIVAL_CSV, MorphSheets.survival(result).csv());
        return ReportFiles.beforePage(MorphHtml.of(title, notes, result), csv);
    }

    /** @return {@value #PAGE} */
    @Override
    public String page() {
        return PAGE;
    }

    /**
     * The machine-readable form, as printed by {@code micmac morph --json}:
     *
     * <pre>
     * {"space":N,"parameters":[{"id":..,"values":[ids]}],"count":c,
     *  "configurations":[[value ids in parameter order]],"survival":{"PARAMETER=value":count}}
     * </pre>
     *
     * {@code space} and {@code count} are exact integers (of any size); {@code configurations}
     * holds the listed configurations (up to the analysis's limit), {@code survival} every
     * value's number of consistent configurations.
     */
    @Override
    public void writeJson(MorphologicalResult result, Appendable out) {
        MorphJson.write(result, out);
    }

    /**
     * @param result the analysis
     * @return the title, the notes, the size of the field, the number of consistent
     *     configurations, the survival table and the listed configurations
     */
    @Override
    public String table(MorphologicalResult result) {
        StringBuilder sb = new StringBuilder(title).append('\n');
        notes.forEach(n -> sb.append("NOTE: ").append(n).append('\n'));
        var space = result.space();
        sb.append(space.descriptorCount()).append(" parameters, ").append(space.totalVariants()).append(" values, ")
                .append(space.size()).append(" configurations\n");
        sb.append(result.count()).append(" consistent configuration")
                .append(result.count().equals(java.math.BigInteger.ONE) ? "" : "s")
                .append(result.isComplete() ? "" : " (" + result.configurations().size() + " listed)").append("\n\n");
        sb.append(MorphTable.survival(result));
        if (!result.configurations().isEmpty()) {
            sb.append('\n').append(MorphTable.configurations(result));
        }
        return sb.toString();
    }

    /** The workbook: {@code configurations} and {@code survival}. */
    @Override
    public void writeXlsx(MorphologicalResult result, OutputStream out) throws IOException {
        Workbook.write(List.of(MorphSheets.configurations(result), MorphSheets.survival(result)), out);
    }
}
