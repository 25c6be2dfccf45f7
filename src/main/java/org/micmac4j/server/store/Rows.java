package org.micmac4j.server.store;

import java.time.Instant;
import java.util.List;

/** The rows the store returns: small immutable records. */
public final class Rows {
    private Rows() {
    }

    /**
     * A variable of a study.
     *
     * @param id the variable's id (as in the CLI's files)
     * @param name its name
     * @param group its group, or null
     * @param description its description, or null
     */
    public record VariableRow(String id, String name, String group, String description) {
    }

    /**
     * A study.
     *
     * @param id the study's number
     * @param title its title
     * @param scale its scale ("classic": 0..3 and P)
     * @param currentRound the open round (1, 2, ...)
     * @param createdAt when it was created
     * @param variables its variables in order
     */
    public record StudyRow(long id, String title, String scale, int currentRound, Instant createdAt,
            List<VariableRow> variables) {
    }

    /**
     * An expert.
     *
     * @param id the expert's number
     * @param studyId the study
     * @param name the name the facilitator gave
     * @param createdAt when invited
     * @param revokedAt when the link was revoked, or null
     */
    public record ExpertRow(long id, long studyId, String name, Instant createdAt, Instant revokedAt) {
        /** @return whether the link still works */
        public boolean active() {
            return revokedAt == null;
        }
    }

    /**
     * One answer.
     *
     * @param expertId the expert
     * @param round the round
     * @param from the row (influencing variable index)
     * @param to the column (influenced variable index)
     * @param value "0".."3", "P" or null (no opinion)
     * @param rationale the one-line rationale, or null
     */
    public record CellRow(long expertId, int round, int from, int to, String value, String rationale) {
    }

    /**
     * One line of the audit log.
     *
     * @param id its number (in order)
     * @param round the round, or null for study-level events
     * @param actor who: "facilitator" or "expert NAME (#id)"
     * @param at when
     * @param what what changed: "value", "rationale", or an event name
     * @param from the row, or null
     * @param to the column, or null
     * @param oldValue before, or null
     * @param newValue after, or null
     * @param cell a CIB cell as named when the line was written ("D.V>D.V"), or null
     */
    public record AuditRow(long id, Integer round, String actor, Instant at, String what, Integer from, Integer to,
            String oldValue, String newValue, String cell) {
    }

    /**
     * A facilitator's browser session.
     *
     * @param csrf the token every state-changing request of the session must carry
     * @param expiresAt its end
     */
    public record SessionRow(String csrf, Instant expiresAt) {
    }

    /**
     * A disputed cell shown in a round with the panel's distribution.
     *
     * @param from row
     * @param to column
     * @param counts how many experts answered 0, 1, 2, 3, P (in that order) at the end of the
     *     previous round
     */
    public record DisputedRow(int from, int to, int[] counts) {
    }

    /**
     * A CIB descriptor with its variants.
     *
     * @param id the descriptor's id (a key variable's id)
     * @param name its name
     * @param variants its variants, at least 2
     */
    public record DescriptorRow(String id, String name, List<VariantRow> variants) {
    }

    /**
     * A variant of a CIB descriptor.
     *
     * @param id its id (e.g. H1)
     * @param name its description
     */
    public record VariantRow(String id, String name) {
    }

    /**
     * One CIB judgement of an expert.
     *
     * @param expertId the expert
     * @param row the impacting variant's flat index
     * @param col the impacted variant's flat index
     * @param value -3..+3, or null
     */
    public record CibCellRow(long expertId, int row, int col, Integer value) {
    }

    /**
     * A CIB judgement shown with the panel's anonymous distribution in a round.
     *
     * @param row the impacting variant's flat index
     * @param col the impacted variant's flat index
     * @param counts how many experts judged -3, -2, -1, 0, +1, +2, +3 at the end of the previous round
     */
    public record CibDisputedRow(int row, int col, int[] counts) {
    }

    /**
     * A CIB judgement put aside (its variant removed), its cell named by the ids it had then.
     *
     * @param expertId the expert
     * @param round the CIB round it was given in
     * @param ids the impacting descriptor and variant, the impacted descriptor and variant
     * @param value -3..+3
     */
    public record CibAsideRow(long expertId, int round, List<String> ids, int value) {
    }

    /** @return counts as stored: "a,b,c" */
    static String joinCounts(int[] counts) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < counts.length; k++) {
            s.append(k == 0 ? "" : ",").append(counts[k]);
        }
        return s.toString();
    }

    /** @return the counts of a stored "a,b,c" */
    static int[] splitCounts(String stored) {
        String[] parts = stored.split(",");
        int[] counts = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            counts[k] = Integer.parseInt(parts[k]);
        }
        return counts;
    }
}
