package org.micmac4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.cib.Cib;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.CibResult;
import org.micmac4j.cib.DiverseSelection;
import org.micmac4j.cib.FeasibilityConstraints;
import org.micmac4j.cib.KernelChange;
import org.micmac4j.cib.Leverage;
import org.micmac4j.cib.LeverageResult;
import org.micmac4j.cib.io.CibCsv;
import org.micmac4j.scenario.Quantities;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;
import org.micmac4j.testutil.Json;
import org.micmac4j.testutil.Resources;

/**
 * {@code micmac cib --fix --constraints --diverse --quantities --leverage}: every JSON member
 * against the library called directly, the report's files and workbook sheets, the help text, and
 * bad input refused in one line naming the option, file and line.
 */
class CibAfterKernelCommandTest {
    private static final Path SOMEWHERELAND = Resources.path("/cases/cib/somewhereland/matrix.csv");

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void everyMemberAgreesWithTheLibrary() throws Exception {
        Path rules = write("rules.txt", "# Somewhereland rules\nA:A1 excludes F:F3\nC allows C1 C3\n");
        Path q = write("q.csv", "descriptor,variant,indicator,value,unit\nC,C1,GDP growth,2.5,%/yr\n"
                + "C,C2,GDP growth,0.5,%/yr\nB,B1,Emissions,120,Mt\nB,B2,Emissions,,Mt\n");
        CliRun r = CliRun.of("cib", SOMEWHERELAND.toString(), "--fix", "D=D2", "--fix", "A=A2", "--constraints",
                rules.toString(), "--diverse", "2", "--quantities", q.toString(), "--leverage", "--json");
        assertEquals(0, r.status(), r.err());
        Object doc = Json.parse(r.out().strip());

        CibMatrix m = CibCsv.read(SOMEWHERELAND);
        ScenarioSpace s = m.space();
        Map<String, String> held = new LinkedHashMap<>();
        held.put("D", "D2");
        held.put("A", "A2");
        FeasibilityConstraints c = FeasibilityConstraints.none().excludes("A", "A1", "F", "F3").allows("C", "C1", "C3");
        Cib cib = Cib.withDefaults().withIntervention(held).withConstraints(c);
        CibResult result = cib.solve(m);
        CibCommandTest.assertJsonMatches(r.out().strip(), m, result, null);

        assertEquals(Map.of("D", "D2", "A", "A2"), Json.at(doc, "settings", "intervention"));
        assertEquals(List.of("A:A1 excludes F:F3", "C allows C1 C3"), Json.at(doc, "settings", "constraints"));
        assertEquals(0.0, Json.num(Json.at(doc, "settings", "maxInconsistency")));
        assertEquals(3.0, Json.num(Json.at(doc, "settings", "leverageScale")));
        assertNull(Json.at(doc, "settings", "succession"));

        KernelChange change = KernelChange.between(Cib.withDefaults().withConstraints(c).solve(m), result);
        assertEquals(ids(s, change.gained()), Json.at(doc, "interventionChange", "gained"));
        assertEquals(ids(s, change.lost()), Json.at(doc, "interventionChange", "lost"));
        assertTrue(!change.lost().isEmpty());

        List<DiverseSelection.Pick> picks = DiverseSelection.select(result, null, 2);
        List<Object> diverse = Json.arr(Json.at(doc, "diverse"));
        assertEquals(picks.size(), diverse.size());
        for (int i = 0; i < picks.size(); i++) {
            assertEquals(s.variantIds(picks.get(i).scenario().scenario()), Json.at(diverse.get(i), "variants"));
            Object d = Json.at(diverse.get(i), "minDistance");
            assertEquals(picks.get(i).minDistance().isPresent() ? (Object) (double) picks.get(i).minDistance()
                    .getAsInt() : null, d == null ? null : Json.num(d));
        }

        Quantities quantities = Quantities.read(q, s);
        List<Object> scenarios = Json.arr(Json.at(doc, "scenarios"));
        for (int k = 0; k < scenarios.size(); k++) {
            Map<String, Double> want = quantities.valuesOf(result.scenarios().get(k).scenario());
            Map<String, Object> got = Json.obj(Json.at(scenarios.get(k), "quantities"));
            assertEquals(want.keySet(), got.keySet());
            want.forEach((name, v) -> assertEquals(v, got.get(name) == null ? null : Json.num(got.get(name)), name));
        }
        assertEquals("%/yr", Json.at(Json.arr(Json.at(doc, "indicators")).get(0), "unit"));

        LeverageResult lev = Leverage.withDefaults().withCib(cib).analyze(m);
        List<Object> cells = Json.arr(Json.at(doc, "leverage"));
        assertEquals(lev.cells().size(), cells.size());
        for (int i = 0; i < cells.size(); i++) {
            LeverageResult.Cell cell = lev.cells().get(i);
            assertEquals(s.label(cell.from()), Json.at(cells.get(i), "from"));
            assertEquals(s.label(cell.to()), Json.at(cells.get(i), "to"));
            assertEquals((double) cell.change(), Json.num(Json.at(cells.get(i), "change")));
            assertEquals(ids(s, cell.effect().gained()), Json.at(cells.get(i), "gained"));
            assertEquals(ids(s, cell.effect().lost()), Json.at(cells.get(i), "lost"));
        }
    }

    @Test
    void withoutTheOptionsTheNewMembersAreNullAndNothingIsEchoed() {
        CliRun r = CliRun.of("cib", SOMEWHERELAND.toString(), "--json");
        assertEquals(0, r.status(), r.err());
        Object doc = Json.parse(r.out().strip());
        assertEquals(Map.of(), Json.at(doc, "settings", "intervention"));
        assertEquals(List.of(), Json.at(doc, "settings", "constraints"));
        for (String member : List.of("interventionChange", "diverse", "indicators", "leverage")) {
            assertNull(Json.at(doc, member), member);
        }
        assertNull(Json.at(Json.arr(Json.at(doc, "scenarios")).get(0), "quantities"));
    }

    @Test
    void terminalFolderAndWorkbookHoldEveryTable() throws Exception {
        Path q = write("q.csv", "descriptor,variant,indicator,value,unit\nB,B1,Emissions,120,Mt\n");
        Path out = tmp.resolve("report");
        Path xlsx = tmp.resolve("cib.xlsx");
        CliRun r = CliRun.of("cib", SOMEWHERELAND.toString(), "--fix", "A=A2", "--diverse", "3", "--quantities",
                q.toString(), "--leverage", "--out", out.toString(), "--xlsx", xlsx.toString());
        assertEquals(0, r.status(), r.err());
        for (String part : List.of("intervention: A=A2 held", "Intervention against the free solution set",
                "Diverse selection", "Scenarios and indicators", "Emissions [Mt]", "Leverage cells")) {
            assertTrue(r.out().contains(part), part + " in\n" + r.out());
        }
        for (String file : List.of("intervention.csv", "diverse.csv", "quantities.csv", "leverage.csv")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        String page = Files.readString(out.resolve("cib-report.html"));
        for (String id : List.of("id=\"intervention\"", "id=\"diverse\"", "id=\"quantities\"", "id=\"leverage\"")) {
            assertTrue(page.contains(id), id);
        }
        // the scenario x indicator table: one row per scenario, blank (not 0) where the variant has no value
        List<String> lines = Files.readAllLines(out.resolve("quantities.csv"));
        CibMatrix m = CibCsv.read(SOMEWHERELAND);
        CibResult result = Cib.withDefaults().withIntervention(Map.of("A", "A2")).solve(m);
        assertEquals(result.size() + 1, lines.size());
        for (int k = 0; k < result.size(); k++) {
            boolean b1 = result.scenarios().get(k).scenario().variant(1) == 0;
            assertTrue(lines.get(k + 1).startsWith((k + 1) + "," + (b1 ? "120" : ",")), lines.get(k + 1));
        }
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            wb.forEach(sh -> names.add(sh.getSheetName()));
            assertTrue(names.containsAll(List.of("intervention", "diverse", "quantities", "leverage")),
                    names.toString());
            Sheet sheet = wb.getSheet("quantities");
            assertEquals("Emissions [Mt]", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals(result.size(), sheet.getLastRowNum());
        }
    }

    @Test
    void helpDescribesTheOptions() {
        CliRun r = CliRun.of("cib", "--help");
        for (String option : List.of("--fix=D=v", "--constraints=FILE", "--diverse=K", "--quantities=FILE",
                "--leverage", "\"interventionChange\"", "\"leverage\"")) {
            assertTrue(r.out().contains(option), option);
        }
    }

    @Test
    void badInputIsOneLineNamingTheFileAndLine() throws Exception {
        String m = SOMEWHERELAND.toString();
        CliRun.of("cib", m, "--fix", "A").assertOneErrorLine("--fix expects DESCRIPTOR=variant");
        CliRun.of("cib", m, "--fix", "A=A9", "--json").assertBadInput("intervention A=A9", "no variant A9");
        CliRun.of("cib", m, "--fix", "A=A1", "--fix", "A=A2").assertOneErrorLine("descriptor A is held twice");
        Path rules = write("rules.txt", "A:A1 excludes F:F3\n# ok\nA:A1 excludes Z:Z1\n");
        CliRun.of("cib", m, "--constraints", rules.toString(), "--json")
                .assertBadInput(rules + " line 3: no descriptor Z");
        Path q = write("q.csv", "descriptor,variant,indicator,value\nA,A1,GDP,1\nA,A2,GDP,high\n");
        CliRun.of("cib", m, "--quantities", q.toString(), "--json")
                .assertBadInput(q + " line 3: value 'high' of GDP is not a number");
        CliRun.of("cib", m, "--diverse", "0").assertOneErrorLine("--diverse must be >= 1");
        CliRun.of("cib", m, "--weights", "exact", "--fix", "A=A1").assertOneErrorLine("--weights cannot be combined");
        CliRun.of("cib", "--ensemble", m, m, "--leverage").assertOneErrorLine("--ensemble cannot be combined");
    }

    @Test
    void subMatrixSumAndTheMatrixWritten() throws Exception {
        String m = SOMEWHERELAND.toString();
        CibMatrix full = CibCsv.read(SOMEWHERELAND);
        CliRun r = CliRun.of("cib", m, "--descriptors", "C,A,B", "--json");
        assertEquals(0, r.status(), r.err());
        CibMatrix sub = full.restrictedTo(List.of("C", "A", "B"));
        CibCommandTest.assertJsonMatches(r.out().strip(), sub, Cib.withDefaults().solve(sub), null);

        int[][] other = full.toArray();
        other[0][3] += 2;
        Path second = tmp.resolve("second.csv");
        CibCsv.write(CibMatrix.of(full.space(), other), second);
        Path written = tmp.resolve("sum.csv");
        r = CliRun.of("cib", "--ensemble", m, second.toString(), "--sum", "--fix", "A=A2", "--write-matrix",
                written.toString(), "--json");
        assertEquals(0, r.status(), r.err());
        CibMatrix sum = CibMatrix.sum(List.of(full, CibMatrix.of(full.space(), other)));
        assertEquals(sum, CibCsv.read(written));
        CibCommandTest.assertJsonMatches(r.out().strip(), sum,
                Cib.withDefaults().withIntervention(Map.of("A", "A2")).solve(sum), null);

        CliRun.of("cib", m, "--descriptors", "A,Z").assertOneErrorLine("--descriptors", "no descriptor Z");
        CliRun.of("cib", m, "--sum").assertOneErrorLine("--sum needs --ensemble");
    }

    private static List<Object> ids(ScenarioSpace s, List<Scenario> zs) {
        List<Object> out = new ArrayList<>();
        zs.forEach(z -> out.add(new ArrayList<Object>(s.variantIds(z))));
        return out;
    }
}
