package dev.sentag.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A plain Markdown table: first column left-aligned (names), the others right-aligned (figures). */
final class MarkdownTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    MarkdownTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    MarkdownTable row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, header " + header.size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /** The table, padded so it also reads well as plain text; ends with a newline. */
    String render() {
        int[] widths = new int[header.size()];
        for (List<String> line : allLines()) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(Math.max(widths[i], line.get(i).length()), 3);
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(line(header, widths));
        String[] rule = new String[widths.length];
        for (int i = 0; i < widths.length; i++) {
            rule[i] = i == 0 ? "-".repeat(widths[i]) : "-".repeat(widths[i] - 1) + ":";
        }
        sb.append(line(Arrays.asList(rule), widths));
        rows.forEach(row -> sb.append(line(row, widths)));
        return sb.toString();
    }

    private List<List<String>> allLines() {
        List<List<String>> all = new ArrayList<>(rows);
        all.add(header);
        return all;
    }

    private static String line(List<String> cells, int[] widths) {
        List<String> padded = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String pad = " ".repeat(widths[i] - cell.length());
            padded.add(i == 0 ? cell + pad : pad + cell);
        }
        return padded.stream().collect(Collectors.joining(" | ", "| ", " |\n"));
    }
}
