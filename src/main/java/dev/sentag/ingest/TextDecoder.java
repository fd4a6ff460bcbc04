package dev.sentag.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into the text Sentag stores: strict UTF-8 (a byte-order mark is
 * dropped), line endings normalised to \n so offsets and content hashes do not depend on the platform
 * the file was written on.
 */
public final class TextDecoder {
    private TextDecoder() {
    }

    /** The decoded, normalised text; {@code name} is used in error messages. */
    public static String decode(byte[] bytes, String name) throws ImportException {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            // A UTF-16 byte-order mark: the only sure sign of UTF-16, so it is the only way UTF-16 is read.
            Charset utf16 = (bytes[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return strict(bytes, 2, utf16, name, "UTF-16");
        }
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ImportException(name + ": not a text file (NUL byte at offset " + i + ").");
            }
        }
        // The String constructor decodes UTF-8 several times faster than a CharsetDecoder into a CharBuffer (no
        // buffer to fill and copy), but replaces a bad byte by U+FFFD instead of failing. A text without U+FFFD had
        // none; one with it (a bad byte, or the character itself) is decoded again strictly, to tell which.
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? normaliseLineEndings(text)
                : strict(bytes, offset, StandardCharsets.UTF_8, name, "UTF-8");
    }

    /**
     * The text in an encoding the user named (e.g. windows-1252 for an old archive), read strictly: a
     * byte that is not valid in it is an error naming the offset. A NUL byte is still refused.
     */
    public static String decode(byte[] bytes, String name, Charset charset) throws ImportException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0 && !charset.name().startsWith("UTF-16") && !charset.name().startsWith("UTF-32")) {
                throw new ImportException(name + ": not a text file (NUL byte at offset " + i + ").");
            }
        }
        String text = strict(bytes, 0, charset, name, charset.name());
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String name, String what)
            throws ImportException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError() || decoder.flush(out).isError()) {
            throw new ImportException(name + ": not valid " + what + " (bad byte at offset " + in.position() + "). "
                    + switch (what) {
                        case "UTF-8" -> "If it is in another encoding, name it with --encoding (e.g. --encoding"
                                + " windows-1252), or save it as UTF-8.";
                        case "UTF-16" -> "Save the file as UTF-8 and import it again.";
                        default -> "Check the --encoding, or save the file as UTF-8.";
                    });
        }
        out.flip();
        return normaliseLineEndings(out.toString());
    }

    /**
     * True if {@link #decode(byte[], String)} of these bytes, when it succeeds, is exactly the text they spell in
     * UTF-8: no byte-order mark to drop and no carriage return to normalise. The UTF-8 of that text is then these very
     * bytes (a valid UTF-8 sequence has one decoding and one encoding), so they can be hashed as they are.
     */
    static boolean decodesVerbatim(byte[] bytes) {
        if (hasUtf8Bom(bytes) || bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF)) {
            return false;
        }
        for (byte b : bytes) {
            if (b == '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    static String normaliseLineEndings(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
