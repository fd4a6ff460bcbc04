package dev.sentag.export;

import dev.sentag.model.AnnotatedDocument;
import dev.sentag.model.AnnotatedSentence;
import java.util.List;
import java.util.Optional;

/** Applies the options' document and sentence filters to one document at a time. */
final class SentenceSelection {
    private final ExportOptions options;

    SentenceSelection(ExportOptions options) {
        this.options = options;
    }

    /** The document with the sentences to write, or empty when the document is left out or nothing in it is. */
    Optional<ExportedDocument> select(AnnotatedDocument doc) {
        if (!options.documentIds().isEmpty() && !options.documentIds().contains(doc.id())) {
            return Optional.empty();
        }
        if (!stateMatches(doc)) {
            return Optional.empty();
        }
        List<AnnotatedSentence> chosen = doc.sentences().stream().filter(this::wanted).toList();
        return chosen.isEmpty() ? Optional.empty() : Optional.of(new ExportedDocument(doc, chosen));
    }

    private boolean wanted(AnnotatedSentence s) {
        if (s.excluded() && !options.includeExcluded()) {
            return false;
        }
        if (s.label() == null) {
            return options.includeUntagged();
        }
        return options.labels().isEmpty() || options.labels().stream().anyMatch(l -> l.equalsIgnoreCase(s.label()));
    }

    private boolean stateMatches(AnnotatedDocument doc) {
        List<AnnotatedSentence> counted = doc.sentences().stream().filter(s -> !s.excluded()).toList();
        long tagged = counted.stream().filter(s -> s.label() != null).count();
        return switch (options.documentState()) {
            case ANY -> true;
            case STARTED -> tagged > 0;
            case COMPLETE -> !counted.isEmpty() && tagged == counted.size();
            case UNTAGGED -> tagged == 0;
        };
    }
}
