package org.bngopt.ui.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bngopt.contract.MessageView;
import org.bngopt.ui.client.Api;

import java.io.Serializable;
import java.util.List;

/** The admins' Outbox: messages that have not gone out, to download and send by hand. */
@Named
@ViewScoped
public class OutboxPage implements Serializable {
    @Inject
    Api api;

    private List<MessageView> messages;

    public List<MessageView> getMessages() {
        if (messages == null) {
            messages = api.quotes().outbox();
        }
        return messages;
    }
}
