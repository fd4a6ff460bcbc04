package dev.sentag.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.store.DocumentRepository;
import dev.sentag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlImportTest {
    private static final String PAGE = """
            <!doctype html><html><head>
            <title>Port reopens | Example News</title>
            <meta property="og:title" content="Port reopens after storm">
            <meta property="article:published_time" content="2025-01-18T09:00:00Z">
            <link rel="canonical" href="https://example.org/news/port">
            <script>var tracking = "Do not import me.";</script>
            <style>p { color: red }</style>
            </head><body>
            <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
            <article>
              <h1>Port reopens after storm</h1>
              <p>The port reopened on Monday. Ships queued <b>outside</b> the harbour.</p>
              <div class="share-buttons"><a>Share on Facebook</a></div>
              <h2>Damage</h2>
              <p>Officials said repairs would take weeks.</p>
              <p>Read more: Storm hits coast</p>
              <aside class="related"><p>Related: Another story</p></aside>
            </article>
            <footer><p>Copyright 2025 Example News</p></footer>
            </body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void aSavedNewsPageImportsAsItsArticleWithTitleUrlAndDate() throws IOException {
        try (Workspace ws = Workspace.open(dir.resolve("s.db"))) {
            var imported = assertInstanceOf(ImportResult.Imported.class,
                    ws.imports().importFile(Files.writeString(dir.resolve("port.html"), PAGE)));

            assertEquals("Port reopens after storm", imported.title());
            String text = ws.annotation().open(imported.documentId()).orElseThrow().document().text();
            assertEquals("""
                    Port reopens after storm

                    The port reopened on Monday. Ships queued outside the harbour.

                    Damage

                    Officials said repairs would take weeks.

                    Read more: Storm hits coast

                    """, text);
            assertFalse(text.contains("tracking") || text.contains("Home") || text.contains("Share")
                    || text.contains("Related") || text.contains("Copyright"));
            assertEquals(1, imported.excluded(), "the Read more line is residue");
            assertEquals(Map.of("url", "https://example.org/news/port", "date", "2025-01-18T09:00:00Z"),
                    new DocumentRepository(ws.database()).metadata(imported.documentId()));
        }
    }

    @Test
    void aPageWithoutBodyTextFailsAndStoresNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.htm"),
                "<html><head><title>Nothing</title><script>x()</script></head><body><nav>Menu</nav></body></html>");
        try (Workspace ws = Workspace.open(dir.resolve("s.db"))) {
            var failed = assertInstanceOf(ImportResult.Failed.class, ws.imports().importFile(file));
            assertTrue(failed.message().contains("empty.htm: the page has no article text"), failed.message());
            assertEquals(0, ws.annotation().documents().size());
        }
    }
}
