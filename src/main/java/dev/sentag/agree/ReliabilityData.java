package dev.sentag.agree;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Krippendorff's "reliability data matrix": for each unit (a sentence), the value (a label) each coder
 * (annotator) gave it, or nothing. Immutable.
 *
 * @param coders the coders in a fixed order
 * @param units  per unit, a map coder → value holding only the coders who gave one
 */
public record ReliabilityData(List<String> coders, List<Map<String, String>> units) {
    public ReliabilityData {
        coders = List.copyOf(coders);
        List<Map<String, String>> copy = new ArrayList<>(units.size());
        for (Map<String, String> u : units) {
            Map<String, String> kept = new LinkedHashMap<>();
            u.forEach((coder, value) -> {
                if (value != null) {
                    kept.put(Objects.requireNonNull(coder), value);
                }
            });
            copy.add(Map.copyOf(kept));
        }
        units = List.copyOf(copy);
    }

    /** Builds the data from rows of values, one row per coder, {@code null} where a coder gave none. */
    public static ReliabilityData fromCoderRows(List<String> coders, List<List<String>> rows) {
        int n = rows.get(0).size();
        List<Map<String, String>> units = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            Map<String, String> unit = new LinkedHashMap<>();
            for (int c = 0; c < coders.size(); c++) {
                unit.put(coders.get(c), rows.get(c).get(u));
            }
            units.add(unit);
        }
        return new ReliabilityData(coders, units);
    }

    /** Every value that occurs, sorted. */
    public List<String> values() {
        TreeSet<String> all = new TreeSet<>();
        units.forEach(u -> all.addAll(u.values()));
        return List.copyOf(all);
    }

    /** The units that at least two coders valued: the only ones that carry information on agreement. */
    public List<Map<String, String>> pairable() {
        return units.stream().filter(u -> u.size() >= 2).toList();
    }

    /** The same data with every value other than {@code label} replaced by "other": one label against the rest. */
    public ReliabilityData oneAgainstRest(String label) {
        List<Map<String, String>> recoded = new ArrayList<>();
        for (Map<String, String> u : units) {
            Map<String, String> r = new LinkedHashMap<>();
            u.forEach((coder, value) -> r.put(coder, value.equals(label) ? label : "\u0000other"));
            recoded.add(r);
        }
        return new ReliabilityData(coders, recoded);
    }
}
