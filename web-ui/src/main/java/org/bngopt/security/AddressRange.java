package org.bngopt.security;

/** One trusted proxy: an exact address (IPv4 or IPv6, as written) or an IPv4 range in CIDR notation. */
record AddressRange(String exact, long network, int prefixLength) {

    static AddressRange parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return new AddressRange(text, 0, -1);
        }
        int prefix = Integer.parseInt(text.substring(slash + 1));
        long address = ipv4(text.substring(0, slash));
        if (address < 0 || prefix < 0 || prefix > 32) {
            throw new IllegalArgumentException("TRUSTED_PROXIES: '" + text + "' is not an IPv4 range such as 10.0.0.0/8");
        }
        return new AddressRange(null, address & mask(prefix), prefix);
    }

    boolean contains(String address) {
        if (exact != null) {
            return exact.equals(address);
        }
        long parsed = ipv4(address);
        return parsed >= 0 && (parsed & mask(prefixLength)) == network;
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    /** The address as an unsigned 32-bit number, or -1 when it is not dotted-quad IPv4. */
    private static long ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return -1;
        }
        long value = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                return -1;
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return -1;
            }
            value = (value << 8) | octet;
        }
        return value;
    }
}
