package io.stackup.core.interview;

import io.stackup.core.interview.repository.InterviewRepository;
import io.stackup.core.template.Answer;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantId;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads one stored answer for the interview screens open on this application instance when the interviewer saved it
 * on a screen served by another instance (the second-device relay across instances, docs/adr/0009-conversation-mode.md).
 *
 * <p>There is no caller here to check: the relay reads on behalf of screens whose opening {@link InterviewService}
 * checked, under those screens' tenant, for an interview they hold open. Row-level security binds the read to that
 * tenant.
 */
@Service
public class RelayedAnswers {

    /** The acting user the read is recorded as, for the database's tenant binding. */
    static final String RELAY_USER = "system:screen-relay";

    private final InterviewRepository interviews;
    private final TransactionTemplate tx;

    RelayedAnswers(InterviewRepository interviews, TransactionTemplate tx) {
        this.interviews = interviews;
        this.tx = tx;
    }

    /** The answer to the question as now stored; empty when it was removed. */
    public Optional<Answer> current(TenantId tenant, InterviewId interview, String questionKey) {
        return TenantContext.callAs(tenant, RELAY_USER, () -> {
            Optional<Answer> answer = tx.execute(status -> interviews.answer(tenant, interview, questionKey));
            return answer == null ? Optional.empty() : answer;
        });
    }
}
