package org.bngopt.api;

/** Names and examples shared by the OpenAPI annotations of the resources. */
public final class ApiDocs {
    public static final String BEARER = "bearer";

    public static final String QUOTE_REQUEST = "{\"demand\":[{\"habitat\":\"Grassland - Other neutral grassland\",\"units\":0.8}],"
            + "\"site\":{\"lpa\":\"Winchester\",\"nca\":\"Hampshire Downs\"},"
            + "\"options\":{\"quotesHoldPolicy\":\"IGNORE\",\"promoterDiscount\":{\"type\":\"NONE\"},\"allowPairing\":true}}";
    public static final String ACCEPTED = "{\"id\":\"0b7e6f4e-1111-4222-8333-944455556666\",\"status\":\"queued\"}";
    public static final String JOB = "{\"id\":\"0b7e6f4e-1111-4222-8333-944455556666\",\"status\":\"finished\",\"progress\":100,"
            + "\"cached\":false,\"referenceDataVersion\":\"ref-2025.11-r1\",\"instance\":\"bngopt-1\",\"attempts\":1,"
            + "\"createdAt\":\"2026-12-03T10:15:00.12Z\",\"startedAt\":\"2026-12-03T10:15:00.13Z\","
            + "\"finishedAt\":\"2026-12-03T10:15:00.29Z\",\"submittedBy\":\"ann\",\"total\":19585.6,"
            + "\"request\":" + QUOTE_REQUEST + ",\"result\":{\"allocations\":[{\"lineIndex\":0,"
            + "\"demandHabitat\":\"Grassland - Other neutral grassland\",\"bankId\":\"WC1P01\",\"bankName\":\"Example bank\","
            + "\"supplyHabitat\":\"Grassland - Other neutral grassland\",\"allocationType\":\"normal\",\"tier\":\"local\","
            + "\"srm\":1.0,\"units\":0.8,\"stockUnits\":0.8,\"unitPrice\":23857.0,\"cost\":19085.6,\"priceSource\":\"exact\"}],"
            + "\"lines\":[{\"lineIndex\":0,\"habitat\":\"Grassland - Other neutral grassland\",\"ledger\":\"area\",\"units\":0.8,"
            + "\"deliveredUnits\":0.8,\"unmetUnits\":0}],\"contractSize\":\"small\",\"subtotal\":19085.6,"
            + "\"suoDiscountFraction\":0,\"suoDiscount\":0,\"adminFee\":500,\"total\":19585.6,\"banksUsed\":[\"WC1P01\"],"
            + "\"bankLimit\":3,\"warnings\":[],\"complete\":true,\"referenceDataVersion\":\"ref-2025.11-r1\","
            + "\"solverStatus\":\"OPTIMAL\"}}";
    public static final String VALIDATION_ERROR = "{\"status\":400,\"error\":\"VALIDATION_ERROR\","
            + "\"errors\":[{\"field\":\"demand[0].units\",\"message\":\"must be a number greater than 0\"}]}";
    public static final String NOT_FOUND = "{\"status\":404,\"error\":\"NOT_FOUND\",\"message\":\"no job 0b7e6f4e-1111-4222-8333-944455556666\"}";
    public static final String NEW_USER = "{\"username\":\"ann.lee\",\"password\":\"meadow-kestrel-ledger-42\",\"role\":\"quoter\"}";
    public static final String USER = "{\"username\":\"ann.lee\",\"role\":\"quoter\",\"enabled\":true,\"createdAt\":\"2026-12-03T10:15:00Z\"}";
    public static final String ENABLED = "{\"enabled\":false}";
    public static final String PASSWORD = "{\"password\":\"heron-quarry-lantern-9\"}";
    public static final String NEW_TOKEN = "{\"name\":\"crm-integration\",\"expiresAt\":\"2027-12-31T23:59:59Z\"}";
    public static final String TOKEN = "{\"id\":\"5f0c…\",\"name\":\"crm-integration\",\"createdBy\":\"admin\","
            + "\"createdAt\":\"2026-12-03T10:15:00Z\",\"expiresAt\":\"2027-12-31T23:59:59Z\",\"revokedAt\":null,\"active\":true,"
            + "\"secret\":\"bng_…shown only in this answer\"}";
    public static final String STOCK = "{\"availableExclQuotes\":12.5,\"quoted\":1.0}";
    public static final String PRICE = "{\"bankId\":\"WC1P01\",\"habitatName\":\"Grassland - Other neutral grassland\","
            + "\"contractSize\":\"small\",\"tier\":\"local\",\"price\":24000}";
    public static final String NEW_VERSION = "{\"version\":\"ref-2025.11-r2\"}";

    private ApiDocs() {
    }
}
