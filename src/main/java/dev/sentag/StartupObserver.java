package dev.sentag;

import dev.sentag.ui.MainWindow;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Something outside the app that wants to know when the window has started: the benchmark's window probe
 * ({@code dev.sentag.probe}), which the app never names. Observers are found with {@link ServiceLoader} (listed in
 * {@code META-INF/services/dev.sentag.StartupObserver}); the app only calls them. Both calls come on the FX thread.
 */
public interface StartupObserver {
    /** The first frame of the window was drawn, {@code sinceJvmStart} ms after the JVM started. */
    void firstFrame(long sinceJvmStart);

    /** The library and its first article are shown in {@code window}, {@code sinceJvmStart} ms after the JVM started. */
    void ready(MainWindow window, long sinceJvmStart);

    /** The observers installed on the class path (none in a build without the benchmark's probe). */
    static List<StartupObserver> installed() {
        return ServiceLoader.load(StartupObserver.class).stream().map(ServiceLoader.Provider::get).toList();
    }
}
