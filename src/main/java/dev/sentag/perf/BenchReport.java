package dev.sentag.perf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** The result of a benchmark run, printable as a Markdown table for people or as one JSON object for scripts. */
public record BenchReport(long seed, double scale, List<Measurement> measurements) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public BenchReport {
        measurements = List.copyOf(measurements);
    }

    /** The table (measure | Sentag | baseline | ratio | target | met), then the notes, numbered. */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Seed %d, scale %s, Java %s, %d cores. Ratios are against a bare"
                + " baseline measured in the same run.%n%n", seed, scale, java(), cores()));
        out.append("| measure | Sentag | baseline | ratio | target | met |\n");
        out.append("|---|---:|---:|---:|---|---|\n");
        int noteNumber = 0;
        StringBuilder notes = new StringBuilder();
        for (Measurement m : measurements) {
            String mark = "";
            if (!m.note().isEmpty()) {
                mark = " [" + ++noteNumber + "]";
                notes.append('[').append(noteNumber).append("] ").append(m.note()).append('\n');
            }
            out.append(String.format(Locale.ROOT, "| %s%s | %s %s | %s | %s | %s | %s |%n", m.name(), mark,
                    number(m.value()), m.unit(), m.baseline() == null ? "—" : number(m.baseline()) + " " + m.unit(),
                    m.ratio() == null ? "—" : String.format(Locale.ROOT, "%.2f", m.ratio()), m.target(),
                    m.met() ? "yes" : "**no**"));
        }
        return notes.isEmpty() ? out.toString() : out.append('\n').append(notes).toString();
    }

    /** {"seed", "scale", "java", "cores", "measures": [{name, value, unit, baseline, ratio, target, met, note}]}. */
    public String json() {
        ObjectNode root = JSON.createObjectNode().put("seed", seed).put("scale", scale).put("java", java())
                .put("cores", cores());
        ArrayNode rows = root.putArray("measures");
        for (Measurement m : measurements) {
            rows.addObject().put("name", m.name()).put("value", m.value()).put("unit", m.unit())
                    .put("baseline", m.baseline()).put("ratio", m.ratio()).put("target", m.target())
                    .put("met", m.met()).put("note", m.note());
        }
        return root.toPrettyString();
    }

    private static String java() {
        return System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")";
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Three significant figures or so: 12,345 / 123 / 12.3 / 1.23 / 0.123. */
    static String number(double v) {
        double a = Math.abs(v);
        String pattern = a >= 1000 ? "%,.0f" : a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, v);
    }
}
