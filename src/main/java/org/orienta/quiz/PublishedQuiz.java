package org.orienta.quiz;

/** The version of a quiz new attempts start on. */
public record PublishedQuiz(int version, QuizDefinition definition) {}
