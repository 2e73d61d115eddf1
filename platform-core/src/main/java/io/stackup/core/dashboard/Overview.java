package io.stackup.core.dashboard;

import java.util.List;

/** Everything the Overview shows for a period, read in one transaction. */
public record Overview(
        Period period,
        Funnel funnel,
        Heatmap heatmap,
        List<InterviewerActivity> interviewers,
        List<ExpertActivity> experts,
        List<SourceActivity> sources) {

    public Overview {
        interviewers = List.copyOf(interviewers);
        experts = List.copyOf(experts);
        sources = List.copyOf(sources);
    }

    /** Whether the period holds no interview and no lead: the screen explains instead of showing empty charts. */
    public boolean isEmpty() {
        return funnel.isEmpty() && heatmap.isEmpty() && sources.isEmpty() && experts.isEmpty();
    }
}
