package org.bngopt.ui.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bngopt.api.ApiJson;
import org.bngopt.ui.client.Api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The "Users and tokens" page: create and disable users, issue and revoke API tokens, read the audit log. */
@Named
@ViewScoped
public class Access implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One user as listed. */
    public record UserRow(String username, String role, boolean enabled, String createdAt) implements Serializable {
    }

    /** One token as listed; never its secret. */
    public record TokenRow(String id, String name, String createdBy, String createdAt, String expiresAt, boolean active)
            implements Serializable {
    }

    /** One audit entry. */
    public record AuditRow(String at, String actor, String action, String detail) implements Serializable {
    }

    @Inject
    Api api;

    private String newUsername;
    private String newPassword;
    private String newRole = "quoter";
    private String tokenName;
    private LocalDate tokenExpiry;
    private String issuedSecret;
    private List<UserRow> users;
    private List<TokenRow> tokens;
    private List<AuditRow> audit;

    /** Lists are read once per change, not once per reference from the page. */
    private void changed() {
        users = null;
        tokens = null;
        audit = null;
    }

    public List<UserRow> getUsers() {
        if (users == null) {
            users = AdminCalls.rows(() -> api.admin().users(), user -> new UserRow(user.path("username").asText(),
                    user.path("role").asText(), user.path("enabled").asBoolean(), user.path("createdAt").asText()));
        }
        return users;
    }

    public List<TokenRow> getTokens() {
        if (tokens == null) {
            tokens = AdminCalls.rows(() -> api.admin().tokens(), token -> new TokenRow(token.path("id").asText(),
                    token.path("name").asText(), token.path("createdBy").asText(), token.path("createdAt").asText(),
                    token.path("expiresAt").asText("never"), token.path("active").asBoolean()));
        }
        return tokens;
    }

    public List<AuditRow> getAudit() {
        if (audit == null) {
            audit = AdminCalls.rows(() -> api.admin().audit(100), entry -> new AuditRow(entry.path("at").asText(),
                    entry.path("actor").asText(), entry.path("action").asText(), entry.path("detail").asText()));
        }
        return audit;
    }

    public void createUser() {
        changed();
        String body = ApiJson.write(ApiJson.object().put("username", newUsername).put("password", newPassword)
                .put("role", newRole));
        AdminCalls.call(() -> api.admin().createUser(body)).ifPresent(created -> {
            AdminCalls.info("User " + created.path("username").asText() + " created.");
            newUsername = null;
            newPassword = null;
        });
    }

    public void setEnabled(String username, boolean enabled) {
        changed();
        String body = ApiJson.write(ApiJson.object().put("enabled", enabled));
        AdminCalls.call(() -> api.admin().setEnabled(username, body))
                .ifPresent(done -> AdminCalls.info("User " + username + (enabled ? " enabled." : " disabled.")));
    }

    public void issueToken() {
        changed();
        String expiresAt = tokenExpiry == null ? null : tokenExpiry.atStartOfDay().atOffset(ZoneOffset.UTC).toString();
        String body = ApiJson.write(ApiJson.object().put("name", tokenName).put("expiresAt", expiresAt));
        issuedSecret = AdminCalls.call(() -> api.admin().issueToken(body)).map(issued -> issued.path("secret").asText())
                .orElse(null);
        if (issuedSecret != null) {
            tokenName = null;
            tokenExpiry = null;
        }
    }

    public void revoke(String id, String name) {
        changed();
        AdminCalls.call(() -> api.admin().revokeToken(id)).ifPresent(done -> AdminCalls.info("Token " + name + " revoked."));
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewRole() {
        return newRole;
    }

    public void setNewRole(String newRole) {
        this.newRole = newRole;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public LocalDate getTokenExpiry() {
        return tokenExpiry;
    }

    public void setTokenExpiry(LocalDate tokenExpiry) {
        this.tokenExpiry = tokenExpiry;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }
}
