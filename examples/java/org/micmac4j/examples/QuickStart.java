package org.micmac4j.examples;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Micmac;
import org.micmac4j.MicmacResult;
import org.micmac4j.View;
import org.micmac4j.ViewResult;

/**
 * The smallest MICMAC analysis: a 5-variable matrix built in code, then each variable's sector in
 * the direct and indirect views.
 */
public final class QuickStart {
    private QuickStart() {
    }

    /**
     * @param args unused
     */
    public static void main(String[] args) {
        // Row i, column j: how strongly i acts on j (0 none, 1 weak, 2 moderate, 3 strong).
        InfluenceMatrix m = InfluenceMatrix.builder("ENERGY", "PRICES", "DEMAND", "JOBS", "SKILLS")
                .set("ENERGY", "PRICES", 3).set("PRICES", "DEMAND", 2).set("DEMAND", "JOBS", 3)
                .set("JOBS", "SKILLS", 1).set("SKILLS", "JOBS", 2).set("JOBS", "DEMAND", 1)
                .set("ENERGY", "JOBS", 1).set("DEMAND", "PRICES", 1).set("SKILLS", "DEMAND", 1)
                .build();

        MicmacResult result = Micmac.withDefaults().analyze(m); // order chosen automatically
        ViewResult direct = result.view(View.DIRECT);
        ViewResult indirect = result.view(View.INDIRECT);

        System.out.println("order k = " + result.order() + " (" + result.iteration(View.INDIRECT).stopReason()
                + "), structure " + result.structure());
        for (int i = 0; i < m.size(); i++) {
            System.out.printf("%-7s direct %-10s indirect %-10s%n", m.variable(i).id(), direct.sector(i),
                    indirect.sector(i));
        }
    }
}
