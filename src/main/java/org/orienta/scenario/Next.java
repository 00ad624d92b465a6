package org.orienta.scenario;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where the conversation goes: the first branch whose condition holds. A plain target is one branch
 * without a condition.
 */
public record Next(List<Branch> branches) {

    public Next {
        branches = List.copyOf(branches);
    }

    public static Next to(String target) {
        return new Next(List.of(new Branch(null, target)));
    }

    public boolean isPlain() {
        return branches.size() == 1 && branches.getFirst().when() == null;
    }

    public Optional<String> resolve(ScenarioState state) {
        return branches.stream()
                .filter(b -> b.when() == null || b.when().test(state))
                .map(Branch::target)
                .findFirst();
    }

    public List<String> targets() {
        return branches.stream().map(Branch::target).toList();
    }

    public record Branch(@Nullable Condition when, String target) {}
}
