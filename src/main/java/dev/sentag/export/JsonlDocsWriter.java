package dev.sentag.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentag.model.AnnotatedDocument;
import dev.sentag.model.AnnotatedSentence;
import dev.sentag.model.Codebook;
import dev.sentag.store.CodebookJson;
import java.io.IOException;

/**
 * JSON Lines (https://jsonlines.org), one object per document: {@code id}, {@code title}, {@code text},
 * {@code metadata} (the stored JSON object with the document's {@code source} and {@code imported_at} added, see
 * {@link Provenance#metadata}) and {@code sentences}: the selected sentences as
 * {@code {index, start, end, text, label, note, annotator, speaker, links, codebook_version, unsure}}
 * ({@code links}: the annotator's links starting at the sentence, {@code [{"to": INDEX, "type": TYPE}]}, to
 * sentences in the file: a link to one the options left out is not written, so the file always re-imports), plus {@code excluded} when
 * excluded sentences are exported; the first line of a file
 * also carries {@code codebook: {version, labels: [...]}} (the labels as in the codebook file). start/end are UTF-16 offsets into
 * {@code text}, like the sentence-per-line jsonl, so the two re-import the same way.
 */
final class JsonlDocsWriter implements ExportWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final JsonLines lines;
    private final boolean withExcluded;
    private final Codebook codebook;
    private boolean codebookWritten;

    JsonlDocsWriter(ExportSink sink, WriterSettings settings) throws IOException {
        this.lines = new JsonLines(sink.main());
        this.withExcluded = settings.options().includeExcluded();
        this.codebook = settings.codebook();
    }

    @Override
    public void write(ExportedDocument exported) throws IOException {
        AnnotatedDocument doc = exported.document();
        JsonGenerator json = lines.begin();
        json.writeStartObject();
        json.writeNumberField("id", doc.id());
        json.writeStringField("title", doc.title());
        json.writeStringField("text", doc.text());
        json.writeFieldName("metadata");
        Provenance.writeMetadata(json, doc);
        if (!codebookWritten) {
            // Once per file, on its first line: what the labels meant, so a re-import can bring them along.
            json.writeObjectFieldStart("codebook");
            json.writeNumberField("version", codebook.version());
            json.writeFieldName("labels");
            MAPPER.writeTree(json, CodebookJson.labelsNode(codebook));
            json.writeEndObject();
            codebookWritten = true;
        }
        json.writeArrayFieldStart("sentences");
        // A link to a sentence the options left out (untagged, excluded) would name a sentence the file lacks.
        java.util.Set<Integer> written = new java.util.HashSet<>();
        exported.selected().forEach(s -> written.add(s.index()));
        for (AnnotatedSentence s : exported.selected()) {
            json.writeStartObject();
            json.writeNumberField("index", s.index());
            json.writeNumberField("start", s.start());
            json.writeNumberField("end", s.end());
            json.writeStringField("text", s.text());
            json.writeStringField("label", s.label());
            json.writeStringField("note", s.note());
            json.writeStringField("annotator", s.annotator() != null ? s.annotator() : linksAnnotator(doc, s));
            json.writeStringField("speaker", doc.links().speakers().get(s.index()));
            json.writeFieldName("links");
            json.writeRawValue(LinkColumns.outgoing(doc.links(), s, written));
            if (withExcluded) {
                // Read back on import, so a sentence set aside as web residue stays set aside.
                json.writeBooleanField("excluded", s.excluded());
            }
            if (s.codebookVersion() == null) {
                json.writeNullField("codebook_version");
            } else {
                json.writeNumberField("codebook_version", s.codebookVersion());
            }
            json.writeBooleanField("unsure", s.unsure());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        lines.end();
    }

    /** An untagged sentence with a speaker or links still names whose they are, so they re-import under that name. */
    private static String linksAnnotator(AnnotatedDocument doc, AnnotatedSentence s) {
        boolean has = doc.links().speakers().containsKey(s.index()) || !doc.links().from(s.index()).isEmpty();
        return has ? doc.links().annotator() : null;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
