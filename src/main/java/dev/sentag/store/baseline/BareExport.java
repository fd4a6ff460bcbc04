package dev.sentag.store.baseline;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The export baseline: the fields of Sentag's jsonl export (provenance, codebook version, unsure, speaker, links too) written straight from one SELECT. */
public final class BareExport {
    private static final String SELECT = """
            SELECT s.document_id, d.title, s.idx, s.start, s."end", substr(d.text, s.start + 1, s."end" - s.start),
                   l.name, a.name, t.note, t.updated_at, d.source, d.imported_at, t.codebook_version,
                   coalesce(t.unsure, 0), sp.name,
                   (SELECT json_group_array(json_object('to', x.idx, 'type', r.name)) FROM links k
                    JOIN sentences x ON x.id = k.to_sentence_id JOIN relation_types r ON r.id = k.relation_type_id
                    WHERE k.from_sentence_id = s.id AND k.annotator_id = ?1 AND x.idx IS NOT NULL)
            FROM sentences s
            JOIN documents d ON d.id = s.document_id
            LEFT JOIN tags t ON t.sentence_id = s.id AND t.annotator_id = ?1
            LEFT JOIN labels l ON l.id = t.label_id
            LEFT JOIN annotators a ON a.id = t.annotator_id
            LEFT JOIN speakers sp ON sp.sentence_id = s.id AND sp.annotator_id = ?1
            WHERE s.idx IS NOT NULL AND s.excluded = 0 AND d.deleted_at IS NULL
            ORDER BY s.document_id, s.idx""";

    private BareExport() {
    }

    /** The bare baseline: one SELECT, one generator, one line per row; returns the rows written. */
    public static long write(Path db, long annotatorId, Path out) throws SQLException, IOException {
        long rows = 0;
        try (Connection c = BareSqlite.open(db); PreparedStatement ps = c.prepareStatement(SELECT);
             OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             JsonGenerator json = new JsonFactory().createGenerator(file, JsonEncoding.UTF8)) {
            json.setRootValueSeparator(null);
            ps.setLong(1, annotatorId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    json.writeStartObject();
                    json.writeNumberField("doc_id", rs.getLong(1));
                    json.writeStringField("doc_title", rs.getString(2));
                    json.writeNumberField("sentence_index", rs.getInt(3));
                    json.writeNumberField("start", rs.getInt(4));
                    json.writeNumberField("end", rs.getInt(5));
                    json.writeStringField("text", rs.getString(6));
                    json.writeStringField("label", rs.getString(7));
                    json.writeStringField("annotator", rs.getString(8));
                    json.writeStringField("note", rs.getString(9));
                    json.writeStringField("updated_at", rs.getString(10));
                    json.writeStringField("source", rs.getString(11));
                    json.writeStringField("imported_at", rs.getString(12));
                    long version = rs.getLong(13);
                    if (rs.wasNull()) {
                        json.writeNullField("codebook_version");
                    } else {
                        json.writeNumberField("codebook_version", version);
                    }
                    json.writeBooleanField("unsure", rs.getInt(14) != 0);
                    json.writeStringField("speaker", rs.getString(15));
                    json.writeFieldName("links");
                    json.writeRawValue(rs.getString(16));
                    json.writeEndObject();
                    json.writeRaw('\n');
                    rows++;
                }
            }
        }
        return rows;
    }
}
