package io.stackup.ui.template;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Says what a key rename made follow ("Renamed question has-dir → has-directory; updated 1 rule, 1 showIf"), so an
 * author sees that the references moved with the key instead of breaking. A rename nothing referred to says nothing.
 */
final class RenameNotice {

    private RenameNotice() {}

    /** Looks a text up in the translation bundles, as {@link Component#getTranslation(String, Object...)} does. */
    @FunctionalInterface
    interface Texts {
        String get(String key, Object... params);
    }

    /** The summary, or empty when nothing followed; kind is "level", "area", "capability", "question" or "option". */
    static String text(Texts in, String kind, String old, String key, KeyRenames.Followed followed) {
        if (followed.none()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        followed.counts()
                .forEach((ref, count) -> parts.add(in.get(
                        "editor.renamed." + ref.name().toLowerCase(Locale.ROOT).replace('_', '-'), count)));
        return in.get("editor.renamed", in.get("editor.renamed.kind." + kind), old, key, String.join(", ", parts));
    }

    static void show(Component in, String kind, String old, String key, KeyRenames.Followed followed) {
        String text = text(in::getTranslation, kind, old, key, followed);
        if (text.isEmpty()) {
            return;
        }
        Notification notification = Notification.show(text, 6000, Notification.Position.BOTTOM_START);
        notification.setId("editor-renamed");
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
