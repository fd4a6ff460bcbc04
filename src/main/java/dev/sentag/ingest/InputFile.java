package dev.sentag.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** What kind of input a file is (txt, html, jsonl, csv) and its decoded text, with one clear error per problem. */
final class InputFile {
    /** Larger text files are refused: an article is rarely over a megabyte; 50 MB is surely not one. */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    private InputFile() {
    }

    /** True for the files a folder import picks up. */
    static boolean supported(Path file) {
        String name = lowerName(file);
        return name.endsWith(".txt") || name.endsWith(".jsonl") || name.endsWith(".csv") || isHtml(file);
    }

    private static boolean isHtml(Path file) {
        String name = lowerName(file);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    private static String lowerName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    /** txt, html, jsonl or csv: {@code forced} when given, else by the file name's extension, else by content. */
    static String kindOf(Path file, String forced) {
        if (forced != null) {
            return forced;
        }
        String lower = lowerName(file);
        if (lower.endsWith(".csv") || lower.endsWith(".jsonl") || lower.endsWith(".txt") || isHtml(file)) {
            return lower.endsWith(".csv") ? "csv" : lower.endsWith(".jsonl") ? "jsonl" : isHtml(file) ? "html" : "txt";
        }
        return sniff(file);
    }

    /** For a name that says nothing (no or another extension): HTML or JSON Lines by how it starts, else text. */
    static String sniff(Path file) {
        byte[] head = new byte[512];
        int n;
        try (var in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return "txt"; // reading it again will report the problem with the file's name
        }
        String start = new String(head, 0, n, StandardCharsets.UTF_8).replace("\uFEFF", "")
                .stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return "html";
        }
        return start.startsWith("{") ? "jsonl" : "txt";
    }

    /**
     * The decoded text of a file (UTF-8, or {@code encoding} when not null), or an error naming it: missing,
     * a folder, too large, unreadable, not in the encoding.
     */
    static String readText(Path file, String name, Charset encoding) throws ImportException {
        return decode(readBytes(file, name), name, encoding);
    }

    /** The text of a file's bytes (UTF-8, or {@code encoding} when not null), or an error naming the file. */
    static String decode(byte[] bytes, String name, Charset encoding) throws ImportException {
        return encoding == null ? TextDecoder.decode(bytes, name) : TextDecoder.decode(bytes, name, encoding);
    }

    /** The bytes of a file, or an error naming it: missing, a folder, too large, unreadable. */
    static byte[] readBytes(Path file, String name) throws ImportException {
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(name + ": is a folder; give the files in it.");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ImportException(name + ": too large for an article (" + size / (1024 * 1024) + " MB).");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(name + ": no such file.", e);
        } catch (AccessDeniedException e) {
            throw new ImportException(name + ": cannot be read (no permission).", e);
        } catch (IOException e) {
            throw new ImportException(name + ": cannot be read (" + e.getMessage() + ").", e);
        }
    }
}
