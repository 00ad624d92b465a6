package bare;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.annotation.security.PermitAll;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/** The bare stack: one entity, a login view and one view (what Orienta's start-up is compared with). */
@SpringBootApplication
public class BareApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareApplication.class, args);
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    UserDetailsService users() {
        return new InMemoryUserDetailsManager(User.withUsername("user")
                .password("{noop}password")
                .roles("USER")
                .build());
    }

    @Entity
    @Table(name = "note")
    public static class Note {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;

        String text;
    }

    public interface Notes extends JpaRepository<Note, Long> {}

    @Route("login")
    @AnonymousAllowed
    public static class LoginView extends VerticalLayout implements BeforeEnterObserver {
        private final LoginForm form = new LoginForm();

        public LoginView() {
            form.setAction("login");
            add(form);
        }

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
        }
    }

    @Route("")
    @PermitAll
    public static class NotesView extends VerticalLayout {
        public NotesView(Notes notes) {
            var grid = new Grid<Note>();
            grid.addColumn(n -> n.text);
            grid.setItems(notes.findAll());
            add(new Button("Add", e -> {
                var note = new Note();
                note.text = "note";
                notes.save(note);
                grid.setItems(notes.findAll());
            }), grid);
        }
    }
}
