package org.micmac4j.report.cib;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.Messages;
import org.micmac4j.report.Report;
import org.micmac4j.report.internal.ReportFiles;
import org.micmac4j.report.internal.SheetTable;
import org.micmac4j.report.internal.Workbook;

/**
 * The report of a cross-impact balance analysis ({@link Report}): of one judgement matrix (its
 * solution set, with succession weights, the inconsistency histogram and judgement noise when
 * computed) or of an ensemble of matrices (each scenario's share of members, with noise over the
 * members when computed); see {@link CibFindings}.
 *
 * <p>The folder holds {@value #PAGE} (summary, scenario tableau, each shown scenario's impact
 * balances, the inconsistency histogram, the first scenarios of the solution list, the noise
 * section), {@code scenario-tableau.svg}, {@code inconsistency-histogram.svg}, and every
 * scenario in CSV: {@value #SOLUTIONS_CSV} (one matrix) or {@value #SHARES_CSV} (an ensemble),
 * and {@value #NOISE_CSV} under noise. After the kernel (docs/METHOD.md §10.1 to §10.3), when asked
 * for: {@code intervention.csv} (gained and lost against the free solution set), {@code diverse.csv},
 * {@code quantities.csv} (the scenario × indicator table, blank where a variant has no value),
 * {@code leverage.csv} and {@code blocks.csv} (the scenarios by block-level hypothesis), each also a
 * section of the page. The workbook holds the same tables and the descriptors.
 *
 * <pre>{@code
 * CibReport.withDefaults().withTitle("My study").write(CibFindings.of(matrix, result), Path.of("cib-report"));
 * }</pre>
 *
 * <p>Immutable. Bad settings throw {@link InvalidInputException}.
 */
public final class CibReport implements Report<CibFindings> {
    /** Default title. */
    public static final String TITLE_DEFAULT = "Scenarios";
    /** Default number of scenarios in the tableau and with impact balances: 8. */
    public static final int SCENARIOS_SHOWN_DEFAULT = 8;
    /** Default number of scenarios the terminal table and the page list (the CSV files hold them all): 50. */
    public static final int SCENARIOS_LISTED_DEFAULT = 50;
    /** Default number of scenarios the terminal text describes variant by variant, with their names: 0. */
    public static final int SCENARIOS_DESCRIBED_DEFAULT = 0;
    /** The report folder's page. */
    public static final String PAGE = "cib-report.html";
    /** Every scenario of one matrix's solution set. */
    public static final String SOLUTIONS_CSV = "solutions.csv";
    /** Every scenario of an ensemble with its share of members. */
    public static final String SHARES_CSV = "shares.csv";
    /** Every scenario under judgement noise with its probability. */
    public static final String NOISE_CSV = "noise.csv";

    private static final CibReport DEFAULTS = new CibReport(TITLE_DEFAULT, List.of(), SCENARIOS_SHOWN_DEFAULT,
            SCENARIOS_LISTED_DEFAULT, SCENARIOS_DESCRIBED_DEFAULT);

    /**
     * Most scenarios the terminal table and the page list: {@value} (a page of a million rows is
     * about what a browser still opens; the command line's --list N is checked against it).
     */
    public static final int LISTED_MAX = 1_000_000;

    private final String title;
    private final List<String> notes;
    private final int shown;
    private final int listed;
    private final int described;

    private CibReport(String title, List<String> notes, int shown, int listed, int described) {
        this.title = title;
        this.notes = notes;
        this.shown = shown;
        this.listed = listed;
        this.described = described;
    }

    /** @return the report with {@link #TITLE_DEFAULT}, no notes and the default numbers of scenarios */
    public static CibReport withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param newTitle the page title, not blank
     * @return a copy with that title
     * @throws InvalidInputException when blank
     */
    public CibReport withTitle(String newTitle) {
        Messages.require(newTitle != null && !newTitle.isBlank(), "the report title must not be blank");
        return new CibReport(newTitle, notes, shown, listed, described);
    }

    /**
     * @param newNotes statements shown at the top of the page and the text (e.g. that the data are
     *     illustrative)
     * @return a copy with those notes
     */
    public CibReport withNotes(List<String> newNotes) {
        return new CibReport(title, List.copyOf(newNotes), shown, listed, described);
    }

    /**
     * @param scenarios how many scenarios the tableau and the impact balances show (1..100)
     * @return a copy with that number
     * @throws InvalidInputException when outside 1..100
     */
    public CibReport withScenariosShown(int scenarios) {
        Messages.require(scenarios >= 1 && scenarios <= 100, "scenarios shown must be in 1..100, got %d", scenarios);
        return new CibReport(title, notes, scenarios, listed, described);
    }

    /**
     * @param scenarios how many scenarios the terminal table and the page list (0..{@link #LISTED_MAX};
     *     the CSV files, the workbook and the JSON document hold every scenario of the result)
     * @return a copy with that number
     * @throws InvalidInputException when outside 0..{@link #LISTED_MAX}
     */
    public CibReport withScenariosListed(int scenarios) {
        Messages.require(scenarios >= 0 && scenarios <= LISTED_MAX, "scenarios listed must be in 0..%d, got %d",
                LISTED_MAX, scenarios);
        return new CibReport(title, notes, shown, scenarios, described);
    }

    /**
     * @param scenarios how many of the first scenarios the terminal text describes variant by
     *     variant with the variants' names (0..1000)
     * @return a copy with that number
     * @throws InvalidInputException when outside 0..1000
     */
    public CibReport withScenariosDescribed(int scenarios) {
        Messages.require(scenarios >= 0 && scenarios <= 1000, "scenarios described must be in 0..1000, got %d",
                scenarios);
        return new CibReport(title, notes, shown, listed, scenarios);
    }

    /** @return the title */
    public String title() {
        return title;
    }

    /** @return the notes */
    public List<String> notes() {
        return notes;
    }

    /** @return how many scenarios the tableau shows */
    public int scenariosShown() {
        return shown;
    }

    /** @return how many scenarios the terminal table and the page list */
    public int scenariosListed() {
        return listed;
    }

    /** @return how many scenarios the terminal text describes */
    public int scenariosDescribed() {
        return described;
    }

    /**
     * @param f the findings
     * @return file name to content: the SVG pictures, the CSV files and {@value #PAGE}
     */
    @Override
    public Map<String, String> render(CibFindings f) {
        Map<String, String> csv = new LinkedHashMap<>();
        csv.put(f.isEnsemble() ? SHARES_CSV : SOLUTIONS_CSV, scenarios(f).csv());
        if (f.noise() != null) {
            csv.put(NOISE_CSV, noise(f).csv());
        }
        if (!f.isEnsemble()) {
            csv.putAll(CibSections.csv(f));
        }
        return ReportFiles.beforePage(f.isEnsemble() ? CibHtml.ensemble(this, f) : CibHtml.single(this, f), csv);
    }

    /** @return {@value #PAGE} */
    @Override
    public String page() {
        return PAGE;
    }

    /**
     * The machine-readable form, as printed by {@code micmac cib --json}. For one matrix:
     *
     * <pre>
     * {"space":N,"descriptors":[{"id":..,"variants":[ids]}],
     *  "settings":{"maxInconsistency":K,"intervention":{"D":"v",…},"constraints":["A:a1 implies B:b2",…],
     *              "succession":"global"|null,"leverageScale":S|null},
     *  "scenarios":[{"variants":[variant ids in descriptor order],"inconsistency":ic,
     *                "consistencyValue":cv,"totalImpactScore":tis,"weight":w|null,
     *                "quantities":{"INDICATOR":value|null,…}|null}],
     *  "cycles":c|null,
     *  "interventionChange":{"gained":[[ids]],"lost":[[ids]]}|null,
     *  "diverse":[{"variants":[ids],"minDistance":d|null}]|null,
     *  "indicators":[{"name":..,"unit":..,"descriptor":..}]|null,
     *  "leverage":[{"from":"A:a1","to":"B:b2","value":v,"change":k,"gained":[[ids]],"lost":[[ids]]}]|null}
     * </pre>
     *
     * Scenarios in the result's order (inconsistency ascending, then total impact score descending,
     * then variant indices). {@code weight} is the scenario's succession basin weight (the number of
     * starts, of all scenarios or of the random sample, that end in it) and {@code cycles} the number
     * of distinct cycles the succession reached; both are null when no weights were computed.
     * {@code settings} echoes what produced the document: K, the intervention (held descriptors,
     * {@code {}} for none), the feasibility constraints ({@code []} for none), the succession rule of
     * the weights and the leverage scale (null when not computed). {@code quantities} gives every
     * indicator's value in the scenario, null where its variant has none (blank, never 0), and is
     * null without quantities; {@code indicators} lists them with their units. {@code
     * interventionChange}: the scenarios the intervention gains and loses against the free solution
     * set. {@code diverse}: the diverse selection in the order picked, each with its smallest Hamming
     * distance to the earlier picks (null for the first). {@code leverage}: every leverage cell, most
     * fragile first, with its value, its smallest changing change and what the solution set gains and
     * loses with it. With blocks (the bundled chain), every scenario also has
     * {@code "blockHypotheses":[..]} and the document {@code "blocks":[{"name":..,"number":n,"descriptors":[ids]}]}.
     * docs/METHOD.md §10.1 to §10.3 define each. With noise, a last member
     * {@code "noise":{"standardDeviation":σ,"draws":n,"seed":s,"zerosKept":b,"maxInconsistency":K,
     * "scenarios":[{"variants":[ids],"count":c,"share":p}]}}: every scenario in the solution set
     * of at least one noisy draw, with the number and share of draws (its estimated probability
     * of consistency), share descending.
     *
     * <p>For an ensemble ({@code micmac cib --ensemble --json}):
     *
     * <pre>
     * {"space":N,"descriptors":[{"id":..,"variants":[ids]}],
     *  "ensemble":{"members":[names],"maxInconsistency":K,
     *              "scenarios":[{"variants":[ids],"count":c,"share":s,"members":[names]}]}}
     * </pre>
     *
     * every scenario in the solution set of at least one member, with the number and share of
     * members in whose solution set it is and their names, share descending, then scenario
     * order; with noise over the members, a last member {@code "noise"} as above whose scenarios
     * also have {@code "byMember":[p1,…]}, each member's probability.
     *
     * @param f the findings
     * @param out where the document goes, one line
     */
    @Override
    public void writeJson(CibFindings f, Appendable out) {
        CibJson.write(f, out);
    }

    /**
     * @param f the findings
     * @return the title, the notes, the size of the space, the number of scenarios found and the
     *     first scenarios (one matrix: inconsistency, consistency value, total impact score,
     *     weight, one column per descriptor; an ensemble: count, share and members), judgement
     *     noise, then the scenarios described with their variants' names
     */
    @Override
    public String table(CibFindings f) {
        return CibText.of(this, f);
    }

    /**
     * The workbook: {@code solutions} (one matrix) or {@code shares} (an ensemble) with every
     * scenario, {@code noise} under noise, {@code intervention}, {@code diverse}, {@code quantities},
     * {@code leverage} and {@code blocks} when asked for, {@code inconsistency} when counted, and
     * {@code descriptors} with the variants' names.
     */
    @Override
    public void writeXlsx(CibFindings f, OutputStream out) throws IOException {
        List<SheetTable> sheets = new ArrayList<>(List.of(scenarios(f)));
        if (f.noise() != null) {
            sheets.add(noise(f));
        }
        if (!f.isEnsemble()) {
            sheets.addAll(CibSections.sheets(f));
        }
        sheets.add(CibSheets.descriptors(f.space()));
        if (f.inconsistencyCounts() != null) {
            sheets.add(CibSheets.inconsistency(f.inconsistencyCounts()));
        }
        Workbook.write(sheets, out);
    }

    /** Every scenario: the solution list, or the ensemble's shares. */
    private static SheetTable scenarios(CibFindings f) {
        return f.isEnsemble() ? CibSheets.shares("shares", f.ensembleResult(), f.members(), true)
                : CibSheets.solutions(f.result(), f.succession());
    }

    /** Every scenario under judgement noise, with each member's probability for an ensemble. */
    private static SheetTable noise(CibFindings f) {
        return CibSheets.shares("noise", f.noise(), f.isEnsemble() ? f.members() : List.of(), false);
    }

    @Override
    public String toString() {
        return "CibReport[title=" + Objects.toString(title) + ", shown=" + shown + ", listed=" + listed + "]";
    }
}
