package dev.sentag.ingest;

import dev.sentag.model.DocumentDraft;
import dev.sentag.model.SentenceSpan;
import dev.sentag.segment.SentenceSegmenter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Makes a document draft of plain article text: the title is its first non-empty line that is not web residue
 * (a scraped page often starts with a site banner such as "| Welcome to ...") nor a bare date line, else its first
 * non-empty line.
 */
public final class TextArticleReader {
    static final int MAX_TITLE = 120;
    /** "Saturday, January 18, 2025", "18 January 2025", "2025-01-18": a dateline, not a headline. */
    private static final Pattern BARE_DATE = Pattern.compile("(?i)((mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?"
            + "(\\d{1,2}\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2},?\\s+)?\\d{4}"
            + "|\\d{4}-\\d{2}-\\d{2}");
    /** Longest line accepted: the longest real paragraphs are a few thousand characters. */
    static final int MAX_LINE_CHARS = 1_000_000;

    private final SentenceSegmenter segmenter;
    private final ResidueRules residue;

    public TextArticleReader(SentenceSegmenter segmenter) {
        this(segmenter, ResidueRules.standard());
    }

    public TextArticleReader(SentenceSegmenter segmenter, ResidueRules residue) {
        this.segmenter = segmenter;
        this.residue = residue;
    }

    /** A draft of {@code text}; {@code name} names the input in errors, {@code source} is kept as provenance. */
    public DocumentDraft read(String text, String name, String source) throws ImportException {
        if (text.isBlank()) {
            throw new ImportException(name + ": the file is empty" + (text.isEmpty() ? "." : " (only whitespace)."));
        }
        refuseHugeLines(text, name);
        List<SentenceSpan> spans = segmenter.segment(text).stream()
                .map(s -> new SentenceSpan(s.start(), s.end())).toList();
        return new DocumentDraft(articleTitle(text), source, text, spans, residue.excluded(text, spans), Map.of());
    }

    /** A line of a megabyte is a data dump or a broken scrape, not a paragraph: refused, naming the line. */
    private static void refuseHugeLines(String text, String name) throws ImportException {
        int start = 0;
        for (int line = 1; start < text.length(); line++) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (end - start > MAX_LINE_CHARS) {
                throw new ImportException(name + ": line " + line + " is " + (end - start) / 1_000_000
                        + " million characters long; that is not an article paragraph.");
            }
            start = end + 1;
        }
    }

    /** Cuts a long first line at the last word break before the limit, marking the cut. */
    private static String shorten(String line) {
        int cut = line.lastIndexOf(' ', MAX_TITLE - 1);
        return line.substring(0, cut > MAX_TITLE / 2 ? cut : MAX_TITLE - 1).strip() + "…";
    }

    private String articleTitle(String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !residue.matches(line) && !BARE_DATE.matcher(line.strip()).matches()) {
                return title(line);
            }
        }
        return title(text);
    }

    /** {@code text}'s first non-empty line, shortened to a title's length. */
    static String title(String text) {
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                return t.length() <= MAX_TITLE ? t : shorten(t);
            }
        }
        throw new IllegalArgumentException("blank text has no title");
    }
}
