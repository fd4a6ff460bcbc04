package dev.sentag.ui;

import dev.sentag.model.Label;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.stage.Stage;

/** The dialogs the main window opens over the open library: export, agreement, statistics, annotator, help. */
final class WindowDialogs {
    private final Stage stage;
    private final Dialogs dialogs;
    private final TaggingViewModel tagging;
    private final LibraryViewModel library;
    private final ComparisonViewModel comparison;
    private final UserPreferences user;
    private final DocumentNavigation navigation;
    private final Supplier<String> aboutDetails;

    WindowDialogs(Stage stage, Dialogs dialogs, TaggingViewModel tagging, LibraryViewModel library,
                  ComparisonViewModel comparison, UserPreferences user, DocumentNavigation navigation,
                  Supplier<String> aboutDetails) {
        this.stage = stage;
        this.dialogs = dialogs;
        this.tagging = tagging;
        this.library = library;
        this.comparison = comparison;
        this.user = user;
        this.navigation = navigation;
        this.aboutDetails = aboutDetails;
    }

    /** The names of the open codebook's labels, in its order. */
    static List<String> labelNames(TaggingViewModel tagging) {
        return tagging.labelsProperty().get().labels().stream().map(Label::name).toList();
    }

    void export() {
        new ExportDialog(stage, library.newExport(navigation.openDocument(), labelNames(tagging))).show();
    }

    void agreement() {
        new AgreementDialog(stage, library.newAgreement(navigation.openDocument(), labelNames(tagging))).show();
    }

    void statistics() {
        var colours = tagging.labelsProperty().get().labels().stream().collect(Collectors.toMap(Label::name, Label::colour));
        new StatisticsWindow(stage, library.newStatistics(), colours).show();
    }

    /** File → Switch annotator…; adjudication ends first, so the dialog offers the annotator's own name. */
    void changeAnnotator() {
        if (library.teamLogin().isPresent()) { // there, who tags is who logged in: say so rather than fail
            dialogs.info("Annotator", "In a team library you tag as your login, " + library.teamLogin().get()
                    + ": to tag as someone else, open the library with their login (File → Open team library…).");
            return;
        }
        comparison.leaveAdjudicationThen(() -> library.annotatorNames(known -> dialogs.annotator(
                library.annotatorProperty().get(), known).ifPresent(name -> library.switchAnnotator(name, navigation::reopen))));
    }

    /** Edit → Preferences…; the window follows what is saved at once. */
    void preferences() {
        new PreferencesDialog(stage, user, PreferenceBindings.labelKey(tagging)).showAndApply();
    }

    void shortcuts() {
        dialogs.shortcuts(user.keys());
    }

    void about() {
        dialogs.about(aboutDetails.get() + "\nSave latency this session: " + tagging.latency().summary());
    }
}
