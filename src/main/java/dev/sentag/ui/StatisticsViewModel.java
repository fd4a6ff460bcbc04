package dev.sentag.ui;

import dev.sentag.annotate.FindService;
import dev.sentag.model.LibraryStatistics;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The statistics view's state: the figures, read on the database thread, and a message when that failed. */
public final class StatisticsViewModel {
    private final FindService service;
    private final Background background;
    private final ObjectProperty<LibraryStatistics> statistics = new SimpleObjectProperty<>(this, "statistics");
    private final StringProperty message = new SimpleStringProperty(this, "message", "Counting…");

    public StatisticsViewModel(FindService service, Background background) {
        this.service = service;
        this.background = background;
    }

    /** Reads the figures again (the view opens, or Refresh). */
    public void load() {
        message.set("Counting…");
        background.run(service::statistics, s -> {
            statistics.set(s);
            message.set("");
        }, e -> message.set("Could not count: " + Background.message(e)));
    }

    public ObjectProperty<LibraryStatistics> statisticsProperty() {
        return statistics;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
