package dev.sentag.agree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The statistics reproduce the published worked examples. */
class AgreementStatisticsTest {

    /**
     * Cohen's kappa for the 2x2 table (20, 5 / 10, 15): p_o = 0.70, p_e = 0.50, kappa = 0.40. The table
     * is the textbook example reproduced in the Wikipedia article "Cohen's kappa" (section "Simple example").
     */
    @Test
    void cohensKappaOfTheTwoByTwoExampleIsPointFour() {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        add(a, b, "yes", "yes", 20);
        add(a, b, "yes", "no", 5);
        add(a, b, "no", "yes", 10);
        add(a, b, "no", "no", 15);
        var data = ReliabilityData.fromCoderRows(List.of("A", "B"), List.of(a, b));
        assertEquals(0.40, Kappa.cohen(data, "A", "B"), 1e-9);
        assertEquals(0.70, Krippendorff.observedAgreement(data), 1e-9);
    }

    private static void add(List<String> a, List<String> b, String x, String y, int times) {
        for (int i = 0; i < times; i++) {
            a.add(x);
            b.add(y);
        }
    }

    /**
     * Fleiss (1971), "Measuring nominal scale agreement among many raters", Psychological Bulletin 76(5):
     * 10 subjects, 14 raters, 5 categories, as reproduced in the Wikipedia article "Fleiss' kappa"
     * (worked example): P-bar = 0.378, P-bar_e = 0.213, kappa = 0.210.
     */
    @Test
    void fleissKappaOfTheFleiss1971ExampleIsPoint210() {
        int[][] table = {
                {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
        List<Map<String, Integer>> units = new ArrayList<>();
        for (int[] row : table) {
            Map<String, Integer> counts = new HashMap<>();
            for (int c = 0; c < row.length; c++) {
                if (row[c] > 0) {
                    counts.put("c" + c, row[c]);
                }
            }
            units.add(counts);
        }
        assertEquals(0.210, Kappa.fleiss(units), 0.0005);
    }

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C (nominal data, any
     * number of observers, missing data): 4 observers, 12 units, alpha = 0.743.
     */
    @Test
    void krippendorffsAlphaOfThe2011ExampleIsPoint743() {
        var data = krippendorffExample();
        assertEquals(0.743, Krippendorff.alpha(data), 0.0005);
        double[] ci = Krippendorff.bootstrap95(data, 1000, 42);
        assertTrue(ci[0] <= 0.743 && 0.743 <= ci[1] && ci[0] < ci[1], Arrays.toString(ci));
        assertEquals(Arrays.toString(ci), Arrays.toString(Krippendorff.bootstrap95(data, 1000, 42)),
                "the same seed gives the same interval");
    }

    static ReliabilityData krippendorffExample() {
        return ReliabilityData.fromCoderRows(List.of("A", "B", "C", "D"), List.of(
                row("1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null),
                row("1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"),
                row(null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null),
                row("1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null)));
    }

    private static List<String> row(String... values) {
        return Arrays.asList(values);
    }

    @Test
    void perfectAgreementGivesOneAndUnitsWithOneValueDoNotCount() {
        var data = ReliabilityData.fromCoderRows(List.of("A", "B"), List.of(
                row("x", "y", "x", "z"), row("x", "y", "x", null)));
        assertEquals(1.0, Krippendorff.alpha(data), 1e-12);
        assertEquals(1.0, Kappa.cohen(data, "A", "B"), 1e-12);
        assertEquals(1.0, Kappa.fleiss(data), 1e-12);
        assertEquals(3, data.pairable().size());
    }

    @Test
    void alphaIsUndefinedWhenOnlyOneValueIsEverUsed() {
        var data = ReliabilityData.fromCoderRows(List.of("A", "B"), List.of(row("x", "x"), row("x", "x")));
        assertTrue(Double.isNaN(Krippendorff.alpha(data)));
    }
}
