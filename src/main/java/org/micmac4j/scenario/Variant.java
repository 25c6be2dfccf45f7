package org.micmac4j.scenario;

import org.micmac4j.InvalidInputException;

/**
 * One variant of a descriptor (a value of a morphological parameter): a short id, unique within
 * its descriptor, and a display name. Ids and names are stripped of surrounding blanks.
 *
 * @param id the short id, e.g. {@code "A2"} or {@code "Low"}
 * @param name the display name, e.g. {@code "Prosperity party"}; the id when none is given
 */
public record Variant(String id, String name) {
    /**
     * @param id the short id
     * @param name the display name
     * @throws InvalidInputException when the id or the name is null or blank
     */
    public Variant {
        id = Names.text(id, "variant id");
        name = Names.text(name, "name of variant " + id);
    }

    /**
     * A variant whose name is its id.
     *
     * @param id the short id
     * @return the variant
     * @throws InvalidInputException when the id is null or blank
     */
    public static Variant of(String id) {
        return new Variant(id, id);
    }

    /**
     * @param id the short id
     * @param name the display name
     * @return the variant
     * @throws InvalidInputException when the id or the name is null or blank
     */
    public static Variant of(String id, String name) {
        return new Variant(id, name);
    }
}
