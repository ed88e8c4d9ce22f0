// The webhook's secret token header. Checked before anything else, so a request without the right
// header never reaches grammY and never causes a Bot API call.
export { secretMatches } from "../../src/secret.ts";

export const SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
