package dev.sentag.store.filter;

import java.util.List;
import java.util.stream.Collectors;

/** Sentences of these documents only. The ids travel as one JSON array parameter, so the SQL text stays fixed. */
record DocumentFilter(List<Long> ids) implements SentenceFilter {
    DocumentFilter {
        ids = List.copyOf(ids);
    }

    @Override
    public String condition() {
        return "s.document_id IN (SELECT value FROM json_each(?))";
    }

    @Override
    public String condition(dev.sentag.store.SqlDialect dialect) {
        return "s.document_id IN (" + dialect.idsFromJson() + ")";
    }

    @Override
    public List<Object> parameters() {
        return List.of(ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]")));
    }
}
