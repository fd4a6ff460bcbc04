package dev.sentag.model;

import java.util.Objects;

/**
 * One relation (link) type of the codebook with its description. A retired type takes no new links and has no
 * key; its row stays so old history still names it. The description is "" when not given.
 */
public record CodebookRelation(RelationType type, String description, boolean retired) {
    public CodebookRelation {
        Objects.requireNonNull(type, "type");
        description = description == null ? "" : description;
    }

    public String name() {
        return type.name();
    }
}
