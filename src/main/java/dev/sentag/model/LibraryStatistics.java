package dev.sentag.model;

import java.util.List;
import java.util.Map;

/**
 * Where a study stands, over current sentences that are not excluded: labels over all annotators, each
 * annotator's progress and labels, each document's progress per annotator, the pace (tags per day per
 * annotator) and how many sentences annotators label differently.
 */
public record LibraryStatistics(Map<String, Integer> labels, Map<String, AnnotatorProgress> annotators,
                                List<DocumentProgress> documents, List<DailyTags> pace, int sentences,
                                int disputed) {
    public LibraryStatistics {
        labels = Map.copyOf(labels);
        annotators = Map.copyOf(annotators);
        documents = List.copyOf(documents);
        pace = List.copyOf(pace);
    }

    /** One annotator: sentences tagged, per label, and documents where every sentence has their label. */
    public record AnnotatorProgress(int tagged, Map<String, Integer> labels, int documentsComplete) {
        public AnnotatorProgress {
            labels = Map.copyOf(labels);
        }
    }

    /** One document: its sentences and how many each annotator tagged. */
    public record DocumentProgress(long id, String title, int sentences, Map<String, Integer> tagged) {
        public DocumentProgress {
            tagged = Map.copyOf(tagged);
        }
    }

    /** Labels set by one annotator on one day (UTC, yyyy-mm-dd), from the history. */
    public record DailyTags(String day, String annotator, int tags) {
    }

    /** Share of sentences two or more annotators labelled differently, 0..1. */
    public double disputedShare() {
        return sentences == 0 ? 0 : (double) disputed / sentences;
    }
}
