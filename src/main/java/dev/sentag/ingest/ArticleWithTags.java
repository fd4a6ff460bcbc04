package dev.sentag.ingest;

import dev.sentag.model.DocumentDraft;
import dev.sentag.model.CodebookLabel;
import dev.sentag.model.ImportedLinks;
import dev.sentag.model.ImportedTag;
import java.util.List;

/**
 * A document read from an input, with the tags, links and speakers the input carried (none for plain articles).
 * {@code textRebuilt}: the text between sentences was guessed (Sentag's per-sentence export), so only the
 * sentences' own text can recognise a stored copy of it, not the content hash.
 */
public record ArticleWithTags(DocumentDraft draft, List<ImportedTag> tags, boolean textRebuilt,
                              List<CodebookLabel> codebook, ImportedLinks links) {
    public ArticleWithTags {
        tags = List.copyOf(tags);
        codebook = List.copyOf(codebook);
        links = links == null ? ImportedLinks.NONE : links;
    }

    /** An article without a codebook of its own (only a jsonl-docs export's first line carries one). */
    public ArticleWithTags(DocumentDraft draft, List<ImportedTag> tags, boolean textRebuilt, ImportedLinks links) {
        this(draft, tags, textRebuilt, List.of(), links);
    }

    /** An article without a codebook, links or speakers. */
    public ArticleWithTags(DocumentDraft draft, List<ImportedTag> tags, boolean textRebuilt) {
        this(draft, tags, textRebuilt, List.of(), ImportedLinks.NONE);
    }

    /** An article whose text is the source's own. */
    public ArticleWithTags(DocumentDraft draft, List<ImportedTag> tags) {
        this(draft, tags, false);
    }
}
