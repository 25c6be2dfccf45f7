package org.micmac4j.ism;

import org.micmac4j.testutil.Json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Source: CRAN package ISM 0.1.0 (Anand &amp; Bansal 2017), ReadMe example, mirror
 * github.com/cran/ISM @ e3283f41; expected values transcribed from the ReadMe's screenshots
 * "ISM_Matrix" and "ISM_Output" into cases/ism/cran-ism-readme-5/expected.json (see
 * PROVENANCE.md there). Setting that reproduces it: the defaults (transitive closure, levels
 * from sinks, top-down partition). The source agrees with its own matrix.
 */
class CranIsmReadmeCaseTest {
    private static final String CASE = "cran-ism-readme-5";
    private static Map<String, Object> expected;
    private static IsmResult result;

    @BeforeAll
    static void run() throws IOException {
        expected = IsmCases.expected(CASE);
        result = Ism.withDefaults().analyze(IsmInput.readReachability(IsmCases.file(CASE, "input.csv")));
    }

    @Test
    void finalReachabilityMatrixIsThePrintedOne() {
        // expected.json "final_reachability_matrix" (sheet ISM_Matrix)
        assertArrayEquals(IsmCases.matrix(expected.get("final_reachability_matrix")), result.finalReachability());
    }

    @Test
    void transitiveCellsAreTheHighlightedOnes() {
        // expected.json "transitive_entries_added": A5 -> A4, shown italic on a green fill
        List<IsmCell> cells = new ArrayList<>();
        for (Object pair : Json.arr(expected.get("transitive_entries_added"))) {
            List<String> p = IsmCases.ids(pair, "");
            cells.add(new IsmCell(p.get(0), p.get(1)));
        }
        assertEquals(cells, result.transitiveCells());
        assertEquals("1*", result.cellText("A5", "A4"));
    }

    @Test
    void everyIterationHasThePrintedSetsAndFlags() {
        // expected.json "iterations" (sheet ISM_Output, one table per iteration)
        List<Object> iterations = Json.arr(expected.get("iterations"));
        assertEquals(iterations.size(), result.iterations().size());
        for (Object o : iterations) {
            Map<String, Object> it = Json.obj(o);
            int number = ((Number) it.get("iteration")).intValue();
            IsmIteration mine = result.iterations().get(number - 1);
            assertEquals(number, mine.number());
            Map<String, Object> rows = Json.obj(it.get("rows"));
            assertEquals(List.copyOf(rows.keySet()), mine.rows().stream().map(IsmSetRow::id).toList(),
                    "remaining elements at iteration " + number);
            for (IsmSetRow row : mine.rows()) {
                Map<String, Object> e = Json.obj(rows.get(row.id()));
                String where = "iteration " + number + ", " + row.id();
                assertEquals(new HashSet<>(IsmCases.ids(e.get("reachability"), "")), new HashSet<>(row.reachability()),
                        where);
                assertEquals(new HashSet<>(IsmCases.ids(e.get("antecedent"), "")), new HashSet<>(row.antecedent()),
                        where);
                assertEquals(new HashSet<>(IsmCases.ids(e.get("intersection"), "")), new HashSet<>(row.intersection()),
                        where);
                assertEquals(((Number) e.get("level_flag")).intValue() == 1, row.selected(), where);
                assertEquals(false, mine.selectedByClosure());
            }
        }
    }

    @Test
    void levelsAreThePrintedOnes() {
        // expected.json "levels": A3 = 1, A2 A4 A5 = 2, A1 = 3 (iteration k = level k)
        Map<String, Integer> mine = new LinkedHashMap<>();
        Map<String, Integer> printed = new LinkedHashMap<>();
        Json.obj(expected.get("levels")).forEach((k, v) -> printed.put(k, ((Number) v).intValue()));
        result.variables().forEach(v -> mine.put(v.id(), v.level()));
        assertEquals(printed, mine);
        assertEquals(List.of(List.of("A3"), List.of("A2", "A4", "A5"), List.of("A1")), result.levels());
    }
}
