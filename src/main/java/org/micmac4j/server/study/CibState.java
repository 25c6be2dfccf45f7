package org.micmac4j.server.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.micmac4j.server.store.Rows.CibCellRow;
import org.micmac4j.server.store.Rows.DescriptorRow;
import org.micmac4j.server.store.Rows.VariantRow;

/**
 * A study's cross-impact (CIB) descriptors and each expert's judgements in the open CIB round,
 * held in memory like the grids (the database first, then here). Judgements are addressed by flat
 * variant indices (descriptor offset + variant).
 */
public final class CibState {
    private final List<DescriptorRow> descriptors;
    private final int round;
    private final int[] offsets;
    private final int size;
    private final Map<Long, Integer[]> judgements = new HashMap<>();

    CibState(List<DescriptorRow> descriptors, int round, List<CibCellRow> cells) {
        this.descriptors = List.copyOf(descriptors);
        this.round = round;
        offsets = new int[descriptors.size()];
        int k = 0;
        for (int d = 0; d < descriptors.size(); d++) {
            offsets[d] = k;
            k += descriptors.get(d).variants().size();
        }
        size = k;
        for (CibCellRow c : cells) {
            grid(c.expertId())[c.row() * size + c.col()] = c.value();
        }
    }

    /** @return the descriptors (empty when the study has none yet) */
    public List<DescriptorRow> descriptors() {
        return descriptors;
    }

    /** @return the open CIB round */
    public int round() {
        return round;
    }

    /** @return the number of variants in all */
    public int size() {
        return size;
    }

    /** @return how many judgements an expert can give: every variant against every variant of the other descriptors */
    public int cellCount() {
        int own = 0;
        for (DescriptorRow d : descriptors) {
            own += d.variants().size() * d.variants().size();
        }
        return size * size - own;
    }

    /**
     * @param descriptorId a descriptor's id
     * @param variantId one of its variants' ids
     * @return the variant's flat index, or -1
     */
    public int flat(String descriptorId, String variantId) {
        return flat(descriptors, descriptorId, variantId);
    }

    /** The flat index of a variant among descriptors, or -1. */
    static int flat(List<DescriptorRow> descriptors, String descriptorId, String variantId) {
        int offset = 0;
        for (DescriptorRow d : descriptors) {
            if (d.id().equals(descriptorId)) {
                List<VariantRow> vs = d.variants();
                for (int v = 0; v < vs.size(); v++) {
                    if (vs.get(v).id().equals(variantId)) {
                        return offset + v;
                    }
                }
                return -1;
            }
            offset += d.variants().size();
        }
        return -1;
    }

    /**
     * @param flat a flat index
     * @return its descriptor's index
     */
    public int descriptorOf(int flat) {
        int d = offsets.length - 1;
        while (d > 0 && offsets[d] > flat) {
            d--;
        }
        return d;
    }

    /**
     * @param flat a flat index
     * @return its descriptor's id and its variant's id
     */
    public String[] ids(int flat) {
        int d = descriptorOf(flat);
        return new String[] {descriptors.get(d).id(), descriptors.get(d).variants().get(flat - offsets[d]).id()};
    }

    /**
     * @param flat a flat index
     * @return "DESCRIPTOR.VARIANT"
     */
    public String label(int flat) {
        String[] ids = ids(flat);
        return ids[0] + "." + ids[1];
    }

    synchronized Integer[] grid(long expertId) {
        return judgements.computeIfAbsent(expertId, k -> new Integer[size * size]);
    }

    /**
     * @param expertId an expert
     * @return how many judgements they gave in the open CIB round
     */
    public synchronized int judged(long expertId) {
        Integer[] g = judgements.get(expertId);
        int k = 0;
        if (g != null) {
            synchronized (g) {
                for (Integer v : g) {
                    if (v != null) {
                        k++;
                    }
                }
            }
        }
        return k;
    }

    /**
     * @param expertIds the experts, in order
     * @return a copy of each one's judgements (null: none)
     */
    public synchronized List<Integer[]> snapshot(List<Long> expertIds) {
        List<Integer[]> out = new ArrayList<>();
        for (long e : expertIds) {
            Integer[] g = judgements.get(e);
            if (g == null) {
                out.add(new Integer[size * size]);
            } else {
                synchronized (g) {
                    out.add(g.clone());
                }
            }
        }
        return out;
    }
}
