package org.micmac4j.io;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.InvalidInputException;
import org.micmac4j.Scale;
import org.micmac4j.cib.io.CibInput;
import org.micmac4j.cib.io.ScwReader;
import org.micmac4j.experts.PanelCsv;
import org.micmac4j.experts.PanelInput;
import org.micmac4j.experts.PanelSynthesis;
import org.micmac4j.morph.FieldCsv;
import org.micmac4j.morph.MorphologicalField;
import org.micmac4j.morph.PairScale;
import org.micmac4j.scenario.Hypotheses;
import org.micmac4j.testutil.Resources;

/**
 * Mutation fuzzing of every reader beyond the five CSV matrix readers of {@link CsvFuzzTest}: a
 * ScenarioWizard project, a CIB matrix, a morphological field and its exclusions, hypotheses, a
 * panel folder, a long panel and its weights, and workbooks (their XML parts mutated, then zipped,
 * and the zip's own bytes mutated). The same edits as {@link CsvFuzzTest} (bytes flipped,
 * inserted, deleted, cut off, runs repeated), plus XML fragments for workbooks.
 *
 * <p>Property: a reader returns a value or throws {@link InvalidInputException} whose message is
 * one line of at most {@value #MESSAGE_MAX} characters naming the file; any other exception is a
 * failure, reported with the input (Base64) to reproduce it. The work is bounded by the inputs'
 * sizes (small seeds, at most four edits), not by a clock. The edits are drawn from a fixed seed,
 * so that a run is repeatable; {@code -Dmicmac4j.fuzz.tries=N} runs N inputs per reader (a few
 * hundred by default: a few seconds in all), {@code -Dmicmac4j.fuzz.workbookTries=N} as many
 * workbooks per test, and {@code -Dmicmac4j.fuzz.seed=S} draws other ones.
 */
class ReaderFuzzTest {
    /** The longest message accepted: one line, whatever the input holds. */
    static final int MESSAGE_MAX = 1000;

    private static final int TRIES = Integer.getInteger("micmac4j.fuzz.tries", 100);
    /** Workbook tries cost more (a zip, and POI's user model when a formula has no saved value). */
    private static final int WORKBOOK_TRIES = Integer.getInteger("micmac4j.fuzz.workbookTries", 40);
    private static final long SEED = Long.getLong("micmac4j.fuzz.seed", 20261207L);

    private static final String CIB = "# illustrative\nimpacting\\impacted,A:a1,A:a2,B:b1,B:b2,C:c1,C:c2\n"
            + "A:a1,,,2,-2,1,-1\nA:a2,,,-1,1,0,0\nB:b1,3,-3,,,+1,-1\nB:b2,-2,2,,,0,\"0\"\nC:c1,1,-1,2,-2,,\n"
            + "C:c2,-1,1,-2,2,,\n";
    private static final String FIELD = "value;A=1;A=2;B=1;B=2;C=x\nA=1;;;1;0;1\nA=2;;;1;1;0\nB=1;1;1;;;1\n"
            + "B=2;0;1;;;1\nC=x;1;0;1;1;\n";
    private static final String EXCLUSIONS = "parameter,allowed_values,clue\nA,1 2,\"both, really\"\nB,2,\n";
    private static final String HYPOTHESES = "\uFEFFvariable_id;variant;title;note\nA;H1;\"Up; then\";x\n"
            + "A;H2;Down;\nB;H1;Only one;\n";
    private static final String GRID = "# expert ann\n,A,B,C\nA,,1,P\nB,2,,3\nC,0,,\n";
    private static final String LONG = "expert,from,to,score\nann,A,B,1\nann,B,A,P\nbob,A,B,2\nbob,C,A,\n"
            + "bob,B,C,3\n";
    private static final String WEIGHTS = "expert;weight\nann;1,5\nbob;2\n";
    private static final String[] XML_TOKENS = {"<", ">", "\"", "&amp;", "&#0;", "&#xD800;", "</c>", "</row>",
        "<row/>", "<c/>", "<v/>", "<f>1/0</f>", "<f>[1]S!A1</f>", "<v>1e999</v>", "<v>NaN</v>", " t=\"s\"",
        " t=\"e\"", " t=\"d\"", " t=\"b\"", " t=\"str\"", " t=\"x\"", " s=\"1\"", " s=\"99\"", " r=\"XFD1048576\"",
        " r=\"A0\"", " r=\"ZZZZ9\"", "<c r=\"B2\" t=\"s\"><v>99</v></c>", "<is><t>x</t></is>",
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "<mergeCell ref=\"A1:B2\"/>",
        "<mergeCells><mergeCell ref=\"A2:C2\"/></mergeCells>", " state=\"hidden\"", " state=\"veryHidden\"",
        "<sheet name=\"x\" sheetId=\"9\" r:id=\"rId9\"/>", "<numFmt numFmtId=\"9\" formatCode=\"yyyy\"/>"};

    @TempDir
    Path tmp;

    @FunctionalInterface
    interface Reader {
        void read(Path file) throws IOException;
    }

    /** A mutated input and how to make it from the random draws. */
    private static byte[] mutate(byte[] seed, Random random, String[] tokens) {
        byte[] b = seed;
        for (int k = 1 + random.nextInt(4); k > 0; k--) {
            int kind = random.nextInt(tokens == null ? 6 : 7);
            if (kind == 6) { // an XML fragment
                String t = tokens[random.nextInt(tokens.length)];
                b = new CsvFuzzTest.Mutation(1, random.nextDouble(), 0, 1, (byte) 0).insert(b,
                        t.getBytes(StandardCharsets.UTF_8));
            } else {
                b = new CsvFuzzTest.Mutation(kind, random.nextDouble(), random.nextInt(1000), 1 + random.nextInt(12),
                        (byte) random.nextInt(256)).apply(b);
            }
        }
        return b;
    }

    /** Reads an input; a failure names the reader, the try and the input. */
    private static void survives(String what, int attempt, Path file, String named, byte[] input, Reader reader)
            throws IOException {
        try {
            reader.read(file);
        } catch (InvalidInputException e) {
            String m = e.getMessage();
            if (m == null || !m.contains(named) || m.contains("\n") || m.contains("\r") || m.length() > MESSAGE_MAX) {
                fail(what + " try " + attempt + ": a message of one line naming " + named + " expected, got: " + m
                        + "\ninput: " + Base64.getEncoder().encodeToString(input), e);
            }
        } catch (Exception | StackOverflowError e) {
            fail(what + " try " + attempt + ": " + e + "\ninput: " + Base64.getEncoder().encodeToString(input), e);
        }
    }

    /** Fuzzes a reader of one text file. */
    private void fuzzText(String what, String seed, String name, Reader reader) throws IOException {
        Random random = new Random(SEED ^ what.hashCode());
        Path file = tmp.resolve(name);
        byte[] bytes = seed.getBytes(StandardCharsets.UTF_8);
        for (int t = 0; t < TRIES; t++) {
            byte[] input = mutate(bytes, random, null);
            Files.write(file, input);
            survives(what, t, file, file.toString(), input, reader);
        }
    }

    @Test
    void scenarioWizardProjects() throws IOException {
        String scw = Files.readString(Resources.path("/cases/cib/cibsa-global/project.scw"));
        // ScwReader names the file by its name only (as ScenarioWizard shows it)
        Random random = new Random(SEED);
        Path file = tmp.resolve("p.scw");
        byte[] bytes = scw.getBytes(StandardCharsets.UTF_8);
        for (int t = 0; t < TRIES; t++) {
            byte[] input = mutate(bytes, random, null);
            Files.write(file, input);
            survives("scw", t, file, "p.scw", input, f -> ScwReader.read(f).matrix().space());
        }
    }

    @Test
    void cibMatrices() throws IOException {
        fuzzText("cib csv", CIB, "m.csv", f -> CibInput.read(f).matrix().space());
    }

    @Test
    void morphologicalFieldsAndExclusions() throws IOException {
        fuzzText("field", FIELD, "f.csv", f -> FieldCsv.read(f, PairScale.BINARY));
        MorphologicalField field = FieldCsv.parse(FIELD, "field", PairScale.BINARY);
        fuzzText("exclusions", EXCLUSIONS, "x.csv", f -> FieldCsv.readExclusions(f, field));
    }

    @Test
    void hypotheses() throws IOException {
        fuzzText("hypotheses", HYPOTHESES, "h.csv", Hypotheses::read);
    }

    @Test
    void longPanelsAndWeights() throws IOException {
        fuzzText("long panel", LONG, "long.csv", f -> PanelSynthesis.withDefaults().synthesize(
                PanelCsv.read(f, null, null, Scale.PERMISSIVE).panel()));
        Path panel = Files.writeString(tmp.resolve("ok.csv"), LONG);
        PanelInput in = PanelCsv.read(panel, null, null, Scale.CLASSIC);
        fuzzText("weights", WEIGHTS, "w.csv", f -> PanelCsv.readWeights(f, in.panel()));
    }

    @Test
    void panelFolders() throws IOException {
        Random random = new Random(SEED ^ 7);
        Path folder = Files.createDirectory(tmp.resolve("panel"));
        Files.writeString(folder.resolve("bob.csv"), ",A,C\nA,,2\nC,1,\n");
        Path ann = folder.resolve("ann.csv");
        byte[] bytes = GRID.getBytes(StandardCharsets.UTF_8);
        for (int t = 0; t < TRIES; t++) {
            byte[] input = mutate(bytes, random, null);
            Files.write(ann, input);
            survives("panel folder", t, ann, folder.toString(), input,
                    f -> PanelSynthesis.withDefaults().synthesize(PanelCsv.read(folder, null, null, Scale.CLASSIC)
                            .panel()));
        }
    }

    /**
     * A small workbook with what generators and spreadsheet programs write.
     *
     * @param formula whether a formula cell has no saved value (then POI's user model reads it)
     */
    private static Map<String, String> workbookParts(boolean formula) {
        RawWorkbook book = new RawWorkbook().styles(RawWorkbook.dateStyles()).sharedString("A").sharedString("B")
                .sharedString("P");
        book.sheet("Notes", true, "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>hidden</t></is></c>"
                + "</row></sheetData>");
        book.sheet("M", false, "<sheetData><row r=\"1\"><c r=\"B1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1"
                + "</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" s=\"0\"><v>0</v></c>"
                + (formula ? "<c r=\"C2\"><f>1+1</f><v/></c>" : "<c r=\"C2\"><v>2</v></c>")
                + "</row><row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>B</t></is>"
                + "</c><c r=\"B3\" t=\"s\"><v>2</v></c><c r=\"C3\" t=\"str\"><f>\"\"</f><v></v></c></row>"
                + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t># a comment</t></is></c></row></sheetData>"
                + "<mergeCells count=\"1\"><mergeCell ref=\"E9:F9\"/></mergeCells>");
        return book.parts();
    }

    /** The workbook readers, one per try in turn: a matrix (streamed), every sheet, a list. */
    private static final List<Reader> WORKBOOK = List.of(f -> MatrixCsv.read(f, Sheet.FIRST, Scale.PERMISSIVE),
            XlsxTables::readAll, f -> VariablesCsv.read(f, Sheet.at(1)));

    @Test
    void workbooksWithMutatedXml() throws IOException {
        Random random = new Random(SEED ^ 11);
        List<Map<String, String>> seeds = List.of(workbookParts(false), workbookParts(true));
        List<String> names = List.copyOf(seeds.get(0).keySet());
        Path file = tmp.resolve("w.xlsx");
        for (int t = 0; t < WORKBOOK_TRIES; t++) {
            Map<String, String> parts = seeds.get(t / WORKBOOK.size() % 2);
            Map<String, String> mutated = new java.util.LinkedHashMap<>(parts);
            String part = names.get(random.nextInt(names.size()));
            byte[] xml = mutate(parts.get(part).getBytes(StandardCharsets.UTF_8), random, XML_TOKENS);
            mutated.put(part, new String(xml, StandardCharsets.UTF_8));
            byte[] input = RawWorkbook.zip(mutated);
            Files.write(file, input);
            survives("xlsx xml " + part, t, file, file.toString(), input, WORKBOOK.get(t % WORKBOOK.size()));
        }
    }

    @Test
    void workbooksWithMutatedZipBytes() throws IOException {
        Random random = new Random(SEED ^ 13);
        List<byte[]> zips = List.of(RawWorkbook.zip(workbookParts(false)), RawWorkbook.zip(workbookParts(true)));
        Path file = tmp.resolve("z.xlsx");
        for (int t = 0; t < WORKBOOK_TRIES; t++) {
            byte[] input = mutate(zips.get(t / WORKBOOK.size() % 2), random, null);
            Files.write(file, input);
            survives("xlsx zip", t, file, file.toString(), input, WORKBOOK.get(t % WORKBOOK.size()));
        }
    }
}
