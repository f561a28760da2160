package org.bngopt.ui.watches;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bngopt.contract.NotificationList;
import org.bngopt.ui.client.Api;

import java.util.List;

/** The notifications panel in every page's header: the unread count and the latest notifications. */
@Named
@RequestScoped
public class NotificationsPanel {
    private static final int SHOWN = 8;

    @Inject
    Api api;

    private NotificationList list;

    private NotificationList list() {
        if (list == null) {
            try {
                list = api.watches().notifications(false);
            } catch (RuntimeException unavailable) {
                // The header must render even when the API cannot answer; the panel is then empty.
                list = new NotificationList(0, List.of());
            }
        }
        return list;
    }

    public long getUnread() {
        return list().unread();
    }

    public List<NotificationList.Item> getLatest() {
        return list().notifications().stream().limit(SHOWN).toList();
    }

    public void readAll() {
        api.watches().readAll();
        list = null;
    }

    public void read(long id) {
        api.watches().read(id);
        list = null;
    }
}
