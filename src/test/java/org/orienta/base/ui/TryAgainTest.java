package org.orienta.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When the connection pool's wait runs out (issue 22: 5 s timeouts under load), a trainee sees a
 * translated "busy, try again" and nothing of the action is written; never the internal-error page.
 */
@WithUserDetails(TestUsers.TRAINEE)
class TryAgainTest extends ViewTest {

    /** A pool that never has a connection in time, failing as HikariCP does. */
    static final class ExhaustedPool implements DataSource {

        @Override
        public Connection getConnection() throws SQLTransientConnectionException {
            throw new SQLTransientConnectionException(
                    "HikariPool-1 - Connection is not available, request timed out after 10000ms");
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLTransientConnectionException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return new PrintWriter(System.err);
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }

    /** What a service call fails with when the pool's wait runs out: the transaction never begins. */
    private static CannotCreateTransactionException poolTimeout() {
        var written = new AtomicBoolean();
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(new ExhaustedPool()));
        try {
            transactions.executeWithoutResult(status -> written.set(true));
        } catch (CannotCreateTransactionException e) {
            assertThat(written).as("the work inside the transaction never ran").isFalse();
            return e;
        }
        throw new AssertionError("the exhausted pool gave a connection");
    }

    @Test
    void a_pool_timeout_fails_before_anything_of_the_transaction_runs_and_counts_as_busy() {
        var written = new AtomicBoolean();
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(new ExhaustedPool()));

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> written.set(true)))
                .isInstanceOf(CannotCreateTransactionException.class)
                .satisfies(e -> assertThat(TryAgain.busy(e)).isTrue());
        assertThat(written).isFalse();
        assertThat(TryAgain.busy(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void a_page_that_gets_no_connection_in_time_says_busy_and_opens_again_on_try_again() {
        // Once: the busy page's own navigation passes the same listener.
        var once = new AtomicBoolean(true);
        var failing = UI.getCurrent().addBeforeEnterListener(event -> {
            if (once.getAndSet(false)) {
                throw poolTimeout();
            }
        });

        UI.getCurrent().navigate("my-training");

        assertThat(find(InternalErrorView.class).all()).isEmpty();
        var busy = find(BusyView.class).single();
        assertThat(busy.getElement().getTextRecursively()).contains("Orienta is busy", "Nothing is lost", "Try again");

        failing.remove();
        test(busy.retry).click();

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("MyTrainingView");
    }

    @Test
    void an_action_that_gets_no_connection_in_time_says_nothing_was_saved() {
        new TryAgain.Handler().error(new ErrorEvent(new RuntimeException(poolTimeout())));

        var shown = find(Notification.class).last();
        assertThat(shown.getElement().getProperty("text"))
                .isEqualTo("Orienta is very busy right now and could not do that, so nothing was saved."
                        + " Wait a moment and try again.");
        assertThat(shown.isOpened()).isTrue();
    }
}
