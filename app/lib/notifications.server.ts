// The notification services the pages call (the bell in the header and /meldingen), behind a
// .server module so nothing behind it reaches the browser bundle.
export { countMyUnread, listMyNotifications, markAllRead, markRead } from "../../server/notifications/notifications.service";
