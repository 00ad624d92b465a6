package org.orienta.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Every role that works with other people's training: trainers, HR and administrators. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.HR + "', '" + Roles.TRAINER + "')")
public @interface ForStaff {}
