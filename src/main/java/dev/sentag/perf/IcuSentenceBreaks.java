package dev.sentag.perf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.util.function.Function;

/**
 * ICU4J's sentence BreakIterator, kept in a class of its own: ICU4J is a provided (compile-only) dependency, so in
 * the shipped jar touching this class throws NoClassDefFoundError, which {@link BreakIteratorSegmenter} catches.
 */
final class IcuSentenceBreaks {
    private IcuSentenceBreaks() {
    }

    static String description() {
        return "ICU4J " + VersionInfo.ICU_VERSION + " sentence BreakIterator (en)";
    }

    static Function<String, BreakIteratorSegmenter.Breaks> english() {
        BreakIterator prototype = BreakIterator.getSentenceInstance(ULocale.ENGLISH);
        return text -> {
            // Cloning the prototype is cheap; building an instance per text would dominate the timing.
            BreakIterator it = (BreakIterator) prototype.clone();
            it.setText(text);
            return it::next;
        };
    }
}
