package io.stackup.core.lead;

import io.stackup.core.template.Area;
import io.stackup.core.template.Capability;
import io.stackup.core.template.Recommendation;
import io.stackup.core.template.Template;
import io.stackup.core.template.scoring.Result;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a lead carries of its interview's result, read with the interview's template: a pure function. The database's
 * {@code lead_backfill()} (changeset 0007) computes the same for interviews completed before leads existed; LeadBackfillIT
 * holds the two to each other.
 *
 * @param areaGaps each area whose assessed capabilities' gaps sum to more than 0, with that sum, in template order
 * @param offerings the distinct offerings of the roadmap's recommendations, in the order they first appear in it
 */
record LeadFacts(
        LeadStatus status,
        double score,
        boolean qualified,
        List<Object> rules,
        List<AreaGap> areaGaps,
        List<String> offerings) {

    /**
     * @param template the template the result was scored against
     * @throws IllegalArgumentException when the result names a capability or recommendation the template lacks
     */
    static LeadFacts of(Result result, Template template) {
        Map<String, Integer> gaps = new HashMap<>();
        result.capabilities().forEach(c -> {
            if (c.gap() != null) {
                gaps.put(c.key(), c.gap());
            }
        });
        List<AreaGap> areaGaps = new ArrayList<>();
        Map<String, Capability> capabilities = new HashMap<>();
        for (Area area : template.areas()) {
            int sum = 0;
            for (Capability capability : area.capabilities()) {
                capabilities.put(capability.key(), capability);
                sum += gaps.getOrDefault(capability.key(), 0);
            }
            if (sum > 0) {
                areaGaps.add(new AreaGap(area.key(), sum));
            }
        }
        Set<String> offerings = new LinkedHashSet<>();
        for (Result.RoadmapStep step : result.roadmap()) {
            Capability capability = capabilities.get(step.capability());
            if (capability == null) {
                throw new IllegalArgumentException("the template has no capability '" + step.capability() + "'");
            }
            Recommendation recommendation = capability.recommendations().stream()
                    .filter(r -> r.key().equals(step.recommendation()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("capability '" + capability.key()
                            + "' has no recommendation '" + step.recommendation() + "'"));
            if (recommendation.offering() != null) {
                offerings.add(recommendation.offering());
            }
        }
        Result.QualificationResult qualification = result.qualification();
        return new LeadFacts(
                qualification.qualified() ? LeadStatus.QUALIFIED : LeadStatus.DISQUALIFIED,
                qualification.score(),
                qualification.qualified(),
                qualification.rules(),
                areaGaps,
                List.copyOf(offerings));
    }
}
