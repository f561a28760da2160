package org.bngopt.ui.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bngopt.accounts.entity.AuditEntry;
import org.bngopt.contract.Enabled;
import org.bngopt.contract.NewToken;
import org.bngopt.contract.NewUser;
import org.bngopt.contract.TokenView;
import org.bngopt.contract.UserView;
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

    @Inject
    Api api;

    private String newUsername;
    private String newPassword;
    private String newRole = "quoter";
    private String tokenName;
    private LocalDate tokenExpiry;
    private String issuedSecret;
    private transient List<UserView> users;
    private transient List<TokenView> tokens;
    private transient List<AuditEntry> audit;

    /** Lists are read once per change, not once per reference from the page. */
    private void changed() {
        users = null;
        tokens = null;
        audit = null;
    }

    public List<UserView> getUsers() {
        if (users == null) {
            users = AdminCalls.rows(() -> api.admin().users());
        }
        return users;
    }

    public List<TokenView> getTokens() {
        if (tokens == null) {
            tokens = AdminCalls.rows(() -> api.admin().tokens());
        }
        return tokens;
    }

    public List<AuditEntry> getAudit() {
        if (audit == null) {
            audit = AdminCalls.rows(() -> api.admin().audit(100));
        }
        return audit;
    }

    public void createUser() {
        changed();
        NewUser user = new NewUser(newUsername, newPassword, newRole);
        AdminCalls.call(() -> api.admin().createUser(user)).ifPresent(created -> {
            AdminCalls.info("User " + created.username() + " created.");
            newUsername = null;
            newPassword = null;
        });
    }

    public void setEnabled(String username, boolean enabled) {
        changed();
        if (AdminCalls.run(() -> api.admin().setEnabled(username, new Enabled(enabled)))) {
            AdminCalls.info("User " + username + (enabled ? " enabled." : " disabled."));
        }
    }

    public void issueToken() {
        changed();
        NewToken token = new NewToken(tokenName, tokenExpiry == null ? null : tokenExpiry.atStartOfDay().atOffset(ZoneOffset.UTC));
        issuedSecret = AdminCalls.call(() -> api.admin().issueToken(token)).map(TokenView::secret).orElse(null);
        if (issuedSecret != null) {
            tokenName = null;
            tokenExpiry = null;
        }
    }

    public void revoke(String id, String name) {
        changed();
        if (AdminCalls.run(() -> api.admin().revokeToken(id))) {
            AdminCalls.info("Token " + name + " revoked.");
        }
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
