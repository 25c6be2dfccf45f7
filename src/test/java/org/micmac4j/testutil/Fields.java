package org.micmac4j.testutil;

import java.util.ArrayList;
import java.util.List;

import org.micmac4j.morph.MorphologicalField;
import org.micmac4j.morph.PairScale;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.ScenarioSpace;

/** Morphological fields built for tests. */
public final class Fields {
    private Fields() {
    }

    /**
     * A field of 10^30 configurations that no split into components helps and whose exclusions
     * prune almost nothing: 30 parameters P0..P29 of 10 values v0..v9, value v0 of each parameter
     * excluding v0 of the next.
     *
     * @return the field
     */
    public static MorphologicalField chain() {
        List<Descriptor> ds = new ArrayList<>();
        for (int p = 0; p < 30; p++) {
            String[] v = new String[10];
            for (int i = 0; i < 10; i++) {
                v[i] = "v" + i;
            }
            ds.add(Descriptor.ofIds("P" + p, v));
        }
        MorphologicalField f = MorphologicalField.of(ScenarioSpace.of(ds), PairScale.BINARY);
        for (int p = 0; p < 29; p++) {
            f = f.withScore("P" + p, "v0", "P" + (p + 1), "v0", 0);
        }
        return f;
    }
}
