package io.stackup.ui.assessment;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.stackup.core.assessment.LinkNotActiveException;
import io.stackup.core.assessment.RateLimitedException;
import io.stackup.core.assessment.Respondent;
import io.stackup.core.assessment.SelfAssessmentPage;
import io.stackup.core.assessment.SelfAssessmentReceipt;
import io.stackup.core.assessment.SelfAssessmentService;
import io.stackup.core.assessment.SelfAssessmentValidationException;
import io.stackup.core.template.Answer;
import io.stackup.core.template.Problem;
import io.stackup.core.template.Question;
import io.stackup.core.template.Section;
import io.stackup.core.template.Template;
import io.stackup.core.template.document.AnswerReader;
import io.stackup.core.template.scoring.PreparedTemplate;
import io.stackup.ui.shell.TenantFree;
import io.stackup.ui.template.AnswerControls;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public questionnaire of a link: anyone with the address answers it without an account, says who they are and
 * agrees to the privacy notice, then sees their own result. Questions appear and disappear as their {@code showIf}
 * says (worked out in memory, no query per click). Every problem is shown next to its field.
 */
@Route(value = "s/:token", autoLayout = false)
@AnonymousAllowed
@TenantFree
class SelfAssessmentView extends PublicPage implements BeforeEnterObserver {

    private final SelfAssessmentService assessments;
    private final Map<String, Answer> answers = new LinkedHashMap<>();
    private final Map<String, Div> blocks = new HashMap<>();
    private final Map<String, Span> questionErrors = new HashMap<>();
    private final TextField name = new TextField();
    private final TextField company = new TextField();
    private final EmailField email = new EmailField();
    private final Checkbox consent = new Checkbox();
    private final Span consentError = new Span();
    private final Paragraph formError = new Paragraph();
    private final Button submit = new Button();
    private String token = "";
    private @Nullable PreparedTemplate template;
    private Set<String> visible = new HashSet<>();

    SelfAssessmentView(SelfAssessmentService assessments) {
        super("self-assessment");
        this.assessments = assessments;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        load(() -> assessments.open(token, clientAddress()), this::show);
    }

    private void show(SelfAssessmentPage page) {
        template = page.template();
        Template t = page.template().template();
        title(t.name(), page.tenantName());
        brand(page.tenantName());
        H2 heading = new H2(t.name());
        heading.setId("public-template-name");
        content.add(heading);
        if (page.welcome() != null) {
            Paragraph welcome = new Paragraph(page.welcome());
            welcome.setId("public-welcome");
            welcome.getStyle().set("white-space", "pre-line");
            content.add(welcome);
        }
        if (t.questionnaire().intro() != null) {
            content.add(new Paragraph(t.questionnaire().intro()));
        }
        for (Section section : t.questionnaire().sections()) {
            Div sectionDiv = new Div(new H3(section.title()));
            sectionDiv.setId("section-" + section.key());
            for (Question question : section.questions()) {
                Div block = questionBlock(t, question);
                blocks.put(question.key(), block);
                sectionDiv.add(block);
            }
            content.add(sectionDiv);
        }
        content.add(respondentForm());
        recompute();
    }

    private Div questionBlock(Template t, Question question) {
        Div block = new Div();
        block.setId("q-" + question.key());
        block.addClassName("stackup-question");
        block.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        Span text = new Span(question.text() + (question.required() ? " *" : ""));
        text.addClassName("stackup-question-text");
        text.getStyle().set("font-weight", "600");
        block.add(new Div(text));
        // No question.help(): those are the interviewer's talking points, not for respondents.
        block.add(AnswerControls.of(t.scale(), question, this::answer));
        Span error = errorSpan("q-" + question.key() + "-error");
        questionErrors.put(question.key(), error);
        block.add(error);
        return block;
    }

    private Div respondentForm() {
        H3 about = new H3(getTranslation("public.about-you"));
        name.setId("respondent-name");
        name.setLabel(getTranslation("public.name"));
        name.setMaxLength(Respondent.MAX_NAME);
        name.setRequiredIndicatorVisible(true);
        company.setId("respondent-company");
        company.setLabel(getTranslation("public.company"));
        company.setMaxLength(Respondent.MAX_NAME);
        company.setRequiredIndicatorVisible(true);
        email.setId("respondent-email");
        email.setLabel(getTranslation("public.email"));
        email.setMaxLength(Respondent.MAX_EMAIL);
        email.setRequiredIndicatorVisible(true);
        for (TextField field : List.of(name, company)) {
            field.setWidthFull();
        }
        email.setWidthFull();
        consent.setId("respondent-consent");
        consent.setLabel(getTranslation("public.consent"));
        consentError.setId("respondent-consent-error");
        Paragraph privacy = new Paragraph(getTranslation("public.privacy"));
        privacy.setId("public-privacy");
        privacy.getStyle().set("font-size", "var(--lumo-font-size-s)");
        submit.setText(getTranslation("public.submit"));
        submit.addClickListener(e -> submit());
        submit.setId("public-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        formError.setId("public-form-error");
        formError.getStyle().set("color", "var(--lumo-error-text-color)");
        Div form = new Div(about, name, company, email, privacy, consent, errorSpan(consentError), formError, submit);
        form.setId("respondent");
        return form;
    }

    private void answer(String question, @Nullable Answer answer) {
        if (answer == null) {
            answers.remove(question);
        } else {
            answers.put(question, answer);
        }
        Span error = questionErrors.get(question);
        if (error != null) {
            error.setText("");
        }
        recompute();
    }

    private void recompute() {
        if (template == null) {
            return;
        }
        visible = new HashSet<>(template.visibleQuestions(answers));
        blocks.forEach((key, block) -> block.setVisible(visible.contains(key)));
    }

    private void submit() {
        clearErrors();
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        answers.forEach((key, answer) -> {
            if (visible.contains(key)) {
                json.set(key, AnswerReader.toJson(answer));
            }
        });
        Respondent respondent =
                new Respondent(name.getValue(), company.getValue(), email.getValue(), consent.getValue());
        try {
            SelfAssessmentReceipt receipt = assessments.submit(token, respondent, json, clientAddress());
            getUI().ifPresent(ui -> ui.navigate("s/" + token + "/result/" + receipt.receipt()));
        } catch (SelfAssessmentValidationException e) {
            e.problems().forEach(this::showProblem);
            formError.setText(getTranslation("public.fix-problems"));
        } catch (RateLimitedException e) {
            formError.setText(e.getMessage());
        } catch (LinkNotActiveException e) {
            inactive();
        } finally {
            submit.setEnabled(true);
        }
    }

    private void showProblem(Problem problem) {
        String path = problem.path();
        switch (path) {
            case "$.respondent.name" -> invalid(name, problem.message());
            case "$.respondent.company" -> invalid(company, problem.message());
            case "$.respondent.email" -> invalid(email, problem.message());
            case "$.respondent.consent" -> consentError.setText(problem.message());
            default -> {
                String key = answerKey(path);
                if (key != null) {
                    Span error = questionErrors.get(key);
                    if (error != null) {
                        error.setText(problem.message());
                        return;
                    }
                }
                formError.setText(problem.message());
            }
        }
    }

    /** The question key of a problem's path: {@code $.answers['has-dir'].option} or {@code $.answers.budget}. */
    private static @Nullable String answerKey(String path) {
        String prefix = "$.answers";
        if (!path.startsWith(prefix) || path.length() == prefix.length()) {
            return null;
        }
        String rest = path.substring(prefix.length());
        if (rest.startsWith("['") && rest.indexOf("']") > 2) {
            return rest.substring(2, rest.indexOf("']"));
        }
        if (rest.startsWith(".")) {
            String key = rest.substring(1).split("[.\\[]", 2)[0];
            return key.isEmpty() ? null : key;
        }
        return null;
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearErrors() {
        for (HasValidation field : List.of(name, company, email)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        consentError.setText("");
        formError.setText("");
        questionErrors.values().forEach(s -> s.setText(""));
    }

    private static Span errorSpan(String id) {
        return errorSpan(new Span(), id);
    }

    private static Span errorSpan(Span span) {
        return errorSpan(span, span.getId().orElse(""));
    }

    private static Span errorSpan(Span span, String id) {
        span.setId(id);
        span.addClassName("stackup-field-error");
        span.getStyle()
                .set("color", "var(--lumo-error-text-color)")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("display", "block");
        return span;
    }
}
