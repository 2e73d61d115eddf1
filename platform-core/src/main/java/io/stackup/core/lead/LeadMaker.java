package io.stackup.core.lead;

import io.stackup.core.interview.InterviewCompleted;
import io.stackup.core.lead.query.LeadQueries;
import io.stackup.core.lead.repository.LeadRepository;
import io.stackup.core.template.TemplateService;
import io.stackup.core.tenancy.TenantContext;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the lead of a completed interview, in the completing transaction: {@link InterviewCompleted} is published
 * inside it and this listener runs synchronously in it (a plain {@link EventListener}, not a transactional or an async
 * one), so the interview is completed with its lead or not at all, and a crash leaves neither half. The insert does
 * nothing when the interview has its lead already, so a second delivery of the same event makes no second lead; and the
 * repository refuses to run without a transaction, so this can never become an in-memory-only record.
 *
 * <p>A lead made qualified is announced with {@link LeadQualified}, published in the same transaction: mails and
 * webhooks are enqueued with the lead, or not at all.
 *
 * <p>It reads the interview's template through {@link TemplateService#published}, which every role that completes an
 * interview may call (an interviewer, a self-assessment) and which is held in memory once read.
 */
@Component
class LeadMaker {

    private final LeadRepository leads;
    private final TemplateService templates;
    private final LeadQueries queries;
    private final ApplicationEventPublisher events;

    LeadMaker(LeadRepository leads, TemplateService templates, LeadQueries queries, ApplicationEventPublisher events) {
        this.leads = leads;
        this.templates = templates;
        this.queries = queries;
        this.events = events;
    }

    @EventListener
    void interviewCompleted(InterviewCompleted event) {
        LeadFacts facts = LeadFacts.of(
                event.result(), templates.published(event.template()).template());
        String actor = TenantContext.currentUser().orElse("system");
        leads.insert(
                        event.tenant(),
                        new LeadRepository.NewLead(
                                event.interview(),
                                event.prospect(),
                                LeadSource.of(event.source()),
                                facts.status(),
                                facts.score(),
                                facts.qualified(),
                                facts.rules(),
                                facts.areaGaps(),
                                facts.offerings()),
                        actor)
                .ifPresent(id -> {
                    leads.addEvent(event.tenant(), id, LeadEventKind.CREATED, null, facts.status(), null, null, actor);
                    if (facts.status() == LeadStatus.QUALIFIED) {
                        Instant now = Instant.now();
                        Lead lead = queries.find(event.tenant(), id, now).orElseThrow();
                        events.publishEvent(new LeadQualified(
                                event.tenant(),
                                id,
                                event.interview(),
                                lead.prospectName(),
                                lead.score(),
                                lead.areaGaps().stream().map(AreaGap::area).toList(),
                                true,
                                now));
                    }
                });
    }
}
