package org.micmac4j.report.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.micmac4j.report.internal.render.LabelPlacer.Placement;

class LabelPlacerTest {
    /** MICMAC-like clouds: most points packed near the centre, a few spread out, some coincident. */
    @ParameterizedTest
    @ValueSource(ints = {29, 100, 1000})
    void noTwoLabelsOverlapAndNoneCoversAMarker(int n) {
        PlaneFrame frame = new PlaneFrame(n, 100, 100);
        Random rnd = new Random(n);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            double spread = i % 4 == 0 ? 45 : 15;
            double dx = i % 10 == 9 ? 50 : 50 + rnd.nextGaussian() * spread; // every tenth point on the same spot
            double dy = i % 10 == 9 ? 50 : 50 + rnd.nextGaussian() * spread;
            x[i] = frame.px(Math.max(0, Math.min(100, dx)));
            y[i] = frame.py(Math.max(0, Math.min(100, dy)));
            w[i] = frame.labelWidth(i % 3 == 0 ? "MONNAIE" : "V" + i);
            h[i] = frame.labelHeight();
        }
        double r = frame.markerRadius() + 0.5;
        List<Placement> p = new LabelPlacer(frame.plotBox(), 1.5).place(x, y, w, h, r);
        assertEquals(n, p.size());
        for (int i = 0; i < n; i++) {
            Box a = p.get(i).box();
            assertTrue(frame.plotBox().contains(a), "label " + i + " inside the plot");
            assertEquals(w[i], a.w(), 1e-9);
            for (int j = 0; j < n; j++) {
                Box marker = new Box(x[j] - r, y[j] - r, 2 * r, 2 * r);
                assertFalse(a.overlaps(marker), "label " + i + " covers point " + j);
                if (j > i) {
                    assertFalse(a.overlaps(p.get(j).box()), "labels " + i + " and " + j + " overlap");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void anIsolatedLabelSitsRightOfItsPointWithoutLeader(int n) {
        double[] x = {100, 300};
        double[] y = {100, 300};
        List<Placement> p = new LabelPlacer(new Box(0, 0, 400, 400), 2).place(java.util.Arrays.copyOf(x, n),
                java.util.Arrays.copyOf(y, n), new double[] {30, 30}, new double[] {12, 12}, 4);
        assertFalse(p.get(0).leader());
        assertEquals(106, p.get(0).box().x(), 1e-9);
        assertEquals(100, p.get(0).box().centerY(), 1e-9);
    }

    @org.junit.jupiter.api.Test
    void reservedAreasAreAvoided() {
        Box reserved = new Box(104, 90, 40, 20); // right of the point
        List<Placement> p = new LabelPlacer(new Box(0, 0, 400, 400), 2).place(new double[] {100},
                new double[] {100}, new double[] {30}, new double[] {12}, 4, List.of(reserved));
        assertFalse(p.get(0).box().overlaps(reserved));
    }
}
