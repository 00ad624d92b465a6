package org.orienta.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "person")
class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String username;

    private String displayName;

    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private @Nullable Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "job_role_id")
    private @Nullable JobRole jobRole;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private @Nullable Person manager;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private boolean enabled;

    private String passwordHash;

    private boolean mustChangePassword;

    /** A language tag such as "hr"; null until the person chooses one. */
    private @Nullable String language;

    /** Created by demo mode; disabled again whenever Orienta starts with demo mode off. */
    private boolean demo;

    private Instant createdAt;

    @Version
    private long version;

    protected Person() {
        // To keep Hibernate happy
        this.username = "";
        this.displayName = "";
        this.email = "";
        this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
    }

    Person(String username, String displayName, String email, String passwordHash, Instant createdAt) {
        this.username = PersonRules.normaliseUsername(username);
        this.displayName = displayName.strip();
        this.email = PersonRules.normaliseEmail(email);
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        this.enabled = true;
        this.mustChangePassword = true;
    }

    PersonId id() {
        if (id == null) {
            throw new IllegalStateException("person not saved yet");
        }
        return new PersonId(id);
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String email() {
        return email;
    }

    @Nullable Department department() {
        return department;
    }

    @Nullable JobRole jobRole() {
        return jobRole;
    }

    @Nullable Person manager() {
        return manager;
    }

    void reportTo(@Nullable Person newManager) {
        this.manager = newManager;
    }

    Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    boolean enabled() {
        return enabled;
    }

    String passwordHash() {
        return passwordHash;
    }

    @Nullable String language() {
        return language;
    }

    void chooseLanguage(@Nullable String languageTag) {
        this.language = languageTag;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    boolean demo() {
        return demo;
    }

    Instant createdAt() {
        return createdAt;
    }

    long version() {
        return version;
    }

    /** Replaces everything that identifies the person; what they did stays, under the pseudonym. */
    void pseudonymise(String pseudonym, String unusablePasswordHash) {
        this.username = pseudonym;
        this.displayName = "Erased person " + id;
        this.email = pseudonym + "@erased.invalid";
        this.passwordHash = unusablePasswordHash;
        this.mustChangePassword = false;
        this.enabled = false;
        this.demo = false;
    }

    void rename(String username, String displayName, String email) {
        this.username = PersonRules.normaliseUsername(username);
        this.displayName = displayName.strip();
        this.email = PersonRules.normaliseEmail(email);
    }

    void placeIn(@Nullable Department department, @Nullable JobRole jobRole) {
        this.department = department;
        this.jobRole = jobRole;
    }

    void grant(Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a person holds at least one role");
        }
        this.roles.clear();
        this.roles.addAll(roles);
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** A password someone else chose (an administrator, or the first start): single use. */
    void assignOneTimePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = true;
    }

    /** A password the person chose themselves. */
    void choosePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
    }

    /** The same password, hashed by a stronger scheme. */
    void rehashPassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void markAsDemo() {
        this.demo = true;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Person other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        // Constant, so that an entity keeps its hash when Hibernate assigns the id on save.
        return Person.class.hashCode();
    }
}
