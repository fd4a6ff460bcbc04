package dev.sentag.ingest;

import dev.sentag.model.Document;
import dev.sentag.model.DocumentDraft;
import dev.sentag.store.DocumentRepository;
import dev.sentag.store.ImportWrites;
import dev.sentag.store.StoreException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Stores the articles of one file in one transaction: a new article becomes a document; one already in
 * the library is not stored again, but the tags it carries are merged into the stored copy's sentences
 * ({@link TagMerge}). Any failure rolls back the whole file. Articles repeated within the file are stored once.
 */
final class ArticleBatch {
    private final DocumentRepository documents;
    private final ImportWrites writes;
    private final Runnable afterMerge;

    /** @param afterMerge runs after tags were merged into the library (the tagging session reloads its undo) */
    ArticleBatch(DocumentRepository documents, ImportWrites writes, Runnable afterMerge) {
        this.documents = documents;
        this.writes = writes;
        this.afterMerge = afterMerge;
    }

    /** One article's part of the file's transaction; {@code stored} maps the hashes stored so far to their ids. */
    private interface Step {
        ImportResult run(ImportWrites.Batch batch, Map<String, Long> stored);
    }

    /** A step that merges tags: the only kind a dry run needs a (rolled back) transaction for. */
    private interface MergeStep extends Step {
    }

    private record Known(long id, String title) {
    }

    /**
     * Stores every article of file {@code name}, or none; with {@code dryRun} only says what it would do.
     * {@code where.apply(i)} names article i in results ("f.jsonl #1", "f.csv row 2").
     */
    List<ImportResult> store(List<ArticleWithTags> articles, String name, IntFunction<String> where, boolean dryRun,
                             boolean overwrite) {
        List<Step> steps = new ArrayList<>();
        Titles titles = new Titles();
        try {
            for (int i = 0; i < articles.size(); i++) {
                steps.add(plan(articles.get(i), where.apply(i), titles, dryRun, overwrite));
            }
        } catch (ImportException e) {
            return List.of(new ImportResult.Failed(name, e.getMessage()));
        }
        if (dryRun && steps.stream().noneMatch(MergeStep.class::isInstance)) {
            return steps.stream().map(s -> s.run(null, Map.of())).toList(); // writes nothing: needs no transaction
        }
        try {
            List<ImportResult> results = writes.inOneTransaction(dryRun, batch -> {
                Map<String, Long> stored = new HashMap<>();
                return steps.stream().map(s -> s.run(batch, stored)).toList();
            });
            if (!dryRun && results.stream().anyMatch(r -> r instanceof ImportResult.TagsMerged)) {
                afterMerge.run();
            }
            return results;
        } catch (StoreException e) {
            return List.of(new ImportResult.Failed(name, e.getMessage() + " Nothing from " + name + " was imported."));
        }
    }

    private Step plan(ArticleWithTags article, String where, Titles titles, boolean dryRun, boolean overwrite)
            throws ImportException {
        DocumentDraft draft = article.draft();
        String hash = ImportService.contentHash(draft.text());
        Optional<Known> known = find(article, hash, where, titles);
        if (known.isPresent() && article.tags().isEmpty() && article.links().isEmpty()) {
            return (batch, stored) -> new ImportResult.Duplicate(where, known.get().id(), known.get().title());
        }
        if (known.isPresent()) {
            return merge(article, known.get(), where, dryRun, overwrite);
        }
        if (dryRun) {
            return (batch, stored) -> new ImportResult.WouldImport(where, draft.title(), draft.sentences().size(),
                    draft.excluded().size());
        }
        return (batch, stored) -> {
            Long earlier = stored.get(hash);
            if (earlier != null) {
                return new ImportResult.Duplicate(where, earlier, draft.title());
            }
            if (!article.codebook().isEmpty()) {
                batch.addMissingLabels(article.codebook(), where);
            }
            long id = named(where, () -> batch.insert(draft, hash, article.tags()));
            if (!article.links().isEmpty()) {
                named(where, () -> batch.links(id, article.links(), null, false));
            }
            stored.put(hash, id);
            return new ImportResult.Imported(where, id, draft.title(), draft.sentences().size(), draft.excluded().size());
        };
    }

    private MergeStep merge(ArticleWithTags article, Known into, String where, boolean dryRun, boolean overwrite) {
        TagMerge.Match match = TagMerge.match(article.draft(), article.tags(), documents.sentences(into.id()));
        List<String> annotators = article.tags().stream().map(t -> t.annotator().strip()).distinct().sorted().toList();
        Map<Integer, Long> positions = LinkMerge.positions(article.draft(), documents.sentences(into.id()));
        return (batch, stored) -> {
            if (!article.codebook().isEmpty()) {
                batch.addMissingLabels(article.codebook(), where);
            }
            var counts = named(where, () -> batch.merge(into.id(), match.tags(), overwrite));
            if (!article.links().isEmpty()) {
                named(where, () -> batch.links(into.id(), article.links(), positions, overwrite));
            }
            return new ImportResult.TagsMerged(where, into.id(), into.title(), annotators, counts.added(),
                    counts.unchanged(), counts.conflicts(), counts.replaced(), match.unmatched(), dryRun);
        };
    }

    /**
     * The stored document with this article's text: by content hash, or, for a text rebuilt from a
     * per-sentence export, the one document of the same title holding every exported sentence at the same
     * offsets (the hash cannot match: the whitespace between sentences was guessed).
     */
    private Optional<Known> find(ArticleWithTags article, String hash, String where, Titles titles)
            throws ImportException {
        var byHash = documents.findByHash(hash);
        if (byHash.isPresent() || !article.textRebuilt()) {
            return byHash.map(d -> new Known(d.id(), d.title()));
        }
        DocumentDraft draft = article.draft();
        List<Document> fits = titles.ids(draft.title()).stream().map(id -> documents.find(id).orElseThrow())
                .filter(d -> TagMerge.sameTextAtOffsets(draft, d.text())).toList();
        if (fits.size() > 1) {
            throw new ImportException(where + ": its sentences fit documents " + fits.stream().map(Document::id).toList()
                    + " alike, so it is unclear which one its tags belong to; nothing from this file was imported.");
        }
        return fits.stream().findFirst().map(d -> new Known(d.id(), d.title()));
    }

    /** The library's titles, read once per file and only if an article needs them. */
    private final class Titles {
        private Map<String, List<Long>> ids;

        List<Long> ids(String title) {
            if (ids == null) {
                ids = documents.idsByTitle();
            }
            return ids.getOrDefault(title, List.of());
        }
    }

    /** Runs one article's write, naming the article in a failure. */
    private static <T> T named(String where, java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (StoreException e) {
            throw new StoreException(where + ": not imported: " + e.getMessage(), e);
        }
    }
}
