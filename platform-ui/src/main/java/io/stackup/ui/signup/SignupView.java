package io.stackup.ui.signup;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.stackup.core.signup.SignupRateLimitedException;
import io.stackup.tenantadmin.signup.FieldProblem;
import io.stackup.tenantadmin.signup.SignupRequest;
import io.stackup.tenantadmin.signup.SignupService;
import io.stackup.tenantadmin.signup.SignupValidationException;
import io.stackup.ui.shell.TenantFree;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The public sign-up form: company name, short name (checked as it is typed: form, reserved names, taken), the admin's
 * name, e-mail address and password twice. Every problem is shown next to its field. Afterwards, the same "check your
 * inbox" page whether the address was new or known, with a button that sends the verification mail again.
 */
@Route(value = "signup", autoLayout = false)
@AnonymousAllowed
@TenantFree
class SignupView extends Div implements HasDynamicTitle {

    private final SignupService signups;
    private final TextField companyName = new TextField();
    private final TextField slug = new TextField();
    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final Paragraph formError = new Paragraph();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    SignupView(SignupService signups) {
        this.signups = signups;
        setId("signup");
        addClassName("stackup-public-page");
        getStyle()
                .set("max-width", "36rem")
                .set("margin", "0 auto")
                .set("padding", "var(--lumo-space-l)")
                .set("box-sizing", "border-box");
        showForm();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title") + " · " + getTranslation("app.name");
    }

    private void showForm() {
        removeAll();
        H1 heading = new H1(getTranslation("signup.heading"));
        heading.setId("signup-heading");
        add(heading, new Paragraph(getTranslation("signup.intro")));

        field(companyName, "signup-company-name", "signup.company-name", SignupRequest.COMPANY_NAME);
        companyName.setMaxLength(SignupRequest.COMPANY_NAME_MAX);
        field(slug, "signup-slug", "signup.slug", SignupRequest.SLUG);
        slug.setMaxLength(63);
        slug.setHelperText(getTranslation("signup.slug.help"));
        slug.setValueChangeMode(ValueChangeMode.TIMEOUT);
        slug.setValueChangeTimeout(300);
        slug.addValueChangeListener(e -> checkSlug());
        companyName.addValueChangeListener(e -> {
            if (e.isFromClient() && slug.isEmpty()) {
                slug.setValue(suggestedSlug(e.getValue()));
            }
        });
        field(firstName, "signup-first-name", "signup.first-name", SignupRequest.FIRST_NAME);
        firstName.setMaxLength(SignupRequest.NAME_MAX);
        field(lastName, "signup-last-name", "signup.last-name", SignupRequest.LAST_NAME);
        lastName.setMaxLength(SignupRequest.NAME_MAX);
        field(email, "signup-email", "signup.email", SignupRequest.EMAIL);
        email.setMaxLength(SignupRequest.EMAIL_MAX);
        field(password, "signup-password", "signup.password", SignupRequest.PASSWORD);
        password.setMaxLength(SignupRequest.PASSWORD_MAX);
        password.setHelperText(getTranslation("signup.password.help", SignupRequest.PASSWORD_MIN));
        field(
                confirmation,
                "signup-password-confirmation",
                "signup.password-confirmation",
                SignupRequest.PASSWORD_CONFIRMATION);
        confirmation.setMaxLength(SignupRequest.PASSWORD_MAX);

        formError.setId("signup-error");
        formError.getStyle().set("color", "var(--lumo-error-text-color)");
        formError.setVisible(false);
        Button submit = new Button(getTranslation("signup.submit"), e -> submit());
        submit.setId("signup-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor login = new Anchor("/", getTranslation("signup.have-account"));
        login.setId("signup-login");
        login.setRouterIgnore(true);
        add(formError, submit, new Paragraph(login));
    }

    private void field(com.vaadin.flow.component.Component component, String id, String labelKey, String name) {
        component.setId(id);
        component.getElement().setProperty("label", getTranslation(labelKey));
        component.getElement().setAttribute("name", name);
        component.getElement().getStyle().set("width", "100%");
        fields.put(name, (HasValidation) component);
        add(component);
    }

    private void checkSlug() {
        String value = slug.getValue();
        if (value.isBlank()) {
            slug.setInvalid(false);
            slug.setHelperText(getTranslation("signup.slug.help"));
            return;
        }
        Optional<FieldProblem> problem = signups.checkSlug(value);
        if (problem.isPresent()) {
            slug.setErrorMessage(message(problem.get()));
            slug.setInvalid(true);
        } else {
            slug.setInvalid(false);
            slug.setHelperText(getTranslation("signup.slug.available"));
        }
    }

    private void submit() {
        fields.values().forEach(f -> f.setInvalid(false));
        formError.setVisible(false);
        SignupRequest request = new SignupRequest(
                companyName.getValue(),
                slug.getValue(),
                firstName.getValue(),
                lastName.getValue(),
                email.getValue(),
                password.getValue(),
                confirmation.getValue());
        try {
            SignupService.Receipt receipt = signups.signUp(request, clientAddress());
            showInbox(receipt.email());
        } catch (SignupValidationException e) {
            for (FieldProblem problem : e.problems()) {
                HasValidation field = fields.get(problem.field());
                if (field != null) {
                    field.setErrorMessage(message(problem));
                    field.setInvalid(true);
                }
            }
            formError.setText(getTranslation("signup.fix-problems"));
            formError.setVisible(true);
        } catch (SignupRateLimitedException e) {
            formError.setText(getTranslation("signup.rate-limited"));
            formError.setVisible(true);
        }
    }

    /** The same page for a new and a known address: nothing here tells which it was. */
    private void showInbox(String address) {
        removeAll();
        H2 heading = new H2(getTranslation("signup.inbox.heading"));
        heading.setId("signup-inbox");
        Paragraph text = new Paragraph(getTranslation("signup.inbox.text", address));
        text.setId("signup-inbox-text");
        Paragraph resent = new Paragraph();
        resent.setId("signup-resent");
        resent.setVisible(false);
        Button resend = new Button(getTranslation("signup.inbox.resend"), e -> {
            try {
                signups.resendVerification(address, clientAddress());
                resent.setText(getTranslation("signup.inbox.resent"));
            } catch (SignupRateLimitedException limited) {
                resent.setText(getTranslation("signup.rate-limited"));
            }
            resent.setVisible(true);
        });
        resend.setId("signup-resend");
        resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Anchor login = new Anchor("/", getTranslation("signup.inbox.login"));
        login.setId("signup-inbox-login");
        login.setRouterIgnore(true);
        add(heading, text, new Paragraph(getTranslation("signup.inbox.then")), resend, resent, new Paragraph(login));
    }

    /** The problem in the user's language; the service's English text when no translation has its code. */
    private String message(FieldProblem problem) {
        String key = "signup.error." + problem.field() + "." + problem.code();
        String translated = getTranslation(key);
        if (translated.equals(key) || translated.startsWith("!{")) {
            translated = getTranslation("signup.error." + problem.code());
            if (translated.startsWith("!{") || translated.equals("signup.error." + problem.code())) {
                return problem.message();
            }
        }
        return translated;
    }

    /** "Acme Consulting Ltd." → "acme-consulting-ltd": a start the person may change. */
    static String suggestedSlug(String name) {
        String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.length() > 63 ? slug.substring(0, 63).replaceAll("-+$", "") : slug;
    }

    private static String clientAddress() {
        VaadinSession session = VaadinSession.getCurrent();
        String address = session == null ? null : session.getBrowser().getAddress();
        return address == null ? "unknown" : address;
    }
}
