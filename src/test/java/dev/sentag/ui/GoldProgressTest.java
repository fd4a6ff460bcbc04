package dev.sentag.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sentag.model.AnnotatorTag;
import dev.sentag.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoldProgressTest {
    private static final long CLAIM = 1;
    private static final long RESPONSE = 2;
    private final List<SentenceRow> rows = new ArrayList<>();

    /** A sentence with gold's label (or null) and the others' labels as name, label pairs. */
    private void row(Long gold, boolean excluded, Object... others) {
        long id = rows.size() + 1;
        SentenceRow row = new SentenceRow(new Sentence(id, 1, rows.size(), 0, 1, "x", excluded), gold, null);
        List<AnnotatorTag> tags = new ArrayList<>();
        for (int i = 0; i < others.length; i += 2) {
            tags.add(new AnnotatorTag(id, (String) others[i], (Long) others[i + 1], null));
        }
        row.setOthers(tags);
        rows.add(row);
    }

    @Test
    void countsWhatGoldHasAndLacksByKind() {
        row(CLAIM, false, "ana", CLAIM, "ben", RESPONSE);            // decided
        row(null, false, "ana", CLAIM, "ben", RESPONSE);             // disagreement
        row(null, false, "ana", RESPONSE, "ben", RESPONSE);          // agreed
        row(null, false, "ana", CLAIM, "ben", CLAIM, "cy", CLAIM);   // agreed by three
        row(null, false, "ana", CLAIM);                              // one label only
        row(null, false);                                            // nobody
        row(null, true, "ana", CLAIM, "ben", CLAIM);                 // web residue: no unit
        row(null, false, "ana", CLAIM, "gold", RESPONSE);            // gold among the others is no coder

        GoldProgress p = GoldProgress.of(rows);

        assertEquals(7, p.included());
        assertEquals(1, p.inGold());
        assertEquals(1, p.disagreements());
        assertEquals(Map.of(3L, RESPONSE, 4L, CLAIM), p.agreed());
        assertEquals(3, p.incomplete());
        assertEquals("Gold 1 of 7: 1 disagreement to decide, 2 agreed (Ctrl+Shift+A takes them), 3 with fewer than two labels",
                p.text());
    }

    @Test
    void saysSoWhenGoldIsComplete() {
        row(CLAIM, false, "ana", CLAIM, "ben", CLAIM);
        row(null, true);
        assertEquals("Gold complete: 1 of 1", GoldProgress.of(rows).text());
        assertEquals("", GoldProgress.of(List.of()).text());
    }
}
