package org.micmac4j.server.study;

import java.util.List;

import org.micmac4j.server.store.Rows.DescriptorRow;

/**
 * A study's whole cross-impact (CIB) part named by ids and expert names, as the panel folder's
 * {@code study.json} carries it and an import restores it: the descriptors, every CIB round (its
 * judgements and the disputed judgements shown in it) and the judgements put aside (their variant
 * removed). Rounds are numbered 1 to {@code round}, the open one last.
 *
 * @param descriptors the descriptors (empty when the study has none)
 * @param round the open CIB round
 * @param rounds every round, in order
 * @param putAside the judgements put aside, with the round they were given in
 */
public record CibHistory(List<DescriptorRow> descriptors, int round, List<Round> rounds, List<PutAside> putAside) {
    /** No cross-impact part. */
    public static final CibHistory NONE = new CibHistory(List.of(), 1, List.of(), List.of());

    /** @return the open round's judgements (none without rounds) */
    public List<Judgement> open() {
        return rounds.isEmpty() ? List.of() : rounds.get(rounds.size() - 1).judgements();
    }

    /**
     * One expert's judgement.
     *
     * @param expert the expert's name
     * @param from the impacting descriptor
     * @param fromVariant its variant
     * @param to the impacted descriptor
     * @param toVariant its variant
     * @param value -3..+3
     */
    public record Judgement(String expert, String from, String fromVariant, String to, String toVariant, int value) {
    }

    /**
     * One CIB round.
     *
     * @param round its number
     * @param judgements every judgement given in it
     * @param disputed the judgements shown with the panel's distribution in it, most disputed first
     */
    public record Round(int round, List<Judgement> judgements, List<Disputed> disputed) {
    }

    /**
     * A judgement shown with the panel's anonymous distribution.
     *
     * @param from the impacting descriptor
     * @param fromVariant its variant
     * @param to the impacted descriptor
     * @param toVariant its variant
     * @param counts how many experts judged -3..+3 at the end of the previous round
     */
    public record Disputed(String from, String fromVariant, String to, String toVariant, int[] counts) {
    }

    /**
     * A judgement put aside: its cell named by the ids it had when its variant was removed.
     *
     * @param expert the expert's name
     * @param round the round it was given in
     * @param from the impacting descriptor
     * @param fromVariant its variant
     * @param to the impacted descriptor
     * @param toVariant its variant
     * @param value -3..+3
     */
    public record PutAside(String expert, int round, String from, String fromVariant, String to, String toVariant,
            int value) {
    }
}
