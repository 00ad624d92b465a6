package org.orienta.quiz;

/** A question of the bank, with the quiz and version it belongs to. */
public record BankQuestion(String quizKey, int version, Question question) {}
