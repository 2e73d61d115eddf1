package io.stackup.core.assessment;

import io.stackup.core.assessment.query.PublicLinkQueries;
import io.stackup.core.assessment.repository.PublicLinkRepository;
import io.stackup.core.assessment.repository.PublicLinkRepository.Resolved;
import io.stackup.core.interview.SelfAssessment;
import io.stackup.core.interview.SelfAssessmentInterviewService;
import io.stackup.core.interview.SelfAssessmentRecorded;
import io.stackup.core.prospect.ProspectDraft;
import io.stackup.core.ratelimit.RateCount;
import io.stackup.core.ratelimit.RateLimits;
import io.stackup.core.report.ResultReport;
import io.stackup.core.report.ResultReports;
import io.stackup.core.template.Answer;
import io.stackup.core.template.AnswerValidationException;
import io.stackup.core.template.Problem;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.document.AnswerReader;
import io.stackup.core.template.scoring.PreparedTemplate;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantDirectory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The anonymous side of a public link: open the questionnaire, submit answers, see one's own result. No account and no
 * role: whoever holds an active link's token may answer it, and whoever holds a receipt may see that one result.
 *
 * <p>The token is resolved by the database function {@code stackup_public_link} (the one way from a token to a tenant);
 * the rest runs with that tenant bound, as {@link PublicRespondent}. An unknown, disabled or expired link, a suspended
 * tenant and a receipt that does not match all give the same {@link LinkNotActiveException}.
 *
 * <p>Abuse: every call counts one request of the client address, a valid submission one submission of it, per hour,
 * in PostgreSQL through {@link RateLimits} (so that every instance of the application shares the count); the link's
 * submissions of the last hour are counted in the database too ({@link RateLimitedException} beyond any of them). Every field has a size limit. See
 * docs/adr/0010-public-self-assessment.md.
 */
@Service
public class SelfAssessmentService {

    /** A submission's answers, as JSON text, at most this many characters. */
    static final int MAX_ANSWERS_JSON = 256 * 1024;

    /** The {@link RateLimits} purposes: any call of a public link, and a valid submission. */
    static final String REQUESTS = "self-assessment-request";

    static final String SUBMISSIONS = "self-assessment-submission";

    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final PublicLinkRepository links;
    private final PublicLinkQueries queries;
    private final TemplateService templates;
    private final SelfAssessmentInterviewService interviews;
    private final ResultReports reports;
    private final TenantDirectory tenants;
    private final TransactionTemplate transactions;
    private final RateLimits rates;
    private final int requestsPerAddress;
    private final int submissionsPerAddress;
    private final int submissionsPerLinkPerHour;

    SelfAssessmentService(
            PublicLinkRepository links,
            PublicLinkQueries queries,
            TemplateService templates,
            SelfAssessmentInterviewService interviews,
            ResultReports reports,
            TenantDirectory tenants,
            TransactionTemplate transactions,
            RateLimits rates,
            @Value("${stackup.self-assessment.requests-per-address-per-hour:600}") int requestsPerAddress,
            @Value("${stackup.self-assessment.submissions-per-address-per-hour:10}") int submissionsPerAddress,
            @Value("${stackup.self-assessment.submissions-per-link-per-hour:100}") int submissionsPerLink) {
        this.links = links;
        this.queries = queries;
        this.templates = templates;
        this.interviews = interviews;
        this.reports = reports;
        this.tenants = tenants;
        this.transactions = transactions;
        this.rates = rates;
        if (requestsPerAddress < 1 || submissionsPerAddress < 1) {
            throw new IllegalArgumentException("stackup.self-assessment's per-address limits must be at least 1");
        }
        this.requestsPerAddress = requestsPerAddress;
        this.submissionsPerAddress = submissionsPerAddress;
        if (submissionsPerLink < 1) {
            throw new IllegalArgumentException(
                    "stackup.self-assessment.submissions-per-link-per-hour must be at least 1");
        }
        this.submissionsPerLinkPerHour = submissionsPerLink;
    }

    /**
     * What the questionnaire page of an active link shows.
     *
     * @param clientAddress the visitor's address, for the rate limit
     * @throws LinkNotActiveException for an unknown, disabled or expired link
     * @throws RateLimitedException when the address made too many requests
     */
    public SelfAssessmentPage open(String token, String clientAddress) {
        Resolved link = resolve(token, clientAddress);
        return PublicRespondent.call(link, () -> page(link));
    }

    /**
     * Stores a respondent's answers in one transaction: a prospect (the company, with the respondent as contact), a
     * completed interview with source {@code self-assessment}, no interviewer, the answers and the result; then
     * {@code InterviewCompleted} is published as for any interview.
     *
     * @param answers {@code { questionKey: answer, … }} as docs/spec/template-format.md writes answers
     * @throws SelfAssessmentValidationException naming every problem ({@code $.respondent.email},
     *     {@code $.answers['has-dir']}, {@code $.answers.budget}); nothing is stored
     * @throws LinkNotActiveException for an unknown, disabled or expired link
     * @throws RateLimitedException when the address or the link sent too many
     */
    public SelfAssessmentReceipt submit(String token, Respondent respondent, JsonNode answers, String clientAddress) {
        Resolved link = resolve(token, clientAddress);
        return PublicRespondent.call(link, () -> {
            PublicLink stored = inTransaction(() -> queries.find(link.tenant(), link.link()))
                    .orElseThrow(LinkNotActiveException::new);
            PreparedTemplate template = templates.published(stored.template());
            List<Problem> problems = new ArrayList<>();
            Respondent checked = respondent.checked(problems);
            Map<String, Answer> read = answers(template, answers, problems);
            if (!problems.isEmpty()) {
                throw new SelfAssessmentValidationException(problems);
            }
            limit(
                    SUBMISSIONS,
                    submissionsPerAddress,
                    clientAddress,
                    "Too many submissions from your address; try again in %s.");
            String receipt = PublicLinkService.newToken();
            SelfAssessmentRecorded recorded = inTransaction(() -> {
                limitPerLink(link);
                SelfAssessmentRecorded r = interviews.record(new SelfAssessment(
                        stored.template(),
                        new ProspectDraft(
                                Objects.requireNonNull(checked.company(), "a checked respondent names a company"),
                                null,
                                null,
                                checked.name(),
                                checked.email(),
                                "Self-assessment through a public link (" + stored.templateName() + " "
                                        + stored.templateVersion()
                                        + "); the respondent agreed to the privacy notice."),
                        read));
                links.insertReceipt(link.tenant(), link.link(), r.interview(), sha256(receipt));
                return r;
            });
            return new SelfAssessmentReceipt(receipt, recorded.result());
        });
    }

    /**
     * A respondent's own result, by the receipt their submission gave.
     *
     * @throws LinkNotActiveException when the link is not active or the receipt is not one of its own
     * @throws RateLimitedException when the address made too many requests
     */
    public OwnResult result(String token, String receipt, String clientAddress) {
        Resolved link = resolve(token, clientAddress);
        if (!SECRET.matcher(receipt).matches()) {
            throw new LinkNotActiveException();
        }
        return PublicRespondent.call(link, () -> {
            var interview = inTransaction(() -> links.findByReceipt(link.tenant(), link.link(), sha256(receipt)))
                    .orElseThrow(LinkNotActiveException::new);
            SelfAssessmentPage page = page(link);
            ResultReport report = reports.ownReport(interview);
            return new OwnResult(page.tenantName(), page.template().template(), report.result(), report);
        });
    }

    private Resolved resolve(String token, String clientAddress) {
        limit(REQUESTS, requestsPerAddress, clientAddress, "Too many requests from your address; try again in %s.");
        if (!SECRET.matcher(token).matches()) {
            throw new LinkNotActiveException();
        }
        return inTransaction(() -> links.resolve(token)).orElseThrow(LinkNotActiveException::new);
    }

    private SelfAssessmentPage page(Resolved link) {
        PublicLink stored =
                inTransaction(() -> queries.find(link.tenant(), link.link())).orElseThrow(LinkNotActiveException::new);
        String tenantName = tenants.findById(link.tenant()).map(Tenant::name).orElseThrow(LinkNotActiveException::new);
        return new SelfAssessmentPage(tenantName, stored.welcome(), templates.published(stored.template()));
    }

    private static Map<String, Answer> answers(PreparedTemplate template, JsonNode answers, List<Problem> problems) {
        if (!answers.isObject()) {
            problems.add(new Problem("$.answers", "give the answers as an object, question key to answer"));
            return Map.of();
        }
        int size = answers.toString().length();
        if (size > MAX_ANSWERS_JSON) {
            problems.add(
                    new Problem("$.answers", "at most " + MAX_ANSWERS_JSON + " characters of answers, not " + size));
            return Map.of();
        }
        Map<String, Answer> read;
        try {
            read = AnswerReader.readAll(template.template(), answers);
        } catch (AnswerValidationException e) {
            e.problems()
                    .forEach(
                            p -> problems.add(new Problem("$.answers" + p.path().substring(1), p.message())));
            return Map.of();
        }
        template.missingRequired(read)
                .forEach(key -> problems.add(new Problem(answerPath(key), "answer this question")));
        return read;
    }

    /** {@code $.answers.budget}, or {@code $.answers['has-dir']} for a key that is no plain identifier. */
    static String answerPath(String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_]*") ? "$.answers." + key : "$.answers['" + key + "']";
    }

    /**
     * Refuses a submission when the link already had its hourly number of them. Counted in the database under a lock
     * of the link, in the transaction that records the submission: exact across restarts and application instances.
     */
    private void limitPerLink(Resolved link) {
        links.lockForSubmission(link.tenant(), link.link());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        links.nthLatestSubmissionSince(link.tenant(), link.link(), now.minusHours(1), submissionsPerLinkPerHour)
                .ifPresent(oldestCounted -> {
                    Duration wait = Duration.between(now, oldestCounted.plusHours(1));
                    Duration atLeastASecond = wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
                    throw new RateLimitedException(
                            "This link received too many answers; try again in %s."
                                    .formatted(new RateCount(0, atLeastASecond).minutesLeft()),
                            atLeastASecond);
                });
    }

    /** Counts one hit of the address for {@code purpose} in the current hour; refuses it past {@code perHour}. */
    private void limit(String purpose, int perHour, String clientAddress, String message) {
        RateCount count = rates.hit(purpose, "address:" + clientAddress, Duration.ofHours(1));
        if (count.over(perHour)) {
            throw new RateLimitedException(message.formatted(count.minutesLeft()), count.untilWindowEnds());
        }
    }

    private <T> T inTransaction(Supplier<T> work) {
        T result = transactions.execute(status -> work.get());
        if (result == null) {
            throw new IllegalStateException("a transaction gave no result");
        }
        return result;
    }

    private static byte[] sha256(String receipt) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(receipt.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
