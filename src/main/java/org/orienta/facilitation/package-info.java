/**
 * Facilitated sessions: a trainer schedules a live group exercise (a published activity) for some people
 * at a time and place, prints the facilitator's guide with the cards drawn for the session and the
 * attendance sheet, marks who came and records per participant what was observed; participants see
 * their sessions in My training. The activities themselves are content ({@code activity}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "base",
            "people",
            "audit",
            "activity",
            "competency",
            "checklist",
            "observation",
            "observation::form",
            "reporting",
            "progress::assignment"
        })
@org.jspecify.annotations.NullMarked
package org.orienta.facilitation;
