package org.bngopt.api.parties;

import org.bngopt.json.JsonFields;
import org.bngopt.parties.entity.CustomerDetails;
import org.bngopt.parties.entity.IntroducerDetails;
import org.bngopt.quote.DiscountType;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reading customer and introducer details from a body, every problem named by its field. */
public final class PartyBodies {
    static final int MAX_NAME = 200;
    public static final int MAX_LOCATION = 200;
    private static final int MAX_ADDRESS = 500;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\-. ]{7,30}");

    private PartyBodies() {
    }

    /** A customer's details; null when a problem was collected in {@code fields}. */
    public static CustomerDetails customer(JsonFields fields) {
        String name = fields.text("name", true, MAX_NAME);
        String company = fields.text("company", false, MAX_NAME);
        String email = email(fields, "email");
        String phone = fields.text("phone", false, 30);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            fields.problem("phone", "must be a phone number: 7 to 30 digits, spaces and + ( ) - .");
            phone = null;
        }
        String address = fields.text("address", false, MAX_ADDRESS);
        return name == null || !fields.valid() ? null : new CustomerDetails(name, company, email, phone, address);
    }

    public static IntroducerDetails introducer(JsonFields fields) {
        String name = fields.text("name", true, MAX_NAME);
        String typeCode = fields.text("discountType", true, 20);
        DiscountType type = typeCode == null ? null : Arrays.stream(DiscountType.values())
                .filter(value -> value.name().equals(typeCode.toUpperCase(Locale.ROOT))).findFirst().orElse(null);
        if (typeCode != null && type == null) {
            fields.problem("discountType", "must be NONE, PERCENTAGE or TIER_UP");
        }
        BigDecimal value = null;
        if (type == DiscountType.PERCENTAGE) {
            value = fields.number("discountValue", true, BigDecimal.ZERO, false, new BigDecimal(100));
        } else if (fields.has("discountValue")) {
            fields.problem("discountValue", "is only for a PERCENTAGE discount");
        }
        String email = email(fields, "email");
        boolean active = !fields.has("active") || bool(fields, "active");
        return !fields.valid() ? null : new IntroducerDetails(name, type, value, email, active);
    }

    /** An optional e-mail address; a problem on the field when it is not one. */
    public static String email(JsonFields fields, String name) {
        String email = fields.text(name, false, 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            fields.problem(name, "must be an e-mail address");
            return null;
        }
        return email;
    }

    private static boolean bool(JsonFields fields, String name) {
        Boolean value = fields.bool(name);
        return value == null || value;
    }
}
