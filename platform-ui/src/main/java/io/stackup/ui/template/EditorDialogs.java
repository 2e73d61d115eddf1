package io.stackup.ui.template;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;
import io.stackup.ui.shell.UserFormats;
import java.time.Instant;

/** The template editor's questions to the person: restore a kept copy, reload after a conflict, leave unsaved. */
final class EditorDialogs {

    private EditorDialogs() {}

    /** Offers the unsaved copy kept since {@code savedAt}: restore it, or discard it. */
    static void restore(Instant savedAt, Runnable restore, Runnable discard) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("editor-restore");
        dialog.setHeader(text("editor.restore.title"));
        dialog.setText(text("editor.restore.text", UserFormats.dateTime(savedAt)));
        dialog.setConfirmText(text("editor.restore.restore"));
        dialog.addConfirmListener(e -> restore.run());
        dialog.setRejectable(true);
        dialog.setRejectText(text("editor.restore.discard"));
        dialog.addRejectListener(e -> discard.run());
        dialog.open();
    }

    /**
     * Says that someone else saved first; the person keeps their edits (to copy them elsewhere) or, after a second
     * confirmation since the edits are then gone, reloads the stored draft.
     */
    static void conflict(String message, Runnable reload) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("editor-conflict");
        dialog.setHeader(text("editor.conflict.title"));
        dialog.setText(message);
        dialog.setCancelable(true);
        dialog.setCancelText(text("editor.conflict.keep"));
        dialog.setConfirmText(text("editor.conflict.reload"));
        dialog.addConfirmListener(e -> confirmReload(reload));
        dialog.open();
    }

    private static void confirmReload(Runnable reload) {
        ConfirmDialog dialog = new ConfirmDialog(
                text("editor.reload.title"),
                text("editor.reload.text"),
                text("editor.conflict.reload"),
                e -> reload.run());
        dialog.setId("editor-reload");
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(text("action.cancel"));
        dialog.open();
    }

    /** Asks whether to leave with unsaved changes (kept on this device) or stay; staying ends the navigation. */
    static void leave(BeforeLeaveEvent.ContinueNavigationAction action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("editor-leave");
        dialog.setHeader(text("editor.leave.title"));
        dialog.setText(text("editor.leave.text"));
        dialog.setConfirmText(text("editor.leave.leave"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> action.proceed());
        dialog.setCancelable(true);
        dialog.setCancelText(text("editor.leave.stay"));
        // staying ends the postponed navigation, so that the next one is asked about again
        dialog.addCancelListener(e -> action.cancel());
        dialog.setCloseOnEsc(false);
        dialog.open();
    }

    /** A translation in the current UI's locale (these dialogs are built outside any component). */
    private static String text(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
