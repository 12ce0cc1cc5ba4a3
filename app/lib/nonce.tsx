import { createContext, useContext } from "react";

// The CSP nonce of this request, provided by entry.server.tsx. In the browser it is empty:
// scripts have run by then and browsers hide nonce attributes from the DOM anyway.
const NonceContext = createContext<string>("");

export const NonceProvider = NonceContext.Provider;

export function useNonce() {
  return useContext(NonceContext);
}
