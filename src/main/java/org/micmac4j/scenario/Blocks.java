package org.micmac4j.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.Messages;

/**
 * The blocks of a scenario space (its descriptors' groups, e.g. a study's themes) and the
 * block-level hypothesis a scenario takes in each: global scenarios composed block by block, as
 * studies that group their variables into blocks of micro-scenarios do ("block 1 - H2, block 2 -
 * H1").
 *
 * <p><b>Rule.</b> A scenario takes hypothesis X in a block when every descriptor of the block takes
 * a variant whose id is X; otherwise the block is <em>mixed</em> ({@link #MIXED}). Descriptors
 * without a group form no block. Blocks are numbered in a given order of group names (a study's
 * own numbering, which may include blocks with no descriptor in this space), else in order of
 * first appearance.
 *
 * <p>Immutable.
 *
 * <pre>{@code
 * Blocks b = Blocks.of(space, List.of("Global economic context", "Economic change", ...));
 * b.profile(scenario);            // e.g. [H2, mixed, H1]: one entry per block present
 * b.group(scenarios);             // the scenarios by profile, in order of first appearance
 * }</pre>
 */
public final class Blocks {
    /** The block-level hypothesis of a block whose descriptors take variants of different ids. */
    public static final String MIXED = "mixed";

    /**
     * A block present in the space.
     *
     * @param name the group name
     * @param number its 1-based number in the given order
     * @param descriptors its descriptors' indices, in space order
     */
    public record Block(String name, int number, List<Integer> descriptors) {
        /**
         * @param name the group name
         * @param number its number
         * @param descriptors its descriptors; copied
         */
        public Block {
            descriptors = List.copyOf(descriptors);
        }
    }

    /**
     * Scenarios sharing a profile.
     *
     * @param profile the block-level hypothesis of each block, in block order
     * @param scenarios the scenarios, in the order given
     */
    public record Group(List<String> profile, List<Scenario> scenarios) {
        /**
         * @param profile the profile; copied
         * @param scenarios the scenarios; copied
         */
        public Group {
            profile = List.copyOf(profile);
            scenarios = List.copyOf(scenarios);
        }
    }

    private final ScenarioSpace space;
    private final List<Block> blocks;

    private Blocks(ScenarioSpace space, List<Block> blocks) {
        this.space = space;
        this.blocks = List.copyOf(blocks);
    }

    /**
     * @param space a space whose descriptors have groups
     * @return its blocks, numbered in order of first appearance
     */
    public static Blocks of(ScenarioSpace space) {
        List<String> order = new ArrayList<>();
        for (Descriptor d : space.descriptors()) {
            d.group().filter(g -> !order.contains(g)).ifPresent(order::add);
        }
        return of(space, order);
    }

    /**
     * @param space a space whose descriptors have groups
     * @param order every group name in the order that numbers the blocks (names absent from the
     *     space keep their number)
     * @return its blocks, in that order
     * @throws InvalidInputException when a descriptor's group is not in {@code order}, or a name
     *         repeats
     */
    public static Blocks of(ScenarioSpace space, List<String> order) {
        Objects.requireNonNull(space, "space");
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        for (String name : order) {
            Messages.require(members.put(name, new ArrayList<>()) == null, "block %s is listed twice", name);
        }
        for (int d = 0; d < space.descriptorCount(); d++) {
            Descriptor desc = space.descriptor(d);
            if (desc.group().isEmpty()) {
                continue;
            }
            List<Integer> in = members.get(desc.group().get());
            Messages.require(in != null, "descriptor %s is in group %s, which is not among the blocks %s", desc.id(),
                    desc.group().get(), order);
            in.add(d);
        }
        List<Block> blocks = new ArrayList<>();
        int number = 0;
        for (Map.Entry<String, List<Integer>> e : members.entrySet()) {
            number++;
            if (!e.getValue().isEmpty()) {
                blocks.add(new Block(e.getKey(), number, e.getValue()));
            }
        }
        return new Blocks(space, blocks);
    }

    /** @return the blocks present in the space, in order */
    public List<Block> blocks() {
        return blocks;
    }

    /**
     * @param block a block of this space
     * @param scenario a scenario of the space
     * @return the variant id every descriptor of the block takes, or {@link #MIXED}
     */
    public String hypothesis(Block block, Scenario scenario) {
        space.check(scenario);
        String common = null;
        for (int d : block.descriptors()) {
            String id = space.descriptor(d).variant(scenario.variant(d)).id();
            if (common == null) {
                common = id;
            } else if (!common.equals(id)) {
                return MIXED;
            }
        }
        return common;
    }

    /**
     * @param scenario a scenario of the space
     * @return its block-level hypothesis in every block, in block order
     */
    public List<String> profile(Scenario scenario) {
        List<String> p = new ArrayList<>();
        for (Block b : blocks) {
            p.add(hypothesis(b, scenario));
        }
        return p;
    }

    /**
     * @param scenarios scenarios of the space, e.g. a solution set in its order
     * @return the scenarios grouped by profile, groups in order of their first scenario, each
     *     keeping the given order
     */
    public List<Group> group(List<Scenario> scenarios) {
        Map<List<String>, List<Scenario>> by = new LinkedHashMap<>();
        for (Scenario s : scenarios) {
            by.computeIfAbsent(profile(s), k -> new ArrayList<>()).add(s);
        }
        List<Group> out = new ArrayList<>();
        by.forEach((p, s) -> out.add(new Group(p, s)));
        return out;
    }
}
