package dev.sentag.annotate;

import dev.sentag.model.Codebook;
import dev.sentag.model.CodebookLabel;
import dev.sentag.model.CodebookVersion;
import dev.sentag.model.HistoryEntry;
import dev.sentag.model.Label;
import dev.sentag.store.CodebookJson;
import dev.sentag.store.CodebookMigrations;
import dev.sentag.store.CodebookRepository;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Editing the codebook: add, rename, merge, retire, describe, recolour, reorder, import. Every input is checked
 * before anything is written (an {@link IllegalArgumentException} naming what is wrong, nothing changed); each
 * change is one transaction and a new codebook version. Renames and merges go into the acting annotator's
 * history, so their undo takes them back. Not thread-safe, like {@link AnnotationService}.
 */
public final class CodebookService {
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private final CodebookRepository codebook;
    private final CodebookMigrations migrations;
    private final AnnotationService annotation;
    private final RelationTypeService relations;

    public CodebookService(CodebookRepository codebook, CodebookMigrations migrations, AnnotationService annotation) {
        this(codebook, migrations, annotation, null);
    }

    /** With {@code relations} (may be null), the codebook file also carries the relation (link) types. */
    public CodebookService(CodebookRepository codebook, CodebookMigrations migrations, AnnotationService annotation,
                           RelationTypeService relations) {
        this.codebook = codebook;
        this.migrations = migrations;
        this.annotation = annotation;
        this.relations = relations;
    }

    public Codebook current() {
        return codebook.current();
    }

    public List<CodebookVersion> versions() {
        return codebook.versions();
    }

    /** How many tags (all annotators) carry the label. */
    public long tagsWith(String name) {
        return codebook.tagsWith(find(current(), name).label().id());
    }

    /** Adds an active label; {@code key} null takes the lowest free key, {@code colour} null the first unused palette colour. */
    public int add(String name, String key, String colour, String description) {
        Codebook now = current();
        String clean = checkNewName(now, name, null);
        if (now.active().size() >= Codebook.MAX_ACTIVE) {
            throw new IllegalArgumentException("The codebook has " + Codebook.MAX_ACTIVE
                    + " active labels, the most there can be (one per key 1-9); retire one first.");
        }
        String k = key == null ? freeKeys(now).get(0) : checkKey(now, key, null);
        String c = colour == null ? unusedColour(now) : checkColour(colour);
        return codebook.add(clean, k, c, description, who(), "add " + clean + " (key " + k + ", " + c + ")");
    }

    /** Renames a label; its tags keep it. Undoable. */
    public HistoryEntry rename(String oldName, String newName) {
        Codebook now = current();
        CodebookLabel label = find(now, oldName);
        String clean = checkNewName(now, newName, label.label().id());
        return annotation.recordCodebookChange(me -> migrations.rename(label.label().id(), label.name(), clean, me,
                who(), "rename " + label.name() + " to " + clean));
    }

    /** Relabels every tag of {@code from} (every annotator's) as {@code into} and retires {@code from}. Undoable. */
    public HistoryEntry merge(String from, String into) {
        Codebook now = current();
        CodebookLabel a = find(now, from);
        CodebookLabel b = find(now, into);
        if (a.label().id() == b.label().id()) {
            throw new IllegalArgumentException("Cannot merge '" + a.name() + "' into itself.");
        }
        if (a.retired() || b.retired()) {
            throw new IllegalArgumentException("'" + (a.retired() ? a.name() : b.name())
                    + "' is retired; only active labels can be merged.");
        }
        return annotation.recordCodebookChange(me -> migrations.merge(a.label().id(), b.label().id(), a.label().key(),
                me, who(), "merge " + a.name() + " into " + b.name()));
    }

    /**
     * Retires a label: refused while tags carry it unless {@code into} names where they go (then it is a
     * merge, undoable). Returns the new version.
     */
    public int retire(String name, String into) {
        Codebook now = current();
        CodebookLabel label = find(now, name);
        if (label.retired()) {
            throw new IllegalArgumentException("'" + label.name() + "' is retired already.");
        }
        if (into != null) {
            merge(name, into);
            return current().version();
        }
        long used = codebook.tagsWith(label.label().id());
        if (used > 0) {
            throw new IllegalArgumentException("'" + label.name() + "' is used by " + used
                    + " tag(s); choose the label its tags go to (--into LABEL on the command line). Nothing was changed.");
        }
        return codebook.retire(label.label().id(), who(), "retire " + label.name());
    }

    /** Sets the definition, notes and examples of a label. */
    public int describe(String name, String definition, String includeNote, String excludeNote, List<String> examples) {
        CodebookLabel label = find(current(), name);
        return codebook.describe(label.label().id(), definition, includeNote, excludeNote,
                examples.stream().map(String::strip).filter(e -> !e.isEmpty()).toList(), who(), "describe " + label.name());
    }

    /** Sets only the definition, keeping notes and examples. */
    public int describe(String name, String definition) {
        CodebookLabel l = find(current(), name);
        return describe(l.name(), definition, l.includeNote(), l.excludeNote(), l.examples());
    }

    public int recolour(String name, String colour) {
        CodebookLabel label = find(current(), name);
        String c = checkColour(colour);
        return codebook.recolour(label.label().id(), c, who(), "recolour " + label.name() + " " + c);
    }

    /** Puts the active labels in this order (all of them, by name); their keys become 1, 2, 3 … in that order. */
    public int reorder(List<String> names) {
        Codebook now = current();
        List<Long> ids = new ArrayList<>();
        for (String n : names) {
            ids.add(find(now, n).label().id());
        }
        Set<Long> active = new HashSet<>(now.active().stream().map(l -> l.label().id()).toList());
        if (!active.equals(new HashSet<>(ids)) || ids.size() != active.size()) {
            throw new IllegalArgumentException("Give every active label once to reorder them.");
        }
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= ids.size(); i++) {
            keys.add(String.valueOf(i));
        }
        return codebook.arrange(ids, keys, who(), "reorder " + String.join(", ", names));
    }

    /**
     * Makes the given labels the codebook (matched by name; see {@link CodebookRepository#adopt}). Every label
     * is checked like an added one; refused, changing nothing, if a label in use would disappear.
     */
    public int adopt(List<CodebookLabel> incoming, String source) {
        return adopt(incoming, null, source);
    }

    /**
     * As {@link #adopt(List, String)}, and makes {@code types} (already checked by
     * {@link RelationTypeService#checkIncoming}) the relation types in the same transaction; null keeps them.
     */
    private int adopt(List<CodebookLabel> incoming, List<dev.sentag.model.CodebookRelation> types, String source) {
        if (incoming.isEmpty()) {
            throw new IllegalArgumentException(source + " has no labels.");
        }
        if (incoming.size() > Codebook.MAX_ACTIVE) {
            throw new IllegalArgumentException(source + " has " + incoming.size() + " labels; at most "
                    + Codebook.MAX_ACTIVE + " can be active.");
        }
        Codebook empty = new Codebook(0, List.of());
        List<CodebookLabel> checked = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (CodebookLabel l : incoming) {
            String name = checkNewName(empty, l.name(), null);
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(source + " names '" + name + "' twice.");
            }
            String key = l.label().key() == null ? null : checkKey(empty, l.label().key(), null);
            if (key != null && !keys.add(key)) {
                throw new IllegalArgumentException(source + " gives key " + key + " to two labels.");
            }
            checked.add(new CodebookLabel(new Label(0, name, key, checkColour(l.label().colour()), 0), l.definition(),
                    l.includeNote(), l.excludeNote(), l.examples(), false));
        }
        List<String> free = new ArrayList<>(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"));
        free.removeAll(keys);
        List<CodebookLabel> keyed = checked.stream().map(l -> l.label().key() != null ? l : new CodebookLabel(
                new Label(0, l.name(), free.remove(0), l.label().colour(), 0), l.definition(), l.includeNote(),
                l.excludeNote(), l.examples(), false)).toList();
        Codebook now = current();
        for (CodebookLabel old : now.active()) {
            if (!names.contains(old.name().toLowerCase(Locale.ROOT))) {
                long used = codebook.tagsWith(old.label().id());
                if (used > 0) {
                    throw new IllegalArgumentException(source + " lacks '" + old.name() + "', which " + used
                            + " tag(s) carry; nothing was changed.");
                }
            }
        }
        return codebook.adopt(keyed, types, who(), "import " + source);
    }

    /**
     * The codebook file: the active labels with keys, colours, definitions and examples, and the active relation
     * (link) types in a "relation_types" section.
     */
    public String exportJson() {
        return CodebookJson.write(current(), relations == null ? java.util.Map.of()
                : java.util.Map.of(RELATION_TYPES, CodebookJson.relationsNode(relations.active())));
    }

    /**
     * Reads a codebook file and {@link #adopt}s its labels and, if it has a "relation_types" section, its
     * relation types (mapped by name; refused, changing nothing, if a type links have would disappear), as one
     * version. Bad JSON or no label list: IllegalArgumentException.
     */
    public int importJson(String text, String source) {
        CodebookJson.Parsed parsed = CodebookJson.read(text, source);
        var section = parsed.sections().get(RELATION_TYPES);
        List<dev.sentag.model.CodebookRelation> types = section == null || relations == null ? null
                : relations.checkIncoming(CodebookJson.readRelations(section, source), source);
        return adopt(parsed.labels(), types, source);
    }

    /** The section of the codebook file that holds the relation types. */
    public static final String RELATION_TYPES = "relation_types";

    private String who() {
        return annotation.annotator().name();
    }

    static CodebookLabel find(Codebook codebook, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Name a label.");
        }
        return codebook.byName(name).orElseThrow(() -> new IllegalArgumentException("No label named '" + name.strip()
                + "'; the codebook has " + codebook.active().stream().map(CodebookLabel::name).toList() + "."));
    }

    /** A valid new name (stripped): not empty, at most 40 characters, not taken by another label (ignoring case). */
    static String checkNewName(Codebook codebook, String name, Long self) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("A label needs a name; this one is empty.");
        }
        if (clean.length() > Codebook.MAX_NAME) {
            throw new IllegalArgumentException("A label name can be at most " + Codebook.MAX_NAME
                    + " characters; '" + clean + "' has " + clean.length() + ".");
        }
        if (clean.equalsIgnoreCase("none")) {
            throw new IllegalArgumentException("'none' means no label on the command line; choose another name.");
        }
        codebook.byName(clean).filter(l -> self == null || l.label().id() != self).ifPresent(l -> {
            throw new IllegalArgumentException("A label named '" + l.name() + "' exists already"
                    + (l.retired() ? " (retired)." : "."));
        });
        return clean;
    }

    static String checkKey(Codebook codebook, String key, Long self) {
        String k = key.strip();
        if (!k.matches("[1-9]")) {
            throw new IllegalArgumentException("A label key is one of 1-9, not '" + key + "'.");
        }
        codebook.active().stream().filter(l -> k.equals(l.label().key()) && (self == null || l.label().id() != self))
                .findFirst().ifPresent(l -> {
                    throw new IllegalArgumentException("Key " + k + " is taken by " + l.name() + ".");
                });
        return k;
    }

    /** A valid colour (upper case): #RRGGBB that keeps text contrast. */
    public static String checkColour(String colour) {
        if (colour == null || !COLOUR.matcher(colour.strip()).matches()) {
            throw new IllegalArgumentException("A colour looks like #E69F00 (#RRGGBB), not '" + colour + "'.");
        }
        String c = colour.strip().toUpperCase(Locale.ROOT);
        ColourContrast.problem(c).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        return c;
    }

    private static List<String> freeKeys(Codebook codebook) {
        List<String> free = new ArrayList<>();
        for (int k = 1; k <= Codebook.MAX_ACTIVE; k++) {
            String key = String.valueOf(k);
            if (codebook.active().stream().noneMatch(l -> key.equals(l.label().key()))) {
                free.add(key);
            }
        }
        return free;
    }

    private static String unusedColour(Codebook codebook) {
        Set<String> used = new HashSet<>(codebook.active().stream().map(l -> l.label().colour().toUpperCase(Locale.ROOT)).toList());
        return ColourContrast.PALETTE.stream().filter(c -> !used.contains(c)).findFirst().orElse(ColourContrast.PALETTE.get(0));
    }
}
