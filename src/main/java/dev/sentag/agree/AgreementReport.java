package dev.sentag.agree;

import java.util.List;
import java.util.Map;

/**
 * The reliability of a coded set: how many units, who coded, and the agreement figures. Figures that
 * are undefined for the data (e.g. kappa with one label in use) are NaN; Cohen's kappa and the
 * confusion matrix exist only for exactly two annotators (else null).
 */
public record AgreementReport(int units, int pairableUnits, List<String> annotators, double observedAgreement,
                              double alpha, double[] alphaCi95, double fleissKappa, Double cohenKappa,
                              Map<String, Double> alphaPerLabel, Map<String, Map<String, Integer>> confusion) {
}
