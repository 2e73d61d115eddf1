package io.stackup.ui.template;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.List;

/**
 * Says what a key rename made follow ("Renamed question has-dir → has-directory; updated 1 rule, 1 showIf"), so an
 * author sees that the references moved with the key instead of breaking. A rename nothing referred to says nothing.
 */
final class RenameNotice {

    private RenameNotice() {}

    /** The summary, or empty when nothing followed; kind is "question" or "capability". */
    static String text(Component in, String kind, String old, String key, KeyRenames.Followed followed) {
        if (followed.none()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        add(in, parts, "editor.renamed.questions", followed.questions());
        add(in, parts, "editor.renamed.show-ifs", followed.showIfs());
        add(in, parts, "editor.renamed.rules", followed.rules());
        add(in, parts, "editor.renamed.requirements", followed.requirements());
        return in.getTranslation(
                "editor.renamed", in.getTranslation("editor.renamed.kind." + kind), old, key, String.join(", ", parts));
    }

    static void show(Component in, String kind, String old, String key, KeyRenames.Followed followed) {
        String text = text(in, kind, old, key, followed);
        if (text.isEmpty()) {
            return;
        }
        Notification notification = Notification.show(text, 6000, Notification.Position.BOTTOM_START);
        notification.setId("editor-renamed");
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void add(Component in, List<String> parts, String key, int count) {
        if (count > 0) {
            parts.add(in.getTranslation(key, count));
        }
    }
}
