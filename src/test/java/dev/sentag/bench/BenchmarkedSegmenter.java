package dev.sentag.bench;

import com.ibm.icu.util.ULocale;
import dev.sentag.segment.NewsSentenceSegmenter;
import dev.sentag.segment.SentenceSegmenter;
import java.util.List;

/** A segmenter under benchmark with the name its table row shows. */
record BenchmarkedSegmenter(String name, SentenceSegmenter segmenter) {

    static final String JDK_NAME = "JDK BreakIterator";

    /** Sentag and the baselines, Sentag first; the JDK BreakIterator is the throughput reference. */
    static List<BenchmarkedSegmenter> all() {
        return List.of(
                new BenchmarkedSegmenter("Sentag NewsSentenceSegmenter", new NewsSentenceSegmenter()),
                new BenchmarkedSegmenter(JDK_NAME, new JdkBreakIteratorSegmenter()),
                new BenchmarkedSegmenter("ICU4J `en`", new IcuBreakIteratorSegmenter(ULocale.ENGLISH)),
                new BenchmarkedSegmenter("ICU4J `en@ss=standard`",
                        new IcuBreakIteratorSegmenter(new ULocale("en@ss=standard"))),
                new BenchmarkedSegmenter("OpenNLP UD EWT model", new OpenNlpSentenceSegmenter()));
    }
}
