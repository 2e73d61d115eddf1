package io.stackup.ui.webhook;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.stackup.core.template.Problem;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.webhook.CreatedWebhook;
import io.stackup.core.webhook.WebhookDelivery;
import io.stackup.core.webhook.WebhookDraft;
import io.stackup.core.webhook.WebhookEndpoint;
import io.stackup.core.webhook.WebhookEventType;
import io.stackup.core.webhook.WebhookNotFoundException;
import io.stackup.core.webhook.WebhookService;
import io.stackup.core.webhook.WebhookValidationException;
import io.stackup.ui.shell.UserFormats;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Webhooks for the tenant's admins: the endpoints, added or edited in a dialog that shows each problem next to its
 * field; a test event per endpoint; the delivery log of the chosen endpoint (a new endpoint is chosen once added), with
 * status codes and errors, read again on "Refresh". A new endpoint's secret is shown once, in the dialog that follows
 * its creation.
 */
@Route("webhooks")
@Menu(order = 1.8, title = "menu.webhooks", icon = "CONNECT")
@RolesAllowed(Roles.TENANT_ADMIN)
class WebhooksView extends Div implements HasDynamicTitle {

    private final WebhookService webhooks;
    private final Grid<WebhookEndpoint> grid = new Grid<>();
    private final Grid<WebhookDelivery> deliveries = new Grid<>();
    private final H3 logTitle = new H3();
    private final HorizontalLayout logActions = new HorizontalLayout();
    private @Nullable WebhookEndpoint shown;

    WebhooksView(WebhookService webhooks) {
        this.webhooks = webhooks;
        setId("webhooks");
        addClassName("stackup-page");

        Button add = new Button(getTranslation("webhooks.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("add-webhook");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("webhook-grid");
        grid.addColumn(WebhookEndpoint::url)
                .setHeader(getTranslation("webhooks.url"))
                .setFlexGrow(3);
        grid.addColumn(w -> String.join(", ", w.events()))
                .setHeader(getTranslation("webhooks.events"))
                .setFlexGrow(2);
        grid.addColumn(w -> getTranslation(w.enabled() ? "webhooks.on" : "webhooks.off"))
                .setHeader(getTranslation("webhooks.state"));
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("webhooks.empty"));
        grid.setItems(q -> webhooks.find(q.getOffset(), q.getLimit()).stream(), q -> webhooks.count());
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        deliveries.setId("webhook-deliveries");
        deliveries.addColumn(d -> UserFormats.dateTime(d.at())).setHeader(getTranslation("webhooks.at"));
        deliveries.addColumn(WebhookDelivery::eventType).setHeader(getTranslation("webhooks.event"));
        deliveries.addColumn(WebhookDelivery::attempt).setHeader(getTranslation("webhooks.attempt"));
        deliveries
                .addColumn(
                        LitRenderer.<WebhookDelivery>of("<span class=\"delivery-status\" data-event=\"${item.event}\""
                                        + " data-attempt=\"${item.attempt}\" data-status=\"${item.status}\">"
                                        + "${item.status}</span>")
                                .withProperty("event", WebhookDelivery::eventType)
                                .withProperty("attempt", WebhookDelivery::attempt)
                                .withProperty(
                                        "status",
                                        d -> d.statusCode() == null
                                                ? "—"
                                                : d.statusCode().toString()))
                .setHeader(getTranslation("webhooks.status"));
        deliveries
                .addColumn(d -> d.error() == null ? "" : d.error())
                .setHeader(getTranslation("webhooks.error"))
                .setFlexGrow(3);
        deliveries.setEmptyStateText(getTranslation("webhooks.deliveries.empty"));
        deliveries.setVisible(false);
        logTitle.setVisible(false);
        logTitle.setId("webhook-deliveries-title");

        Button sendTest = new Button(getTranslation("webhooks.test"), VaadinIcon.PAPERPLANE.create(), e -> {
            WebhookEndpoint endpoint = shown;
            if (endpoint != null) {
                sendTest(endpoint);
            }
        });
        sendTest.setId("webhook-send-test");
        Button refresh = new Button(
                getTranslation("webhooks.refresh"),
                VaadinIcon.REFRESH.create(),
                e -> deliveries.getDataProvider().refreshAll());
        refresh.setId("webhook-deliveries-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logActions.add(sendTest, refresh);
        logActions.setId("webhook-log-actions");
        logActions.setVisible(false);

        add(
                new H2(getTranslation("webhooks.title")),
                new Paragraph(getTranslation("webhooks.intro")),
                add,
                grid,
                logTitle,
                logActions,
                deliveries);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("webhooks.title");
    }

    private HorizontalLayout actions(WebhookEndpoint endpoint) {
        Button edit = new Button(getTranslation("webhooks.edit"), e -> edit(endpoint));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button test = new Button(getTranslation("webhooks.test"), e -> sendTest(endpoint));
        test.addThemeVariants(ButtonVariant.LUMO_SMALL);
        test.addClassName("test-webhook");
        Button delete = new Button(getTranslation("webhooks.delete"), e -> {
            try {
                webhooks.delete(endpoint.id());
            } catch (WebhookNotFoundException ignored) {
                // gone already
            }
            show(null);
            grid.getDataProvider().refreshAll();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, test, delete);
    }

    private void sendTest(WebhookEndpoint endpoint) {
        webhooks.test(endpoint.id());
        Notification.show(getTranslation("webhooks.test.sent")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        show(endpoint);
    }

    /**
     * Shows the delivery log of the endpoint (none: hides it), with its actions; the log is read again when shown and
     * when "Refresh" is pressed, as retries add attempts to it over minutes.
     */
    private void show(@Nullable WebhookEndpoint endpoint) {
        shown = endpoint;
        deliveries.setVisible(endpoint != null);
        logTitle.setVisible(endpoint != null);
        logActions.setVisible(endpoint != null);
        if (endpoint == null) {
            return;
        }
        logTitle.setText(getTranslation("webhooks.deliveries", endpoint.url()));
        deliveries.setItems(
                q -> webhooks.deliveries(endpoint.id(), q.getOffset(), q.getLimit()).stream(),
                q -> webhooks.countDeliveries(endpoint.id()));
    }

    /** The add (endpoint null) or edit dialog; problems go next to their fields. */
    private void edit(@Nullable WebhookEndpoint endpoint) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(endpoint == null ? "webhooks.add" : "webhooks.edit"));
        TextField url = new TextField(getTranslation("webhooks.url"));
        url.setId("webhook-url");
        url.setWidthFull();
        url.setPlaceholder("https://example.com/stackup");
        CheckboxGroup<String> events = new CheckboxGroup<>(getTranslation("webhooks.events"));
        events.setId("webhook-events");
        events.setItems(WebhookEventType.SUBSCRIBABLE);
        Checkbox enabled = new Checkbox(getTranslation("webhooks.enabled"), true);
        if (endpoint != null) {
            url.setValue(endpoint.url());
            events.setValue(new java.util.LinkedHashSet<>(endpoint.events()));
            enabled.setValue(endpoint.enabled());
        }
        Button save = new Button(getTranslation("webhooks.save"), e -> {
            url.setInvalid(false);
            events.setInvalid(false);
            WebhookDraft draft = new WebhookDraft(
                    url.getValue(),
                    WebhookEventType.SUBSCRIBABLE.stream()
                            .filter(events.getValue()::contains)
                            .toList(),
                    enabled.getValue());
            try {
                if (endpoint == null) {
                    CreatedWebhook created = webhooks.create(draft);
                    dialog.close();
                    show(created.endpoint());
                    showSecret(created.secret());
                } else {
                    webhooks.update(endpoint.id(), draft);
                    dialog.close();
                }
                grid.getDataProvider().refreshAll();
            } catch (WebhookValidationException ex) {
                for (Problem p : ex.problems()) {
                    if (p.path().equals("$.url")) {
                        url.setErrorMessage(p.message());
                        url.setInvalid(true);
                    } else {
                        events.setErrorMessage(p.message());
                        events.setInvalid(true);
                    }
                }
            }
        });
        save.setId("save-webhook");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(url, events, enabled));
        dialog.getFooter().add(new Button(getTranslation("webhooks.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(100%, 36rem)");
        dialog.open();
    }

    private void showSecret(String secret) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("webhooks.secret.title"));
        TextField field = new TextField(getTranslation("webhooks.secret"));
        field.setId("webhook-secret");
        field.setValue(secret);
        field.setReadOnly(true);
        field.setWidthFull();
        dialog.add(new Paragraph(getTranslation("webhooks.secret.once")), field);
        Button done = new Button(getTranslation("webhooks.done"), e -> dialog.close());
        done.setId("webhook-secret-done");
        dialog.getFooter().add(done);
        dialog.setWidth("min(100%, 36rem)");
        dialog.open();
    }
}
