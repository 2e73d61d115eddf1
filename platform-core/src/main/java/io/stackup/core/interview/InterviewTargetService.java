package io.stackup.core.interview;

import io.stackup.core.interview.repository.InterviewRepository;
import io.stackup.core.interview.repository.InterviewRepository.Locked;
import io.stackup.core.template.Answer;
import io.stackup.core.template.AnswerValidationException;
import io.stackup.core.template.Capability;
import io.stackup.core.template.Level;
import io.stackup.core.template.Template;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.document.AnswerReader;
import io.stackup.core.template.scoring.PreparedTemplate;
import io.stackup.core.template.scoring.Result;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantId;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What-if targets, kept with the interview: the door through which a tenant admin or the assigned interviewer changes
 * the targets an interview's result is measured against, while it runs and once it is completed (the point is to ask
 * "what if we aimed higher here?" of a finished result). The result, qualification included, always follows the
 * current targets: a completed interview's stored result is recomputed in the same transaction.
 *
 * <p>Who: a tenant admin, or the interviewer assigned to it; others who see the interview (an expert, a completed
 * one) get {@link AccessDeniedException}; for anyone else it does not exist ({@link InterviewNotFoundException}).
 */
@Service
@Transactional
public class InterviewTargetService {

    private final InterviewRepository interviews;
    private final TemplateService templates;

    InterviewTargetService(InterviewRepository interviews, TemplateService templates) {
        this.interviews = interviews;
        this.templates = templates;
    }

    /**
     * Merges target overrides into the interview's targets: a level key sets the capability's override, {@code null}
     * removes it so that the template's target applies again; capabilities not named keep theirs. Validated once,
     * before anything changes. The merge is one SQL statement on the locked row, so two people changing targets at
     * once both keep their change. Each capability whose override changes gets a {@code targets_changed} history entry
     * saying from what to what. A change that changes nothing writes nothing.
     *
     * @param changes capability key to level key, or to {@code null} to remove the override
     * @return the result with the targets now in force: for a completed interview the stored result, recomputed
     *     ({@code complete: true}); else the preview of the answers so far
     * @throws AnswerValidationException naming each unknown capability or level (path {@code $.<capabilityKey>});
     *     nothing changes
     * @throws InterviewConflictException when the interview was cancelled
     * @throws AccessDeniedException for a caller who sees the interview but is neither a tenant admin nor its
     *     interviewer
     * @throws InterviewNotFoundException for an interview the caller does not see
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER})
    public Result changeTargets(InterviewId id, Map<String, @Nullable String> changes) {
        TenantId tenant = TenantContext.requireTenant();
        Caller caller = Caller.current();
        Locked locked = interviews.lock(tenant, id).orElseThrow(() -> new InterviewNotFoundException(id));
        if (!caller.admin() && !caller.userId().equals(locked.interviewerUserId())) {
            if (caller.expert() && locked.status() == InterviewStatus.COMPLETED) {
                throw new AccessDeniedException(
                        "Only a tenant admin or the interview's interviewer may change its targets.");
            }
            throw new InterviewNotFoundException(id);
        }
        if (locked.status() == InterviewStatus.CANCELLED) {
            throw new InterviewConflictException("This interview was cancelled; its targets no longer change.");
        }
        PreparedTemplate template = templates.published(locked.template());
        Map<String, @Nullable String> read = AnswerReader.readTargetChanges(template.template(), changes);
        boolean completed = locked.status() == InterviewStatus.COMPLETED;
        Map<String, String> before = locked.targets();
        Map<String, String> set = new LinkedHashMap<>();
        List<String> removed = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        read.forEach((capability, level) -> {
            if (level == null) {
                removed.add(capability);
            } else {
                set.put(capability, level);
            }
            if (!Objects.equals(before.get(capability), level)) {
                changed.add(capability);
            }
        });
        if (changed.isEmpty() && completed) {
            return interviews.result(tenant, id).orElseThrow(() -> new InterviewNotFoundException(id));
        }
        Map<String, Answer> answers = interviews.answers(tenant, id);
        if (changed.isEmpty()) {
            return template.score(answers, before, id.toString(), false);
        }
        Map<String, String> targets =
                interviews.mergeTargets(tenant, id, set, removed).orElseThrow(() -> new InterviewNotFoundException(id));
        for (String capability : changed) {
            interviews.addEvent(
                    tenant,
                    id,
                    InterviewEventKind.TARGETS_CHANGED,
                    null,
                    detail(template.template(), capability, before.get(capability), read.get(capability)),
                    caller.userId());
        }
        Result result = template.score(answers, targets, id.toString(), completed);
        if (completed) {
            interviews.replaceResult(tenant, id, result);
        }
        return result;
    }

    /**
     * What a history entry says of one change, e.g. {@code Directory services: Rationalized (the template's target) →
     * Dynamic}; at most about 700 characters, since names have at most 200.
     */
    static String detail(Template template, String capabilityKey, @Nullable String from, @Nullable String to) {
        Capability capability = template.areas().stream()
                .flatMap(area -> area.capabilities().stream())
                .filter(c -> c.key().equals(capabilityKey))
                .findFirst()
                .orElseThrow();
        String own = capability.target() != null
                ? capability.target()
                : Objects.requireNonNullElse(
                        template.defaultTarget(), template.scale().highest().key());
        return capability.name() + ": " + target(template, from, own) + " → " + target(template, to, own);
    }

    private static String target(Template template, @Nullable String override, String own) {
        return override == null ? levelName(template, own) + " (the template's target)" : levelName(template, override);
    }

    private static String levelName(Template template, String key) {
        return template.scale().levels().stream()
                .filter(l -> l.key().equals(key))
                .map(Level::name)
                .findFirst()
                .orElse(key);
    }
}
