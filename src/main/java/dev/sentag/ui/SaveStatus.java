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
    public enum State { IDLE, SAVING, SAVED, FAILED }

    private final ObjectProperty<State> state = new SimpleObjectProperty<>(this, "state", State.IDLE);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private int pending;

    void started() {
        pending++;
        if (state.get() != State.FAILED) {
            set(State.SAVING, "Saving…");
        }
    }

    void succeeded() {
        pending = Math.max(0, pending - 1);
        if (pending == 0 && state.get() != State.FAILED) {
            set(State.SAVED, "Saved");
        }
    }

    void failed(String what) {
        pending = Math.max(0, pending - 1);
        set(State.FAILED, what);
    }

    /** The user has read the failure. */
    public void dismiss() {
        if (state.get() == State.FAILED) {
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
