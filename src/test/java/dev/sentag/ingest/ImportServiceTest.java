package dev.sentag.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.annotate.OpenDocument;
import dev.sentag.model.Sentence;
import dev.sentag.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {
    private static final String ARTICLE = """
            Officials dispute missile report

            The ministry said on Monday that the report was unfounded. It called the claims "baseless".
            A spokesman added that talks would continue next week.
            """;
    private static final byte[] PNG_HEADER = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n',
            0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};

    @TempDir
    Path dir;
    Workspace ws;

    @BeforeEach
    void openWorkspace() {
        ws = Workspace.open(dir.resolve("sentag.db"));
    }

    @AfterEach
    void closeWorkspace() {
        ws.close();
    }

    @Test
    void byteOrderMarkIsDroppedFromTextAndTitle() throws IOException {
        byte[] body = ARTICLE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        var imported = imported(Files.write(dir.resolve("bom.txt"), withBom));

        assertEquals("Officials dispute missile report", imported.title());
        OpenDocument doc = open(imported);
        assertEquals(ARTICLE, doc.document().text());
        assertOffsetsMap(doc);
    }

    @Test
    void crlfCopyOfAnLfFileIsADuplicate() throws IOException {
        var lf = imported(write("lf.txt", ARTICLE));

        var second = ws.imports().importFile(write("crlf.txt", ARTICLE.replace("\n", "\r\n")));

        var duplicate = assertInstanceOf(ImportResult.Duplicate.class, second, second::toString);
        assertEquals(lf.documentId(), duplicate.existingId());
        assertTrue(duplicate.input().endsWith("crlf.txt"));
        assertEquals(1, documentCount());
    }

    @Test
    void crlfFileIsStoredWithLfAndOffsetsStillMap() throws IOException {
        var crlf = imported(write("crlf.txt", ARTICLE.replace("\n", "\r\n")));

        OpenDocument doc = open(crlf);
        assertFalse(doc.document().text().contains("\r"));
        assertEquals(ARTICLE, doc.document().text());
        assertTrue(doc.sentences().size() >= 3, () -> "sentences: " + doc.sentences());
        assertOffsetsMap(doc);
    }

    @Test
    void seedArticleOffsetsMapIntoItsText() {
        var seed = imported(SeedFiles.first());
        assertEquals("Pakistan’s missile program is ’emerging threat’, top US official says", seed.title(),
                "the banner and the dateline above the headline are not the title");
        assertOffsetsMap(open(seed));
    }

    @Test
    void titleIsTheFirstNonEmptyLineStripped() throws IOException {
        var imported = imported(write("lead.txt", "\n   \n\t\n  Headline with spaces  \nBody text here.\n"));
        assertEquals("Headline with spaces", imported.title());
    }

    @Test
    void titleSkipsBannersAndBareDatelines() throws IOException {
        assertEquals("Ministers meet in Geneva", imported(write("a.txt",
                "| Welcome to Example News\n\n18 January 2025\n\nMinisters meet in Geneva\n\nThey met.\n")).title());
        assertEquals("Talks resume", imported(write("b.txt", "2025-01-18\nTalks resume\nThey did.\n")).title());
        assertEquals("January 2025 was cold", imported(write("c.txt", "January 2025 was cold\nIt snowed.\n")).title(),
                "a headline that merely starts with a date is still the title");
        assertEquals("Read more: nothing else", imported(write("d.txt", "Read more: nothing else\n")).title(),
                "with nothing but residue, the first line is the title");
    }

    @Test
    void emptyFileFails() throws IOException {
        assertFailsAndStoresNothing(write("empty.txt", ""), "empty");
    }

    @Test
    void whitespaceOnlyFileFails() throws IOException {
        assertFailsAndStoresNothing(write("blank.txt", "  \n\t\r\n   \n"), "only whitespace");
    }

    @Test
    void invalidUtf8FailsNamingTheByteOffset() throws IOException {
        byte[] latin1 = "Caf\u00e9 opens. More text.".getBytes(StandardCharsets.ISO_8859_1);
        assertFailsAndStoresNothing(Files.write(dir.resolve("latin1.txt"), latin1), "UTF-8", "offset 3");
    }

    @Test
    void binaryFileWithNulByteFails() throws IOException {
        assertFailsAndStoresNothing(Files.write(dir.resolve("picture.txt"), PNG_HEADER), "not a text file", "offset 8");
    }

    @Test
    void singleTenMegabyteLineFailsNamingTheLine() throws IOException {
        Path file = write("huge.txt", "Title\n" + "a".repeat(10_000_000) + "\n");
        assertFailsAndStoresNothing(file, "huge.txt", "line 2", "10 million characters");
    }

    @Test
    void unreadableFileFailsSayingSo() throws IOException {
        Path file = write("locked.txt", ARTICLE);
        Files.setPosixFilePermissions(file, java.util.Set.of());
        // root reads any file whatever its permissions: the case cannot arise there.
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(file), "running as root");
        assertFailsAndStoresNothing(file, "locked.txt", "no permission");
    }

    @Test
    void utf16WithByteOrderMarkImportsInBothByteOrders() throws IOException {
        for (var charset : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
            String article = ARTICLE + "Read in " + charset.name() + ".\n";
            byte[] body = ("\uFEFF" + article.replace("\n", "\r\n")).getBytes(charset);
            var imported = imported(Files.write(dir.resolve(charset.name() + ".txt"), body));
            assertEquals(article, open(imported).document().text(), charset.name());
        }
    }

    @Test
    void pastedTextTakesTheGivenTitleAndBlankPasteIsRefused() {
        var imported = assertInstanceOf(ImportResult.Imported.class, ws.imports().importPasted(ARTICLE, "My title"));
        assertEquals("My title", imported.title());
        var failed = assertInstanceOf(ImportResult.Failed.class, ws.imports().importPasted(" \n ", "x"));
        assertTrue(failed.message().contains("pasted text"), failed.message());
    }

    @Test
    void missingFileFails() {
        assertFailsAndStoresNothing(dir.resolve("nowhere.txt"), "no such file");
    }

    @Test
    void folderFails() throws IOException {
        assertFailsAndStoresNothing(Files.createDirectory(dir.resolve("articles")), "folder");
    }

    @Test
    void failedImportLeavesEarlierDocumentsAlone() throws IOException {
        imported(write("good.txt", ARTICLE));
        assertFailsAndStoresNothing(write("empty.txt", ""), "empty");
        assertEquals(1, documentCount());
    }

    private void assertFailsAndStoresNothing(Path file, String... inMessage) {
        int before = documentCount();

        ImportResult result = ws.imports().importFile(file);

        var failed = assertInstanceOf(ImportResult.Failed.class, result, result::toString);
        assertEquals(file.toString(), failed.input());
        assertTrue(failed.message().contains(file.toString()), () -> failed.message() + " should name " + file);
        for (String part : inMessage) {
            assertTrue(failed.message().contains(part), () -> failed.message() + " should say " + part);
        }
        assertEquals(before, documentCount(), "nothing stored");
    }

    /** For every stored sentence, the document text between its offsets is its text, trimmed and non-empty. */
    private static void assertOffsetsMap(OpenDocument doc) {
        String text = doc.document().text();
        int previousEnd = 0;
        for (Sentence s : doc.sentences()) {
            assertEquals(text.substring(s.start(), s.end()), s.text());
            assertEquals(s.text().strip(), s.text(), "no whitespace at sentence edges");
            assertTrue(s.start() >= previousEnd, "sentences in order without overlap");
            previousEnd = s.end();
        }
    }

    private ImportResult.Imported imported(Path file) {
        ImportResult result = ws.imports().importFile(file);
        return assertInstanceOf(ImportResult.Imported.class, result, result::toString);
    }

    private OpenDocument open(ImportResult.Imported imported) {
        return ws.annotation().open(imported.documentId()).orElseThrow();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private int documentCount() {
        return ws.annotation().documents().size();
    }
}
