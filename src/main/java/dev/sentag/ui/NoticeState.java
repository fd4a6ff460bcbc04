package dev.sentag.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The library's line of notices in the status bar: what an import, a rename or a merge did, and what library work
 * could not do. Views read it; the view-models and actions that did the work post to it.
 */
public final class NoticeState {
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    /** Shows {@code message} in place of the last notice ("" clears it). */
    public void post(String message) {
        notice.set(message == null ? "" : message);
    }

    /** The latest notice; "" with none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
