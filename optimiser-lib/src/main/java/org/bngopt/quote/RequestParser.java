package org.bngopt.quote;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import org.bngopt.json.Json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Validates a request body against §13 and turns it into a {@link QuoteRequest} with every default
 * filled in. Each field gets at most one error, the first failing check of its row, and the errors come
 * in the order §13 fixes; nothing is optimised when there is any.
 */
public final class RequestParser {
    private static final BigDecimal MAX_UNITS = new BigDecimal(10000);
    private static final int MAX_LINES = 500;

    private final Predicate<String> knownHabitat;
    private final List<FieldError> errors = new ArrayList<>();

    private RequestParser(Predicate<String> knownHabitat) {
        this.knownHabitat = knownHabitat;
    }

    /**
     * @param knownHabitat whether a trimmed name is a catalogue habitat or a Net Gain label
     * @throws InvalidRequestException listing every violation
     */
    public static QuoteRequest parse(String body, Predicate<String> knownHabitat) {
        JsonNode root;
        try {
            root = Json.strictTree(body);
        } catch (JacksonException e) {
            throw invalid("", "malformed JSON");
        }
        if (root == null || root.isMissingNode()) {
            throw invalid("", "malformed JSON");
        }
        if (!root.isObject()) {
            throw invalid("", "must be an object");
        }
        return new RequestParser(knownHabitat).request(root);
    }

    private static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException(List.of(new FieldError(field, message)));
    }

    private QuoteRequest request(JsonNode root) {
        List<DemandLine> demand = demand(present(root, "demand"));
        Site site = site(present(root, "site"));
        QuoteOptions options = new OptionsParser(errors).options(present(root, "options"));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new QuoteRequest(demand, site, options);
    }

    /** The member, or null when it is absent or JSON null (R14.1: null means absent). */
    static JsonNode present(JsonNode object, String name) {
        JsonNode value = object.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private List<DemandLine> demand(JsonNode demand) {
        if (demand == null) {
            errors.add(new FieldError("demand", "required"));
            return List.of();
        }
        if (!demand.isArray()) {
            errors.add(new FieldError("demand", "must be an array"));
            return List.of();
        }
        if (demand.isEmpty()) {
            errors.add(new FieldError("demand", "must contain at least 1 line"));
        } else if (demand.size() > MAX_LINES) {
            errors.add(new FieldError("demand", "must contain at most " + MAX_LINES + " lines"));
        }
        List<DemandLine> lines = new ArrayList<>();
        for (int i = 0; i < demand.size(); i++) {
            lines.add(line("demand[" + i + "]", demand.get(i)));
        }
        return lines;
    }

    private DemandLine line(String path, JsonNode line) {
        if (line == null || !line.isObject()) {
            errors.add(new FieldError(path, "must be an object"));
            return null;
        }
        return new DemandLine(habitat(path + ".habitat", present(line, "habitat")), units(path + ".units", present(line, "units")));
    }

    private String habitat(String field, JsonNode habitat) {
        String problem;
        String name = null;
        if (habitat == null) {
            problem = "required";
        } else if (!habitat.isTextual()) {
            problem = "must be a string";
        } else {
            name = habitat.textValue().trim();
            problem = name.isEmpty() ? "must not be empty"
                    : knownHabitat.test(name) ? null : "unknown habitat '" + name + "'";
        }
        if (problem != null) {
            errors.add(new FieldError(field, problem));
        }
        return name;
    }

    private BigDecimal units(String field, JsonNode units) {
        String problem;
        if (units == null) {
            problem = "required";
        } else if (!units.isNumber()) {
            problem = "units must be a finite number";
        } else if (units.decimalValue().signum() <= 0) {
            problem = "units must be greater than 0";
        } else if (units.decimalValue().compareTo(MAX_UNITS) > 0) {
            problem = "units must be at most 10000";
        } else if (units.decimalValue().stripTrailingZeros().scale() > 6) {
            problem = "units must have at most 6 decimal places";
        } else {
            return units.decimalValue();
        }
        errors.add(new FieldError(field, problem));
        return null;
    }

    private Site site(JsonNode site) {
        if (site == null) {
            return Site.NONE;
        }
        if (!site.isObject()) {
            errors.add(new FieldError("site", "must be an object"));
            return Site.NONE;
        }
        String lpa = text(site, "site", "lpa");
        String nca = text(site, "site", "nca");
        String waterbody = text(site, "site", "waterbodyCatchment");
        String operational = text(site, "site", "operationalCatchment");
        List<String> lpaNeighbours = names(site, "lpaNeighbours");
        List<String> ncaNeighbours = names(site, "ncaNeighbours");
        return new Site(lpa, nca, lpaNeighbours, ncaNeighbours, waterbody, operational);
    }

    private String text(JsonNode object, String prefix, String name) {
        JsonNode value = present(object, name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldError(prefix + "." + name, "must be a string"));
            return null;
        }
        return value.textValue().trim();
    }

    private List<String> names(JsonNode site, String name) {
        JsonNode value = present(site, name);
        if (value == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode element : value) {
                if (!element.isTextual()) {
                    names = null;
                    break;
                }
                names.add(element.textValue());
            }
        } else {
            names = null;
        }
        if (names == null) {
            errors.add(new FieldError("site." + name, "must be an array of strings"));
        }
        return names;
    }
}
