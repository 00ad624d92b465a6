/**
 * Observation checklists: observable behaviours, each tied to competencies and levels, answered done /
 * partly / not done / not observed for a context (counter, phone, chat, live exercise). A content kind
 * like the others: files under checklists/, read, checked, versioned and translated by the catalogue.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "competency", "catalogue"})
@org.jspecify.annotations.NullMarked
package org.orienta.checklist;
