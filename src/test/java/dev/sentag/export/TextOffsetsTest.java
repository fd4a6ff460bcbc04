package dev.sentag.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.BreakIterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Offsets in each unit on text where the units differ: an emoji outside the BMP, a ZWJ family, a
 * skin-toned ZWJ profession, a flag and a letter with two combining accents. Expected values are counted
 * by hand in the comments.
 */
class TextOffsetsTest {
    private static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66"; // 11 units, 7 cps
    private static final String FIREFIGHTER = "\uD83D\uDC68\uD83C\uDFFB\u200D\uD83D\uDE92"; // 7 units, 4 cps
    private static final String FLAG = "\uD83C\uDDE9\uD83C\uDDEA"; // 4 units, 2 cps
    private static final String E_ACCENTS = "e\u0301\u0302"; // 3 units, 3 cps
    private static final String TEXT = "a" + FAMILY + "b" + FIREFIGHTER + "c" + FLAG + "d" + E_ACCENTS + "f";

    /** UTF-16 offsets after a, b, c, d, the accented e, and f (the end). */
    private static final List<Integer> UTF16 = List.of(1, 13, 21, 26, 29, 30);

    private static List<Integer> convert(OffsetUnit unit) {
        TextOffsets offsets = new TextOffsets(TEXT, unit);
        return UTF16.stream().map(offsets::of).toList();
    }

    @Test
    void eachUnitCountsAsWorkedOutByHand() {
        assertEquals(UTF16, convert(OffsetUnit.UTF16));
        // a=1; +7+1 = 9; +4+1 = 14; +2+1 = 17; +3 = 20; +1 = 21
        assertEquals(List.of(1, 9, 14, 17, 20, 21), convert(OffsetUnit.CODEPOINTS));
        // every emoji sequence and the accented e are one cluster: a,F,b,FF,c,FL,d,é,f
        assertEquals(List.of(1, 3, 5, 7, 8, 9), convert(OffsetUnit.GRAPHEMES));
    }

    @Test
    void goingBackwardsStartsOverInsteadOfMiscounting() {
        TextOffsets offsets = new TextOffsets(TEXT, OffsetUnit.GRAPHEMES);
        assertEquals(9, offsets.of(30));
        assertEquals(3, offsets.of(13));
        assertEquals(5, offsets.of(21));
    }

    @Test
    void java17sBreakIteratorSplitsAZwjFamilyWhichIsWhyRegexClustersAreUsed() {
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(FAMILY);
        int clusters = 0;
        it.first();
        while (it.next() != BreakIterator.DONE) {
            clusters++;
        }
        // If a later JDK counts 1 here, BreakIterator would do too; the offsets above stay right either way.
        assertNotEquals(1, clusters, "JDK 17 splits the ZWJ family (see the TextOffsets comment)");
        assertEquals(1, new TextOffsets(FAMILY, OffsetUnit.GRAPHEMES).of(FAMILY.length()));
    }
}
