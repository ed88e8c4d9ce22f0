// The X-Bot-Api-Secret-Token header is compared with the configured secret in constant time.
export { secretMatches } from "../../src/secret.ts";
