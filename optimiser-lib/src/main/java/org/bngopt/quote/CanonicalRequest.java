package org.bngopt.quote;

import org.bngopt.digest.Sha256;
import org.bngopt.json.Json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The canonical form of a validated request and its SHA-256, the request hash: every default filled
 * in, names trimmed, nulls and unknown fields gone, neighbour lists de-duplicated and sorted, demand
 * lines in request order, plain decimals without trailing zeros, keys sorted, no whitespace. Requests
 * that mean the same thing hash the same.
 */
public final class CanonicalRequest {
    private CanonicalRequest() {
    }

    public static String json(QuoteRequest request) {
        Map<String, Object> root = new TreeMap<>();
        root.put("demand", request.demand().stream().map(line -> Map.of("habitat", line.habitat().trim(), "units", line.units())).toList());
        root.put("site", site(request.site()));
        root.put("options", options(request.options()));
        return Json.canonical(root);
    }

    public static String hash(QuoteRequest request) {
        return hashOf(json(request));
    }

    /** The SHA-256 hex of a canonical JSON text. */
    public static String hashOf(String canonicalJson) {
        return Sha256.hex(canonicalJson);
    }

    private static Map<String, Object> site(Site site) {
        Map<String, Object> fields = new LinkedHashMap<>();
        putIfPresent(fields, "lpa", trimmed(site.lpa()));
        putIfPresent(fields, "nca", trimmed(site.nca()));
        putIfPresent(fields, "waterbodyCatchment", trimmed(site.waterbodyCatchment()));
        putIfPresent(fields, "operationalCatchment", trimmed(site.operationalCatchment()));
        putIfPresent(fields, "lpaNeighbours", neighbours(site.lpaNeighbours()));
        putIfPresent(fields, "ncaNeighbours", neighbours(site.ncaNeighbours()));
        return fields;
    }

    private static Map<String, Object> options(QuoteOptions options) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("quotesHoldPolicy", options.quotesHoldPolicy().name());
        Map<String, Object> discount = new LinkedHashMap<>();
        discount.put("type", options.promoterDiscount().type().name());
        putIfPresent(discount, "value", options.promoterDiscount().value());
        fields.put("promoterDiscount", discount);
        fields.put("allowPairing", options.allowPairing());
        putIfPresent(fields, "maxBanks", options.maxBanks());
        fields.put("suoEligibleSurplus", options.suoEligibleSurplus());
        return fields;
    }

    private static List<String> neighbours(List<String> names) {
        return names == null ? null : List.copyOf(new TreeSet<>(names.stream().map(String::trim).toList()));
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    private static void putIfPresent(Map<String, Object> fields, String key, Object value) {
        if (Objects.nonNull(value)) {
            fields.put(key, value);
        }
    }
}
