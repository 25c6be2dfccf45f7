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
    private final List<Variable> variables;

    Palette(List<Variable> variables) {
        this.variables = variables;
        for (Variable v : variables) {
            String g = group(v);
            byGroup.putIfAbsent(g, COLOURS[byGroup.size() % COLOURS.length]);
        }
        if (byGroup.size() == 1 && byGroup.containsKey(NO_GROUP)) {
            byGroup.put(NO_GROUP, COLOURS[0]); // one colour for all: keep it the friendly blue
        }
    }

    static String group(Variable v) {
        return v.group().orElse(NO_GROUP);
    }

    /** @return the colour of variable i */
    String colour(int i) {
        return byGroup.get(group(variables.get(i)));
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
