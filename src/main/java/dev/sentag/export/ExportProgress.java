package dev.sentag.export;

/** Receives an export's progress by documents, and can ask it to stop. */
public interface ExportProgress {
    /** Ignores progress and never cancels. */
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void documentsDone(int done, int total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Called after each document read from the library ({@code total} counts every document). */
    void documentsDone(int done, int total);

    /** True to stop: the export then throws CancellationException and leaves no file behind. */
    boolean cancelled();
}
