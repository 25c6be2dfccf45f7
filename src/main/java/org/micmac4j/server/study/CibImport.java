package org.micmac4j.server.study;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.micmac4j.server.store.Rows.CibAsideRow;
import org.micmac4j.server.store.Rows.CibCellRow;
import org.micmac4j.server.store.Rows.CibDisputedRow;
import org.micmac4j.server.store.Rows.DescriptorRow;

/**
 * The checks of an imported cross-impact part ({@link CibHistory}), all made before anything is
 * written: every refusal is a 400 naming the field.
 */
public final class CibImport {
    private CibImport() {
    }

    /**
     * A cross-impact part checked for an import, its experts numbered by their place in the
     * import's list (the {@code expertId} of its rows), written by {@link CrossImpacts#restore}.
     *
     * @param descriptors the checked descriptors (empty: nothing to restore)
     * @param judgements each round's judgements, round 1 first
     * @param disputed each round's disputed judgements
     * @param putAside the judgements put aside
     */
    public record Restorable(List<DescriptorRow> descriptors, List<List<CibCellRow>> judgements,
            List<List<CibDisputedRow>> disputed, List<CibAsideRow> putAside) {
    }

    /**
     * Checks a whole cross-impact part for an import, before anything is written.
     *
     * @param history the cross-impact part
     * @param experts the names of the experts the import invites, in order
     * @param where the source, for messages (e.g. "export.zip: study.json: cib")
     * @return the part, ready for {@link CrossImpacts#restore}
     * @throws WorkspaceException 400 naming the field at fault
     */
    public static Restorable check(CibHistory history, List<String> experts, String where) {
        if (history.descriptors().isEmpty()) {
            return new Restorable(List.of(), List.of(), List.of(), List.of());
        }
        List<DescriptorRow> checked = CrossImpacts.check(history.descriptors());
        CibState c = new CibState(checked, 1, List.of());
        List<List<CibCellRow>> judgements = new ArrayList<>();
        List<List<CibDisputedRow>> disputed = new ArrayList<>();
        if (history.round() != Math.max(1, history.rounds().size())) {
            throw WorkspaceException.badRequest(where + ".round: " + history.round() + " but "
                    + history.rounds().size() + " rounds are given");
        }
        for (int r = 0; r < history.rounds().size(); r++) {
            CibHistory.Round round = history.rounds().get(r);
            String w = where + ".rounds[" + r + "]";
            if (round.round() != r + 1) {
                throw WorkspaceException.badRequest(w + ".round: " + (r + 1) + " expected, got " + round.round());
            }
            List<CibCellRow> cells = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int k = 0; k < round.judgements().size(); k++) {
                CibHistory.Judgement j = round.judgements().get(k);
                String wj = w + ".judgements[" + k + "]";
                if (j == null) {
                    throw WorkspaceException.badRequest(wj + ": an object is needed");
                }
                int e = expert(experts, j.expert(), wj);
                int[] cell = cell(c, j.from(), j.fromVariant(), j.to(), j.toVariant(), wj);
                value(j.value(), wj);
                if (!seen.add(e + ":" + cell[0] + ":" + cell[1])) {
                    throw WorkspaceException.badRequest(wj + ": a second judgement of expert '"
                            + Studies.shorten(j.expert()) + "' on the same cell");
                }
                cells.add(new CibCellRow(e, cell[0], cell[1], j.value()));
            }
            List<CibDisputedRow> ds = new ArrayList<>();
            for (int k = 0; k < round.disputed().size(); k++) {
                CibHistory.Disputed d = round.disputed().get(k);
                String wd = w + ".disputed[" + k + "]";
                if (d == null) {
                    throw WorkspaceException.badRequest(wd + ": an object is needed");
                }
                int[] cell = cell(c, d.from(), d.fromVariant(), d.to(), d.toVariant(), wd);
                if (d.counts() == null || d.counts().length != 7
                        || java.util.Arrays.stream(d.counts()).anyMatch(x -> x < 0)) {
                    throw WorkspaceException.badRequest(wd + ".counts: seven counts (of -3..+3), none negative");
                }
                ds.add(new CibDisputedRow(cell[0], cell[1], d.counts().clone()));
            }
            judgements.add(cells);
            disputed.add(ds);
        }
        if (judgements.isEmpty()) {
            judgements.add(List.of());
            disputed.add(List.of());
        }
        List<CibAsideRow> aside = new ArrayList<>();
        for (int k = 0; k < history.putAside().size(); k++) {
            CibHistory.PutAside a = history.putAside().get(k);
            String w = where + ".putAside[" + k + "]";
            int e = expert(experts, a.expert(), w);
            if (a.round() < 1 || a.round() > judgements.size()) {
                throw WorkspaceException.badRequest(w + ".round: 1 to " + judgements.size() + ", got " + a.round());
            }
            value(a.value(), w);
            List<String> ids = List.of(Checks.text(w + ".from", a.from(), Checks.ID_MAX, true),
                    Checks.text(w + ".fromVariant", a.fromVariant(), Checks.ID_MAX, true),
                    Checks.text(w + ".to", a.to(), Checks.ID_MAX, true),
                    Checks.text(w + ".toVariant", a.toVariant(), Checks.ID_MAX, true));
            aside.add(new CibAsideRow(e, a.round(), ids, a.value()));
        }
        return new Restorable(checked, judgements, disputed, aside);
    }

    private static int expert(List<String> experts, String name, String where) {
        int e = name == null ? -1 : experts.indexOf(name);
        if (e < 0) {
            throw WorkspaceException.badRequest(where + ".expert: no expert named '" + Studies.shorten(
                    String.valueOf(name)) + "' in the study");
        }
        return e;
    }

    private static void value(int value, String where) {
        if (value < -3 || value > 3) {
            throw WorkspaceException.badRequest(where + ".value: a whole number from -3 to 3, got " + value);
        }
    }

    /** A judgement's {row, column} among the descriptors, or a 400 naming the field. */
    private static int[] cell(CibState c, String from, String fromVariant, String to, String toVariant,
            String where) {
        int row = c.flat(String.valueOf(from), String.valueOf(fromVariant));
        int col = c.flat(String.valueOf(to), String.valueOf(toVariant));
        if (row < 0) {
            throw WorkspaceException.badRequest(where + ".from: no variant '" + Studies.shorten(from + "."
                    + fromVariant) + "' in the descriptors");
        }
        if (col < 0) {
            throw WorkspaceException.badRequest(where + ".to: no variant '" + Studies.shorten(to + "." + toVariant)
                    + "' in the descriptors");
        }
        if (c.descriptorOf(row) == c.descriptorOf(col)) {
            throw WorkspaceException.badRequest(where + ".to: a descriptor's variants are not judged against "
                    + "each other");
        }
        return new int[] {row, col};
    }
}
