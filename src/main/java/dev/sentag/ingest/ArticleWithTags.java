package dev.sentag.ingest;

import dev.sentag.model.DocumentDraft;
import dev.sentag.model.ImportedTag;
import java.util.List;

/** A document read from an input, with the tags the input carried (none for plain articles). */
public record ArticleWithTags(DocumentDraft draft, List<ImportedTag> tags) {
    public ArticleWithTags {
        tags = List.copyOf(tags);
    }
}
