package dev.sentag.ui;

import dev.sentag.annotate.AnnotationService;

/** Saving a sentence's note: shown at once, written on the database thread, put back if the write fails. */
final class NoteWrite {
    private NoteWrite() {
    }

    static void save(SentenceRow row, String note, AnnotationService service, Background background, SaveStatus status) {
        String before = row.noteProperty().get();
        String clean = note == null ? "" : note.strip();
        if (clean.equals(before)) {
            return;
        }
        row.noteProperty().set(clean);
        status.started();
        background.run(() -> {
            service.note(row.sentence().id(), clean);
            return null;
        }, ok -> status.succeeded(), e -> {
            row.noteProperty().set(before);
            status.failed("Note not saved: " + Background.message(e));
        });
    }
}
