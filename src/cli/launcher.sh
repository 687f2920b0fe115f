#!/bin/sh
# vcgate: the command's JVM form, one file (this script followed by the command's jar; `java -jar` reads the
# jar after it). Runs on the `java` in JAVA_HOME or PATH (17 or later); VCGATE_JAVA_OPTS adds JVM options.
# Built by ./mvnw package as target/vcgate; the native form is target/vcgate-native (README, "The vcgate command").
java=java
[ -n "$JAVA_HOME" ] && java="$JAVA_HOME/bin/java"
exec "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto $VCGATE_JAVA_OPTS -jar "$0" "$@"
