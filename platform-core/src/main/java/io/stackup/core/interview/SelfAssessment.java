package io.stackup.core.interview;

import io.stackup.core.prospect.ProspectDraft;
import io.stackup.core.template.Answer;
import io.stackup.core.template.TemplateId;
import java.util.Map;

/**
 * A prospect's own answers to a published template, given through a public link: what
 * {@link SelfAssessmentInterviewService#record(SelfAssessment)} stores as a prospect and a completed interview.
 *
 * @param answers by question key, each already read against the template ({@code AnswerReader})
 */
public record SelfAssessment(TemplateId template, ProspectDraft prospect, Map<String, Answer> answers) {

    public SelfAssessment {
        answers = Map.copyOf(answers);
    }
}
