package io.stackup.api;

import io.stackup.core.assessment.LinkNotActiveException;
import io.stackup.core.assessment.PublicLinkConflictException;
import io.stackup.core.assessment.PublicLinkNotFoundException;
import io.stackup.core.assessment.PublicLinkValidationException;
import io.stackup.core.assessment.RateLimitedException;
import io.stackup.core.assessment.SelfAssessmentValidationException;
import io.stackup.core.interview.InterviewConflictException;
import io.stackup.core.interview.InterviewIncompleteException;
import io.stackup.core.interview.InterviewNotFoundException;
import io.stackup.core.interview.InterviewValidationException;
import io.stackup.core.lead.LeadConflictException;
import io.stackup.core.lead.LeadNotFoundException;
import io.stackup.core.lead.LeadValidationException;
import io.stackup.core.membership.MemberConflictException;
import io.stackup.core.membership.MemberNotFoundException;
import io.stackup.core.membership.MemberValidationException;
import io.stackup.core.offboarding.TenantExportNotFoundException;
import io.stackup.core.prospect.ProspectConflictException;
import io.stackup.core.prospect.ProspectNotFoundException;
import io.stackup.core.prospect.ProspectValidationException;
import io.stackup.core.template.AnswerValidationException;
import io.stackup.core.template.Problem;
import io.stackup.core.template.ProblemsException;
import io.stackup.core.template.TemplateConflictException;
import io.stackup.core.template.TemplateNotFoundException;
import io.stackup.core.template.TemplateValidationException;
import io.stackup.core.webhook.WebhookNotFoundException;
import io.stackup.core.webhook.WebhookValidationException;
import io.stackup.security.DatabaseUnavailableFilter;
import io.stackup.security.ProblemWriter;
import io.stackup.security.RequestSizeLimit;
import io.stackup.tenantadmin.identity.IdentityAdminException;
import io.stackup.tenantadmin.offboarding.ExportNotReadyException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

/** Every API error as RFC 9457 problem details, with a message that says what to do. */
@RestControllerAdvice(basePackages = "io.stackup.api")
class ApiProblems extends ResponseEntityExceptionHandler {

    /** How one kind of {@link ProblemsException} is answered; the detail is made from the exception. */
    private record Refusal(
            HttpStatus status, String type, String title, Function<ProblemsException, @Nullable String> detail) {

        static Refusal of(HttpStatus status, String type, String title, String detail) {
            return new Refusal(status, type, title, e -> detail);
        }
    }

    private static final Refusal BAD_REQUEST =
            new Refusal(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", Throwable::getMessage);

    /** Every status and text exactly as each kind had its own handler; a kind missing here answers as a bad request. */
    private static final Map<Class<? extends ProblemsException>, Refusal> REFUSALS = Map.ofEntries(
            Map.entry(BadRequestException.class, BAD_REQUEST),
            Map.entry(
                    Paging.InvalidPagingException.class,
                    new Refusal(
                            HttpStatus.BAD_REQUEST,
                            "invalid-page",
                            "Invalid page",
                            e -> e.problems().getFirst().path() + " "
                                    + e.problems().getFirst().message())),
            Map.entry(
                    TemplateValidationException.class,
                    new Refusal(
                            HttpStatus.BAD_REQUEST,
                            "invalid-template",
                            "Invalid template",
                            e -> e.problems().size()
                                    + " problem(s) in the document; nothing was stored. Fix each one at its path.")),
            Map.entry(
                    ProspectValidationException.class,
                    Refusal.of(
                            HttpStatus.BAD_REQUEST,
                            "invalid-prospect",
                            "Invalid prospect",
                            "Each error names a field that does not fit; nothing was stored.")),
            Map.entry(
                    PublicLinkValidationException.class,
                    Refusal.of(
                            HttpStatus.BAD_REQUEST,
                            "invalid-public-link",
                            "Invalid public link",
                            "Each error names a field that does not fit; nothing was stored.")),
            Map.entry(
                    AnswerValidationException.class,
                    Refusal.of(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "invalid-answer",
                            "Answers do not fit the questions",
                            "Each error names an answer that does not fit its question; nothing was stored.")),
            Map.entry(
                    InterviewValidationException.class,
                    Refusal.of(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "invalid-interview",
                            "The interview cannot be assigned like this",
                            "Each error names what does not fit; nothing was stored.")),
            Map.entry(
                    SelfAssessmentValidationException.class,
                    Refusal.of(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "invalid-self-assessment",
                            "The answers cannot be sent like this",
                            "Each error names a field or answer that does not fit; nothing was stored.")),
            Map.entry(
                    LeadValidationException.class,
                    Refusal.of(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "invalid-lead-change",
                            "The lead cannot be changed like this",
                            "Each error names what is missing or does not fit; nothing was stored.")),
            Map.entry(
                    WebhookValidationException.class,
                    Refusal.of(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "invalid-webhook",
                            "The webhook cannot be saved like this",
                            "Each error names a field that does not fit; nothing was stored.")),
            Map.entry(
                    MemberValidationException.class,
                    Refusal.of(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "invalid-member-change",
                            "The member cannot be invited or changed like this",
                            "Each error names a field that does not fit; nothing was changed.")));

    private static final Map<Class<? extends RuntimeException>, String> NOT_FOUND_NOUNS = Map.of(
            TemplateNotFoundException.class, "template",
            ProspectNotFoundException.class, "prospect",
            InterviewNotFoundException.class, "interview",
            PublicLinkNotFoundException.class, "public link",
            LeadNotFoundException.class, "lead",
            WebhookNotFoundException.class, "webhook",
            MemberNotFoundException.class, "member",
            TenantExportNotFoundException.class, "export");

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", "Your roles do not allow this call.");
    }

    @ExceptionHandler(PermissionDeniedDataAccessException.class)
    ProblemDetail refused(PermissionDeniedDataAccessException e) {
        return problem(
                HttpStatus.FORBIDDEN,
                "refused",
                "Refused",
                "This object is not part of your tenant, so it cannot be changed.");
    }

    /**
     * Every refusal that names its problems: 400 for a request of the wrong form (a template document, a prospect, a
     * public link, a page, a body), 422 for one of the right form that does not fit (answers, an assignment, a
     * self-assessment, a change of a lead). The body carries {@code errors[]} with each problem's path and message.
     */
    @ExceptionHandler(ProblemsException.class)
    ProblemDetail refusedWithProblems(ProblemsException e) {
        Refusal refusal = REFUSALS.getOrDefault(e.getClass(), BAD_REQUEST);
        ProblemDetail problem = problem(
                refusal.status(),
                refusal.type(),
                refusal.title(),
                refusal.detail().apply(e));
        problem.setProperty("errors", errors(e.problems()));
        return problem;
    }

    /** 404 for an id the caller's tenant does not hold (or a text that is no id at all): the same for every kind. */
    @ExceptionHandler({
        TemplateNotFoundException.class,
        ProspectNotFoundException.class,
        InterviewNotFoundException.class,
        PublicLinkNotFoundException.class,
        LeadNotFoundException.class,
        WebhookNotFoundException.class,
        MemberNotFoundException.class,
        TenantExportNotFoundException.class
    })
    ProblemDetail notFound(RuntimeException e) {
        return problem(
                HttpStatus.NOT_FOUND,
                "not-found",
                "Not found",
                "No such " + NOT_FOUND_NOUNS.getOrDefault(e.getClass(), "object") + ". Check the id.");
    }

    /** 409 when the request contradicts the current state; the exception's message says what to do instead. */
    @ExceptionHandler({
        TemplateConflictException.class,
        InterviewConflictException.class,
        ProspectConflictException.class,
        PublicLinkConflictException.class,
        ExportNotReadyException.class
    })
    ProblemDetail conflict(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage());
    }

    /**
     * A path variable that is no id: {@link ApiIds} refuses it with the kind's not-found exception, which arrives here
     * wrapped, and is answered as {@link #notFound} does. Any other type mismatch keeps Spring's 400.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof RuntimeException notFound && NOT_FOUND_NOUNS.containsKey(notFound.getClass())) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(notFound(notFound));
        }
        return super.handleTypeMismatch(ex, headers, status, request);
    }

    /**
     * An {@code Accept} that takes none of a call's representations, or does not parse: 406 naming those it has. Its
     * type is set here, as the problem's own, since the answer cannot follow an {@code Accept} that refused everything.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(
            HttpMediaTypeNotAcceptableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<MediaType> supported = ex.getSupportedMediaTypes();
        ProblemDetail problem = problem(
                HttpStatus.NOT_ACCEPTABLE,
                "not-acceptable",
                "Not acceptable",
                supported.isEmpty()
                        ? "The Accept header does not parse; send one of this call's media types, or */*."
                        : "Accept one of: " + MediaType.toString(supported) + ".");
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * A body of a type the chosen call does not read (one that declares what it consumes is refused before it is
     * chosen, by {@link ApiErrors}): 415 naming the types it reads, with them in {@code Accept}.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiErrors.RequestProblems.unsupportedMediaType(ex));
    }

    /**
     * A request record that fails its Bean Validation constraints: 400 with {@code errors[]}, each at {@code $.field},
     * as a {@link BadRequestException} is answered. Errors are ordered by path, since the validator reports them in no
     * order.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problem> problems = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new Problem("$." + error.getField(), String.valueOf(error.getDefaultMessage())))
                .sorted(Comparator.comparing(Problem::path))
                .toList();
        if (problems.isEmpty()) {
            return super.handleMethodArgumentNotValid(ex, headers, status, request);
        }
        return ResponseEntity.badRequest().body(refusedWithProblems(new BadRequestException(problems)));
    }

    /**
     * A body that cannot be read as the request's form (not JSON, or a field of the wrong type for a request record):
     * 400 with {@code errors[]}, as every other refused form, at the field Jackson names or at {@code $}. The
     * message names no part of the body, so a large body never comes back in the answer.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof RequestSizeLimit.BodyTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge));
            }
        }
        String path = "$";
        String message = "the body is not a JSON document of this request's form";
        JacksonException unreadable = jacksonCause(ex);
        if (unreadable instanceof ControlCharacters.Refused) {
            path = jsonPath(unreadable.getPath());
            message = ControlCharacters.MESSAGE;
        } else if (unreadable instanceof StreamConstraintsException) {
            message = "goes over a limit of the API: at most 64 levels of nesting, numbers of 100 characters, strings"
                    + " of 1,048,576 characters and names of 1,000 characters";
        } else if (unreadable != null && !unreadable.getPath().isEmpty()) {
            path = jsonPath(unreadable.getPath());
            message = "has the wrong type or form";
        }
        return ResponseEntity.badRequest()
                .body(refusedWithProblems(new BadRequestException(List.of(new Problem(path, message)))));
    }

    /** The first Jackson failure in the chain: it knows the path, while its own cause (a date's parse) may not. */
    private static @Nullable JacksonException jacksonCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    private static String jsonPath(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder("$");
        for (JacksonException.Reference reference : references) {
            String name = reference.getPropertyName();
            if (name != null) {
                path.append('.').append(name);
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * 409 when a lead's state refuses the request: someone else holds it (then {@code holder} names them, by e-mail), the
     * move is not one the lead's status allows, or it changed meanwhile. The detail says which, and what to do.
     */
    @ExceptionHandler(LeadConflictException.class)
    ProblemDetail leadConflict(LeadConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "lead-conflict", "Conflict", e.getMessage());
        if (e.holder() != null) {
            problem.setProperty("holder", e.holder());
        }
        return problem;
    }

    /**
     * 409 when a member change contradicts the tenant's state: {@code last-admin} when it would leave the tenant without
     * an active admin, {@code member-conflict} otherwise (an invitation no longer pending, a member with work who
     * cannot be removed). The detail says what to do instead.
     */
    @ExceptionHandler(MemberConflictException.class)
    ProblemDetail memberConflict(MemberConflictException e) {
        return e.reason() == MemberConflictException.Reason.LAST_ADMIN
                ? problem(HttpStatus.CONFLICT, "last-admin", "The last admin must stay", e.getMessage())
                : problem(HttpStatus.CONFLICT, "member-conflict", "Conflict", e.getMessage());
    }

    /** 502 when the identity provider (Keycloak) failed a member change; nothing half-done is left in Stackup. */
    @ExceptionHandler(IdentityAdminException.class)
    ProblemDetail identityProvider(IdentityAdminException e) {
        return problem(
                HttpStatus.BAD_GATEWAY,
                "identity-provider-failed",
                "The sign-in service failed",
                "The sign-in service did not do what was asked; nothing was changed. Try again in a moment.");
    }

    /** A body without a declared length that turned out larger than its limit ({@link RequestSizeLimit}). */
    @ExceptionHandler(RequestSizeLimit.BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> bodyTooLarge(RequestSizeLimit.BodyTooLargeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .header(HttpHeaders.CONNECTION, "close")
                .body(tooLarge(e));
    }

    private static ProblemDetail tooLarge(RequestSizeLimit.BodyTooLargeException e) {
        return RequestSizeLimit.problem(e.limit());
    }

    @ExceptionHandler(InterviewIncompleteException.class)
    ProblemDetail incomplete(InterviewIncompleteException e) {
        ProblemDetail problem = problem(
                HttpStatus.CONFLICT,
                "interview-incomplete",
                "Required questions are unanswered",
                "Answer every question in 'missing', then complete the interview again.");
        problem.setProperty("missing", e.missing());
        return problem;
    }

    @ExceptionHandler(LinkNotActiveException.class)
    ProblemDetail linkNotActive(LinkNotActiveException e) {
        return problem(
                HttpStatus.NOT_FOUND,
                "link-not-active",
                "This link is not active",
                "Ask whoever sent it to you for a current link.");
    }

    /**
     * A call whose database work failed. Answered here, never left to Spring MVC's own resolvers: they read a
     * PostgreSQL connection's "Broken pipe" as the HTTP client having gone away and complete the call as an empty 200,
     * so a client took a write that never ran for stored (ADR 0011). A database that cannot be reached is 503 with
     * {@code Retry-After}, as {@link DatabaseUnavailableFilter} answers it outside the dispatcher; anything else is 500
     * with a reference that the log names.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> database(RuntimeException e) {
        ProblemDetail problem = DatabaseUnavailableFilter.problemFor(e, "A call");
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.getStatus());
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            answer.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailableFilter.RETRY_AFTER_SECONDS);
        }
        return answer.body(problem);
    }

    /**
     * Anything no other handler answers: a bug, or a failure below the services (jOOQ's own exceptions are no Spring
     * {@link DataAccessException}). 500 with a problem body and a reference that the log names with the stack trace,
     * answered here so that it never becomes an error dispatch whose status the security chains would decide.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, WebRequest request) {
        String call = request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getMethod() + " " + servlet.getRequest().getRequestURI()
                : "A call";
        ProblemDetail problem = DatabaseUnavailableFilter.problemFor(e, call);
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(
                        HttpHeaders.RETRY_AFTER,
                        Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests", e.getMessage()));
    }

    private static List<FieldError> errors(List<Problem> problems) {
        return problems.stream().map(p -> new FieldError(p.path(), p.message())).toList();
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, @Nullable String detail) {
        return ProblemWriter.problem(status, type, title, detail);
    }
}
