package org.micmac4j.scenario;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.Messages;

/**
 * The space of scenarios over an ordered list of descriptors: every combination of one variant per
 * descriptor. Its size is the product of the variant counts, kept exactly as a {@link BigInteger}
 * (spaces far beyond 2^63 are common and must still be counted).
 *
 * <p><b>Never enumerated blindly.</b> Anything that visits scenarios one by one first calls
 * {@link #requireAtMost(long, String)} with its limit, {@link #ENUMERATION_LIMIT_DEFAULT} unless
 * configured otherwise, and fails with a message giving the size when the space is larger.
 *
 * <p><b>Indexing.</b> Variants are also numbered across the whole space ("flat" index, in
 * descriptor order, then variant order), the row and column order of a cross-impact matrix:
 * {@code flat = offset(d) + v}. Scenarios are ranked in mixed radix, the first descriptor most
 * significant and the last one varying fastest (the order of nested loops over the descriptors):
 * {@code rank = ((v0 * n1 + v1) * n2 + v2) ...}.
 *
 * <p>Immutable.
 */
public final class ScenarioSpace {
    /**
     * Default largest number of scenarios that a one-by-one enumeration accepts: 2^36 (about 69
     * billion), a few minutes of the fastest sweep. Exact solvers that prune are not bound by it.
     */
    public static final long ENUMERATION_LIMIT_DEFAULT = 1L << 36;

    private final List<Descriptor> descriptors;
    private final int[] counts;
    private final int[] offsets;
    private final BigInteger size;
    private final Map<String, Integer> index = new HashMap<>();

    private ScenarioSpace(List<Descriptor> descriptors) {
        this.descriptors = descriptors;
        int n = descriptors.size();
        counts = new int[n];
        offsets = new int[n + 1];
        BigInteger s = BigInteger.ONE;
        for (int d = 0; d < n; d++) {
            Descriptor desc = descriptors.get(d);
            Integer before = index.put(desc.id(), d);
            Messages.require(before == null, "descriptor id %s appears twice (descriptors %d and %d)",
                    desc.id(), before == null ? 0 : before + 1, d + 1);
            counts[d] = desc.variantCount();
            offsets[d + 1] = Math.addExact(offsets[d], counts[d]);
            s = s.multiply(BigInteger.valueOf(counts[d]));
        }
        size = s;
    }

    /**
     * @param descriptors the descriptors in order, at least one, unique ids
     * @return the space
     * @throws InvalidInputException when there is no descriptor, one is missing or an id repeats
     */
    public static ScenarioSpace of(List<Descriptor> descriptors) {
        Messages.require(descriptors != null && !descriptors.isEmpty(),
                "a scenario space needs at least one descriptor");
        for (int d = 0; d < descriptors.size(); d++) {
            Messages.require(descriptors.get(d) != null, "descriptor %d is missing", d + 1);
        }
        return new ScenarioSpace(List.copyOf(descriptors));
    }

    /**
     * @param descriptors the descriptors in order
     * @return the space
     * @throws InvalidInputException as {@link #of(List)}
     */
    public static ScenarioSpace of(Descriptor... descriptors) {
        return of(descriptors == null ? null : List.of(descriptors));
    }

    /** @return the descriptors in order (unmodifiable) */
    public List<Descriptor> descriptors() {
        return descriptors;
    }

    /**
     * @param d 0-based descriptor index
     * @return that descriptor
     */
    public Descriptor descriptor(int d) {
        return descriptors.get(d);
    }

    /** @return the number of descriptors */
    public int descriptorCount() {
        return counts.length;
    }

    /**
     * @param d 0-based descriptor index
     * @return its number of variants
     */
    public int variantCount(int d) {
        return counts[d];
    }

    /** @return the number of variants of each descriptor (a copy) */
    public int[] variantCounts() {
        return counts.clone();
    }

    /** @return the number of variants over all descriptors (the order of a cross-impact matrix) */
    public int totalVariants() {
        return offsets[counts.length];
    }

    /**
     * @param d 0-based descriptor index
     * @return the flat index of its first variant
     */
    public int offset(int d) {
        return offsets[d];
    }

    /**
     * @param d 0-based descriptor index
     * @param v 0-based variant index within it
     * @return the flat index {@code offset(d) + v}
     */
    public int flatIndex(int d, int v) {
        if (v < 0 || v >= counts[d]) {
            throw new IndexOutOfBoundsException("variant " + v + " of descriptor " + d);
        }
        return offsets[d] + v;
    }

    /**
     * @param flat a flat variant index
     * @return the index of the descriptor it belongs to
     */
    public int descriptorOf(int flat) {
        if (flat < 0 || flat >= totalVariants()) {
            throw new IndexOutOfBoundsException("flat variant index " + flat);
        }
        int d = 0;
        while (offsets[d + 1] <= flat) {
            d++;
        }
        return d;
    }

    /**
     * @param flat a flat variant index
     * @return a label {@code DESCRIPTOR:variant}
     */
    public String label(int flat) {
        int d = descriptorOf(flat);
        return descriptors.get(d).id() + ":" + descriptors.get(d).variant(flat - offsets[d]).id();
    }

    /**
     * @param descriptorId a descriptor id
     * @return its 0-based index
     * @throws InvalidInputException when there is no such descriptor
     */
    public int indexOf(String descriptorId) {
        Integer d = descriptorId == null ? null : index.get(descriptorId.strip());
        if (d == null) {
            throw Messages.invalid("no descriptor %s in the scenario space", descriptorId);
        }
        return d;
    }

    /** @return the exact number of scenarios */
    public BigInteger size() {
        return size;
    }

    /**
     * @param limit the largest size accepted
     * @param what what would enumerate the space, for the message (e.g. "the plain enumeration")
     * @return the size as a long, at most {@code limit}
     * @throws InvalidInputException when the space has more than {@code limit} scenarios
     */
    public long requireAtMost(long limit, String what) {
        if (size.compareTo(BigInteger.valueOf(limit)) > 0) {
            throw Messages.invalid("the scenario space has %s scenarios, more than the limit %d of %s",
                    size, limit, what);
        }
        return size.longValueExact();
    }

    /**
     * @param variants one 0-based variant index per descriptor
     * @return the scenario
     * @throws InvalidInputException when the count or an index does not fit this space
     */
    public Scenario scenario(int... variants) {
        Messages.require(variants != null && variants.length == counts.length,
                "a scenario needs %d variant indices, one per descriptor; got %d", counts.length,
                variants == null ? 0 : variants.length);
        for (int d = 0; d < counts.length; d++) {
            Messages.require(variants[d] >= 0 && variants[d] < counts[d],
                    "descriptor %s has %d variants; index %d is out of range", descriptors.get(d).id(),
                    counts[d], variants[d]);
        }
        return new Scenario(variants.clone());
    }

    /**
     * @param variantIds one variant id per descriptor, in descriptor order
     * @return the scenario
     * @throws InvalidInputException when the count does not fit or a descriptor has no such variant
     */
    public Scenario scenario(String... variantIds) {
        Messages.require(variantIds != null && variantIds.length == counts.length,
                "a scenario needs %d variant ids, one per descriptor; got %d", counts.length,
                variantIds == null ? 0 : variantIds.length);
        int[] v = new int[counts.length];
        for (int d = 0; d < counts.length; d++) {
            v[d] = descriptors.get(d).indexOf(variantIds[d]);
        }
        return new Scenario(v);
    }

    /**
     * @param rank the mixed-radix rank, {@code 0 <= rank < size()}
     * @return the scenario of that rank (last descriptor fastest)
     * @throws InvalidInputException when the rank is out of range
     */
    public Scenario scenarioAt(long rank) {
        Messages.require(rank >= 0 && BigInteger.valueOf(rank).compareTo(size) < 0,
                "scenario rank %d is out of range 0..%s", rank, size.subtract(BigInteger.ONE));
        int[] v = new int[counts.length];
        long r = rank;
        for (int d = counts.length - 1; d >= 0; d--) {
            v[d] = (int) (r % counts[d]);
            r /= counts[d];
        }
        return new Scenario(v);
    }

    /**
     * @param scenario a scenario of this space
     * @return its mixed-radix rank (last descriptor fastest)
     * @throws InvalidInputException when it does not fit this space
     */
    public BigInteger rank(Scenario scenario) {
        check(scenario);
        BigInteger r = BigInteger.ZERO;
        for (int d = 0; d < counts.length; d++) {
            r = r.multiply(BigInteger.valueOf(counts[d])).add(BigInteger.valueOf(scenario.variant(d)));
        }
        return r;
    }

    /**
     * @param scenario a scenario
     * @return its variant ids in descriptor order
     * @throws InvalidInputException when it does not fit this space
     */
    public List<String> variantIds(Scenario scenario) {
        check(scenario);
        String[] ids = new String[counts.length];
        for (int d = 0; d < counts.length; d++) {
            ids[d] = descriptors.get(d).variant(scenario.variant(d)).id();
        }
        return List.of(ids);
    }

    /**
     * @param scenario a scenario
     * @return its labels {@code DESCRIPTOR:variant} in descriptor order
     * @throws InvalidInputException when it does not fit this space
     */
    public List<String> labels(Scenario scenario) {
        check(scenario);
        String[] ids = new String[counts.length];
        for (int d = 0; d < counts.length; d++) {
            ids[d] = label(offsets[d] + scenario.variant(d));
        }
        return List.of(ids);
    }

    /**
     * @param scenario a scenario
     * @throws InvalidInputException when it has the wrong length or an index out of range here
     */
    public void check(Scenario scenario) {
        Messages.require(scenario != null && scenario.size() == counts.length,
                "the scenario has %d descriptors, the space %d", scenario == null ? 0 : scenario.size(),
                counts.length);
        for (int d = 0; d < counts.length; d++) {
            Messages.require(scenario.variant(d) < counts[d], "descriptor %s has %d variants; index %d is out of range",
                    descriptors.get(d).id(), counts[d], scenario.variant(d));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScenarioSpace s && descriptors.equals(s.descriptors);
    }

    @Override
    public int hashCode() {
        return descriptors.hashCode();
    }

    @Override
    public String toString() {
        return "ScenarioSpace" + descriptors + " (" + size + " scenarios)";
    }
}
