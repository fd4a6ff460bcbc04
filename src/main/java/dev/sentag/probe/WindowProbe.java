package dev.sentag.probe;

import dev.sentag.StartupObserver;
import dev.sentag.ui.MainWindow;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Timing hooks for the benchmark's child processes, on only with {@code -Dsentag.probe=MODE} (never in normal
 * use; without it every hook does nothing). The app does not know this class: it finds it as a
 * {@link StartupObserver} through {@code META-INF/services}. Each mode drives the real window through one scenario, prints one line {@code PROBE key=value …} on
 * standard output and quits. Modes: {@code first-frame}, {@code library-shown} (the list and first article shown),
 * {@code large-article} and {@code library} (both open the document {@code -Dsentag.probe.document=ID}).
 */
public final class WindowProbe implements StartupObserver {
    static final String PROPERTY = "sentag.probe";
    private final String mode;

    /** The probe the command line asked for; inactive (every hook a no-op) when it asked for none. */
    public WindowProbe() {
        this.mode = System.getProperty(PROPERTY);
    }

    @Override
    public void firstFrame(long sinceJvmStart) {
        if ("first-frame".equals(mode)) {
            print("first-frame-ms=" + sinceJvmStart);
        }
    }

    /** The library is shown; runs the scenario of the mode, if any. */
    @Override
    public void ready(MainWindow window, long sinceJvmStart) {
        if (mode == null) {
            return;
        }
        switch (mode) {
            case "first-frame" -> Platform.exit();
            case "large-article" -> largeArticle(window);
            case "library" -> library(window, sinceJvmStart);
            case "library-shown" -> {
                print(String.format(Locale.ROOT, "library-shown-ms=%d rows-shown=%d", sinceJvmStart,
                        window.library().documents().size()));
                Platform.exit();
            }
            default -> {
                print("error=unknown-mode");
                Platform.exit();
            }
        }
    }

    /**
     * Opens the document, selects its last sentence as the end of a long read would, then tags it. The clock
     * starts once the first article has been laid out and drawn, as when a user clicks: the measure is the
     * open, not the tail of the start-up.
     */
    private void largeArticle(MainWindow window) {
        afterLayout(window, () -> true, () -> afterLayout(window, () -> true, () -> openLargeArticle(window)));
    }

    private void openLargeArticle(MainWindow window) {
        long document = Long.getLong(PROPERTY + ".document", -1);
        long start = System.nanoTime();
        long cpuStart = fxCpuNanos();
        window.open(document, 0, () -> afterLayout(window, () -> true, () -> {
            long opened = System.nanoTime();
            long openCpu = fxCpuNanos() - cpuStart;
            int last = window.tagging().rows().size() - 1;
            window.tagging().moveTo(last);
            afterLayout(window, () -> window.sentenceBounds(last).isPresent(), () -> {
                long selected = System.nanoTime();
                long cpu = fxCpuNanos() - cpuStart;
                window.tagging().autoAdvanceProperty().set(false);
                window.tagging().tagCurrent(window.tagging().labelsProperty().get().labels().get(0));
                afterLayout(window, () -> true, () -> {
                    long restyled = System.nanoTime();
                    afterLayout(window, () -> !window.tagging().status().isPending(), () -> {
                        print(String.format(Locale.ROOT,
                                "open-ms=%.1f select-last-ms=%.1f total-ms=%.1f fx-cpu-ms=%.1f open-fx-cpu-ms=%.1f "
                                        + "restyle-ms=%.1f sentences=%d", ms(opened - start), ms(selected - opened),
                                ms(selected - start), ms(cpu), ms(openCpu), ms(restyled - selected), last + 1));
                        Platform.exit();
                    });
                });
            });
        }));
    }

    /** Reports how long the library took to show, then opens and tags the document and reports the heap. */
    private void library(MainWindow window, long sinceJvmStart) {
        long document = Long.getLong(PROPERTY + ".document", -1);
        window.open(document, 0, () -> {
            window.tagging().tagCurrent(window.tagging().labelsProperty().get().labels().get(0));
            // The list is read page by page after it shows: wait for the last page, the heap is measured with all.
            afterLayout(window, () -> !window.tagging().status().isPending()
                    && window.library().completeProperty().get(), () -> {
                System.gc();
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                print(String.format(Locale.ROOT,
                        "library-shown-ms=%d heap-used-mb=%.1f documents=%d rows=%d saved=%b", sinceJvmStart,
                        used / 1048576.0, window.library().documents().size(), window.tagging().rows().size(),
                        window.tagging().status().stateProperty().get() == dev.sentag.ui.SaveStatus.State.SAVED));
                Platform.exit();
            });
        });
    }

    /** Runs {@code then} after the first layout pulse at which {@code done} holds (pulses are requested until it does). */
    private static void afterLayout(MainWindow window, BooleanSupplier done, Runnable then) {
        Scene scene = window.scene();
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (done.getAsBoolean()) {
                scene.removePostLayoutPulseListener(check[0]);
                then.run();
            } else {
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
        Platform.requestNextPulse();
    }

    /** CPU time of the FX thread: on a busy machine the wall clock also counts other programs' turns. */
    private static long fxCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void print(String fields) {
        System.out.println("PROBE " + fields);
        System.out.flush();
    }
}
