package dev.sentag.export;

/** Escaping for XML attribute values. */
final class Xml {
    private Xml() {
    }

    static String attribute(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
