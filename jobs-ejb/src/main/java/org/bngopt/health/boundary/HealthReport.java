package org.bngopt.health.boundary;

/** The state of the two services every request depends on. */
public record HealthReport(boolean databaseUp, boolean redisUp) {

    public boolean ok() {
        return databaseUp && redisUp;
    }

    public String status() {
        return ok() ? "ok" : "degraded";
    }

    public static String upOrDown(boolean up) {
        return up ? "up" : "down";
    }
}
