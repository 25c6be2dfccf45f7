package org.micmac4j.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.Messages;

/**
 * A descriptor of a scenario space (a parameter in morphological analysis): a unique id, a name, an
 * optional group, and its mutually exclusive variants in a fixed order, with unique ids.
 *
 * <p>Immutable. Equality is on every field.
 *
 * <pre>{@code
 * Descriptor d = Descriptor.of("C", "Economy",
 *         List.of(Variant.of("C1", "Shrinking"), Variant.of("C2", "Stagnant"), Variant.of("C3", "Dynamic")));
 * d.indexOf("C2");   // 1
 * }</pre>
 */
public final class Descriptor {
    private final String id;
    private final String name;
    private final String group;
    private final List<Variant> variants;
    private final Map<String, Integer> index;

    private Descriptor(String id, String name, String group, List<Variant> variants) {
        this.id = id;
        this.name = name;
        this.group = group;
        this.variants = variants;
        this.index = new HashMap<>();
        for (int v = 0; v < variants.size(); v++) {
            Integer before = index.put(variants.get(v).id(), v);
            Messages.require(before == null, "descriptor %s: variant id %s appears twice (variants %d and %d)",
                    id, variants.get(v).id(), before == null ? 0 : before + 1, v + 1);
        }
    }

    /**
     * A descriptor whose name is its id.
     *
     * @param id the unique id
     * @param variants its variants, at least one, unique ids
     * @return the descriptor
     * @throws InvalidInputException when the id is blank, there is no variant or a variant id repeats
     */
    public static Descriptor of(String id, List<Variant> variants) {
        return of(id, id, variants);
    }

    /**
     * @param id the unique id
     * @param name the display name
     * @param variants its variants, at least one, unique ids
     * @return the descriptor
     * @throws InvalidInputException when the id or name is blank, there is no variant or a variant
     *         id repeats
     */
    public static Descriptor of(String id, String name, List<Variant> variants) {
        String i = Names.text(id, "descriptor id");
        String n = Names.text(name, "name of descriptor " + i);
        Messages.require(variants != null && !variants.isEmpty(), "descriptor %s has no variant", i);
        for (int v = 0; v < variants.size(); v++) {
            Messages.require(variants.get(v) != null, "descriptor %s: variant %d is missing", i, v + 1);
        }
        return new Descriptor(i, n, null, List.copyOf(variants));
    }

    /**
     * A descriptor whose variants are named by their ids.
     *
     * @param id the unique id
     * @param variantIds the variant ids, at least one, unique
     * @return the descriptor
     * @throws InvalidInputException as {@link #of(String, List)}
     */
    public static Descriptor ofIds(String id, String... variantIds) {
        Messages.require(variantIds != null && variantIds.length > 0, "descriptor %s has no variant", id);
        return of(id, java.util.Arrays.stream(variantIds).map(Variant::of).toList());
    }

    /**
     * @param newGroup a group (theme, block); null or blank removes it
     * @return a copy with that group
     */
    public Descriptor withGroup(String newGroup) {
        return new Descriptor(id, name, Names.optional(newGroup), variants);
    }

    /**
     * @param newName a display name
     * @return a copy with that name
     * @throws InvalidInputException when the name is blank
     */
    public Descriptor withName(String newName) {
        return new Descriptor(id, Names.text(newName, "name of descriptor " + id), group, variants);
    }

    /** @return the unique id */
    public String id() {
        return id;
    }

    /** @return the display name */
    public String name() {
        return name;
    }

    /** @return the group, if any */
    public Optional<String> group() {
        return Optional.ofNullable(group);
    }

    /** @return the variants in order (unmodifiable) */
    public List<Variant> variants() {
        return variants;
    }

    /** @return the number of variants */
    public int variantCount() {
        return variants.size();
    }

    /**
     * @param v 0-based variant index
     * @return that variant
     */
    public Variant variant(int v) {
        return variants.get(v);
    }

    /**
     * @param variantId a variant id
     * @return its 0-based index
     * @throws InvalidInputException when this descriptor has no such variant
     */
    public int indexOf(String variantId) {
        Integer v = variantId == null ? null : index.get(variantId.strip());
        if (v == null) {
            throw Messages.invalid("descriptor %s has no variant %s (variants: %s)", id, variantId,
                    String.join(", ", variants.stream().map(Variant::id).toList()));
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Descriptor d && id.equals(d.id) && name.equals(d.name)
                && Objects.equals(group, d.group) && variants.equals(d.variants);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, group, variants);
    }

    @Override
    public String toString() {
        return id + variants.stream().map(Variant::id).toList();
    }
}
