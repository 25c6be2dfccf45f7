package org.micmac4j.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.micmac4j.Variable;

/**
 * Colours by variable group, in the order groups first appear. Uses a colour-blind-aware
 * qualitative palette (Tableau 10); beyond ten groups colours repeat. Internal helper.
 */
final class Palette {
    /** Label of variables without a group. */
    static final String NO_GROUP = "(no group)";
    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
        "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};

    private final Map<String, String> byGroup = new LinkedHashMap<>();
    private final List<String> groupOf;

    Palette(List<Variable> variables) {
        this.groupOf = new ArrayList<>(variables.size());
        for (Variable v : variables) {
            String g = group(v);
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
     * Colours for classes known in advance (ISM clusters, DEMATEL groups): the k-th known class
     * always gets the k-th colour, so that a class keeps its colour from one study to the next;
     * the legend lists the classes present, in the known order.
     *
     * @param classOf the class of each variable, each one of {@code known}
     * @param known every class, in legend order
     * @return the palette
     */
    static Palette ofClasses(List<String> classOf, List<String> known) {
        for (String c : classOf) {
            if (!known.contains(c)) {
                throw new IllegalArgumentException("unknown class " + c);
            }
        }
        return new Palette(classOf, known);
    }

    static String group(Variable v) {
        return v.group().orElse(NO_GROUP);
    }

    /** @return the colour of variable i */
    String colour(int i) {
        return byGroup.get(groupOf.get(i));
    }

    /** @return the groups in order of first appearance */
    List<String> groups() {
        return new ArrayList<>(byGroup.keySet());
    }

    /** @return the colour of a group */
    String colourOf(String group) {
        return byGroup.get(group);
    }
}
