package dev.sentag.bench;

import dev.sentag.segment.SentenceSegmenter;
import dev.sentag.segment.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Baseline: OpenNLP's maximum-entropy sentence detector with the UD English (EWT) model of
 * {@code org.apache.opennlp:opennlp-models-sentdetect-en:1.3.0}, read from that jar on the classpath.
 */
final class OpenNlpSentenceSegmenter implements SentenceSegmenter {

    /** The model file inside the models jar (its {@code model.properties} names it as model.name). */
    static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private final SentenceModel model;

    OpenNlpSentenceSegmenter() {
        try (InputStream in = OpenNlpSentenceSegmenter.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + MODEL_RESOURCE + " not on the classpath"
                        + " (test dependency org.apache.opennlp:opennlp-models-sentdetect-en)");
            }
            model = new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + MODEL_RESOURCE, e);
        }
    }

    @Override
    public List<Span> segment(CharSequence text) {
        // SentenceDetectorME keeps per-call state; a new one per call shares the immutable model.
        var detector = new SentenceDetectorME(model);
        List<Span> spans = new ArrayList<>();
        for (opennlp.tools.util.Span s : detector.sentPosDetect(text)) {
            TrimmedSpans.addTrimmed(text, s.getStart(), s.getEnd(), spans);
        }
        return spans;
    }
}
