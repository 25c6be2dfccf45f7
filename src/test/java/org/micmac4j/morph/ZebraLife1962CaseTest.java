package org.micmac4j.morph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.micmac4j.scenario.ScenarioSpace;
import org.micmac4j.testutil.Json;
import org.micmac4j.testutil.Resources;

/**
 * Source: the Zebra puzzle as first published in Life International, 17 December 1962, encoded as
 * a 25-parameter morphological field; the printed count (1) and solution (Life, 25 March 1963) are
 * in cases/morph/zebra-life-1962/expected.json (provenance in SOURCE.md there).
 */
class ZebraLife1962CaseTest {
    private static final String DIR = "/cases/morph/zebra-life-1962/";

    static MorphologicalField field() throws Exception {
        MorphologicalField f = FieldCsv.read(Resources.path(DIR + "compatibility.csv"), PairScale.BINARY);
        return FieldCsv.readExclusions(Resources.path(DIR + "unary_exclusions.csv"), f);
    }

    @Test
    void spaceIsFiveToThe25() throws Exception {
        ScenarioSpace s = field().space();
        assertEquals(25, s.descriptorCount());
        assertEquals(BigInteger.valueOf(5).pow(25), s.size());
    }

    @Test
    void reproducesThePrintedUniqueSolution() throws Exception {
        Object expected = Json.resource(DIR + "expected.json");
        MorphologicalResult r = MorphologicalAnalysis.withDefaults().analyze(field());
        assertEquals(BigInteger.valueOf(
                (long) Json.num(Json.at(expected, "printed_number_of_consistent_configurations"))), r.count());
        assertEquals(1, r.configurations().size());
        List<String> ids = r.space().variantIds(r.configurations().get(0).scenario());
        Map<String, Object> byHouse = Json.obj(Json.at(expected, "printed_solution_by_house"));
        int checked = 0;
        for (Map.Entry<String, Object> house : byHouse.entrySet()) {
            String h = house.getKey().substring("house ".length());
            for (Map.Entry<String, Object> attr : Json.obj(house.getValue()).entrySet()) {
                int p = r.space().indexOf(attr.getKey() + "." + attr.getValue());
                assertEquals(h, ids.get(p), attr.getKey() + "." + attr.getValue());
                checked++;
            }
        }
        assertEquals(25, checked);
        assertTrue(r.configurations().get(0).score().isEmpty());
    }

    @Test
    void survivalOfTheUniqueSolutionIsOneForEachOfItsValues() throws Exception {
        MorphologicalResult r = MorphologicalAnalysis.withDefaults().analyze(field());
        // printed: the Norwegian drinks water, the Japanese owns the zebra
        assertEquals(BigInteger.ONE, r.survival("Drink.Water", "1"));
        assertEquals(BigInteger.ZERO, r.survival("Drink.Water", "2"));
        assertEquals(BigInteger.ONE, r.survival("Pet.Zebra", "5"));
        assertEquals(BigInteger.ONE, r.survival("Nationality.Japanese", "5"));
    }

    @Test
    void withoutTheUnaryCluesThereAreMoreSolutionsAndInferenceRecoversTheAnswer() throws Exception {
        MorphologicalField free = FieldCsv.read(Resources.path(DIR + "compatibility.csv"), PairScale.BINARY);
        MorphologicalAnalysis a = MorphologicalAnalysis.withDefaults();
        assertTrue(a.analyze(free).count().compareTo(BigInteger.ONE) > 0);
        // the two unary clues (9: milk in house 3, 10: Norwegian in house 1) as fixed parameters
        MorphologicalResult r = a.infer(free, Map.of("Drink.Milk", "3", "Nationality.Norwegian", "1"));
        assertEquals(BigInteger.ONE, r.count());
        int zebra = r.space().indexOf("Pet.Zebra");
        assertEquals(List.of("5"), r.possibleValues(zebra).stream().map(v -> v.id()).toList());
    }

    @Test
    void readsTheFileItIsGiven() throws Exception {
        Path p = Resources.path(DIR + "compatibility.csv");
        assertEquals(125, FieldCsv.read(p, PairScale.BINARY).space().totalVariants());
    }
}
