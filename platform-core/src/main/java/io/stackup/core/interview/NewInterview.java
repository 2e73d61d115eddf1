package io.stackup.core.interview;

import io.stackup.core.prospect.ProspectId;
import io.stackup.core.template.TemplateId;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An interview to assign.
 *
 * @param template a published template version; the interview keeps this version for good
 * @param interviewerEmail an active member of the tenant with the interviewer role
 * @param targets capability key to level key, overriding the template's targets; may be empty
 * @param dueDate optional
 */
public record NewInterview(
        TemplateId template,
        ProspectId prospect,
        String interviewerEmail,
        Map<String, String> targets,
        @Nullable LocalDate dueDate) {

    public NewInterview {
        targets = Map.copyOf(targets);
    }
}
