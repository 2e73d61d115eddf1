package io.stackup.core.lead;

import io.stackup.core.audit.AuditLog;
import io.stackup.core.lead.query.LeadQueries;
import io.stackup.core.lead.repository.LeadRepository;
import io.stackup.core.lead.repository.LeadRepository.State;
import io.stackup.core.template.Problem;
import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantId;
import io.stackup.core.tenancy.TenantSettings;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leads of the current tenant, as experts work them: the queue, one lead, claim, the moves of {@link LeadStatus},
 * notes, and an admin's reassignment. The one door for the UI and the API alike. Leads are made by the interview's
 * completion ({@code LeadMaker}), never here.
 *
 * <p>Who: tenant admins and experts see every lead of the tenant; interviewers none (the feature is not theirs, so the
 * role check refuses them). An expert claims a qualified lead and, holding it, moves it on; a tenant admin may move any
 * lead, reassign it to another expert, and override a disqualification. Every change is kept in the lead's history,
 * with who, when and the note or reason given.
 *
 * <p>Errors: {@link LeadNotFoundException} (no such lead in the tenant), {@link LeadConflictException} (someone else
 * holds it, the move is not one {@link LeadStatus} allows, or the lead changed meanwhile; the message says which),
 * {@link LeadValidationException} (a reason or note missing or too long, an expert who is none), and Spring's
 * {@link AccessDeniedException} for a role that may not make the call. Never returns null.
 */
@Service
@Transactional
public class LeadService {

    /** The most characters of a note. */
    public static final int MAX_NOTE = 10_000;

    /** The most characters of a reason or a note given with a change of status. */
    public static final int MAX_REASON = 2_000;

    private final LeadRepository leads;
    private final LeadQueries queries;
    private final MemberService members;
    private final TenantSettings settings;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    LeadService(
            LeadRepository leads,
            LeadQueries queries,
            MemberService members,
            TenantSettings settings,
            ApplicationEventPublisher events,
            AuditLog audit) {
        this.leads = leads;
        this.queries = queries;
        this.members = members;
        this.settings = settings;
        this.events = events;
        this.audit = audit;
    }

    /**
     * A page of the leads that match: those with a gap in an area the calling expert covers first, then in
     * {@code sort}'s order. {@link LeadFilter#queue()} is the queue: the qualified leads nobody holds.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.EXPERT})
    @Transactional(readOnly = true)
    public List<LeadSummary> find(LeadFilter filter, LeadSort sort, int offset, int limit) {
        return queries.find(TenantContext.requireTenant(), filter, sort, viewer(), overdueBefore(), offset, limit);
    }

    /** How many leads match. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.EXPERT})
    @Transactional(readOnly = true)
    public int count(LeadFilter filter) {
        return queries.count(TenantContext.requireTenant(), filter);
    }

    /**
     * Hands every lead that matches to {@code sink}, in {@link #find}'s order, read through a database cursor in one
     * read-only transaction: an export of any size holds only a few hundred rows in memory. {@code sink} runs inside
     * that transaction; it should write the row out and return.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.EXPERT})
    @Transactional(readOnly = true)
    public void export(LeadFilter filter, LeadSort sort, Consumer<LeadSummary> sink) {
        queries.forEach(TenantContext.requireTenant(), filter, sort, viewer(), overdueBefore(), sink);
    }

    /** The lead with its history, oldest first. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.EXPERT})
    @Transactional(readOnly = true)
    public LeadDetail get(LeadId id) {
        return queries.detail(TenantContext.requireTenant(), id, overdueBefore())
                .orElseThrow(() -> new LeadNotFoundException(id));
    }

    /**
     * Claims a qualified lead for the calling expert: one conditional UPDATE, so of two experts claiming at the same
     * instant exactly one wins. Claiming a lead one holds already changes nothing.
     *
     * @return the lead, {@code claimed} by the caller
     * @throws LeadConflictException naming the holder ({@link LeadConflictException#holder()}) when someone else holds
     *     it, or saying so when it did not qualify
     */
    @RolesAllowed(Roles.EXPERT)
    public Lead claim(LeadId id) {
        TenantId tenant = TenantContext.requireTenant();
        Member me = member();
        if (leads.claim(tenant, id, me.id())) {
            leads.addEvent(
                    tenant,
                    id,
                    LeadEventKind.CLAIMED,
                    LeadStatus.QUALIFIED,
                    LeadStatus.CLAIMED,
                    me.id(),
                    null,
                    LeadCaller.current().userId());
            events.publishEvent(new LeadStatusChanged(
                    tenant,
                    id,
                    LeadStatus.QUALIFIED,
                    LeadStatus.CLAIMED,
                    me.email(),
                    LeadCaller.current().userId(),
                    Instant.now()));
            Lead claimed = lead(tenant, id);
            audit.record(LeadAudit.moved(LeadEventKind.CLAIMED, LeadStatus.QUALIFIED, null, claimed, null));
            return claimed;
        }
        State state = state(tenant, id);
        if (me.id().equals(state.holderId())) {
            return lead(tenant, id);
        }
        if (state.holderId() != null) {
            String now = state.status() == LeadStatus.CLAIMED
                    ? ""
                    : " It is " + state.status().json() + " now.";
            throw new LeadConflictException("Already claimed by " + holder(state) + "." + now, state.holderEmail());
        }
        if (state.status() == LeadStatus.DISQUALIFIED) {
            throw new LeadConflictException("This lead did not qualify, so it cannot be claimed. A tenant admin may"
                    + " override the disqualification, giving a reason.");
        }
        throw changedMeanwhile(state);
    }

    /**
     * Moves the lead to {@code to}, as {@link LeadStatus} allows: on from claimed (contacted, proposal, won, lost);
     * back to qualified (released: held by nobody), by its holder or a tenant admin; and from disqualified to qualified
     * (the disqualification overridden), by a tenant admin only. Claiming is {@link #claim}'s.
     *
     * @param note kept in the history; required (as the reason) for lost and for overriding a disqualification
     * @throws LeadConflictException for a move {@link LeadStatus} does not allow, when another expert holds the lead
     *     (naming them), or when it changed meanwhile
     * @throws LeadValidationException for a missing reason or a note over {@value #MAX_REASON} characters
     * @throws AccessDeniedException when an expert tries to override a disqualification
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.EXPERT})
    public Lead changeStatus(LeadId id, LeadStatus to, @Nullable String note) {
        return move(id, null, to, note);
    }

    /**
     * {@link #changeStatus(LeadId, LeadStatus, String)}, refused when the lead changed since the caller read it at
     * {@code expectedVersion} ({@link Lead#version()}): a screen's edit never applies to a lead its user has not seen.
     *
     * @throws LeadConflictException when the lead is no longer at {@code expectedVersion}, saying where it stands now
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.EXPERT})
    public Lead changeStatus(LeadId id, int expectedVersion, LeadStatus to, @Nullable String note) {
        return move(id, expectedVersion, to, note);
    }

    /** Releases a held lead back to the queue (qualified, held by nobody): {@link #changeStatus} to qualified. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.EXPERT})
    public Lead release(LeadId id, @Nullable String note) {
        return move(id, null, LeadStatus.QUALIFIED, note);
    }

    /** Makes a disqualified lead qualified, with the reason kept: {@link #changeStatus} to qualified by an admin. */
    @RolesAllowed(Roles.TENANT_ADMIN)
    public Lead overrideDisqualification(LeadId id, String reason) {
        return move(id, null, LeadStatus.QUALIFIED, reason);
    }

    /**
     * Gives an open lead to another expert, with a reason kept in its history; a qualified lead nobody holds becomes
     * claimed by them, a held one keeps its status.
     *
     * @param expertEmail an active member of the tenant with the expert role
     * @throws LeadValidationException for a blank or too long reason, or someone who is no active expert here
     * @throws LeadConflictException when the lead is disqualified, won or lost, already theirs, or changed meanwhile
     */
    @RolesAllowed(Roles.TENANT_ADMIN)
    public Lead reassign(LeadId id, String expertEmail, String reason) {
        TenantId tenant = TenantContext.requireTenant();
        State state = state(tenant, id);
        List<Problem> problems = new ArrayList<>();
        String why = text(reason, "$.reason", MAX_REASON, problems);
        if (why == null && problems.isEmpty()) {
            problems.add(new Problem("$.reason", "give a reason; it is kept in the lead's history"));
        }
        Member expert = expert(expertEmail, problems);
        if (!problems.isEmpty() || expert == null) {
            throw new LeadValidationException(problems);
        }
        LeadStatus from = state.status();
        if (from == LeadStatus.DISQUALIFIED) {
            throw new LeadConflictException(
                    "This lead did not qualify. Override the disqualification first, then reassign it.");
        }
        if (from.isClosed()) {
            throw new LeadConflictException("This lead is " + from.json() + "; a closed lead is not reassigned.");
        }
        if (expert.id().equals(state.holderId())) {
            throw new LeadConflictException("The lead is held by " + holder(state) + " already.", state.holderEmail());
        }
        LeadStatus to = from == LeadStatus.QUALIFIED ? LeadStatus.CLAIMED : from;
        if (!leads.move(tenant, id, from, state.version(), to, expert.id(), null, null)) {
            throw changedMeanwhile(state(tenant, id));
        }
        leads.addEvent(
                tenant,
                id,
                LeadEventKind.REASSIGNED,
                from,
                to,
                expert.id(),
                why,
                LeadCaller.current().userId());
        if (from != to) {
            events.publishEvent(new LeadStatusChanged(
                    tenant, id, from, to, expert.email(), LeadCaller.current().userId(), Instant.now()));
        }
        Lead reassigned = lead(tenant, id);
        audit.record(LeadAudit.moved(LeadEventKind.REASSIGNED, from, state.holderEmail(), reassigned, why));
        return reassigned;
    }

    /**
     * Adds a note to the lead's history; any admin or expert of the tenant may, whoever holds the lead.
     *
     * @return the lead with its history, the note last
     * @throws LeadValidationException for a blank note or one over {@value #MAX_NOTE} characters
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.EXPERT})
    public LeadDetail addNote(LeadId id, String text) {
        TenantId tenant = TenantContext.requireTenant();
        List<Problem> problems = new ArrayList<>();
        String note = text(text, "$.text", MAX_NOTE, problems);
        if (note == null && problems.isEmpty()) {
            problems.add(new Problem("$.text", "write the note"));
        }
        if (!leads.touch(tenant, id)) {
            throw new LeadNotFoundException(id);
        }
        if (note == null) {
            throw new LeadValidationException(problems);
        }
        leads.addEvent(
                tenant,
                id,
                LeadEventKind.NOTE,
                null,
                null,
                null,
                note,
                LeadCaller.current().userId());
        return get(id);
    }

    private Lead move(LeadId id, @Nullable Integer expectedVersion, LeadStatus to, @Nullable String note) {
        TenantId tenant = TenantContext.requireTenant();
        LeadCaller caller = LeadCaller.current();
        State state = state(tenant, id);
        if (expectedVersion != null && expectedVersion != state.version()) {
            throw changedMeanwhile(state);
        }
        LeadStatus from = state.status();
        refuseIllegal(from, to);
        boolean override = from == LeadStatus.DISQUALIFIED;
        if (override && !caller.admin()) {
            throw new AccessDeniedException("Only a tenant admin may override a disqualification.");
        }
        if (!override && !caller.admin() && !isMine(state)) {
            throw new LeadConflictException(
                    "This lead is held by " + holder(state) + "; only they or a tenant admin may change it.",
                    state.holderEmail());
        }
        List<Problem> problems = new ArrayList<>();
        String text = text(note, "$.note", MAX_REASON, problems);
        if (text == null && problems.isEmpty() && override) {
            problems.add(new Problem("$.note", "give the reason for overriding the disqualification"));
        }
        if (text == null && problems.isEmpty() && to == LeadStatus.LOST) {
            problems.add(new Problem("$.note", "give the reason the lead was lost"));
        }
        if (!problems.isEmpty()) {
            throw new LeadValidationException(problems);
        }
        LeadEventKind kind = override
                ? LeadEventKind.OVERRIDDEN
                : to == LeadStatus.QUALIFIED ? LeadEventKind.RELEASED : LeadEventKind.STATUS_CHANGED;
        UUID holder = to == LeadStatus.QUALIFIED ? null : state.holderId();
        if (!leads.move(
                tenant,
                id,
                from,
                state.version(),
                to,
                holder,
                to == LeadStatus.LOST ? text : null,
                override ? text : null)) {
            throw changedMeanwhile(state(tenant, id));
        }
        UUID eventHolder = kind == LeadEventKind.RELEASED ? state.holderId() : null;
        leads.addEvent(tenant, id, kind, from, to, eventHolder, text, caller.userId());
        Instant now = Instant.now();
        events.publishEvent(new LeadStatusChanged(
                tenant, id, from, to, holder == null ? null : state.holderEmail(), caller.userId(), now));
        Lead lead = lead(tenant, id);
        audit.record(LeadAudit.moved(kind, from, state.holderEmail(), lead, text));
        if (override) {
            events.publishEvent(new LeadQualified(
                    tenant,
                    id,
                    lead.interview(),
                    lead.prospectName(),
                    lead.score(),
                    lead.areaGaps().stream().map(AreaGap::area).toList(),
                    false,
                    now));
        }
        return lead;
    }

    /** Refuses a move {@link LeadStatus} does not allow, saying what is allowed instead. */
    private static void refuseIllegal(LeadStatus from, LeadStatus to) {
        if (from == to) {
            throw new LeadConflictException("The lead is " + to.json() + " already.");
        }
        if (from == LeadStatus.QUALIFIED && to == LeadStatus.CLAIMED) {
            throw new LeadConflictException("Claim the lead to take it; it then becomes claimed by you.");
        }
        if (from.isClosed()) {
            throw new LeadConflictException("This lead is " + from.json() + ": it is closed and changes no more.");
        }
        if (!from.canMoveTo(to)) {
            String allowed = from.next().stream().map(LeadStatus::json).collect(Collectors.joining(", "));
            throw new LeadConflictException(
                    "A " + from.json() + " lead cannot become " + to.json() + "; it can become " + allowed + ".");
        }
    }

    private boolean isMine(State state) {
        UUID holder = state.holderId();
        return holder != null
                && members.current().map(m -> holder.equals(m.id())).orElse(false);
    }

    private State state(TenantId tenant, LeadId id) {
        return leads.state(tenant, id).orElseThrow(() -> new LeadNotFoundException(id));
    }

    private Lead lead(TenantId tenant, LeadId id) {
        return queries.find(tenant, id, overdueBefore()).orElseThrow(() -> new LeadNotFoundException(id));
    }

    private static LeadConflictException changedMeanwhile(State now) {
        String held = now.holderId() == null ? "" : ", held by " + holder(now);
        return new LeadConflictException(
                "Someone changed this lead meanwhile: it is " + now.status().json() + " now" + held
                        + ". Reload it and try again.",
                now.holderEmail());
    }

    /** "Display Name (email)" of the holder. */
    private static String holder(State state) {
        return state.holderName() + " (" + state.holderEmail() + ")";
    }

    /** The calling member, who holds what they claim. */
    private Member member() {
        return members.current()
                .filter(Member::active)
                .orElseThrow(() -> new AccessDeniedException(
                        "You are not an active member of this workspace. Sign in to it once, then try again."));
    }

    private @Nullable UUID viewer() {
        return members.current().map(Member::id).orElse(null);
    }

    /** Open leads whose status changed before this are overdue: the tenant's time to pick up ago. */
    private Instant overdueBefore() {
        return Instant.now().minus(settings.leadPickupTime(TenantContext.requireTenant()));
    }

    private @Nullable Member expert(String email, List<Problem> problems) {
        if (email.isBlank()) {
            problems.add(new Problem("$.expert", "name the expert by e-mail address"));
            return null;
        }
        Optional<Member> member = members.findByEmail(email);
        if (member.isEmpty()) {
            problems.add(new Problem(
                    "$.expert",
                    email.strip() + " has not signed in to this workspace yet. Ask them to sign in once, then"
                            + " reassign the lead."));
            return null;
        }
        if (!member.get().active()) {
            problems.add(new Problem("$.expert", email.strip() + " is no longer active in this workspace"));
            return null;
        }
        if (!member.get().roles().contains(Roles.EXPERT)) {
            problems.add(new Problem("$.expert", email.strip() + " is not an expert in this workspace"));
            return null;
        }
        return member.get();
    }

    /** The text stripped; {@code null} when absent or blank, or (with a problem at {@code path}) too long. */
    private static @Nullable String text(@Nullable String value, String path, int max, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            problems.add(new Problem(path, "at most " + max + " characters, not " + stripped.length()));
            return null;
        }
        return stripped;
    }
}
