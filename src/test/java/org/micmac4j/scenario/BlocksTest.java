package org.micmac4j.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.micmac4j.InvalidInputException;

/** Blocks and block-level hypotheses against their definition, on random grouped spaces. */
class BlocksTest {

    @Property(tries = 300)
    void profileIsTheCommonVariantIdOrMixed(@ForAll long seed) {
        Random r = new Random(seed);
        List<String> names = List.of("g1", "g2", "g3", "g4");
        List<Descriptor> ds = new ArrayList<>();
        int nd = 1 + r.nextInt(6);
        for (int d = 0; d < nd; d++) {
            int k = 1 + r.nextInt(3);
            String[] ids = new String[k];
            for (int v = 0; v < k; v++) {
                ids[v] = "H" + (v + 1);
            }
            Descriptor desc = Descriptor.ofIds("D" + d, ids);
            ds.add(r.nextInt(5) == 0 ? desc : desc.withGroup(names.get(r.nextInt(names.size()))));
        }
        ScenarioSpace s = ScenarioSpace.of(ds);
        Blocks b = Blocks.of(s, names);
        Set<String> present = new HashSet<>();
        ds.forEach(d -> d.group().ifPresent(present::add));
        assertEquals(present.size(), b.blocks().size());
        for (Blocks.Block block : b.blocks()) {
            assertEquals(names.indexOf(block.name()) + 1, block.number());
        }
        List<Scenario> all = new ArrayList<>();
        for (long rank = 0; rank < s.size().longValue(); rank++) {
            Scenario z = s.scenarioAt(rank);
            all.add(z);
            List<String> want = new ArrayList<>();
            for (String g : names) {
                Set<String> ids = new HashSet<>();
                for (int d = 0; d < nd; d++) {
                    if (ds.get(d).group().orElse("").equals(g)) {
                        ids.add(ds.get(d).variant(z.variant(d)).id());
                    }
                }
                if (!ids.isEmpty()) {
                    want.add(ids.size() == 1 ? ids.iterator().next() : Blocks.MIXED);
                }
            }
            assertEquals(want, b.profile(z));
        }
        int total = 0;
        for (Blocks.Group g : b.group(all)) {
            total += g.scenarios().size();
            g.scenarios().forEach(z -> assertEquals(g.profile(), b.profile(z)));
        }
        assertEquals(all.size(), total);
    }

    @Test
    void aGroupOutsideTheOrderIsRefused() {
        ScenarioSpace s = ScenarioSpace.of(Descriptor.ofIds("A", "H1").withGroup("x"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Blocks.of(s, List.of("y")));
        assertTrue(e.getMessage().contains("descriptor A is in group x"), e.getMessage());
        assertEquals(List.of("x"), Blocks.of(s).blocks().stream().map(Blocks.Block::name).toList());
    }
}
