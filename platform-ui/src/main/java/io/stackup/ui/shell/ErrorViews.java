package io.stackup.ui.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PermissionDeniedDataAccessException;

/** What a user sees instead of a stack trace. Each page says what to do next and links home. */
final class ErrorViews {

    private ErrorViews() {}

    /**
     * Fills the page afresh: Vaadin keeps an error view while the user moves from one error to the next, so what an
     * earlier error put there is removed first (else every further error added its text again).
     */
    private static Div page(Div view, String id, String title, String text) {
        view.removeAll();
        view.setId(id);
        view.addClassName("stackup-notice-page");
        Div body = new Div(new H2(title), new Paragraph(text), new Anchor("/", view.getTranslation("error.home")));
        view.add(body);
        return view;
    }

    /**
     * A page that does not exist, or that the user's roles do not open: the two look the same, so that a route's
     * existence tells nothing to someone who may not use it.
     */
    static class NotFoundOrDenied extends Div implements HasErrorParameter<NotFoundException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            page(this, "not-found", getTranslation("error.not-found.title"), getTranslation("error.not-found.text"));
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }

    static class Denied extends Div implements HasErrorParameter<AccessDeniedException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            page(this, "not-found", getTranslation("error.not-found.title"), getTranslation("error.not-found.text"));
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }

    static class Refused extends Div implements HasErrorParameter<PermissionDeniedDataAccessException> {
        @Override
        public int setErrorParameter(
                BeforeEnterEvent event, ErrorParameter<PermissionDeniedDataAccessException> parameter) {
            page(this, "refused", getTranslation("error.refused.title"), getTranslation("error.refused.text"));
            return HttpServletResponse.SC_FORBIDDEN;
        }
    }

    /** Anything unexpected: logged with a reference the user can quote to support. */
    static class Unexpected extends Div implements HasErrorParameter<Exception> {
        private static final Logger log = LoggerFactory.getLogger(Unexpected.class);

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error, reference {}", reference, parameter.getCaughtException());
            page(
                    this,
                    "unexpected-error",
                    getTranslation("error.unexpected.title"),
                    getTranslation("error.unexpected.text", reference));
            return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
    }
}
