package org.orienta;

/**
 * The jar's entry point, compiled for Java 17 on purpose: started with an older Java (this machine's
 * default is 17), the JVM would otherwise fail to load {@link Application} and print a stack trace
 * about class file versions. This says what is wrong and what to do instead.
 */
public final class Launch {

    static final int REQUIRED_JAVA = 21;

    private Launch() {}

    public static void main(String[] args) throws Exception {
        int running = Runtime.version().feature();
        if (running < REQUIRED_JAVA) {
            System.err.println(tooOld(running, System.getProperty("java.home")));
            System.exit(1);
        }
        Application.main(args);
    }

    static String tooOld(int running, String javaHome) {
        return "Orienta needs Java " + REQUIRED_JAVA + " or newer; this is Java " + running + " (" + javaHome + ").\n"
                + "Run it with a newer Java, for example: /usr/lib/jvm/<jdk-21-or-newer>/bin/java -jar orienta.jar";
    }
}
