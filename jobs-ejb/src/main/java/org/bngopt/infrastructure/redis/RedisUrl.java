package org.bngopt.infrastructure.redis;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A {@code redis://[:password@]host:port[/database]} URL split into what Redisson takes: the address
 * without the database path, and the database index (0 when absent).
 */
public record RedisUrl(String address, int database) {

    public static RedisUrl parse(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("REDIS_URL '" + url + "' is not a URL: " + e.getReason());
        }
        if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme())) {
            throw new IllegalArgumentException("REDIS_URL '" + url + "' must start with redis:// or rediss://");
        }
        if (uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalArgumentException("REDIS_URL '" + url + "' must name a host and a port");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        int database;
        try {
            database = path.isEmpty() ? 0 : Integer.parseInt(path);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("REDIS_URL '" + url + "' has database '" + path + "'; expected a number");
        }
        String userInfo = uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@";
        return new RedisUrl(uri.getScheme() + "://" + userInfo + uri.getHost() + ":" + uri.getPort(), database);
    }
}
