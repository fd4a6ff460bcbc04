package dev.sentag.annotate;

import dev.sentag.model.CodebookRelation;
import dev.sentag.model.RelationType;
import dev.sentag.store.RelationTypeRepository;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Editing the relation (link) types of the codebook: add, rename, recolour, describe, retire; and checking the
 * types of an imported codebook file. Every input is checked before anything is written (an
 * {@link IllegalArgumentException} naming what is wrong, nothing changed); each change is one transaction and a
 * new codebook version. A type's key chooses it while linking (after L), where digits type the target's number
 * and J/K move, so a key is one letter other than J and K.
 */
public final class RelationTypeService {
    /** The longest name of a link type, as for labels. */
    public static final int MAX_NAME = 40;
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private final RelationTypeRepository types;
    private final Supplier<String> who;

    public RelationTypeService(RelationTypeRepository types, Supplier<String> who) {
        this.types = types;
        this.who = who;
    }

    /** Every type: the active ones in order, then the retired ones. */
    public List<CodebookRelation> all() {
        return types.all();
    }

    public List<CodebookRelation> active() {
        return all().stream().filter(r -> !r.retired()).toList();
    }

    /** How many links (every annotator's) have the type. */
    public long linksWith(String name) {
        return types.linksWith(find(all(), name).type().id());
    }

    /** Adds a type; {@code key} null takes its first letter if free (else the first free letter), colour null a palette colour. */
    public int add(String name, String key, String colour, String description) {
        List<CodebookRelation> now = all();
        String clean = checkNewName(now, name, null);
        String k = key == null ? freeKey(now, clean) : checkKey(now, key, null);
        String c = colour == null ? unusedColour(now) : CodebookService.checkColour(colour);
        return types.add(clean, k, c, description, who.get(), "add link type " + clean + " (key " + k + ", " + c + ")");
    }

    /** Renames a type; every link keeps it. */
    public int rename(String oldName, String newName) {
        List<CodebookRelation> now = all();
        CodebookRelation type = find(now, oldName);
        String clean = checkNewName(now, newName, type.type().id());
        return types.rename(type.type().id(), clean, who.get(), "rename link type " + type.name() + " to " + clean);
    }

    /** Gives a type another key: one letter, not J or K, not another active type's. */
    public int rekey(String name, String key) {
        List<CodebookRelation> now = all();
        CodebookRelation type = find(now, name);
        if (type.retired()) {
            throw new IllegalArgumentException("The link type '" + type.name() + "' is retired; it takes no key.");
        }
        String k = checkKey(now, key == null ? "" : key, type.type().id());
        return types.rekey(type.type().id(), k, who.get(), "key of link type " + type.name() + " " + k);
    }

    public int recolour(String name, String colour) {
        CodebookRelation type = find(all(), name);
        String c = CodebookService.checkColour(colour);
        return types.recolour(type.type().id(), c, who.get(), "recolour link type " + type.name() + " " + c);
    }

    public int describe(String name, String description) {
        CodebookRelation type = find(all(), name);
        return types.describe(type.type().id(), description == null ? "" : description.strip(), who.get(),
                "describe link type " + type.name());
    }

    /** Retires a type: refused while links have it, and for the last active type (links need one). */
    public int retire(String name) {
        List<CodebookRelation> now = all();
        CodebookRelation type = find(now, name);
        if (type.retired()) {
            throw new IllegalArgumentException("The link type '" + type.name() + "' is retired already.");
        }
        long used = types.linksWith(type.type().id());
        if (used > 0) {
            throw new IllegalArgumentException("The link type '" + type.name() + "' is used by " + used
                    + " link(s); remove them first. Nothing was changed.");
        }
        if (now.stream().filter(r -> !r.retired()).count() == 1) {
            throw new IllegalArgumentException("'" + type.name() + "' is the only link type; add another first.");
        }
        return types.retire(type.type().id(), who.get(), "retire link type " + type.name());
    }

    /**
     * The relation types of a codebook file, checked like added ones (names, keys, colours; no name or key
     * twice), keys filled in where missing; refused if an active type with links would disappear.
     */
    public List<CodebookRelation> checkIncoming(List<CodebookRelation> incoming, String source) {
        if (incoming.isEmpty()) {
            throw new IllegalArgumentException(source + " has an empty \"relation_types\" list; links need one type.");
        }
        List<CodebookRelation> checked = new ArrayList<>();
        for (CodebookRelation r : incoming) {
            String name = checkNewName(checked, r.name(), null);
            String key = r.type().key() == null ? null : checkKey(checked, r.type().key(), null);
            checked.add(relation(name, key, CodebookService.checkColour(r.type().colour()), r.description()));
        }
        List<CodebookRelation> keyed = new ArrayList<>();
        for (CodebookRelation r : checked) {
            keyed.add(r.type().key() != null ? r : relation(r.name(), freeKey(checkedKeys(checked, keyed), r.name()),
                    r.type().colour(), r.description()));
        }
        for (CodebookRelation old : active()) {
            if (checked.stream().noneMatch(r -> r.name().equalsIgnoreCase(old.name()))) {
                long used = types.linksWith(old.type().id());
                if (used > 0) {
                    throw new IllegalArgumentException(source + " lacks the link type '" + old.name() + "', which "
                            + used + " link(s) have; nothing was changed.");
                }
            }
        }
        return keyed;
    }

    /** The types whose keys are taken so far while filling in missing keys: the keyed ones and the ones done. */
    private static List<CodebookRelation> checkedKeys(List<CodebookRelation> checked, List<CodebookRelation> done) {
        List<CodebookRelation> out = new ArrayList<>(done);
        checked.stream().filter(r -> r.type().key() != null).forEach(out::add);
        return out;
    }

    private static CodebookRelation relation(String name, String key, String colour, String description) {
        return new CodebookRelation(new RelationType(0, name, key, colour, 0), description, false);
    }

    static CodebookRelation find(List<CodebookRelation> all, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Name a link type.");
        }
        return all.stream().filter(r -> r.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No link type named '" + name.strip()
                        + "'; the codebook has " + all.stream().filter(r -> !r.retired())
                        .map(CodebookRelation::name).toList() + "."));
    }

    /** A valid new name (stripped): one word of at most 40 characters, not taken by another type (ignoring case). */
    static String checkNewName(List<CodebookRelation> all, String name, Long self) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("A link type needs a name; this one is empty.");
        }
        if (clean.length() > MAX_NAME) {
            throw new IllegalArgumentException("A link type name can be at most " + MAX_NAME + " characters; '"
                    + clean + "' has " + clean.length() + ".");
        }
        if (!NAME.matcher(clean).matches()) {
            throw new IllegalArgumentException("A link type name is one word of letters, digits, _ or - that starts"
                    + " with a letter (every export format needs that), not '" + clean + "'.");
        }
        all.stream().filter(r -> r.name().equalsIgnoreCase(clean) && (self == null || r.type().id() != self))
                .findFirst().ifPresent(r -> {
                    throw new IllegalArgumentException("A link type named '" + r.name() + "' exists already"
                            + (r.retired() ? " (retired)." : "."));
                });
        return clean;
    }

    /** A valid key (lower case): one letter, not J or K (they move while linking), not taken by another type. */
    static String checkKey(List<CodebookRelation> all, String key, Long self) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        if (!k.matches("[a-z]")) {
            throw new IllegalArgumentException("A link type key is one letter a-z (digits type the target's number"
                    + " while linking), not '" + key + "'.");
        }
        if (k.equals("j") || k.equals("k")) {
            throw new IllegalArgumentException("J and K move the cursor while linking; choose another key than '"
                    + key.strip() + "'.");
        }
        all.stream().filter(r -> !r.retired() && k.equalsIgnoreCase(r.type().key())
                && (self == null || r.type().id() != self)).findFirst().ifPresent(r -> {
                    throw new IllegalArgumentException("Key " + k + " is taken by the link type " + r.name() + ".");
                });
        return k;
    }

    private static String freeKey(List<CodebookRelation> all, String name) {
        Set<String> taken = new HashSet<>(List.of("j", "k"));
        all.stream().filter(r -> !r.retired() && r.type().key() != null)
                .forEach(r -> taken.add(r.type().key().toLowerCase(Locale.ROOT)));
        String first = name.substring(0, 1).toLowerCase(Locale.ROOT);
        if (!taken.contains(first)) {
            return first;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            if (!taken.contains(String.valueOf(c))) {
                return String.valueOf(c);
            }
        }
        throw new IllegalArgumentException("Every letter is the key of a link type already; retire one first.");
    }

    private static String unusedColour(List<CodebookRelation> all) {
        Set<String> used = new HashSet<>(all.stream().filter(r -> !r.retired())
                .map(r -> r.type().colour().toUpperCase(Locale.ROOT)).toList());
        return ColourContrast.PALETTE.stream().filter(c -> !used.contains(c)).findFirst()
                .orElse(ColourContrast.PALETTE.get(0));
    }
}
