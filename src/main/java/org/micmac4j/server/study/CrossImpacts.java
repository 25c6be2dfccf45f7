package org.micmac4j.server.study;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.function.BiFunction;

import org.micmac4j.server.store.CibStore;
import org.micmac4j.server.store.Rows.CibAsideRow;
import org.micmac4j.server.store.Rows.CibCellRow;
import org.micmac4j.server.store.Rows.CibDisputedRow;
import org.micmac4j.server.store.Rows.DescriptorRow;
import org.micmac4j.server.store.Rows.ExpertRow;
import org.micmac4j.server.store.Rows.VariantRow;

/**
 * The cross-impact (CIB) part of the studies: descriptors set up once, then edited at any time
 * without losing a judgement (renamed ones follow, removed ones are put aside); each expert's judgements
 * (-3..+3) saved like the grids' answers (database first, then memory); Delphi rounds of their
 * own. Thread-safe: a save holds the study's read lock, closing a round or editing the
 * descriptors its write lock.
 */
public final class CrossImpacts {
    /** Most descriptors: a grid an expert can still fill in (and a space the ensemble solves at once). */
    public static final int DESCRIPTORS_MAX = 12;
    /** Most variants of a descriptor. */
    public static final int VARIANTS_MAX = 9;

    private final Studies studies;
    private final CibStore store;

    CrossImpacts(Studies studies, CibStore store) {
        this.studies = studies;
        this.store = store;
    }

    /**
     * @param study a study
     * @return its descriptors and the judgements of the open CIB round
     */
    public CibState state(StudyState study) {
        CibState c = study.cib;
        if (c == null) {
            synchronized (study) {
                c = study.cib;
                if (c == null) {
                    int round = store.round(study.id());
                    c = new CibState(store.descriptors(study.id()), round, store.cells(study.id(), round));
                    study.cib = c;
                }
            }
        }
        return c;
    }

    /**
     * @param study a study
     * @param round a CIB round (1 .. the open one)
     * @param expertIds experts in order
     * @return each one's judgements in that round (flat, row-major; null = none)
     */
    public List<Integer[]> judgements(StudyState study, int round, List<Long> expertIds) {
        CibState c = state(study);
        if (round == c.round()) {
            return c.snapshot(expertIds);
        }
        if (round < 1 || round > c.round()) {
            throw WorkspaceException.notFound("round: the cross-impact judgements of study " + study.id()
                    + " have rounds 1 to "
                    + c.round() + ", not " + round);
        }
        List<CibCellRow> cells = store.cells(study.id(), round);
        return new CibState(c.descriptors(), round, cells).snapshot(expertIds);
    }

    /**
     * @param study a study
     * @return how many judgements are put aside (their variant removed), waiting for it to come back
     */
    public int putAside(StudyState study) {
        return study.cached("cib-aside:" + study.version(), () -> store.putAside(study.id()));
    }

    /**
     * @param study a study
     * @param round a CIB round
     * @return the judgements shown with the panel's distribution in it
     */
    public List<CibDisputedRow> disputed(StudyState study, int round) {
        return study.cached("cib-disputed:" + study.version() + ":" + round, () -> store.disputed(study.id(), round));
    }

    /**
     * Sets the study's descriptors (once).
     *
     * @param study the study
     * @param descriptors 2 to 12 descriptors of 2 to 9 variants each, ids unique (checked here)
     */
    public void set(StudyState study, List<DescriptorRow> descriptors) {
        List<DescriptorRow> checked = check(descriptors);
        synchronized (study) {
            if (!state(study).descriptors().isEmpty()) {
                throw WorkspaceException.conflict("descriptors: this study's cross-impact descriptors are already set");
            }
            store.setDescriptors(study.id(), checked);
            study.cib = null;
            study.changed();
        }
    }

    /**
     * Edits the study's descriptors, in any CIB round, without losing a judgement: names may change
     * freely; descriptors and variants may be added, moved, and renamed (new ids: {@code former}
     * says which variant each one was, and its judgements follow it). Removing a variant that has
     * judgements is refused with a 409 that says how many, unless {@code putAside}: then they are
     * kept aside (recoverable: they come back when a variant of the same ids does).
     *
     * @param study the study
     * @param descriptors the new descriptors (checked here)
     * @param former for each new variant in order (flat index), the {descriptor id, variant id} it
     *     was, or null: the same ids (a new variant, or one kept)
     * @param putAside whether the judgements of removed variants may be put aside
     * @return how many judgements were put aside, and how many came back
     * @throws WorkspaceException 400 on a bad descriptor or former id, 409 when judgements would be
     *     put aside without {@code putAside}, or when no descriptors are set yet
     */
    public Edited edit(StudyState study, List<DescriptorRow> descriptors, List<String[]> former, boolean putAside) {
        List<DescriptorRow> checked = check(descriptors);
        Lock write = study.lock().writeLock();
        write.lock();
        try {
            synchronized (study) {
                CibState c = state(study);
                if (c.descriptors().isEmpty()) {
                    throw WorkspaceException.conflict("descriptors: none set yet: set them up first (POST)");
                }
                int[] renumber = renumber(c, checked, former);
                String[][] oldIds = new String[c.size()][];
                for (int f = 0; f < c.size(); f++) {
                    oldIds[f] = c.ids(f);
                }
                CibStore.Orphans o = store.orphans(study.id(), renumber);
                if (o.judgements() > 0 && !putAside) {
                    String[] ids = oldIds[o.firstVariant()];
                    throw WorkspaceException.conflict("descriptors: the variants removed ('" + Studies.shorten(ids[0]
                            + "." + ids[1])
                            + "'" + (o.judgements() == 1 ? "...) have 1 judgement" : "...) have " + o.judgements()
                                    + " judgements") + " by "
                            + o.experts() + (o.experts() == 1 ? " expert" : " experts")
                            + ": send \"putAside\":true to keep them aside (they come back with the variant), or keep "
                                    + "the variant");
                }
                int[] moved = store.replaceDescriptors(study.id(), checked, renumber, oldIds, checked.size()
                        + " descriptors, "
                        + checked.stream().mapToInt(d -> d.variants().size()).sum() + " variants");
                study.cib = null;
                study.changed();
                return new Edited(moved[0], moved[1]);
            }
        } finally {
            write.unlock();
        }
    }

    /**
     * What an edit did.
     *
     * @param putAside judgements put aside (their variant removed)
     * @param restored judgements put aside earlier that came back with their variants
     */
    public record Edited(int putAside, int restored) {
    }

    /**
     * The new flat index of each old variant (-1: removed). A descriptor's variants must all come
     * from one former descriptor (or be new), and a former descriptor goes to one descriptor:
     * otherwise two variants once judged against each other would fall into one descriptor.
     */
    private static int[] renumber(CibState c, List<DescriptorRow> checked, List<String[]> former) {
        int[] renumber = new int[c.size()];
        java.util.Arrays.fill(renumber, -1);
        java.util.Map<String, Integer> newDescriptorOf = new java.util.HashMap<>();
        int k = 0;
        for (int d = 0; d < checked.size(); d++) {
            String from = null;
            for (int v = 0; v < checked.get(d).variants().size(); v++, k++) {
                String w = "descriptors[" + d + "].variants[" + v + "].was";
                String[] was = former.size() > k && former.get(k) != null ? former.get(k)
                        : new String[] {checked.get(d).id(), checked.get(d).variants().get(v).id()};
                int f = c.flat(was[0], was[1]);
                if (f < 0 && former.size() > k && former.get(k) != null) {
                    // the same edit sent again: the rename is done, the variant has its new ids
                    was = new String[] {checked.get(d).id(), checked.get(d).variants().get(v).id()};
                    f = c.flat(was[0], was[1]);
                    if (f < 0) {
                        was = former.get(k);
                        throw WorkspaceException.badRequest(w + ": no variant '" + Studies.shorten(was[0] + "."
                                + was[1])
                                + "' in this study's descriptors");
                    }
                }
                if (f < 0) {
                    continue;
                }
                if (renumber[f] >= 0) {
                    throw WorkspaceException.badRequest(w + ": '" + Studies.shorten(was[0] + "." + was[1])
                            + "' is claimed twice");
                }
                if (from != null && !from.equals(was[0]) || newDescriptorOf.getOrDefault(was[0], d) != d) {
                    throw WorkspaceException.badRequest(w
                            + ": a descriptor's variants must come from one former descriptor, and "
                            + "a former descriptor's variants stay together ('" + Studies.shorten(was[0]) + "')");
                }
                from = was[0];
                newDescriptorOf.put(was[0], d);
                renumber[f] = k;
            }
        }
        return renumber;
    }

    /** The checks of a descriptor list: every refusal names the field. */
    static List<DescriptorRow> check(List<DescriptorRow> descriptors) {
        if (descriptors.size() < 2 || descriptors.size() > DESCRIPTORS_MAX) {
            throw WorkspaceException.badRequest("descriptors: between 2 and " + DESCRIPTORS_MAX + " are needed, got "
                    + descriptors.size());
        }
        Set<String> ids = new HashSet<>();
        List<DescriptorRow> checked = new ArrayList<>();
        for (int d = 0; d < descriptors.size(); d++) {
            DescriptorRow x = descriptors.get(d);
            String w = "descriptors[" + d + "]";
            String id = Checks.text(w + ".id", x.id(), Checks.ID_MAX, true);
            if (!ids.add(id)) {
                throw WorkspaceException.badRequest(w + ".id: duplicate id '" + id + "'");
            }
            if (x.variants() == null || x.variants().size() < 2 || x.variants().size() > VARIANTS_MAX) {
                throw WorkspaceException.badRequest(w + ".variants: between 2 and " + VARIANTS_MAX + " are needed");
            }
            Set<String> vids = new HashSet<>();
            List<VariantRow> vs = new ArrayList<>();
            for (int v = 0; v < x.variants().size(); v++) {
                String vid = Checks.text(w + ".variants[" + v + "].id", x.variants().get(v).id(), Checks.ID_MAX, true);
                if (!vids.add(vid)) {
                    throw WorkspaceException.badRequest(w + ".variants[" + v + "].id: duplicate id '" + vid + "'");
                }
                String vn = Checks.text(w + ".variants[" + v + "].name", x.variants().get(v).name(), 1000, false);
                vs.add(new VariantRow(vid, vn == null ? vid : vn));
            }
            String name = Checks.text(w + ".name", x.name(), Checks.VARIABLE_NAME_MAX, false);
            checked.add(new DescriptorRow(id, name == null ? id : name, List.copyOf(vs)));
        }
        return checked;
    }

    /**
     * Saves one judgement of an expert in the open CIB round.
     *
     * @param expert the expert (active)
     * @param from impacting descriptor id
     * @param fromVariant its variant
     * @param to impacted descriptor id
     * @param toVariant its variant
     * @param value -3..+3, or null for no judgement
     */
    public void save(ExpertRow expert, String from, String fromVariant, String to, String toVariant, Integer value) {
        if (value != null && (value < -3 || value > 3)) {
            throw WorkspaceException.badRequest("value: a whole number from -3 to 3, or null; got " + value);
        }
        StudyState s = studies.state(expert.studyId());
        Lock read = s.lock().readLock();
        read.lock();
        try {
            CibState c = state(s);
            int row = c.flat(from, fromVariant);
            int col = c.flat(to, toVariant);
            if (row < 0) {
                throw WorkspaceException.notFound("from: no variant '" + Studies.shorten(from + "." + fromVariant)
                        + "' in this study's descriptors");
            }
            if (col < 0) {
                throw WorkspaceException.notFound("to: no variant '" + Studies.shorten(to + "." + toVariant)
                        + "' in this study's descriptors");
            }
            if (c.descriptorOf(row) == c.descriptorOf(col)) {
                throw WorkspaceException.badRequest("to: a descriptor's variants are not judged against each other");
            }
            Integer[] g = c.grid(expert.id());
            synchronized (g) {
                int k = row * c.size() + col;
                store.save(s.id(), expert, c.round(), row, col, c.label(row) + ">" + c.label(col), value, g[k]);
                g[k] = value;
            }
        } finally {
            read.unlock();
        }
        s.changed();
    }

    /**
     * The whole cross-impact part, for the exports: every round's judgements (by expert, in the
     * study's order, then row and column) and disputed judgements, and the judgements put aside.
     *
     * @param study a study
     * @return its history ({@link CibHistory#NONE} without descriptors)
     */
    public CibHistory history(StudyState study) {
        Lock read = study.lock().readLock();
        read.lock();
        try {
            CibState c = state(study);
            if (c.descriptors().isEmpty()) {
                return CibHistory.NONE;
            }
            List<ExpertRow> experts = study.experts();
            List<Long> ids = experts.stream().map(ExpertRow::id).toList();
            List<CibHistory.Round> rounds = new ArrayList<>();
            for (int r = 1; r <= c.round(); r++) {
                List<Integer[]> grids = judgements(study, r, ids);
                List<CibHistory.Judgement> js = new ArrayList<>();
                for (int e = 0; e < experts.size(); e++) {
                    Integer[] g = grids.get(e);
                    for (int k = 0; k < g.length; k++) {
                        if (g[k] != null) {
                            String[] a = c.ids(k / c.size());
                            String[] b = c.ids(k % c.size());
                            js.add(new CibHistory.Judgement(experts.get(e).name(), a[0], a[1], b[0], b[1], g[k]));
                        }
                    }
                }
                List<CibHistory.Disputed> ds = new ArrayList<>();
                for (CibDisputedRow d : disputed(study, r)) {
                    String[] a = c.ids(d.row());
                    String[] b = c.ids(d.col());
                    ds.add(new CibHistory.Disputed(a[0], a[1], b[0], b[1], d.counts()));
                }
                rounds.add(new CibHistory.Round(r, List.copyOf(js), List.copyOf(ds)));
            }
            java.util.Map<Long, Integer> order = new java.util.HashMap<>();
            for (int e = 0; e < ids.size(); e++) {
                order.put(ids.get(e), e);
            }
            List<CibAsideRow> rows = new ArrayList<>(store.asideRows(study.id()));
            rows.sort(java.util.Comparator.<CibAsideRow>comparingInt(x -> order.getOrDefault(x.expertId(),
                    Integer.MAX_VALUE)).thenComparingInt(CibAsideRow::round)
                    .thenComparing(x -> String.join("\u001f", x.ids())));
            List<CibHistory.PutAside> aside = new ArrayList<>();
            for (CibAsideRow x : rows) {
                Integer e = order.get(x.expertId());
                if (e != null && x.ids().size() == 4) {
                    aside.add(new CibHistory.PutAside(experts.get(e).name(), x.round(), x.ids().get(0),
                            x.ids().get(1), x.ids().get(2), x.ids().get(3), x.value()));
                }
            }
            return new CibHistory(c.descriptors(), c.round(), List.copyOf(rounds), List.copyOf(aside));
        } finally {
            read.unlock();
        }
    }

    /**
     * Gives a new study (an import) its whole cross-impact part, in one transaction: the
     * descriptors, every round with its judgements and disputed judgements, and the judgements put
     * aside.
     *
     * @param study a study without cross-impact descriptors
     * @param part the part ({@link CibImport#check}ed; nothing is done without descriptors)
     * @param experts the experts invited by the import, in the order {@link CibImport#check} was given
     * @throws WorkspaceException 409 when the study has descriptors
     */
    public void restore(StudyState study, CibImport.Restorable part, List<ExpertRow> experts) {
        if (part.descriptors().isEmpty()) {
            return;
        }
        List<List<CibCellRow>> judgements = new ArrayList<>();
        for (List<CibCellRow> round : part.judgements()) {
            judgements.add(round.stream().map(x -> new CibCellRow(experts.get((int) x.expertId()).id(), x.row(),
                    x.col(), x.value())).toList());
        }
        List<CibAsideRow> aside = part.putAside().stream().map(x -> new CibAsideRow(
                experts.get((int) x.expertId()).id(), x.round(), x.ids(), x.value())).toList();
        Lock write = study.lock().writeLock();
        write.lock();
        try {
            synchronized (study) {
                if (!state(study).descriptors().isEmpty()) {
                    throw WorkspaceException.conflict("descriptors: this study's cross-impact descriptors are "
                            + "already set");
                }
                store.restore(study.id(), part.descriptors(), judgements, part.disputed(), aside);
                study.cib = null;
                study.changed();
            }
        } finally {
            write.unlock();
        }
    }

    /**
     * Closes the open CIB round and opens the next.
     *
     * @param study the study
     * @param expectedRound the round the facilitator closes (409 when another is open)
     * @param disputed the judgements to show in the next round, from the descriptors and every
     *     expert's judgements of the closing round (in the order of {@link StudyState#experts()})
     * @return the new round
     */
    public int nextRound(StudyState study, int expectedRound,
            BiFunction<List<DescriptorRow>, List<Integer[]>, List<CibDisputedRow>> disputed) {
        Lock write = study.lock().writeLock();
        write.lock();
        try {
            CibState c = state(study);
            if (c.descriptors().isEmpty()) {
                throw WorkspaceException.conflict("round: no cross-impact descriptors are set yet");
            }
            if (expectedRound != c.round()) {
                throw WorkspaceException.conflict("round: cross-impact round " + c.round() + " is open, not round "
                        + expectedRound);
            }
            List<CibDisputedRow> cells = disputed.apply(c.descriptors(),
                    c.snapshot(study.experts().stream().map(ExpertRow::id).toList()));
            int next = store.nextRound(study.id(), c.round(), cells);
            study.cib = null;
            study.changed();
            return next;
        } finally {
            write.unlock();
        }
    }
}
