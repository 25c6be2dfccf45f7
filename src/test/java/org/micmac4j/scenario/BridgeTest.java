package org.micmac4j.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.InvalidInputException;
import org.micmac4j.Micmac;
import org.micmac4j.MicmacResult;
import org.micmac4j.Scale;
import org.micmac4j.Sector;
import org.micmac4j.Variable;
import org.micmac4j.View;
import org.micmac4j.ViewResult;
import org.micmac4j.io.MatrixCsv;
import org.micmac4j.io.VariablesCsv;

class BridgeTest {
    private static final Path STUDY = Path.of("examples/hdf-industry-2040");

    static MicmacResult bundled() throws Exception {
        InfluenceMatrix m = MatrixCsv.withVariables(MatrixCsv.read(STUDY.resolve("matrix.csv"), Scale.CLASSIC),
                VariablesCsv.read(STUDY.resolve("variables.csv")), "variables.csv");
        return Micmac.withDefaults().analyze(m);
    }

    @Test
    void parsesHypothesesInFileOrderIgnoringOtherColumns() {
        Hypotheses h = Hypotheses.parse(
                "# c\nvariant;variable_id;title;note\nH1;A;Up;x\nK;B;Only\nH2;A;Down;y\n", "h.csv");
        assertEquals(List.of("A", "B"), List.copyOf(h.variableIds()));
        assertEquals(List.of(Variant.of("H1", "Up"), Variant.of("H2", "Down")), h.variants("A"));
        ScenarioSpace s = h.descriptors(List.of(Variable.of("B", "Bee").withGroup("g"), Variable.of("A")));
        assertEquals("Bee", s.descriptor(0).name());
        assertEquals("g", s.descriptor(0).group().orElseThrow());
        assertEquals(2, s.size().intValue());
    }

    @Test
    void errorsNameTheRecordOrEveryVariableWithoutHypotheses() {
        String m = assertThrows(InvalidInputException.class,
                () -> Hypotheses.parse("variable_id,variant\nA,H1\n", "h.csv")).getMessage();
        assertTrue(m.contains("h.csv") && m.contains("'title'"), m);
        m = assertThrows(InvalidInputException.class,
                () -> Hypotheses.parse("variable_id,variant,title\nA,H1,x\nA,H1,y\n", "h.csv")).getMessage();
        assertTrue(m.contains("h.csv line 3: variable A lists variant H1 twice"), m);
        m = assertThrows(InvalidInputException.class,
                () -> Hypotheses.parse("variable_id,variant,title\nA,H1,\n", "h.csv")).getMessage();
        assertTrue(m.contains("h.csv line 2: blank title"), m);
        Hypotheses h = Hypotheses.parse("variable_id,variant,title\nA,H1,x\n", "h.csv");
        m = assertThrows(InvalidInputException.class,
                () -> h.descriptors(List.of(Variable.of("A"), Variable.of("B"), Variable.of("C")))).getMessage();
        assertTrue(m.contains("no hypotheses for variables B, C"), m);
    }

    @Test
    void keyVariablesAreThoseOfTheChosenSectorsInOrder() throws Exception {
        MicmacResult r = bundled();
        for (View view : List.of(View.DIRECT, View.INDIRECT)) {
            for (Set<Sector> sectors : List.of(Set.of(Sector.INFLUENT, Sector.RELAY), Set.of(Sector.DEPENDENT))) {
                List<Variable> keys = KeyVariables.withDefaults().withView(view).withSectors(sectors).select(r);
                ViewResult v = r.view(view);
                int last = -1;
                for (int i = 0; i < v.size(); i++) {
                    assertEquals(sectors.contains(v.sector(i)), keys.contains(v.variables().get(i)));
                    if (keys.contains(v.variables().get(i))) {
                        assertTrue(keys.indexOf(v.variables().get(i)) > last);
                        last = keys.indexOf(v.variables().get(i));
                    }
                }
            }
        }
    }

    @Test
    void bundledStudyHypothesesCoverEveryVariableExceptTheSevenWithoutMicroScenarios() throws Exception {
        Hypotheses h = Hypotheses.read(STUDY.resolve("hypotheses.csv"));
        // micro-scenarios.csv: MODAFF and the six technology variables have no MICRO-SCENARIOS section
        for (String id : List.of("MODAFF", "BIGDATA", "IA", "RA", "COBOT", "FABADD", "IOT")) {
            assertFalse(h.has(id), id);
        }
        assertEquals(22, h.variableIds().size());
        List<Variable> all = bundled().variables();
        String m = assertThrows(InvalidInputException.class, () -> h.descriptors(all)).getMessage();
        assertTrue(m.contains("MODAFF, BIGDATA, IA, RA, COBOT, FABADD, IOT"), m);
    }
}
