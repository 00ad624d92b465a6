/**
 * The command line of {@code java -jar orienta.jar}: the table of commands, the dispatcher that tells a
 * command from the server's own options, and the generators and benchmarks. It may use every module;
 * no module uses it (ArchitectureTest), so tools never shape the application's design.
 */
@org.springframework.modulith.ApplicationModule
@org.jspecify.annotations.NullMarked
package org.orienta.tools;
