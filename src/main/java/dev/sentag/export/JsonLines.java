package dev.sentag.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.OutputStream;

/** One JSON value per line on a stream, UTF-8, shared by the line-oriented JSON formats. */
final class JsonLines implements AutoCloseable {
    /** UTF-8 with characters outside the BMP written as themselves, not as escaped surrogate pairs. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
    private final JsonGenerator json;
    private final OutputStream out;

    JsonLines(OutputStream out) throws IOException {
        this.out = out;
        this.json = FACTORY.createGenerator(out, JsonEncoding.UTF8).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setRootValueSeparator(null);
    }

    /** The generator to write the next line's value with. */
    JsonGenerator begin() {
        return json;
    }

    /** Ends the line. */
    void end() throws IOException {
        json.flush();
        out.write('\n');
    }

    /** Writes a column value of the types {@link SentenceColumns} produces. */
    static void writeValue(JsonGenerator json, Object v) throws IOException {
        if (v == null) {
            json.writeNull();
        } else if (v instanceof Long l) {
            json.writeNumber(l);
        } else if (v instanceof Integer i) {
            json.writeNumber(i);
        } else if (v instanceof LinkColumns.Json raw) {
            json.writeRawValue(raw.text());
        } else if (v instanceof Boolean b) {
            json.writeBoolean(b);
        } else {
            json.writeString(v.toString());
        }
    }

    @Override
    public void close() throws IOException {
        json.close();
        out.flush();
    }
}
