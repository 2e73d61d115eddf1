package io.stackup.ui.settings;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import io.stackup.core.settings.LogoImages;
import io.stackup.core.settings.Settings;
import io.stackup.core.settings.SettingsChange;
import io.stackup.core.settings.SettingsConflictException;
import io.stackup.core.settings.SettingsService;
import io.stackup.core.settings.SettingsValidationException;
import io.stackup.core.template.Problem;
import io.stackup.core.tenancy.Roles;
import io.stackup.ui.shell.TenantBrand;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The tenant's settings for its admins. The form saves all fields at once from the version it read; each problem the
 * service names is shown next to its field, and a save after someone else's says so and offers to reload. The logo is
 * uploaded on its own (the service re-encodes it); the header shows a change at once.
 */
@Route("settings")
@Menu(order = 8, title = "menu.settings", icon = "COG")
@RolesAllowed(Roles.TENANT_ADMIN)
class SettingsView extends Div implements HasDynamicTitle {

    private static final List<String> ZONES =
            ZoneId.getAvailableZoneIds().stream().sorted().toList();

    private final SettingsService settings;
    private final TextField name = new TextField();
    private final TextField accent = new TextField();
    private final IntegerField pickup = new IntegerField();
    private final ComboBox<String> timeZone = new ComboBox<>();
    private final ComboBox<String> language = new ComboBox<>();
    private final Div logoPreview = new Div();
    private final Div conflict = new Div();
    private final Paragraph logoError = new Paragraph();
    private @Nullable Upload upload;
    private int version;

    SettingsView(SettingsService settings) {
        this.settings = settings;
        setId("settings");
        addClassName("stackup-page");

        name.setId("settings-name");
        name.setLabel(getTranslation("settings.name"));
        name.setHelperText(getTranslation("settings.name.help"));
        name.setMaxLength(SettingsService.MAX_NAME);
        accent.setId("settings-accent");
        accent.setLabel(getTranslation("settings.accent"));
        accent.setHelperText(getTranslation("settings.accent.help"));
        accent.setPlaceholder("#1a5fb4");
        accent.setMaxLength(7);
        pickup.setId("settings-pickup");
        pickup.setLabel(getTranslation("settings.pickup"));
        pickup.setHelperText(getTranslation("settings.pickup.help"));
        timeZone.setId("settings-time-zone");
        timeZone.setLabel(getTranslation("settings.time-zone"));
        timeZone.setItems(ZONES);
        language.setId("settings-language");
        language.setLabel(getTranslation("settings.language"));
        language.setItems(SettingsService.LANGUAGES);
        language.setItemLabelGenerator(code -> getTranslation("settings.language." + code));

        FormLayout form = new FormLayout(name, accent, pickup, timeZone, language);
        form.setMaxWidth("48rem");

        Button save = new Button(getTranslation("settings.save"), e -> save());
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        conflict.setId("settings-conflict");
        conflict.setVisible(false);
        Button reload = new Button(getTranslation("settings.reload"), e -> load());
        reload.setId("settings-reload");
        conflict.add(new Paragraph(getTranslation("settings.conflict")), reload);
        conflict.getStyle().set("color", "var(--lumo-error-text-color)");

        add(new H2(getTranslation("settings.title")), conflict, form, save, logoSection());
        load();
    }

    private Div logoSection() {
        Upload upload = new Upload(UploadHandler.inMemory(
                (metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> uploadLogo(ui, bytes)))));
        upload.setId("settings-logo-upload");
        upload.setAcceptedFileTypes(".png", ".jpg", ".jpeg", "image/png", "image/jpeg");
        upload.setMaxFileSize(LogoImages.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("settings.logo.upload"), VaadinIcon.UPLOAD.create()));
        upload.addFileRejectedListener(e -> showLogoError(getTranslation("settings.logo.too-large")));
        this.upload = upload;
        Button remove =
                new Button(getTranslation("settings.logo.remove"), VaadinIcon.TRASH.create(), e -> removeLogo());
        remove.setId("settings-logo-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        logoPreview.setId("settings-logo-preview");
        logoError.setId("settings-logo-error");
        logoError.setVisible(false);
        logoError.getStyle().set("color", "var(--lumo-error-text-color)");
        Div section = new Div(
                new H3(getTranslation("settings.logo")),
                new Paragraph(getTranslation("settings.logo.help")),
                logoPreview,
                logoError,
                new HorizontalLayout(upload, remove));
        section.getStyle().set("margin-top", "var(--lumo-space-l)");
        return section;
    }

    private void load() {
        Settings current = settings.current();
        version = current.version();
        name.setValue(current.name());
        accent.setValue(current.accentColour() == null ? "" : current.accentColour());
        pickup.setValue(current.leadPickupHours());
        timeZone.setValue(current.timeZone().getId());
        language.setValue(current.defaultLanguage());
        conflict.setVisible(false);
        clearErrors();
        showLogo();
    }

    private void save() {
        clearErrors();
        try {
            Settings saved = settings.change(new SettingsChange(
                    name.getValue(),
                    accent.getValue(),
                    pickup.getValue(),
                    timeZone.getValue(),
                    language.getValue(),
                    version));
            version = saved.version();
            accent.setValue(saved.accentColour() == null ? "" : saved.accentColour());
            Notification.show(getTranslation("settings.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(TenantBrand::changed);
        } catch (SettingsValidationException invalid) {
            Map<String, HasValidation> fields = Map.of(
                    "$.name", name,
                    "$.accentColour", accent,
                    "$.leadPickupHours", pickup,
                    "$.timeZone", timeZone,
                    "$.defaultLanguage", language);
            for (Problem problem : invalid.problems()) {
                HasValidation field = fields.get(problem.path());
                if (field != null) {
                    field.setErrorMessage(getTranslation(labelOf(problem.path())) + " " + problem.message());
                    field.setInvalid(true);
                }
            }
        } catch (SettingsConflictException stale) {
            conflict.setVisible(true);
        }
    }

    private static String labelOf(String path) {
        return switch (path) {
            case "$.name" -> "settings.name";
            case "$.accentColour" -> "settings.accent";
            case "$.leadPickupHours" -> "settings.pickup";
            case "$.timeZone" -> "settings.time-zone";
            default -> "settings.language";
        };
    }

    private void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(name, accent, pickup, timeZone, language)) {
            field.setInvalid(false);
        }
        logoError.setVisible(false);
    }

    private void uploadLogo(UI ui, byte[] bytes) {
        logoError.setVisible(false);
        if (upload != null) {
            upload.clearFileList();
        }
        try {
            settings.replaceLogo(bytes);
            Notification.show(getTranslation("settings.logo.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showLogo();
            TenantBrand.changed(ui);
        } catch (SettingsValidationException invalid) {
            showLogoError(getTranslation("settings.logo") + " "
                    + invalid.problems().getFirst().message());
        }
    }

    private void removeLogo() {
        if (settings.removeLogo()) {
            Notification.show(getTranslation("settings.logo.removed"));
        }
        showLogo();
        getUI().ifPresent(TenantBrand::changed);
    }

    private void showLogoError(String message) {
        logoError.setText(message);
        logoError.setVisible(true);
    }

    private void showLogo() {
        logoPreview.removeAll();
        byte[] png = settings.logo().orElse(null);
        if (png == null) {
            logoPreview.add(new Paragraph(getTranslation("settings.logo.none")));
            return;
        }
        Image image = new Image(
                (DownloadHandler) event -> {
                    event.setContentType("image/png");
                    event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
                    event.getOutputStream().write(png);
                },
                getTranslation("settings.logo"));
        image.setId("settings-logo-image");
        logoPreview.add(image);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title");
    }
}
