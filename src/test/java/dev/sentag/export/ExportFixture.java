package dev.sentag.export;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.sentag.ingest.ImportResult;
import dev.sentag.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small library made to trip offset bugs: CRLF line ends, curly and straight quotes, an emoji outside
 * the BMP before and inside tagged sentences, a formula-looking sentence. Every sentence is tagged
 * (labels in turn) except the last of each document.
 */
final class ExportFixture {
    static final String TRICKY = "Emoji 😀 and “quotes” in the title\r\n"
            + "The minister said \"we will act\" 🚀 soon.\r\n"
            + "=SUM(A1) looked like a formula, said the clerk.\r\n"
            + "Critics replied: “no 🎉 party” today!\r\n"
            + "-Dash starts this line.\r\n"
            + "Last one stays untagged.\r\n";
    static final String PLAIN = "Plain article\nA second document has two lines.\nIt ends here.\n";
    static final List<String> LABELS = List.of("Claim", "Response", "Background");

    final Workspace ws;
    /** Document id → stored text. */
    final Map<Long, String> texts = new LinkedHashMap<>();
    /** What was tagged: document id, UTF-16 start, end, label. */
    final List<Tagged> tagged = new ArrayList<>();
    int sentences;

    record Tagged(long doc, int index, int start, int end, String text, String label) {
    }

    ExportFixture(Path dir) throws IOException {
        ws = Workspace.open(dir.resolve("sentag.db"));
        ws.annotation().switchAnnotator("ada");
        add(dir, "tricky.txt", TRICKY);
        add(dir, "plain.txt", PLAIN);
    }

    /** The first document's id (the tricky one). */
    long tricky() {
        return texts.keySet().iterator().next();
    }

    private void add(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        var imported = assertInstanceOf(ImportResult.Imported.class, ws.imports().importFile(file));
        long id = imported.documentId();
        var open = ws.annotation().open(id).orElseThrow();
        texts.put(id, open.document().text());
        var list = open.sentences();
        sentences += list.size();
        for (int i = 0; i < list.size() - 1; i++) {
            ws.annotation().tag(id, i, LABELS.get(i % LABELS.size()));
        }
        refreshTags();
    }

    /** Re-reads what is tagged (after merges or splits changed the sentences). */
    void refreshTags() {
        tagged.clear();
        sentences = 0;
        var names = new java.util.HashMap<Long, String>();
        ws.annotation().labels().labels().forEach(l -> names.put(l.id(), l.name()));
        for (long id : texts.keySet()) {
            var open = ws.annotation().open(id).orElseThrow();
            sentences += open.sentences().size();
            for (var s : open.sentences()) {
                var tag = open.tags().get(s.id());
                if (tag != null && tag.labelId() != null) {
                    tagged.add(new Tagged(id, s.index(), s.start(), s.end(), s.text(), names.get(tag.labelId())));
                }
            }
        }
    }

    /** The tagged sentences as "doc|text|label" strings, the shape every format's reader reduces to. */
    List<String> expectedTags() {
        return tagged.stream().map(t -> t.doc() + "|" + t.text() + "|" + t.label()).toList();
    }

    /** The text between two code point offsets, as Python's str slicing would give it. */
    static String codePointSlice(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
}
