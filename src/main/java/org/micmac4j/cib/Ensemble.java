package org.micmac4j.cib;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;

import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.Messages;
import org.micmac4j.scenario.Scenario;

/**
 * Several judgement matrices over the same scenario space (for example one per expert): each
 * member is solved with the configured {@link Cib}, and every scenario gets the share of members in
 * whose solution set it is (K = 0: the share of members in which it is consistent).
 *
 * <p>Members must be over equal spaces; members written separately with the same ids in another
 * order are brought to one order by {@link CibMatrix#alignedTo}.
 *
 * <p>Immutable and thread-safe; serializable, so that a Spark task can carry it (the progress
 * listener stays behind).
 *
 * <pre>{@code
 * ShareResult<Ensemble> r = Ensemble.withDefaults().analyze(List.of(expert1, expert2, expert3));
 * r.scenarios().get(0).share();   // 1.0 when consistent for every expert
 * }</pre>
 */
public final class Ensemble implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private static final Ensemble DEFAULTS = new Ensemble(Cib.withDefaults(), null);

    private final Cib cib;
    private final transient IntConsumer progress; // not carried to a Spark task

    private Ensemble(Cib cib, IntConsumer progress) {
        this.cib = cib;
        this.progress = progress;
    }

    /** @return the defaults: members solved with {@link Cib#withDefaults()} */
    public static Ensemble withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param c how each member is solved (K, algorithm, threads)
     * @return a copy using it
     */
    public Ensemble withCib(Cib c) {
        return new Ensemble(Objects.requireNonNull(c, "cib"), progress);
    }

    /**
     * @param listener called with the number of members solved so far; null for none
     * @return a copy
     */
    public Ensemble withProgress(IntConsumer listener) {
        return new Ensemble(cib, listener);
    }

    /** @return how each member is solved */
    public Cib cib() {
        return cib;
    }

    /**
     * @param members the matrices, at least one, all over equal scenario spaces
     * @return every scenario in at least one member's solution set, with its share of members
     * @throws InvalidInputException when there is no member, the spaces differ (the message names the
     *         member), or a member's solution set is larger than {@code cib().limit()} (a share needs
     *         every scenario; the message names the member)
     */
    public ShareResult<Ensemble> analyze(List<CibMatrix> members) {
        requireOneSpace(members);
        return result(members, solutionSets(members, 0, members.size() - 1));
    }

    /**
     * The solution sets of members {@code first..last} (0-based, both included), one after the
     * other: what a task of a distributed run computes.
     *
     * @param members the matrices, all over equal scenario spaces
     * @param first the first member, ≥ 0
     * @param last the last member, first ≤ last &lt; members
     * @return the scenarios of each member's solution set in {@link CibScenario#ORDER}, in member order
     * @throws InvalidInputException as {@link #analyze(List)}, or when the members are out of range
     */
    public List<List<Scenario>> solutionSets(List<CibMatrix> members, int first, int last) {
        requireOneSpace(members);
        Messages.require(first >= 0 && first <= last && last < members.size(), "members %d:%d are not within the "
                + "%d members 0:%d", first, last, members.size(), members.size() - 1);
        List<List<Scenario>> out = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            out.add(cib.solve(members.get(i)).all("ensemble member " + (i + 1)).stream().map(CibScenario::scenario)
                    .toList());
            if (progress != null) {
                progress.accept(i - first + 1);
            }
        }
        return out;
    }

    /**
     * The result of {@link #analyze(List)} from the members' solution sets computed apart
     * ({@link #solutionSets}).
     *
     * @param members the matrices
     * @param sets the solution set of every member, in member order
     * @return the shares, as {@link #analyze(List)} gives them
     * @throws InvalidInputException when there is not one set per member
     */
    public ShareResult<Ensemble> result(List<CibMatrix> members, List<List<Scenario>> sets) {
        requireOneSpace(members);
        Messages.require(sets.size() == members.size(), "%d solution sets for the %d members", sets.size(),
                members.size());
        return new ShareResult<>(this, members.get(0).space(), members.size(), Shares.of(sets));
    }

    /**
     * @param members the matrices of an ensemble
     * @throws InvalidInputException when there is none, one is null, or their spaces differ (the
     *         message names the member)
     */
    static void requireOneSpace(List<CibMatrix> members) {
        Messages.require(members != null && !members.isEmpty(), "an ensemble needs at least one matrix");
        CibMatrix first = members.get(0);
        for (int i = 0; i < members.size(); i++) {
            CibMatrix m = members.get(i);
            Messages.require(m != null, "ensemble member %d is missing", i + 1);
            Messages.require(m.space().equals(first.space()),
                    "ensemble member %d has another scenario space than member 1 (%s vs %s; when only the order "
                            + "differs, align it with CibMatrix.alignedTo)", i + 1, m.space(), first.space());
        }
    }

    @Override
    public String toString() {
        return "Ensemble[" + cib + "]";
    }
}
