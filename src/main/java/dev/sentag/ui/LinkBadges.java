package dev.sentag.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * Links and speakers in the reading column's margin: beside each paragraph, for each of its sentences that has
 * them, a badge "7 → 3" (this sentence, number 7, links to 3) and "7 ← 9, 12" (linked from 9 and 12), and the
 * speaker's name in small grey italics. Badges are text with a dark outline, so they read in greyscale, and their
 * size follows the article's text size (Ctrl+plus up to 200 % and beyond). No margin is drawn for an article
 * without links or speakers, so its column stays as it was.
 */
final class LinkBadges {
    private static final String BADGE = "-fx-font-size: 0.72em; -fx-text-fill: #1a1a1a; -fx-border-color: #4d4d4d;"
            + " -fx-border-radius: 3; -fx-background-color: #f2f2f2; -fx-background-radius: 3; -fx-padding: 0 0.3em 0 0.3em;";
    private static final String SPEAKER = "-fx-font-size: 0.72em; -fx-text-fill: #595959; -fx-font-style: italic;";

    private final StyleClassedTextArea area;
    private final TaggingViewModel tagging;
    private final LinkingViewModel linking;

    LinkBadges(StyleClassedTextArea area, TaggingViewModel tagging, LinkingViewModel linking) {
        this.area = area;
        this.tagging = tagging;
        this.linking = linking;
        linking.snapshotProperty().addListener((obs, o, n) -> redraw());
    }

    /** The badge texts of sentence {@code index} (its number is index + 1), empty if it has no links. */
    List<String> badges(int index) {
        List<String> out = new ArrayList<>();
        String to = numbers(linking.outgoing(index).stream().map(l -> l.toIndex()).toList());
        String from = numbers(linking.incoming(index).stream().map(l -> l.fromIndex()).toList());
        if (!to.isEmpty()) {
            out.add((index + 1) + " → " + to);
        }
        if (!from.isEmpty()) {
            out.add((index + 1) + " ← " + from);
        }
        return out;
    }

    private static String numbers(List<Integer> indexes) {
        return indexes.stream().sorted().distinct().map(i -> Integer.toString(i + 1)).collect(Collectors.joining(", "));
    }

    private void redraw() {
        var snapshot = linking.snapshotProperty().get();
        var rows = tagging.rows();
        if ((snapshot.mine().isEmpty() && snapshot.speakers().isEmpty()) || rows.isEmpty()
                || rows.get(rows.size() - 1).sentence().end() > area.getLength()) {
            area.setParagraphGraphicFactory(null);
            return;
        }
        Map<Integer, List<Node>> byParagraph = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Node> nodes = new ArrayList<>();
            for (String b : badges(i)) {
                Label badge = new Label(b);
                badge.setStyle(BADGE);
                badge.getStyleClass().add("link-badge");
                nodes.add(badge);
            }
            String speaker = snapshot.speakers().get(i);
            if (speaker != null) {
                Label name = new Label(speaker);
                name.setStyle(SPEAKER);
                name.getStyleClass().add("speaker-tag");
                name.setWrapText(true);
                nodes.add(name);
            }
            if (!nodes.isEmpty()) {
                int paragraph = area.offsetToPosition(rows.get(i).sentence().start(), Bias.Forward).getMajor();
                byParagraph.computeIfAbsent(paragraph, k -> new ArrayList<>()).addAll(nodes);
            }
        }
        area.setParagraphGraphicFactory(paragraph -> {
            VBox margin = new VBox(2);
            margin.setAlignment(Pos.TOP_RIGHT);
            margin.setStyle("-fx-min-width: 7em; -fx-pref-width: 7em; -fx-max-width: 7em; -fx-padding: 0 0.6em 0 0;");
            List<Node> nodes = byParagraph.get(paragraph);
            if (nodes != null) {
                // A node has one parent: the factory may be asked again for the same paragraph, so copy the labels.
                nodes.forEach(n -> margin.getChildren().add(copy((Label) n)));
            }
            return margin;
        });
    }

    private static Label copy(Label l) {
        Label c = new Label(l.getText());
        c.setStyle(l.getStyle());
        c.getStyleClass().setAll(l.getStyleClass());
        c.setWrapText(l.isWrapText());
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }
}
