package io.stackup.ui.interview;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.stackup.ui.shell.EmptyStatePage;
import jakarta.annotation.security.RolesAllowed;

/** The interviewer's landing page: their assigned, running and finished interviews, once there are any. */
@Route("interviews")
@Menu(order = 2, title = "menu.interviews", icon = "CLIPBOARD_CHECK")
@RolesAllowed("interviewer")
class MyInterviewsView extends EmptyStatePage {

    MyInterviewsView() {
        super("my-interviews", "interviews.title", "interviews.empty");
    }
}
