import { createContext, useContext } from "react";

/** The per-request CSP nonce; only the server render knows it (browsers hide it from the DOM). */
export const NonceContext = createContext("");
export const useNonce = () => useContext(NonceContext);
