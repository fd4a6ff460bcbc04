package dev.sentag.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sentag.model.CodebookLabel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The current codebook's labels in the configuration files of the folder formats: brat's {@code visual.conf}
 * (colours, beside {@code annotation.conf}) and a WebAnno/INCEpTION tag set for the Sentag layer's label feature.
 */
final class LabelSetFiles {
    static final String BRAT_VISUAL = "visual.conf";
    static final String WEBANNO_TAGSET = "sentag.tagset.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LabelSetFiles() {
    }

    /**
     * brat's visual configuration ("Configuration → visual.conf", https://brat.nlplab.org/configuration.html):
     * each label's display name under {@code [labels]} and its colour under {@code [drawing]}.
     */
    static void bratVisual(ExportSink sink, WriterSettings settings) throws IOException {
        StringBuilder conf = new StringBuilder("[labels]\n");
        for (CodebookLabel l : settings.codebook().active()) {
            conf.append(bratType(l.name())).append(" | ").append(l.name()).append('\n');
        }
        conf.append("\n[drawing]\n");
        for (CodebookLabel l : settings.codebook().active()) {
            conf.append(bratType(l.name())).append("\tbgColor:").append(l.label().colour()).append('\n');
        }
        try (OutputStream out = sink.inFolder(BRAT_VISUAL)) {
            out.write(conf.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** brat type names have no spaces (annotation.conf and the .ann files write them so too). */
    static String bratType(String label) {
        return label.replaceAll("\\s+", "_");
    }

    /**
     * A tag set as WebAnno and INCEpTION export and import them (Projects → Tagsets → Import, JSON):
     * {@code {name, description, language, create_tag, tags: [{tag_name, tag_description}]}}. Import it and
     * set it on the {@code label} feature of the {@code webanno.custom.Sentag} layer.
     */
    static void webAnnoTagSet(ExportSink sink, WriterSettings settings) throws IOException {
        ObjectNode set = JSON.createObjectNode();
        set.put("name", "Sentag codebook v" + settings.codebook().version());
        set.put("description", "Sentence labels exported by Sentag (codebook version " + settings.codebook().version() + ")");
        set.put("language", "en");
        set.put("create_tag", false);
        var tags = set.putArray("tags");
        for (CodebookLabel l : settings.codebook().active()) {
            tags.addObject().put("tag_name", l.name()).put("tag_description", l.definition());
        }
        try (OutputStream out = sink.inFolder(WEBANNO_TAGSET)) {
            out.write(JSON.writeValueAsBytes(set));
        }
    }
}
