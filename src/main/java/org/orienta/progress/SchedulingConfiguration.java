package org.orienta.progress;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Daily jobs: refresher assignments coming due again. */
@Configuration
@EnableScheduling
class SchedulingConfiguration {}
