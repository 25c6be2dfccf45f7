package org.micmac4j;

/**
 * The state shared by the steppers: the current order and the influence and dependence vectors
 * scaled to a maximum of 1, with the natural logs of their scales.
 */
abstract class ScaledSums implements Stepper {
    /** Influence at the current order, scaled. */
    protected double[] influence;
    /** Dependence at the current order, scaled. */
    protected double[] dependence;
    /** log of the influence scale. */
    protected double logInfluence;
    /** log of the dependence scale. */
    protected double logDependence;
    /** The current order. */
    protected int order;

    @Override
    public final int order() {
        return order;
    }

    @Override
    public final double[] influence() {
        return influence;
    }

    @Override
    public final double[] dependence() {
        return dependence;
    }

    @Override
    public final double logInfluenceScale() {
        return logInfluence;
    }

    @Override
    public final double logDependenceScale() {
        return logDependence;
    }
}
