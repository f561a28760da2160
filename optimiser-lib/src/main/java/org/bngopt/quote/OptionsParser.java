package org.bngopt.quote;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import org.bngopt.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The options of a request (rules.md §11, R14.1): each field checked, its first failing check an error. */
final class OptionsParser {
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private final List<FieldError> errors;

    OptionsParser(List<FieldError> errors) {
        this.errors = errors;
    }

    QuoteOptions options(JsonNode options) {
        if (options == null) {
            return QuoteOptions.DEFAULTS;
        }
        if (!options.isObject()) {
            errors.add(new FieldError("options", "must be an object"));
            return QuoteOptions.DEFAULTS;
        }
        return new QuoteOptions(holdPolicy(RequestParser.present(options, "quotesHoldPolicy")),
                promoterDiscount(RequestParser.present(options, "promoterDiscount")),
                allowPairing(RequestParser.present(options, "allowPairing")),
                maxBanks(RequestParser.present(options, "maxBanks")),
                suoEligibleSurplus(RequestParser.present(options, "suoEligibleSurplus")));
    }

    private HoldPolicy holdPolicy(JsonNode policy) {
        if (policy == null) {
            return HoldPolicy.IGNORE;
        }
        for (HoldPolicy candidate : HoldPolicy.values()) {
            if (policy.isTextual() && policy.textValue().equals(candidate.name())) {
                return candidate;
            }
        }
        errors.add(new FieldError("options.quotesHoldPolicy", "must be one of IGNORE, HOLD_100, HOLD_50"));
        return HoldPolicy.IGNORE;
    }

    private PromoterDiscount promoterDiscount(JsonNode discount) {
        if (discount == null) {
            return PromoterDiscount.NONE;
        }
        if (!discount.isObject()) {
            errors.add(new FieldError("options.promoterDiscount", "must be an object"));
            return PromoterDiscount.NONE;
        }
        JsonNode typeNode = RequestParser.present(discount, "type");
        DiscountType type = DiscountType.NONE;
        if (typeNode != null) {
            type = null;
            for (DiscountType candidate : DiscountType.values()) {
                if (typeNode.isTextual() && typeNode.textValue().equals(candidate.name())) {
                    type = candidate;
                }
            }
            if (type == null) {
                errors.add(new FieldError("options.promoterDiscount.type", "must be one of NONE, PERCENTAGE, TIER_UP"));
                return PromoterDiscount.NONE;
            }
        }
        if (type != DiscountType.PERCENTAGE) {
            return new PromoterDiscount(type, null);
        }
        JsonNode value = RequestParser.present(discount, "value");
        if (value == null) {
            errors.add(new FieldError("options.promoterDiscount.value", "required"));
        } else if (!value.isNumber() || value.decimalValue().signum() < 0 || value.decimalValue().compareTo(HUNDRED) > 0) {
            errors.add(new FieldError("options.promoterDiscount.value", "must be a number from 0 to 100"));
        } else {
            return new PromoterDiscount(type, value.decimalValue());
        }
        return PromoterDiscount.NONE;
    }

    private boolean allowPairing(JsonNode allowPairing) {
        if (allowPairing == null) {
            return true;
        }
        if (!allowPairing.isBoolean()) {
            errors.add(new FieldError("options.allowPairing", "must be a boolean"));
            return true;
        }
        return allowPairing.booleanValue();
    }

    private Integer maxBanks(JsonNode maxBanks) {
        if (maxBanks == null) {
            return null;
        }
        if (maxBanks.isNumber()) {
            BigDecimal value = maxBanks.decimalValue();
            if (value.stripTrailingZeros().scale() <= 0 && value.compareTo(BigDecimal.ONE) >= 0) {
                return value.min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValueExact();
            }
        }
        errors.add(new FieldError("options.maxBanks", "must be an integer >= 1"));
        return null;
    }

    private BigDecimal suoEligibleSurplus(JsonNode surplus) {
        if (surplus == null) {
            return BigDecimal.ZERO;
        }
        if (!surplus.isNumber() || surplus.decimalValue().signum() < 0) {
            errors.add(new FieldError("options.suoEligibleSurplus", "must be a number >= 0"));
            return BigDecimal.ZERO;
        }
        return surplus.decimalValue();
    }
}
