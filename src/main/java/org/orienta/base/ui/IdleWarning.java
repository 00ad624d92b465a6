package org.orienta.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;

/**
 * Warns before the idle sign-out (people/security IdleSignOut): a shop-counter or bank-desk PC left with
 * a tab open is signed out after the session timeout without activity, and the person at it is told a
 * little before, with a countdown, and can stay. The warning opens in the browser, without a request
 * to the server (a request would itself count as activity); "Stay signed in" is a request, and so
 * counts. The browser restarts the count whenever Vaadin sends a request (its connection state turns to
 * loading), which is exactly what the server counts; heartbeats do not change that state.
 */
final class IdleWarning extends Div {

    /** Stands for the remaining time in the translated sentence; the browser fills it in every second. */
    private static final String TIME = "__TIME__";

    private final Duration timeout;
    private final Duration warning;

    IdleWarning(Duration timeout, Duration warning, Runnable signOut) {
        this.timeout = timeout;
        this.warning = warning.compareTo(timeout) < 0 ? warning : timeout.dividedBy(2);
        setId("idle-warning");
        addClassName("orienta-idle-warning");
        getElement().setAttribute("role", "alertdialog");
        getElement().setAttribute("aria-labelledby", "idle-warning-title");
        getElement().setAttribute("aria-describedby", "idle-warning-text");
        getElement().setAttribute("hidden", true);

        var title = new H2(getTranslation("idle.warning.title"));
        title.setId("idle-warning-title");
        var text = new Paragraph(new Span(getTranslation("idle.warning.text", TIME)));
        text.setId("idle-warning-text");
        var stay = new Button(
                getTranslation("idle.warning.stay"), e -> getElement().setAttribute("hidden", true));
        stay.setId("idle-warning-stay");
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var leave = new Button(getTranslation("idle.warning.signOut"), e -> signOut.run());
        leave.setId("idle-warning-sign-out");
        var buttons = new Div(stay, leave);
        buttons.addClassName("orienta-idle-warning-buttons");
        var panel = new Div(title, text, buttons);
        panel.addClassName("orienta-idle-warning-panel");
        add(panel);
    }

    Duration timeout() {
        return timeout;
    }

    Duration warning() {
        return warning;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // The sentence is translated on the server with a placeholder for the time; the browser counts.
        getElement()
                .executeJs(
                        """
                const box = this, timeout = $0, warnAt = $0 - $1, sentence = $2, time = $3;
                const span = box.querySelector('#idle-warning-text span');
                let deadline = 0, ticking = 0;
                const show = () => {
                  box.hidden = false;
                  box.querySelector('#idle-warning-stay').focus();
                  const tick = () => {
                    const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
                    span.textContent = sentence.replace(time,
                        Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0'));
                    // A few seconds after the server's deadline: reloading then lands on the sign-in page.
                    if (left === 0 && Date.now() > deadline + 5000) { clearInterval(ticking); location.reload(); }
                  };
                  tick();
                  ticking = setInterval(tick, 1000);
                };
                const restart = () => {
                  clearTimeout(box._orientaIdle);
                  clearInterval(ticking);
                  box.hidden = true;
                  deadline = Date.now() + timeout;
                  box._orientaIdle = setTimeout(show, warnAt);
                };
                const state = window.Vaadin && window.Vaadin.connectionState;
                if (state && state.addStateChangeListener && !box._orientaListening) {
                  box._orientaListening = true;
                  state.addStateChangeListener((before, now) => { if (now === 'loading') restart(); });
                }
                restart();""", timeout.toMillis(), warning.toMillis(), getTranslation("idle.warning.text", TIME), TIME);
    }
}
