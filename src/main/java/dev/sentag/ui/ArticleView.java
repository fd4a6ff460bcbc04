package dev.sentag.ui;

import java.util.Collection;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.StyledDocument;

/**
 * The article, whole and flowing, in a centred reading column. Each sentence is a styled run:
 * untagged ones carry a faint dotted underline (the gap between runs shows where one ends), tagged ones
 * their label's tint and underline, and the current one an outline independent of its label colour.
 */
final class ArticleView extends StackPane {
    static final double COLUMN_WIDTH_EM = 46;
    /** How many layout passes {@link #reveal} waits for the sentence to be laid out before giving up. */
    private static final int REVEAL_TRIES = 4;

    private final TaggingViewModel model;
    private final StyleClassedTextArea area = new StyleClassedTextArea(false);
    private final VirtualizedScrollPane<StyleClassedTextArea> scroller = new VirtualizedScrollPane<>(area);
    private final SentencePlacement placement = new SentencePlacement(area);
    private final VBox empty = new VBox(12);
    private double fontPx = 16;
    private double columnEm = COLUMN_WIDTH_EM;
    private javafx.scene.control.ContextMenu sentenceMenu;
    private java.util.function.Predicate<SentenceRow> marked = row -> false;
    private final SentenceStyles styles = new SentenceStyles();

    ArticleView(TaggingViewModel model, Runnable importAction) {
        this.model = model;
        getStyleClass().add("article-pane");
        area.getStyleClass().add("article");
        area.setEditable(false);
        // The text changes only by whole articles and restyles. The area's default undo history (unlimited) kept each
        // article opened, its text and the one it replaced, for an undo the read-only view never offers.
        area.setUndoManager(org.fxmisc.richtext.util.UndoUtils.noOpUndoManager());
        area.setWrapText(true);
        area.setShowCaret(Caret.CaretVisibility.OFF);
        area.setFocusTraversable(true);
        area.setAccessibleText("Article text");
        scroller.getStyleClass().add("article-scroller");
        scroller.setMaxWidth(Double.MAX_VALUE);
        empty.setAlignment(Pos.CENTER);
        empty.getStyleClass().add("empty-state");
        Label title = new Label("No articles yet");
        title.getStyleClass().add("empty-title");
        Label hint = new Label("File → Import… (Ctrl+O), or drop .txt files on this window.");
        var button = new javafx.scene.control.Button("Import articles…");
        button.getStyleClass().add("accent");
        button.setOnAction(e -> importAction.run());
        empty.getChildren().setAll(title, hint, button);
        getChildren().setAll(scroller, empty);
        setFontSize(16);

        area.setOnMouseClicked(e -> {
            int pos = area.hit(e.getX(), e.getY()).getInsertionIndex();
            int index = sentenceAt(pos);
            if (index >= 0) {
                model.moveTo(index);
            }
            area.requestFocus();
        });
        area.setOnContextMenuRequested(e -> {
            int index = sentenceAt(area.hit(e.getX(), e.getY()).getInsertionIndex());
            if (index >= 0 && sentenceMenu != null) {
                model.moveTo(index);
                sentenceMenu.show(area, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        model.onShown(this::showText);
        model.currentProperty().addListener((obs, old, now) -> moveCurrent(old.intValue(), now.intValue()));
        model.onLabelChanged(row -> restyle(sentenceAt(row.sentence().start())));
        widthProperty().addListener((obs, o, w) -> centreColumn());
        showText();
    }

    /**
     * Marks the sentences {@code test} accepts (disputed ones) with a bold dashed outline; re-marks on {@code changes}.
     * A sentence with a note, neither current nor disputed, has a dotted grey outline.
     */
    void markWhere(java.util.function.Predicate<SentenceRow> test, javafx.beans.value.ObservableValue<?>... changes) {
        this.marked = test;
        for (var change : changes) {
            change.addListener((obs, o, n) -> {
                for (int i = 0; i < model.rows().size(); i++) {
                    restyle(i);
                }
            });
        }
    }

    /** The menu a right-click on a sentence opens (after making that sentence current). */
    void setSentenceMenu(javafx.scene.control.ContextMenu menu) {
        this.sentenceMenu = menu;
    }

    /** What should hold the keyboard focus: the article, or the Import button while the library is empty. */
    javafx.scene.Node focusTarget() {
        return empty.isVisible() ? empty.getChildren().get(empty.getChildren().size() - 1) : area;
    }

    StyleClassedTextArea area() {
        return area;
    }

    /** Sets the reading size; the current sentence stays in view (the text reflows round it). */
    void setFontSize(double px) {
        fontPx = px;
        area.setStyle("-fx-font-size: " + px + "px;");
        centreColumn();
        int current = model.currentProperty().get();
        if (current >= 0 && current < model.rows().size()) {
            afterNextLayout(() -> reveal(current, -1));
        }
    }

    double fontSize() {
        return fontPx;
    }

    /** The reading column's width in em of the text size (Edit → Preferences…). */
    void setColumnWidth(double em) {
        columnEm = em;
        centreColumn();
    }

    private void centreColumn() {
        double column = columnEm * fontPx;
        double side = Math.max(24, (getWidth() - column) / 2);
        area.setPadding(new javafx.geometry.Insets(28, side, 48, side));
    }

    private void showText() {
        var doc = model.documentProperty().get();
        empty.setVisible(doc == null && model.rows().isEmpty());
        scroller.setVisible(doc != null);
        String text = doc == null ? "" : doc.text();
        if (model.rows().isEmpty() || text.indexOf('\r') >= 0) {
            area.replaceText(text);
        } else {
            // The article and every sentence's style in one document, built in one pass: replaceText plus a
            // setStyle per sentence rebuilt the document ten thousand times for a long article (seconds).
            area.replace(0, area.getLength(), styledDocument(text));
        }
        area.moveTo(0);
        // A new article starts at its top: the replace left the caret (and so the view) at the old text's end.
        area.showParagraphAtTop(0);
        area.requestFollowCaret();
        // Unless the cursor is already further down: a move made before the text arrived could not be revealed then
        // (its sentence lay past the old text's end), and the view would stay at the top with the cursor far below.
        int current = model.currentProperty().get();
        if (current > 0 && current < model.rows().size()) {
            afterNextLayout(() -> reveal(current, -1));
        }
    }

    private void moveCurrent(int old, int now) {
        if (old >= 0 && old < model.rows().size()) {
            restyle(old);
        }
        if (now >= 0 && now < model.rows().size()) {
            restyle(now);
            reveal(now, old);
        }
    }

    /** The article as paragraphs (split at line breaks), each with the styles of the sentences in it. */
    private StyledDocument<Collection<String>, String, Collection<String>> styledDocument(String text) {
        var document = new ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>>(
                area.getSegOps(), List.of());
        var rows = model.rows();
        int next = 0;
        for (int start = 0; start <= text.length(); ) {
            int lineBreak = text.indexOf('\n', start);
            int end = lineBreak < 0 ? text.length() : lineBreak;
            StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
            int at = start;
            while (next < rows.size() && rows.get(next).sentence().start() < end) {
                var s = rows.get(next).sentence();
                int from = Math.max(s.start(), at);
                int to = Math.min(s.end(), end);
                if (to > from) {
                    spans.add(List.of(), from - at);
                    spans.add(classes(next), to - from);
                    at = to;
                }
                if (s.end() > end) {
                    break; // the sentence goes on in the next paragraph
                }
                next++;
            }
            spans.add(List.of(), end - at);
            document.addParagraph(text.substring(start, end), spans.create());
            start = end + 1;
        }
        return document.build();
    }

    /** Re-styles one sentence: only its range of the article changes, the rest is not rendered again. */
    private void restyle(int index) {
        var rows = model.rows();
        if (index < 0 || index >= rows.size() || area.getLength() == 0) {
            return;
        }
        var s = rows.get(index).sentence();
        if (s.end() <= area.getLength()) {
            area.setStyle(s.start(), s.end(), classes(index));
        }
    }

    /** A sentence's style classes; the current outline takes a disputed sentence's mark (the sidebar shows the dispute). */
    private Collection<String> classes(int index) {
        SentenceRow row = model.rows().get(index);
        var mark = index == model.currentProperty().get() ? SentenceStyles.Mark.CURRENT
                : marked.test(row) ? SentenceStyles.Mark.DISPUTED
                : row.note().isBlank() ? SentenceStyles.Mark.NONE : SentenceStyles.Mark.NOTED;
        return styles.of(row, index, mark);
    }

    /**
     * Brings the sentence into view with some context round it: its start is followed first (so it is laid out), or on
     * a jump from sentence {@code from} its paragraph is put at the band's top; then, once its bounds are known, the
     * view moves so the sentence sits clear of the edges — or starts at the top if it is taller than the view.
     */
    private void reveal(int index, int from) {
        var s = model.rows().get(index).sentence();
        if (s.end() > area.getLength()) {
            return;
        }
        area.moveTo(s.start());
        int paragraph = area.offsetToPosition(s.start(), Bias.Forward).getMajor();
        if (from >= 0 && from < model.rows().size() && farApart(from, paragraph)) {
            // A jump (the end of a long article, a find result): the caret followed would put the sentence on the view's
            // edge and a second pass into its band; its paragraph goes straight to the band's top instead.
            placement.paragraphAtBandTop(paragraph);
        } else {
            area.requestFollowCaret();
        }
        afterNextLayout(() -> placeClear(index, REVEAL_TRIES));
    }

    /**
     * Whether the paragraph lies more than a view's worth of one-line paragraphs from the one of sentence {@code from}
     * (the cursor's last place, on screen): then it is surely off screen, which is known without a layout pass.
     */
    private boolean farApart(int from, int paragraph) {
        int before = area.offsetToPosition(model.rows().get(from).sentence().start(), Bias.Forward).getMajor();
        return Math.abs(paragraph - before) > area.getHeight() / fontPx;
    }

    /**
     * Scrolls the laid-out sentence clear of the edges. Far down a long article the followed caret sometimes lands
     * the view short of it (paragraph heights there are estimates): then its paragraph is put at the top, the caret
     * followed within it, and this tries again.
     */
    private void placeClear(int index, int triesLeft) {
        if (model.currentProperty().get() != index || index >= model.rows().size()) {
            return;
        }
        var s = model.rows().get(index).sentence();
        Bounds view = area.localToScreen(area.getBoundsInLocal());
        var bounds = area.getCharacterBoundsOnScreen(s.start(), s.end());
        if (bounds.isPresent() && view != null) {
            double by = scrollNeeded(bounds.get(), view);
            if (by != 0 && !placement.shownToTheEnd(by, view)) {
                placement.placeInBand(s, bounds.get(), view);
            } else {
                by = 0;
            }
            if (by != 0 && triesLeft > 1) {
                // Should the move still lose the sentence (seen with scrolls by estimated heights: the last of 10,656
                // sentences, shown, then gone), look again once laid out.
                afterNextLayout(() -> {
                    if (area.getCharacterBoundsOnScreen(s.start(), s.end()).isEmpty()) {
                        placeClear(index, triesLeft - 1);
                    }
                });
            }
        } else if (bounds.isEmpty() && triesLeft > 1 && s.end() <= area.getLength()) {
            // A paragraph taller than the view cannot be shown whole, so showing it "in the viewport" can leave a
            // sentence at its end outside: put the paragraph at the top (now laid out, its heights are real) and
            // follow the caret within it.
            area.showParagraphAtTop(area.offsetToPosition(s.start(), Bias.Forward).getMajor());
            afterNextLayout(() -> {
                area.moveTo(s.start());
                area.requestFollowCaret();
                afterNextLayout(() -> placeClear(index, triesLeft - 1));
            });
        }
    }

    /** Runs {@code action} once, after the next layout pass (when the followed caret has scrolled). */
    private void afterNextLayout(Runnable action) {
        var scene = getScene();
        if (scene == null) {
            Platform.runLater(action);
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** How far to scroll so {@code sentence} keeps a fifth of the view as margin above and below. */
    static double scrollNeeded(Bounds sentence, Bounds view) {
        double margin = view.getHeight() / 5;
        double top = view.getMinY() + margin;
        double bottom = view.getMaxY() - margin;
        if (sentence.getMinY() < top || sentence.getHeight() > bottom - top) {
            return sentence.getMinY() - top;
        }
        return sentence.getMaxY() > bottom ? sentence.getMaxY() - bottom : 0;
    }

    /** The index of the sentence holding text offset {@code pos}, or the nearest one before it. */
    int sentenceAt(int pos) {
        var rows = model.rows();
        int lo = 0;
        int hi = rows.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (rows.get(mid).sentence().start() <= pos) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
