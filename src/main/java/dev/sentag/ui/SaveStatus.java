package dev.sentag.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the status bar says about writes: Saving… while any is in flight, Saved once the last one
 * committed, or a failure message that stays until the user dismisses it or a later save succeeds.
 */
public final class SaveStatus {
    /** The states the status bar distinguishes. */
    public enum State { IDLE, SAVING, SAVED, FAILED, OFFLINE }

    private final ObjectProperty<State> state = new SimpleObjectProperty<>(this, "state", State.IDLE);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private int pending;
    /** While changes wait for the server: what the status bar says about them (also after a failure is read). */
    private String offline;

    void started() {
        pending++;
        if (state.get() != State.FAILED && state.get() != State.OFFLINE) {
            set(State.SAVING, "Saving…");
        }
    }

    /**
     * A write was kept for later: the server of the team library cannot be reached and {@code waiting} changes wait
     * for it. Stays (over Saving… and Saved) until {@link #back} says they were written.
     */
    void offline(int waiting, String server, boolean ended) {
        if (ended) {
            pending = Math.max(0, pending - 1);
        }
        offline = "Offline: " + waiting + (waiting == 1 ? " change waits" : " changes wait")
                + " — they are written when " + server + " is back";
        if (state.get() != State.FAILED) {
            set(State.OFFLINE, offline);
        }
    }

    /** The server is back and nothing waits any more: {@code what} says what was written. */
    void back(String what) {
        offline = null;
        if (state.get() == State.OFFLINE) {
            set(pending > 0 ? State.SAVING : State.SAVED, pending > 0 ? "Saving…" : what);
        }
    }

    void succeeded() {
        pending = Math.max(0, pending - 1);
        if (pending == 0 && state.get() != State.FAILED && state.get() != State.OFFLINE) {
            set(State.SAVED, "Saved");
        }
    }

    void failed(String what) {
        pending = Math.max(0, pending - 1);
        set(State.FAILED, what);
    }

    /** The user has read the failure. */
    public void dismiss() {
        if (state.get() == State.FAILED && offline != null) {
            set(State.OFFLINE, offline);
        } else if (state.get() == State.FAILED) {
            set(pending > 0 ? State.SAVING : State.SAVED, pending > 0 ? "Saving…" : "Saved");
        }
    }

    private void set(State s, String m) {
        message.set(m);
        state.set(s);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public boolean isPending() {
        return pending > 0;
    }
}
