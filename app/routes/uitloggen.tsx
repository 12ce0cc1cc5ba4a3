import { redirect, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { logout } from "../components/auth/services.server";
import { nl } from "../../shared/i18n/nl";
import { clearedSessionCookieHeaders } from "../lib/auth.server";
import { fromService } from "../lib/service.server";

// Logging out is a POST (the header's button); a GET changes nothing and goes home.

export const loader = () => redirect("/");

export const action = async ({ context: { ctx } }: ActionFunctionArgs) => {
  await fromService(logout(ctx));
  return redirect("/", { headers: clearedSessionCookieHeaders(ctx) });
};

export const meta: MetaFunction = () => [{ title: `${nl.auth.logoutTitle} - ${nl.app.name}` }];

/** Never shown (both loader and action redirect); it makes this a page route for client-side forms. */
export default function Logout() {
  return null;
}
