package org.micmac4j.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.micmac4j.Variable;
import org.micmac4j.report.internal.render.Palette;

/** The group of each variable as the pictures colour it ({@link Palette#NO_GROUP} for none). */
public final class Groups {
    private Groups() {
    }

    public static String of(Variable v) {
        return v.group().orElse(Palette.NO_GROUP);
    }

    public static Palette palette(List<Variable> variables) {
        List<String> groups = new ArrayList<>(variables.size());
        for (Variable v : variables) {
            groups.add(of(v));
        }
        return Palette.ofGroups(groups);
    }
}
