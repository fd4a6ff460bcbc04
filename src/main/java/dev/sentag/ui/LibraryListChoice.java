package dev.sentag.ui;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Predicate;

/** What the library list shows (by tagging state and title text) and in which order. */
final class LibraryListChoice {
    private LibraryListChoice() {
    }

    /** Which documents, by how far the current annotator has tagged them, or those assigned to them. */
    enum State {
        ALL("All"), UNTAGGED("Untagged"), STARTED("Started"), COMPLETE("Complete"), ASSIGNED("Assigned to me");

        private final String text;

        State(String text) {
            this.text = text;
        }

        boolean holds(DocumentRow r) {
            int tagged = r.taggedProperty().get();
            return switch (this) {
                case ALL -> true;
                case UNTAGGED -> tagged == 0;
                case STARTED -> tagged > 0 && tagged < r.sentences();
                case COMPLETE -> r.sentences() > 0 && tagged >= r.sentences();
                case ASSIGNED -> r.assigned();
            };
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The order of the list. Ids are given in import order, so "date imported" is the id order. */
    enum Sort {
        IMPORTED("Imported", Comparator.comparingLong(DocumentRow::id)),
        TITLE("Title", Comparator.comparing((DocumentRow r) -> r.title().toLowerCase(Locale.ROOT))
                .thenComparingLong(DocumentRow::id)),
        PROGRESS("Progress", Comparator.comparingDouble(Sort::progress).reversed().thenComparingLong(DocumentRow::id));

        private final String text;
        final Comparator<DocumentRow> order;

        Sort(String text, Comparator<DocumentRow> order) {
            this.text = text;
            this.order = order;
        }

        private static double progress(DocumentRow r) {
            return r.sentences() == 0 ? 0 : (double) r.taggedProperty().get() / r.sentences();
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Rows in {@code state} whose title holds {@code text} (case-insensitive). */
    static Predicate<DocumentRow> filter(State state, String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return r -> state.holds(r) && (needle.isEmpty() || r.title().toLowerCase(Locale.ROOT).contains(needle));
    }
}
