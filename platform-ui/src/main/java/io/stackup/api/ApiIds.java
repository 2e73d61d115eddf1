package io.stackup.api;

import io.stackup.core.assessment.PublicLinkId;
import io.stackup.core.assessment.PublicLinkNotFoundException;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewNotFoundException;
import io.stackup.core.lead.LeadId;
import io.stackup.core.lead.LeadNotFoundException;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.prospect.ProspectNotFoundException;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.TemplateNotFoundException;
import io.stackup.core.webhook.WebhookId;
import io.stackup.core.webhook.WebhookNotFoundException;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Typed ids from path variables: a controller takes {@code @PathVariable TemplateId id}. A text that is no id names
 * nothing, so it is refused with the kind's not-found exception, which {@link ApiProblems} answers with 404 as for an
 * id the tenant does not hold.
 */
@Configuration(proxyBeanMethods = false)
class ApiIds implements WebMvcConfigurer {

    private static final UUID NIL = new UUID(0, 0);

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(
                String.class,
                TemplateId.class,
                text -> idOrNotFound(
                        text, TemplateId::parse, () -> new TemplateNotFoundException(new TemplateId(NIL))));
        registry.addConverter(
                String.class,
                ProspectId.class,
                text -> idOrNotFound(
                        text, ProspectId::parse, () -> new ProspectNotFoundException(new ProspectId(NIL))));
        registry.addConverter(
                String.class,
                InterviewId.class,
                text -> idOrNotFound(
                        text, InterviewId::parse, () -> new InterviewNotFoundException(new InterviewId(NIL))));
        registry.addConverter(
                String.class,
                PublicLinkId.class,
                text -> idOrNotFound(
                        text, PublicLinkId::parse, () -> new PublicLinkNotFoundException(new PublicLinkId(NIL))));
        registry.addConverter(
                String.class,
                LeadId.class,
                text -> idOrNotFound(text, LeadId::parse, () -> new LeadNotFoundException(new LeadId(NIL))));
        registry.addConverter(
                String.class,
                WebhookId.class,
                text -> idOrNotFound(text, WebhookId::parse, () -> new WebhookNotFoundException(new WebhookId(NIL))));
    }

    private static <T> T idOrNotFound(
            String text, Function<String, @Nullable T> parse, Supplier<RuntimeException> notFound) {
        T id = parse.apply(text);
        if (id == null) {
            throw notFound.get();
        }
        return id;
    }
}
