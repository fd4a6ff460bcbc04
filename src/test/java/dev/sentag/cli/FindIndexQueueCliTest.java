package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.ingest.ImportService;
import dev.sentag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A folder import leaves its sentences to the find index afterwards (V010's queue): find must never silently miss an
 * imported article, whether the index caught up right after the import or the library was closed before it did.
 */
class FindIndexQueueCliTest extends CliHarness {
    static final int ARTICLES = 40;

    private Path folder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(folder.resolve(String.format("a%02d.txt", i)), "Report number " + i
                    + "\n\nThe harbour committee met on day " + i + ". Its members discussed marmalade exports."
                    + " The chair said nothing.\n");
        }
        return folder;
    }

    private Set<String> documentsFound(Run run) {
        assertEquals(0, run.code(), run::err);
        Set<String> ids = new TreeSet<>();
        run.lines().forEach(l -> ids.add(l.split("\t")[0]));
        return ids;
    }

    @Test
    void findRightAfterAFolderImportFindsEveryImportedArticle() throws IOException {
        Run imported = sentag("import", folder().toString());
        assertEquals(0, imported.code(), imported::err);
        assertEquals(ARTICLES, imported.lines().size());
        assertEquals(0, number("SELECT count(*) FROM find_index_queue"), "sentag import leaves the index complete");
        Run found = sentag("find", "marmalade");
        assertEquals(ARTICLES, documentsFound(found).size(), found.out());
        assertEquals("", found.err(), "nothing was left to index");
    }

    @Test
    void aLibraryClosedBeforeItsIndexCaughtUpIsCompletedByTheNextFind() throws IOException {
        Path folder = folder();
        try (Workspace ws = Workspace.open(library())) {
            ws.imports().importAll(List.of(folder), ImportService.Progress.NONE); // the window closed right after
        }
        assertEquals(ARTICLES, number("SELECT count(*) FROM find_index_queue"), "what the import left to index");
        Run show = sentag("show", "1");
        assertEquals(0, show.code(), show::err);
        assertEquals(ARTICLES, number("SELECT count(*) FROM find_index_queue"), "opening the library does not index");
        Run filtersOnly = sentag("find", "--untagged", "--limit", "1");
        assertEquals(0, filtersOnly.code(), filtersOnly::err);
        assertEquals(ARTICLES, number("SELECT count(*) FROM find_index_queue"), "a find without words needs no index");

        Run found = sentag("find", "marmalade");
        assertEquals(ARTICLES, documentsFound(found).size(), found.out());
        assertTrue(found.err().contains("indexing " + ARTICLES + " imported articles for find first"), found.err());
        assertEquals(0, number("SELECT count(*) FROM find_index_queue"));
        assertEquals(number("SELECT count(*) FROM sentences"), number("SELECT count(*) FROM sentence_fts"),
                "every sentence indexed once");
    }

    @Test
    void aSentenceMergedBeforeItsArticleWasIndexedIsFoundOnce() throws IOException {
        Path folder = folder();
        try (Workspace ws = Workspace.open(library())) {
            ws.imports().importAll(List.of(folder), ImportService.Progress.NONE);
            ws.annotation().merge(1, 2, Optional.empty()); // "Its members … exports." + "The chair said nothing."
        }
        Run found = sentag("find", "\"exports the chair\"");
        assertEquals(0, found.code(), found::err);
        assertEquals(1, found.lines().size(), found.out());
        assertTrue(found.out().startsWith("1\t2\t"), found.out());
        assertEquals(number("SELECT count(*) FROM sentences"), number("SELECT count(*) FROM sentence_fts"),
                "the merged sentence and the two it replaced, each indexed once");
    }

    @Test
    void aDryRunQueuesNothing() throws IOException {
        Run dry = sentag("import", "--dry-run", folder().toString());
        assertEquals(0, dry.code(), dry::err);
        assertEquals(0, number("SELECT count(*) FROM find_index_queue"));
        assertEquals(0, number("SELECT count(*) FROM documents"));
    }
}
