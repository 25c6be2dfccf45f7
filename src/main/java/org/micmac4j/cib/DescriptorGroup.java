package org.micmac4j.cib;

import java.math.BigInteger;
import java.util.List;

/**
 * One independent group of descriptors of a solution set ({@link CibResult#groups()}): the
 * descriptors whose consistency depends on each other's variants only, the size of their own
 * space and the number of their own scenarios with inconsistency at most K. The set's count is
 * the product of the groups' counts.
 *
 * @param descriptors the descriptor ids, in descriptor order
 * @param scenarios the number of combinations of their variants
 * @param count how many of those have inconsistency at most K within the group
 */
public record DescriptorGroup(List<String> descriptors, BigInteger scenarios, long count) {
    /**
     * The list is copied.
     *
     * @param descriptors the descriptor ids, in descriptor order
     * @param scenarios the number of combinations of their variants
     * @param count how many of those have inconsistency at most K within the group
     */
    public DescriptorGroup {
        descriptors = List.copyOf(descriptors);
    }
}
