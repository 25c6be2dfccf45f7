package org.micmac4j.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.micmac4j.server.store.Rows.DescriptorRow;
import org.micmac4j.server.store.Rows.VariantRow;
import org.micmac4j.server.study.CibAlerts;
import org.micmac4j.server.study.CibAlerts.Alert;
import org.micmac4j.server.study.CibAlerts.Kind;

/**
 * The contradiction alerts of an expert's cross-impact judgements (Weimer-Jehle 2006): the rules
 * on hand-made sections, then on random grids against a second statement of the rules (by the
 * section's least and greatest judgement), with the alerts following a permutation of the
 * descriptors and the judgements left untouched.
 */
class CibAlertsTest {
    /** A (a1, a2) and B (b1, b2, b3): flat indices 0, 1 and 2, 3, 4. */
    private static final List<DescriptorRow> AB = List.of(descriptor("A", 2), descriptor("B", 3));

    private static DescriptorRow descriptor(String id, int variants) {
        List<VariantRow> vs = new ArrayList<>();
        for (int v = 1; v <= variants; v++) {
            vs.add(new VariantRow(id.toLowerCase() + v, id.toLowerCase() + v));
        }
        return new DescriptorRow(id, id, vs);
    }

    /** The alerts of the section a1 → B judged as given (the rest blank). */
    private static List<Alert> a1OnB(Integer b1, Integer b2, Integer b3) {
        Integer[] j = new Integer[25];
        j[2] = b1;
        j[3] = b2;
        j[4] = b3;
        return CibAlerts.of(AB, j);
    }

    @Test
    void theRulesOnHandMadeSections() {
        assertEquals(List.of(new Alert(Kind.EXCLUSIVE_PROMOTED, 0, 1, List.of(2, 3))), a1OnB(3, 2, null));
        assertEquals(List.of(new Alert(Kind.EXCLUSIVE_PROMOTED, 0, 1, List.of(2, 4))), a1OnB(2, 0, 3),
                "0 restrains nothing");
        assertEquals(List.of(), a1OnB(3, 2, -1), "one variant restrained: a ranking, no contradiction");
        assertEquals(List.of(), a1OnB(3, 1, null), "one strong promotion");
        assertEquals(List.of(new Alert(Kind.ALL_PROMOTED, 0, 1, List.of(2, 3, 4))), a1OnB(1, 1, 2));
        assertEquals(List.of(new Alert(Kind.ALL_PROMOTED, 0, 1, List.of(2, 3, 4))), a1OnB(3, 3, 3),
                "all promoted wins over two strong");
        assertEquals(List.of(new Alert(Kind.ALL_RESTRAINED, 0, 1, List.of(2, 3, 4))), a1OnB(-1, -3, -2));
        assertEquals(List.of(), a1OnB(-1, -3, null), "a blank is no judgement: the section is not all restrained");
        assertEquals(List.of(), a1OnB(0, 0, 0));
        assertEquals(List.of(), a1OnB(3, -3, 0), "a standardised section");
        assertEquals(List.of(), a1OnB(null, null, null));

        // B's variant b2 on A (two variants): both promoted
        Integer[] j = new Integer[25];
        j[3 * 5] = 2;
        j[3 * 5 + 1] = 2;
        assertEquals(List.of(new Alert(Kind.ALL_PROMOTED, 3, 0, List.of(0, 1))), CibAlerts.of(AB, j));
        // a descriptor's own cells are no section
        Integer[] own = new Integer[25];
        own[2 * 5 + 3] = 3;
        own[2 * 5 + 4] = 3;
        own[0] = 3;
        own[1] = 3;
        assertEquals(List.of(), CibAlerts.of(AB, own));
        assertThrows(IllegalArgumentException.class, () -> CibAlerts.of(AB, new Integer[24]));
    }

    /** The rules stated again by each section's least and greatest judgement (the oracle). */
    private static List<Alert> oracle(List<DescriptorRow> ds, Integer[] j) {
        List<Integer> starts = new ArrayList<>();
        int size = 0;
        for (DescriptorRow d : ds) {
            starts.add(size);
            size += d.variants().size();
        }
        List<Alert> out = new ArrayList<>();
        for (int a = 0; a < ds.size(); a++) {
            for (int row = starts.get(a); row < starts.get(a) + ds.get(a).variants().size(); row++) {
                for (int b = 0; b < ds.size(); b++) {
                    if (a == b) {
                        continue;
                    }
                    List<Integer> cols = new ArrayList<>();
                    List<Integer> vals = new ArrayList<>();
                    for (int v = 0; v < ds.get(b).variants().size(); v++) {
                        cols.add(starts.get(b) + v);
                        vals.add(j[row * size + starts.get(b) + v]);
                    }
                    List<Integer> given = vals.stream().filter(Objects::nonNull).toList();
                    boolean complete = given.size() == vals.size();
                    if (complete && Collections.min(given) > 0) {
                        out.add(new Alert(Kind.ALL_PROMOTED, row, b, cols));
                    } else if (complete && Collections.max(given) < 0) {
                        out.add(new Alert(Kind.ALL_RESTRAINED, row, b, cols));
                    } else if (!given.isEmpty() && Collections.min(given) >= 0
                            && given.stream().filter(x -> x >= 2).count() >= 2) {
                        List<Integer> strong = new ArrayList<>();
                        for (int k = 0; k < cols.size(); k++) {
                            if (vals.get(k) != null && vals.get(k) >= 2) {
                                strong.add(cols.get(k));
                            }
                        }
                        out.add(new Alert(Kind.EXCLUSIVE_PROMOTED, row, b, strong));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void randomGridsEqualTheOracleFollowPermutationsAndAreNotModified() {
        Random r = new Random(41);
        for (int trial = 0; trial < 300; trial++) {
            List<DescriptorRow> ds = new ArrayList<>();
            int n = 2 + r.nextInt(4);
            int size = 0;
            for (int d = 0; d < n; d++) {
                ds.add(descriptor("D" + d, 2 + r.nextInt(3)));
                size += ds.get(d).variants().size();
            }
            Integer[] j = new Integer[size * size];
            for (int k = 0; k < j.length; k++) {
                // mostly non-negative, often blank: every rule fires somewhere
                int x = r.nextInt(10);
                j[k] = x < 3 ? null : x < 9 ? r.nextInt(5) - 1 : -r.nextInt(3) - 1;
            }
            Integer[] before = j.clone();
            List<Alert> alerts = CibAlerts.of(ds, j);
            assertEquals(oracle(ds, j), alerts, "trial " + trial);
            assertArrayEquals(before, j, "the judgements were modified");

            // the descriptors in reverse order: the same alerts, renumbered
            List<DescriptorRow> reversed = new ArrayList<>(ds);
            Collections.reverse(reversed);
            int[] newFlat = new int[size];
            int[] newDescriptor = new int[n];
            int k = 0;
            for (int d = n - 1; d >= 0; d--) {
                newDescriptor[d] = n - 1 - d;
                int start = Arrays.stream(ds.subList(0, d).toArray(DescriptorRow[]::new))
                        .mapToInt(x -> x.variants().size()).sum();
                for (int v = 0; v < ds.get(d).variants().size(); v++) {
                    newFlat[start + v] = k++;
                }
            }
            Integer[] moved = new Integer[size * size];
            for (int a = 0; a < size; a++) {
                for (int b = 0; b < size; b++) {
                    moved[newFlat[a] * size + newFlat[b]] = j[a * size + b];
                }
            }
            List<Alert> expected = new ArrayList<>();
            for (Alert a : alerts) {
                expected.add(new Alert(a.kind(), newFlat[a.row()], newDescriptor[a.descriptor()],
                        a.variants().stream().map(v -> newFlat[v]).toList()));
            }
            List<Alert> got = new ArrayList<>(CibAlerts.of(reversed, moved));
            java.util.Comparator<Alert> order = java.util.Comparator.comparingInt(Alert::row)
                    .thenComparingInt(Alert::descriptor);
            expected.sort(order);
            got.sort(order);
            assertEquals(expected, got, "trial " + trial);
        }
    }
}
