package org.orienta.exercise;

/** The version of an exercise new attempts start on. */
public record PublishedExercise(int version, ExerciseDefinition definition) {}
