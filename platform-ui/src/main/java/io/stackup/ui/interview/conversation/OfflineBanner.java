package io.stackup.ui.interview.conversation;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * "Offline: 3 answers kept on this device": shown and counted by the device's script ({@link DeviceQueue}) while
 * the connection is lost; the server never changes it.
 */
class OfflineBanner extends Div {

    OfflineBanner() {
        setId("offline-banner");
        addClassName("stackup-offline-banner");
        getElement().setAttribute("hidden", true);
        getElement().setAttribute("role", "status");
        Span count = new Span("0");
        count.addClassName("stackup-offline-count");
        add(
                new Span(getTranslation("conversation.offline.before")),
                count,
                new Span(getTranslation("conversation.offline.after")));
    }
}
