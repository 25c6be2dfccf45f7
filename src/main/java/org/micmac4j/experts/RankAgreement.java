package org.micmac4j.experts;

import org.micmac4j.View;
import org.micmac4j.agreement.KendallW;

/**
 * Kendall's W between the experts' rankings of the variables in one view, each expert's own grid
 * analysed by MICMAC.
 *
 * @param view the view (direct or indirect)
 * @param influence W over the experts' influence values
 * @param dependence W over the experts' dependence values
 */
public record RankAgreement(View view, KendallW.Result influence, KendallW.Result dependence) {
}
