package org.micmac4j.cli;

import java.util.List;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Micmac;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.Ensemble;
import org.micmac4j.cib.JudgementNoise;
import org.micmac4j.cib.ShareResult;
import org.micmac4j.cib.Succession;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.experts.Panel;
import org.micmac4j.experts.PanelSynthesis;
import org.micmac4j.experts.Robustness;
import org.micmac4j.experts.RobustnessResult;

/**
 * Where the commands' long computations run: on this machine ({@link #LOCAL}), or as Apache Spark
 * jobs ({@link SparkMain}, the application for spark-submit, installs its own), so that both run the
 * same command line and give the same results.
 */
interface Engine {
    /** This machine: the library's own calls. */
    Engine LOCAL = new Engine() {
    };

    /**
     * @param m the matrix
     * @param s the succession settings, exact
     * @return the exact weights
     */
    default SuccessionResult exactWeights(CibMatrix m, Succession s) {
        return s.weights(m);
    }

    /**
     * @param config the noise
     * @param members the matrices
     * @return {@code config.analyze(members)}
     */
    default ShareResult<JudgementNoise> noise(JudgementNoise config, List<CibMatrix> members) {
        return config.analyze(members);
    }

    /**
     * @param config the ensemble
     * @param members the matrices
     * @return {@code config.analyze(members)}
     */
    default ShareResult<Ensemble> ensemble(Ensemble config, List<CibMatrix> members) {
        return config.analyze(members);
    }

    /**
     * @param config the robustness run
     * @param panel the panel
     * @param synthesis the synthesis
     * @return {@code config.run(panel, synthesis)}
     */
    default RobustnessResult robustness(Robustness config, Panel panel, PanelSynthesis synthesis) {
        return config.run(panel, synthesis);
    }

    /**
     * @param config the robustness run
     * @param matrix the matrix
     * @param micmac the analysis
     * @return {@code config.run(matrix, micmac)}
     */
    default RobustnessResult robustness(Robustness config, InfluenceMatrix matrix, Micmac micmac) {
        return config.run(matrix, micmac);
    }

    /** The engine of this JVM's commands (set once by {@link SparkMain}). */
    final class Current {
        static volatile Engine engine = LOCAL;

        private Current() {
        }
    }
}
