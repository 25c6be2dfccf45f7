package org.micmac4j.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.micmac4j.InvalidInputException;

/** Quantified variants: a scenario takes the value of its variant, blank (never zero) when there is none. */
class QuantitiesTest {
    private static final ScenarioSpace SPACE = ScenarioSpace.of(Descriptor.ofIds("E", "e1", "e2", "e3"),
            Descriptor.ofIds("P", "p1", "p2"));

    private static Quantities.Entry row(String d, String v, String indicator, Double value, String unit, int line) {
        return new Quantities.Entry(d, v, indicator, value, unit, "q.csv line " + line);
    }

    @Test
    void everyScenarioTakesItsVariantsValuesAndBlankStaysBlank() {
        Quantities q = Quantities.of(SPACE, List.of(row("E", "e1", "GDP", 1.5, "%/yr", 2),
                row("E", "e2", "GDP", -0.25, "%/yr", 3), row("E", "e3", "GDP", null, "%/yr", 4),
                row("P", "p2", "Population", 6.0, "M", 5)));
        assertEquals(List.of("GDP", "Population"), q.indicators());
        assertEquals("%/yr", q.unit("GDP"));
        assertEquals("P", q.descriptor("Population"));
        for (int e = 0; e < 3; e++) {
            for (int p = 0; p < 2; p++) {
                Scenario z = SPACE.scenario(e, p);
                Map<String, Double> want = new HashMap<>();
                want.put("GDP", e == 0 ? Double.valueOf(1.5) : e == 1 ? Double.valueOf(-0.25) : null);
                want.put("Population", p == 1 ? Double.valueOf(6.0) : null);
                assertEquals(want, q.valuesOf(z));
                assertEquals(want.get("GDP") == null ? OptionalDouble.empty() : OptionalDouble.of(want.get("GDP")),
                        q.value("GDP", z));
                assertEquals(Arrays.asList("GDP", "Population"), List.copyOf(q.valuesOf(z).keySet()));
            }
        }
    }

    @Test
    void faultsNameTheLine() {
        assertMessage("q.csv line 3: indicator GDP is already given by descriptor E (q.csv line 2); an indicator "
                + "belongs to one descriptor", row("E", "e1", "GDP", 1.0, "", 2), row("P", "p1", "GDP", 1.0, "", 3));
        assertMessage("q.csv line 3: indicator GDP has unit 'M' here but '%' (q.csv line 2)",
                row("E", "e1", "GDP", 1.0, "%", 2), row("E", "e2", "GDP", 1.0, "M", 3));
        assertMessage("q.csv line 3: E:e1 is given twice for indicator GDP (q.csv line 2)",
                row("E", "e1", "GDP", 1.0, "", 2), row("E", "e1", "GDP", 2.0, "", 3));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Quantities.of(SPACE, List.of(row("X", "e1", "GDP", 1.0, "", 7))));
        assertTrue(e.getMessage().startsWith("q.csv line 7: no descriptor X"), e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> Quantities.of(SPACE, List.of(row("E", "e9", "GDP", 1.0, "", 8))));
        assertTrue(e.getMessage().startsWith("q.csv line 8: descriptor E has no variant e9"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> row("E", "e1", "GDP", Double.NaN, "", 9));
    }

    @Test
    void fileWithColumnsByNameBlankValuesAndDecimalCommas() {
        Quantities q = Quantities.parse("# context\nUnit;Value;Indicator;Variant;Descriptor\n%/yr;1,5;GDP;e1;E\n"
                + "%/yr;;GDP;e2;E\n", "q.csv", SPACE);
        assertEquals(OptionalDouble.of(1.5), q.value("GDP", SPACE.scenario(0, 0)));
        assertEquals(OptionalDouble.empty(), q.value("GDP", SPACE.scenario(1, 0)));
        assertEquals(OptionalDouble.empty(), q.value("GDP", SPACE.scenario(2, 0)));
        Quantities noUnit = Quantities.parse("descriptor,variant,indicator,value\nP,p1,Pop,2e3\n", "q.csv", SPACE);
        assertEquals("", noUnit.unit("Pop"));
        assertEquals(OptionalDouble.of(2000), noUnit.value("Pop", SPACE.scenario(0, 0)));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Quantities.parse(
                "descriptor,variant,indicator,value,unit\nE,e1,GDP,1.5,%\nE,e2,GDP,n/a,%\n", "q.csv", SPACE));
        assertEquals("q.csv line 3: value 'n/a' of GDP is not a number (leave it blank when there is none)",
                e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> Quantities.parse(
                "descriptor,variant,value\nE,e1,1\n", "q.csv", SPACE));
        assertTrue(e.getMessage().startsWith("q.csv line 1: missing column 'indicator'"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> Quantities.parse(
                "descriptor,variant,indicator,value\nE,e1,GDP,1\nE,e7,GDP,2\n", "q.csv", SPACE));
        assertTrue(e.getMessage().startsWith("q.csv line 3: descriptor E has no variant e7"), e.getMessage());
    }

    private static void assertMessage(String want, Quantities.Entry... rows) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Quantities.of(SPACE, List.of(rows)));
        assertEquals(want, e.getMessage());
    }
}
