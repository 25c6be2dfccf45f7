package org.micmac4j.report.internal.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Colours by group, in the order groups first appear. Uses a colour-blind-aware qualitative
 * palette (Tableau 10); beyond ten groups colours repeat.
 *
 * <p>Internal to the reports: not part of the library's API.
 */
public final class Palette {
    /** Label of points without a group. */
    public static final String NO_GROUP = "(no group)";
    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
        "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};

    private final Map<String, String> byGroup = new LinkedHashMap<>();
    private final List<String> groupOf;

    private Palette(List<String> groups) {
        this.groupOf = new ArrayList<>(groups.size());
        for (String g : groups) {
            groupOf.add(g);
            byGroup.putIfAbsent(g, COLOURS[byGroup.size() % COLOURS.length]);
        }
        if (byGroup.size() == 1 && byGroup.containsKey(NO_GROUP)) {
            byGroup.put(NO_GROUP, COLOURS[0]); // one colour for all: keep it the friendly blue
        }
    }

    private Palette(List<String> groupOf, List<String> known) {
        this.groupOf = List.copyOf(groupOf);
        for (int k = 0; k < known.size(); k++) {
            if (groupOf.contains(known.get(k))) {
                byGroup.put(known.get(k), COLOURS[k % COLOURS.length]);
            }
        }
    }

    /**
     * Colours for groups as they come: the first group seen gets the first colour.
     *
     * @param groupOf the group of each point ({@link #NO_GROUP} for none)
     * @return the palette
     */
    public static Palette ofGroups(List<String> groupOf) {
        return new Palette(groupOf);
    }

    /**
     * Colours for classes known in advance (ISM clusters, DEMATEL groups): the k-th known class
     * always gets the k-th colour, so that a class keeps its colour from one study to the next;
     * the legend lists the classes present, in the known order.
     *
     * @param classOf the class of each variable, each one of {@code known}
     * @param known every class, in legend order
     * @return the palette
     */
    public static Palette ofClasses(List<String> classOf, List<String> known) {
        for (String c : classOf) {
            if (!known.contains(c)) {
                throw new IllegalArgumentException("unknown class " + c);
            }
        }
        return new Palette(classOf, known);
    }

    /**
     * @param i a point
     * @return its colour
     */
    public String colour(int i) {
        return byGroup.get(groupOf.get(i));
    }

    /** @return the groups in order of first appearance */
    public List<String> groups() {
        return new ArrayList<>(byGroup.keySet());
    }

    /**
     * @param group a group
     * @return its colour
     */
    public String colourOf(String group) {
        return byGroup.get(group);
    }
}
