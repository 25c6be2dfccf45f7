package org.micmac4j.server.study;

import java.util.ArrayList;
import java.util.List;

import org.micmac4j.server.store.Rows.DescriptorRow;

/**
 * The gentle alerts about an expert's own cross-impact judgements that contradict themselves in
 * the sense of cross-impact balance (Weimer-Jehle 2006, "Cross-impact balances: a
 * system-theoretical approach to cross-impact analysis", Technological Forecasting and Social
 * Change 73(4), 334-361).
 *
 * <p>A <em>judgement section</em> is what one variant a of a descriptor A does to every variant of
 * one other descriptor B (a row of the pair A → B). B's variants exclude each other (exactly one
 * comes true), and the impact balance compares them: only the differences within a section
 * change which of B's variants it favours, which is why sections are usually standardised to sum
 * to zero. A section contradicts itself when
 * <ul>
 * <li>{@link Kind#ALL_PROMOTED}: every variant of B is judged and all are promoted (&gt; 0): a
 * variant cannot make all of B's exclusive outcomes likelier; the weakest promotion works as a
 * restraint;</li>
 * <li>{@link Kind#ALL_RESTRAINED}: every variant of B is judged and all are restrained (&lt; 0);
 * one of them must come true, and the mildest restraint works as a promotion;</li>
 * <li>{@link Kind#EXCLUSIVE_PROMOTED}: otherwise, two or more variants of B are promoted at +2 or
 * +3 and none is restrained: two exclusive outcomes strongly favoured at once, with nothing
 * said against the others.</li>
 * </ul>
 * Blank judgements (no judgement) count as not given: they neither complete a section nor
 * restrain. Alerts are advice: a save is never refused for them.
 */
public final class CibAlerts {
    /** The least promotion called strong in {@link Kind#EXCLUSIVE_PROMOTED}. */
    public static final int STRONG = 2;

    private CibAlerts() {
    }

    /** What a section says that contradicts itself. */
    public enum Kind {
        /** Every variant of B promoted. */
        ALL_PROMOTED,
        /** Every variant of B restrained. */
        ALL_RESTRAINED,
        /** Two or more variants of B promoted at +2 or more, none restrained. */
        EXCLUSIVE_PROMOTED
    }

    /**
     * One section's alert.
     *
     * @param kind what contradicts
     * @param row the impacting variant (flat index)
     * @param descriptor the impacted descriptor (index)
     * @param variants the variants of B concerned (flat indices, in order): all of them, or the
     *     strongly promoted ones
     */
    public record Alert(Kind kind, int row, int descriptor, List<Integer> variants) {
    }

    /**
     * The alerts of one expert's judgements, section by section (rows in order, then descriptors).
     *
     * @param descriptors the descriptors
     * @param judgements the expert's judgements, flat and row-major over all variants (null: none);
     *     not modified
     * @return the alerts, none when nothing contradicts
     */
    public static List<Alert> of(List<DescriptorRow> descriptors, Integer[] judgements) {
        int[] offsets = new int[descriptors.size() + 1];
        for (int d = 0; d < descriptors.size(); d++) {
            offsets[d + 1] = offsets[d] + descriptors.get(d).variants().size();
        }
        int size = offsets[descriptors.size()];
        if (judgements.length != size * size) {
            throw new IllegalArgumentException("judgements: " + size * size + " cells expected, got "
                    + judgements.length);
        }
        List<Alert> out = new ArrayList<>();
        for (int a = 0; a < descriptors.size(); a++) {
            for (int row = offsets[a]; row < offsets[a + 1]; row++) {
                for (int b = 0; b < descriptors.size(); b++) {
                    if (b != a) {
                        Alert alert = section(judgements, size, row, b, offsets[b], offsets[b + 1]);
                        if (alert != null) {
                            out.add(alert);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Alert section(Integer[] j, int size, int row, int b, int from, int to) {
        int judged = 0;
        int promoted = 0;
        int restrained = 0;
        List<Integer> strong = new ArrayList<>();
        for (int col = from; col < to; col++) {
            Integer v = j[row * size + col];
            if (v == null) {
                continue;
            }
            judged++;
            promoted += v > 0 ? 1 : 0;
            restrained += v < 0 ? 1 : 0;
            if (v >= STRONG) {
                strong.add(col);
            }
        }
        List<Integer> all = new ArrayList<>();
        for (int col = from; col < to; col++) {
            all.add(col);
        }
        if (judged == to - from && promoted == judged) {
            return new Alert(Kind.ALL_PROMOTED, row, b, List.copyOf(all));
        }
        if (judged == to - from && restrained == judged) {
            return new Alert(Kind.ALL_RESTRAINED, row, b, List.copyOf(all));
        }
        if (strong.size() >= 2 && restrained == 0) {
            return new Alert(Kind.EXCLUSIVE_PROMOTED, row, b, List.copyOf(strong));
        }
        return null;
    }
}
