package org.micmac4j.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.micmac4j.Draws;
import org.micmac4j.InvalidInputException;
import org.micmac4j.testutil.CibMatrices;

/**
 * Shares and intervention changes need whole solution sets: a set larger than the listing limit is
 * refused with one line naming it, never counted from its first scenarios. Oracle: with an all-zero
 * matrix every impact score is 0, so every scenario ties and is consistent (all 3^4 = 81 of them).
 */
class WholeSetGuardTest {
    private static final CibMatrix ZEROS = CibMatrices.zeros(4);
    private static final Cib CUT = Cib.withDefaults().withLimit(10);
    private static final Cib WHOLE = Cib.withDefaults().withLimit(81);

    private static void assertOneLineNaming(InvalidInputException e, String... parts) {
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), e.getMessage() + " should name " + p);
        }
    }

    @Test
    void aCutListIsCountedButNotWhole() {
        CibResult r = CUT.solve(ZEROS);
        assertEquals(81, r.count().intValue());
        assertEquals(10, r.size());
        assertOneLineNaming(assertThrows(InvalidInputException.class, () -> r.all("this set")), "this set: 81",
                "10 listed");
        assertEquals(81, WHOLE.solve(ZEROS).all("the set").size());
    }

    @Test
    void anEnsembleWithAMemberLargerThanTheLimitIsRefusedNamingTheMember() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Ensemble.withDefaults().withCib(CUT).analyze(List.of(ZEROS, ZEROS)));
        assertOneLineNaming(e, "ensemble member 1", "81", "10 listed");
        ShareResult<Ensemble> whole = Ensemble.withDefaults().withCib(WHOLE).analyze(List.of(ZEROS, ZEROS));
        assertEquals(81, whole.scenarios().size());
        whole.scenarios().forEach(s -> assertEquals(1.0, s.share()));
    }

    @Test
    void judgementNoiseWithACopyLargerThanTheLimitIsRefusedNamingTheCopy() {
        // zeros are kept: every copy is the zero matrix, all 81 scenarios consistent in each
        JudgementNoise noise = JudgementNoise.withDefaults().withDraws(Draws.withDefaults().withCount(3));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> noise.withCib(CUT).analyze(List.of(ZEROS, ZEROS)));
        assertOneLineNaming(e, "judgement noise: noisy copy", "81", "10 listed");
        ShareResult<JudgementNoise> whole = noise.withCib(WHOLE).analyze(ZEROS);
        assertEquals(81, whole.scenarios().size());
        whole.scenarios().forEach(s -> assertEquals(3, s.count()));
    }

    @Test
    void anInterventionChangeBetweenCutListsIsRefused() {
        Cib held = CUT.withIntervention(Map.of("D0", "a"));
        assertOneLineNaming(assertThrows(InvalidInputException.class,
                () -> KernelChange.between(CUT.solve(ZEROS), held.solve(ZEROS))), "the intervention change");
        // whole sets: holding D0 at a loses the 54 scenarios with D0 at b or c, gains none
        KernelChange c = KernelChange.between(WHOLE.solve(ZEROS), WHOLE.withIntervention(Map.of("D0", "a"))
                .solve(ZEROS));
        assertEquals(54, c.lost().size());
        assertEquals(0, c.gained().size());
    }
}
