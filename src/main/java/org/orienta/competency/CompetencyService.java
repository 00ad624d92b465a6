package org.orienta.competency;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.orienta.base.FieldProblem;
import org.orienta.base.ForHr;
import org.orienta.base.ForSignedIn;
import org.orienta.base.ForTrainers;
import org.orienta.base.InvalidInputException;
import org.orienta.people.JobRoleId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The competency framework everyone reads and trainers maintain. Codes are stable: an import updates
 * names and descriptors in place and never removes a competency that evidence may refer to.
 */
@Service
@ForSignedIn
public class CompetencyService {

    private final CompetencyRepository competencies;
    private final ProficiencyLevelRepository levels;
    private final TargetLevelRepository targets;
    private final AtomicReference<@Nullable FrameworkDefinition> cache = new AtomicReference<>();

    CompetencyService(
            CompetencyRepository competencies, ProficiencyLevelRepository levels, TargetLevelRepository targets) {
        this.competencies = competencies;
        this.levels = levels;
        this.targets = targets;
    }

    /** A job role's target levels; with no job role, or no targets set for it, the default for all. */
    @Transactional(readOnly = true)
    public TargetProfile targets(@Nullable JobRoleId jobRole) {
        if (jobRole == null) {
            return new TargetProfile(Map.of(), true);
        }
        var levels = new HashMap<CompetencyCode, Integer>();
        targets.findByJobRoleId(jobRole.value())
                .forEach(t -> levels.put(new CompetencyCode(t.competency()), t.level()));
        return new TargetProfile(levels, levels.isEmpty());
    }

    /** A removed job role's targets go with it, in the same transaction. */
    @org.springframework.context.event.EventListener
    void jobRoleRemoved(org.orienta.people.JobRoleRemoved removed) {
        targets.deleteAll(targets.findByJobRoleId(removed.jobRole().value()));
        targets.flush();
    }

    /** Sets one target level of a job role. */
    @ForHr
    @Transactional
    public void setTarget(JobRoleId jobRole, CompetencyCode code, int level) {
        if (level < Evidence.MIN_LEVEL || level > Evidence.MAX_LEVEL) {
            throw new InvalidInputException(FieldProblem.of("level", "targets.levelRange"));
        }
        if (framework().competency(code).isEmpty()) {
            throw new IllegalArgumentException("no competency " + code);
        }
        targets.findByJobRoleIdAndCompetency(jobRole.value(), code.value())
                .ifPresentOrElse(
                        t -> t.setLevel(level),
                        () -> targets.save(new TargetLevel(jobRole.value(), code.value(), level)));
        targets.flush();
    }

    /** Whether a job role has any target of its own (the demo seeds only roles that have none). */
    @ForHr
    @Transactional(readOnly = true)
    public boolean hasTargets(JobRoleId jobRole) {
        return targets.existsByJobRoleId(jobRole.value());
    }

    /** The framework as stored; read often and changed rarely, so it is kept in memory. */
    @Transactional(readOnly = true)
    public FrameworkDefinition framework() {
        var cached = cache.get();
        if (cached != null) {
            return cached;
        }
        var loaded = new FrameworkDefinition(
                levels.findAllByOrderByLevel().stream()
                        .map(ProficiencyLevel::toDefinition)
                        .toList(),
                competencies.findAllByOrderByPosition().stream()
                        .map(Competency::toDefinition)
                        .toList());
        cache.set(loaded);
        return loaded;
    }

    /**
     * Stores the framework: new codes are added, existing ones updated, and codes the file no longer
     * lists are kept (evidence may refer to them). Returns whether anything changed.
     */
    @ForTrainers
    @Transactional
    public boolean importFramework(FrameworkDefinition framework) {
        var current = framework();
        boolean changed = false;
        for (var level : framework.levels()) {
            if (current.levels().size() < level.level()
                    || !current.level(level.level()).equals(level)) {
                levels.findById(level.level())
                        .orElseGet(() -> levels.save(new ProficiencyLevel(level.level())))
                        .update(level);
                changed = true;
            }
        }
        var stored = current.competencies();
        for (int i = 0; i < framework.competencies().size(); i++) {
            var competency = framework.competencies().get(i);
            if (i >= stored.size() || !stored.get(i).equals(competency)) {
                competencies
                        .findById(competency.code().value())
                        .orElseGet(() -> competencies.save(new Competency(competency.code())))
                        .update(competency, i + 1);
                changed = true;
            }
        }
        if (changed) {
            competencies.flush();
            forgetAfterCommit();
        }
        return changed;
    }

    private void forgetAfterCommit() {
        cache.set(null);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.set(null);
                }
            });
        }
    }
}
