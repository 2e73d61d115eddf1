package io.stackup.core.report;

import io.stackup.core.interview.InterviewDetail;
import io.stackup.core.interview.InterviewFilter;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewService;
import io.stackup.core.interview.InterviewStatus;
import io.stackup.core.interview.InterviewSummary;
import io.stackup.core.interview.ScoredInterview;
import io.stackup.core.template.Area;
import io.stackup.core.template.Capability;
import io.stackup.core.template.Level;
import io.stackup.core.template.Problem;
import io.stackup.core.template.Template;
import io.stackup.core.template.scoring.Result;
import io.stackup.core.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-assessment: compares two interviews of the same prospect ({@link Comparison}), and finds the one a completed
 * interview is naturally compared with, the prospect's latest completed interview before it. Both interviews must be
 * ones the caller may see ({@link InterviewService#get}); another tenant's do not exist.
 */
@Service
@Transactional(readOnly = true)
public class Comparisons {

    private static final double SAME = 1e-9;

    private final InterviewService interviews;

    Comparisons(InterviewService interviews) {
        this.interviews = interviews;
    }

    /**
     * The prospect's latest interview completed before this one (or, for an open interview, before now).
     *
     * @return empty when there is none the caller may see
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    public Optional<InterviewId> previous(InterviewId id) {
        InterviewDetail detail = interviews.get(id);
        Instant before = detail.completedAt() == null ? Instant.now() : detail.completedAt();
        InterviewFilter completed = new InterviewFilter(InterviewStatus.COMPLETED, null, detail.prospectId(), "");
        return interviews.find(completed, 0, 500).stream()
                .filter(s -> !s.id().equals(id))
                .filter(s -> s.completedAt() != null && s.completedAt().isBefore(before))
                .max(Comparator.comparing(s -> Objects.requireNonNull(s.completedAt())))
                .map(InterviewSummary::id);
    }

    /**
     * Compares {@code before} with {@code after}, matching capabilities by key.
     *
     * @throws io.stackup.core.interview.InterviewNotFoundException when the caller may not see either
     * @throws ComparisonException when they are not of the same prospect, or are the same interview
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    public Comparison compare(InterviewId before, InterviewId after) {
        ScoredInterview first = interviews.scored(before);
        ScoredInterview second = interviews.scored(after);
        if (before.equals(after)) {
            throw new ComparisonException(
                    new Problem("with", "choose another interview of this prospect to compare with"));
        }
        if (!first.detail().prospectId().equals(second.detail().prospectId())) {
            throw new ComparisonException(
                    new Problem("with", "that interview is of another prospect: compare interviews of the same one"));
        }
        Scored earlier = new Scored(first.detail(), first.template().template(), first.result());
        Scored later = new Scored(second.detail(), second.template().template(), second.result());
        return new Comparison(
                earlier.side(), later.side(), earlier.overall(), later.overall(), changes(earlier, later));
    }

    private static List<Comparison.CapabilityChange> changes(Scored earlier, Scored later) {
        Map<String, Comparison.CapabilityChange> changes = new LinkedHashMap<>();
        for (Area area : later.template().areas()) {
            for (Capability capability : area.capabilities()) {
                boolean both = earlier.capability(capability.key()) != null;
                Comparison.Standing before = both ? earlier.standing(capability.key()) : absent();
                Comparison.Standing after = later.standing(capability.key());
                Result.CapabilityResult result = later.result(capability.key());
                changes.put(
                        capability.key(),
                        new Comparison.CapabilityChange(
                                capability.key(),
                                capability.name(),
                                area.name(),
                                both ? Comparison.Presence.BOTH : Comparison.Presence.ONLY_AFTER,
                                before,
                                after,
                                both ? movement(before, after) : Comparison.Movement.NOT_COMPARABLE,
                                result.target(),
                                later.levelName(result.target()),
                                result.gap(),
                                later.nextStep(capability.key())));
            }
        }
        for (Area area : earlier.template().areas()) {
            for (Capability capability : area.capabilities()) {
                if (!changes.containsKey(capability.key())) {
                    changes.put(
                            capability.key(),
                            new Comparison.CapabilityChange(
                                    capability.key(),
                                    capability.name(),
                                    area.name(),
                                    Comparison.Presence.ONLY_BEFORE,
                                    earlier.standing(capability.key()),
                                    absent(),
                                    Comparison.Movement.NOT_COMPARABLE,
                                    null,
                                    null,
                                    null,
                                    List.of()));
                }
            }
        }
        return List.copyOf(changes.values());
    }

    static Comparison.Movement movement(Comparison.Standing before, Comparison.Standing after) {
        if (before.score() == null || after.score() == null) {
            return Comparison.Movement.NOT_COMPARABLE;
        }
        double delta = after.score() - before.score();
        if (Math.abs(delta) < SAME) {
            return Comparison.Movement.SAME;
        }
        return delta > 0 ? Comparison.Movement.UP : Comparison.Movement.DOWN;
    }

    private static Comparison.Standing absent() {
        return new Comparison.Standing(null, null, null);
    }

    /** One interview with its template and result, and the lookups a comparison needs. */
    private record Scored(InterviewDetail detail, Template template, Result result) {

        Comparison.Side side() {
            return new Comparison.Side(detail.id(), template.name(), template.version(), detail.completedAt());
        }

        Comparison.Standing overall() {
            return new Comparison.Standing(
                    result.overall().level(),
                    levelName(result.overall().level()),
                    result.overall().score());
        }

        Comparison.Standing standing(String capability) {
            Result.CapabilityResult c = result(capability);
            return new Comparison.Standing(c.level(), levelName(c.level()), c.score());
        }

        Result.@Nullable CapabilityResult capability(String key) {
            return result.capabilities().stream()
                    .filter(c -> c.key().equals(key))
                    .findFirst()
                    .orElse(null);
        }

        Result.CapabilityResult result(String key) {
            Result.@Nullable CapabilityResult c = capability(key);
            if (c == null) {
                throw new IllegalStateException("the result lists every capability of its template: " + key);
            }
            return c;
        }

        @Nullable
        String levelName(@Nullable String key) {
            if (key == null) {
                return null;
            }
            return template.scale().levels().stream()
                    .filter(l -> l.key().equals(key))
                    .map(Level::name)
                    .findFirst()
                    .orElse(key);
        }

        /** The titles of the roadmap's items for the capability's next level, in roadmap order (no-spend first). */
        List<String> nextStep(String capability) {
            List<Result.RoadmapStep> items = result.roadmap().stream()
                    .filter(step -> step.capability().equals(capability))
                    .toList();
            if (items.isEmpty()) {
                return List.of();
            }
            String next = items.getFirst().toLevel();
            Map<String, String> titles = new LinkedHashMap<>();
            template.areas().stream()
                    .flatMap(a -> a.capabilities().stream())
                    .filter(c -> c.key().equals(capability))
                    .flatMap(c -> c.recommendations().stream())
                    .forEach(r -> titles.put(r.key(), r.title()));
            return items.stream()
                    .filter(step -> step.toLevel().equals(next))
                    .map(step -> titles.getOrDefault(step.recommendation(), step.recommendation()))
                    .toList();
        }
    }
}
