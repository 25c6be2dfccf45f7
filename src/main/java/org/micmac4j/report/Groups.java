package org.micmac4j.report;

import java.util.ArrayList;
import java.util.List;

import org.micmac4j.Variable;
import org.micmac4j.report.render.Palette;

/** The group of each variable as the pictures colour it ({@link Palette#NO_GROUP} for none). */
final class Groups {
    private Groups() {
    }

    static String of(Variable v) {
        return v.group().orElse(Palette.NO_GROUP);
    }

    static Palette palette(List<Variable> variables) {
        List<String> groups = new ArrayList<>(variables.size());
        for (Variable v : variables) {
            groups.add(of(v));
        }
        return Palette.ofGroups(groups);
    }
}
